"""Project Information's Public holidays field: a country typed by its name ("United
States") was cut at 12 characters, so the refusal quoted 'UNITED STATE', text never
typed; the refusal now quotes what was typed and says what to type instead."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.calendars import public_holidays
from app.domain.errors import PlanError
from app.domain.plan import Plan
from app.domain.project import Project
from app.ui.dialogs.project_dialog import ProjectDialog
from app.ui.document import Document


def test_s23_a_country_name_is_refused_whole_with_what_to_type() -> None:
    with pytest.raises(PlanError) as refused:
        public_holidays("UNITED STATES", None, 2027)
    said = str(refused.value)
    assert "'UNITED STATES'" in said
    assert "such as US, DE or FR" in said
    assert "DE-BY" in said


def test_s23_the_field_keeps_a_country_typed_in_full(qtbot) -> None:
    plan = Plan(project=Project(name="P", start=datetime(2027, 1, 4, 8)))
    dialog = ProjectDialog(Document(plan))
    qtbot.addWidget(dialog)
    dialog.holidays.country.clearEditText()  # the field's country (s24ho: a list to pick)
    qtbot.keyClicks(dialog.holidays.country, "United States of America")
    assert dialog.holidays.text() == "United States of America"
