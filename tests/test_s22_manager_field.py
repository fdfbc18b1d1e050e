"""&[Manager] in a typed header or footer prints Project Information's Manager, and the
project's author only where no manager is given (the field printed the author always, from
before the plan had a manager)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.project import Project
from app.report.page_layout import field_values


def test_s22_the_manager_field_prints_the_manager_else_the_author() -> None:
    project = Project(name="CRM", author="Office Admin", manager="Maria Lopez")
    day = date(2027, 3, 1)
    assert field_values(project, day)["Manager"] == "Maria Lopez"
    assert field_values(project, day)["Author"] == "Office Admin"
    assert field_values(replace(project, manager=""), day)["Manager"] == "Office Admin"
