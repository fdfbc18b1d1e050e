"""Public holidays picked from a list in Change Working Time and Project Information (s24ho).

A PM in Munich (project calendar DE-BY) gives Claire, in France, French holidays on her own
calendar; a contractor's gets none; a copied calendar's Bavarian holidays can be cleared; a
newcomer types "Germany". Each OK one undoable step.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.ui.dialogs.project_dialog import ProjectDialog
from app.ui.dialogs.working_time_dialog import WorkingTimeDialog
from app.ui.document import Document
from tests.test_s24ho_holidays import BASTILLE_DAY, CLAIRE, CORPUS_CHRISTI, munich_plan


@pytest.fixture
def doc() -> Document:
    return Document(munich_plan())


def _claires(doc: Document, qtbot) -> WorkingTimeDialog:
    dialog = WorkingTimeDialog(doc, person=1)
    qtbot.addWidget(dialog)
    return dialog


def _rows(dialog: WorkingTimeDialog) -> list[str]:
    return [dialog.exceptions.item(i).text() for i in range(dialog.exceptions.count())]


def _pick(dialog: WorkingTimeDialog, shown: str) -> None:
    """Choose ``shown`` from the country list as a user does (activated)."""
    box = dialog.public_holidays.country
    at = box.findText(shown)
    assert at >= 0, shown
    box.setCurrentIndex(at)
    box.activated.emit(at)


def _starts(doc: Document) -> list[date]:
    return [doc.schedule.get(uid).start.date() for uid in (1, 2)]


def test_s24ho_claire_in_france_gets_french_holidays_not_bavarian_ones(doc, qtbot):
    dialog = _claires(doc, qtbot)
    assert dialog.public_holidays.country.currentText() == "As Standard (DE-BY)"
    assert any(r.endswith("(public holiday, DE-BY, as Standard)") for r in _rows(dialog))
    _pick(dialog, "France (FR)")
    rows = _rows(dialog)  # the list follows her calendar's own setting
    assert "National Day: 2027-07-14 (public holiday, FR)" in rows
    assert not any("DE-BY" in r for r in rows)
    dialog.accept()
    claire = doc.plan.calendars[CLAIRE]
    assert (claire.holiday_country, claire.holiday_subdivision) == ("FR", None)
    assert _starts(doc) == [CORPUS_CHRISTI, date(2027, 7, 15)]  # Fronleichnam worked
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.calendars[CLAIRE].holiday_country is None  # the project's again
    assert _starts(doc) == [date(2027, 5, 28), BASTILLE_DAY]


def test_s24ho_none_lets_a_contractor_work_every_public_holiday(doc, qtbot):
    dialog = _claires(doc, qtbot)
    _pick(dialog, "None")
    assert not dialog.public_holidays.region.isEnabled()
    assert _rows(dialog) == []
    dialog.accept()
    assert doc.plan.calendars[CLAIRE].no_public_holidays is True
    assert _starts(doc) == [CORPUS_CHRISTI, BASTILLE_DAY]
    reopened = _claires(doc, qtbot)
    assert reopened.public_holidays.country.currentText() == "None"
    _pick(reopened, "As Standard (DE-BY)")  # back to the project's
    reopened.accept()
    assert doc.plan.calendars[CLAIRE].no_public_holidays is False
    assert _starts(doc) == [date(2027, 5, 28), BASTILLE_DAY]


def test_s24ho_a_copied_calendar_keeps_then_clears_its_holidays(doc, qtbot):
    dialog = WorkingTimeDialog(doc)
    qtbot.addWidget(dialog)
    dialog.new_name.setText("Contractors")
    dialog.create_calendar()
    field = dialog.public_holidays
    assert (field.country.currentText(), field.region.currentText()) == (
        "Germany (DE)",
        "Bayern (BY)",
    )
    _pick(dialog, "None")
    assert _rows(dialog) == []
    dialog.accept()
    (copy,) = [c for c in doc.plan.calendars.values() if c.name == "Contractors"]
    assert (copy.holiday_country, copy.holiday_subdivision) == (None, None)
    assert doc.plan.calendar().holiday_subdivision == "BY"  # the one copied keeps its own
    assert doc.undo_stack.count() == 1


def test_s24ho_a_region_typed_by_name_then_removing_a_holiday_row_says_where(doc, qtbot):
    dialog = _claires(doc, qtbot)
    dialog.public_holidays.setText("united states")
    dialog.public_holidays.region.setEditText("new york")
    dialog.public_holidays.changed.emit()
    assert dialog.public_holidays.country.currentText() == "United States (US)"
    rows = _rows(dialog)
    assert any(r.endswith("(public holiday, US-NY)") for r in rows)
    dialog.exceptions.setCurrentRow(0)
    dialog.remove_days_off()
    assert "Public holidays above" in dialog.error.text()
    assert dialog.exceptions.count() == len(rows)  # nothing removed
    dialog.accept()
    claire = doc.plan.calendars[CLAIRE]
    assert (claire.holiday_country, claire.holiday_subdivision) == ("US", "NY")


def test_s24ho_unknown_text_is_refused_and_changes_nothing(doc, qtbot):
    dialog = _claires(doc, qtbot)
    dialog.public_holidays.setText("Germny")
    assert "'Germny'" in dialog.error.text()
    dialog.accept()
    assert "type the country's code" in dialog.error.text()
    assert doc.undo_stack.count() == 0


def test_s24ho_project_information_takes_a_country_by_name(doc, qtbot):
    dialog = ProjectDialog(doc)
    qtbot.addWidget(dialog)
    assert dialog.holidays.region.currentText() == "Bayern (BY)"
    dialog.holidays.setText("France")
    assert dialog.holidays.country.currentText() == "France (FR)"
    dialog.accept()
    assert (doc.plan.calendar().holiday_country, doc.plan.calendar().holiday_subdivision) == (
        "FR",
        None,
    )
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.calendar().holiday_subdivision == "BY"
