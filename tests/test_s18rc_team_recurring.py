"""The Team view staffs a recurring task occurrence by occurrence, as Assign Resources does
(staffing_commands): each occurrence keeps its own people and units. It wrote one People
text from the first occurrence for the summary, so every occurrence took its units."""

from __future__ import annotations

import pytest

from app.ui.document import Document
from app.ui.team.assign_dialog import AssignTaskDialog, assignable_tasks
from app.ui.team.assignment_edits import UNITS
from app.ui.team.view import TeamView
from tests.s18rc_recurring_plan import (
    ANN,
    BOB_UNITS,
    CLEO,
    SYNC_UID,
    bob_units,
    occurrence_uids_of,
    recurring_plan,
    units_on,
)


@pytest.fixture
def view(qtbot):
    widget = TeamView(Document(recurring_plan()))
    qtbot.addWidget(widget)
    widget.errors = []
    widget.message = lambda parent, text: widget.errors.append(text)
    return widget


def _row_of(view: TeamView, task_uid: int) -> int:
    from app.ui.team.roster_model import ResourceUidRole

    table = view.assignments
    return next(
        r for r in range(table.rowCount()) if table.item(r, 0).data(ResourceUidRole) == task_uid
    )


def test_s18rc_units_typed_on_the_summary_row_keep_the_others_units(view):
    plan = view.document.plan
    view.select(ANN)  # Ann is on the recurring task's summary itself (an old file's)
    view.assignments.item(_row_of(view, SYNC_UID), UNITS).setText("50%")
    assert view.errors == []
    assert bob_units(plan) == list(BOB_UNITS)  # not the first occurrence's 25 % on each
    assert [units_on(plan, u).get(ANN) for u in occurrence_uids_of(plan)] == [0.5] * 4
    assert units_on(plan, SYNC_UID) == {}  # off the summary, onto its occurrences
    view.document.undo_stack.undo()
    assert bob_units(plan) == list(BOB_UNITS)
    assert units_on(plan, SYNC_UID) == {ANN: 1.0}


def test_s18rc_remove_from_the_summary_row_keeps_the_others_units(view):
    plan = view.document.plan
    view.select(ANN)
    view.assignments.setCurrentCell(_row_of(view, SYNC_UID), 0)
    view.remove_from_task()
    assert view.errors == []
    assert units_on(plan, SYNC_UID) == {}
    assert bob_units(plan) == list(BOB_UNITS)
    assert view.document.undo_stack.undoText() == "Remove 'Ann' from 'Sync'"
    view.document.undo_stack.undo()
    assert units_on(plan, SYNC_UID) == {ANN: 1.0}


def test_s18rc_assign_to_a_recurring_task_goes_on_each_occurrence(view, monkeypatch):
    plan = view.document.plan
    assert SYNC_UID in [uid for uid, _ in assignable_tasks(plan)]  # MS Project offers it
    monkeypatch.setattr(AssignTaskDialog, "ask", staticmethod(lambda *a: (SYNC_UID, "40%")))
    view.select(CLEO)
    view.assign_to_task()
    assert view.errors == []
    assert bob_units(plan) == list(BOB_UNITS)
    assert [units_on(plan, u).get(CLEO) for u in occurrence_uids_of(plan)] == [0.4] * 4
    assert view.document.undo_stack.count() == 1
    view.document.undo_stack.undo()
    assert all(CLEO not in units_on(plan, u) for u in occurrence_uids_of(plan))


def test_s18rc_units_typed_on_an_occurrence_row_change_that_one_only(view):
    plan = view.document.plan
    from tests.s18rc_recurring_plan import BOB

    view.select(BOB)
    second = occurrence_uids_of(plan)[1]
    view.assignments.item(_row_of(view, second), UNITS).setText("80%")
    assert bob_units(plan) == [0.25, 0.8, 0.75, 1 / 3]
