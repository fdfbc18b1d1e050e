"""Change Working Time opened from a person's Details… lists them by the name typed in
Details, not yet OK'd: renamed Ana -> Anna, it listed "Ana", as if the rename were lost."""

from __future__ import annotations

import pytest

from app.ui.dialogs.working_time_dialog import WorkingTimeDialog
from app.ui.document import Document
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.view import TeamView
from tests.test_s19tm_details_working_time import FRIDAY, _details, _no_friday, _plan, _working_time


@pytest.fixture
def view(qtbot) -> TeamView:
    widget = TeamView(Document(_plan()))
    qtbot.addWidget(widget)
    widget.select(1)
    return widget


def _people(dialog: WorkingTimeDialog) -> list[str]:
    """The names listed after the base calendars (people's own calendars)."""
    return [
        dialog.calendar.itemText(i)
        for i in range(dialog.calendar.count())
        if dialog.calendar.itemData(i) in dialog.people
    ]


def test_s20wn_a_person_renamed_in_details_is_listed_as_typed(view, monkeypatch, qtbot):
    doc = view.document
    shown = _working_time(monkeypatch, _no_friday)

    def rename(dialog: ResourceDialog) -> None:
        dialog.name.setText("  Anna Berg ")
        dialog.working_time.click()

    _details(monkeypatch, qtbot, rename)
    view.edit_selected()
    assert _people(shown[0]) == ["Anna Berg"]  # was "Ana"
    assert shown[0].calendar.currentText() == "Anna Berg"  # opened on her, as typed
    anna = doc.plan.resource(1)
    assert anna.name == "Anna Berg"
    cal = doc.plan.calendars[anna.calendar_uid]
    assert (cal.name, cal.week[FRIDAY]) == ("Anna Berg", ())  # her calendar takes the name
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.resource(1).name == "Ana"


def test_s20wn_an_emptied_name_and_the_menu_list_the_plans_name(view, monkeypatch, qtbot):
    doc = view.document
    shown = _working_time(monkeypatch, ok=False)

    def emptied(dialog: ResourceDialog) -> None:
        dialog.name.setText("   ")  # Details' OK will refuse it; listed meanwhile as saved
        dialog.working_time.click()

    _details(monkeypatch, qtbot, emptied, ok=False)
    view.edit_selected()
    assert _people(shown[0]) == ["Ana"]
    plain = WorkingTimeDialog(doc)  # Project > Change Working Time: the plan's names
    qtbot.addWidget(plain)
    assert _people(plain) == ["Ana"]
