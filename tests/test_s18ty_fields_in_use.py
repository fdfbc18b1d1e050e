"""The custom fields a plan uses (renamed or holding a task's value) come from the domain, in
field order, for the Custom Field filter and the Insert Column menu alike."""

from __future__ import annotations

from app.domain.custom_fields import CustomField, fields_in_use
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task


def test_s18ty_fields_in_use_are_the_renamed_and_the_held_in_field_order():
    project = Project(custom_fields=(CustomField("Text5", alias="Owner"),))
    tasks = [
        Task(1, "Design", custom=(("Number2", 3.0), ("Flag1", True))),
        Task(2, "Build"),
        Task(3, "Test", custom=(("Text1", "vendor"), ("Number2", 4.0))),
    ]
    assert fields_in_use(Plan(project=project, tasks=tasks)) == [
        "Text1",
        "Text5",
        "Number2",
        "Flag1",
    ]


def test_s18ty_a_plan_without_custom_fields_uses_none():
    assert fields_in_use(Plan(tasks=[Task(1, "Design")])) == []
