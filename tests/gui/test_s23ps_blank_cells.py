"""An empty cell pasted from Excel clears its cell, as MS Project pastes over what a cell held
(blank notes, no constraint date, no people); a field that always holds a value (Duration, a
date) refuses the whole paste, naming the row and the column."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication

from app.domain.resource import Assignment, Resource
from app.domain.task import ConstraintType
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

DAY = 480
SNET = ConstraintType.SNET


@pytest.fixture
def window(tmp_path, qtbot):
    plan = build_plan()
    code = plan.task(5)
    plan.update_task(
        replace(
            code,
            notes="Ask Ana first",
            constraint_type=SNET,
            constraint_date=datetime(2026, 3, 23, 8, 0),
        )
    )
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 5, 1))
    path = tmp_path / "blank.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _paste(window, uid, column, text):
    window.tree.setCurrentIndex(window.model.index_of_uid(uid, column))
    QApplication.clipboard().setText(text)
    window.action_collection["paste_tasks"].trigger()
    return window.statusBar().currentMessage()


def _state(plan):
    return [
        (t.name, t.duration_minutes, t.notes, t.constraint_type, t.constraint_date)
        for t in plan.tasks
    ] + [(a.task_uid, a.resource_uid) for a in plan.assignments]


def test_s23ps_an_empty_cell_clears_notes_constraint_date_and_people(window):
    plan, stack = window.document.plan, window.document.undo_stack
    before = _state(plan)
    said = _paste(
        window,
        5,
        Column.DURATION,
        "Duration\tNotes\tConstraint Date\tResource Names\r\n4d\t\t\t\r\n",
    )
    code = plan.task(5)
    assert code.duration_minutes == 4 * DAY
    assert code.notes == ""
    assert code.constraint_date is None
    assert code.constraint_type is ConstraintType.ASAP
    assert not [a for a in plan.assignments if a.task_uid == 5]
    assert said == "Pasted 4 cells"
    stack.undo()  # one step puts all of it back
    assert _state(plan) == before


def test_s23ps_an_empty_row_among_others_keeps_its_place(window):
    plan = window.document.plan
    _paste(window, 5, Column.NOTES, "First\r\n\r\nThird\r\n")  # Code, Test, Go-live
    assert [plan.task(u).notes for u in (5, 6, 7)] == ["First", "", "Third"]


def test_s23ps_an_empty_duration_refuses_the_paste_naming_row_and_column(window):
    plan, stack = window.document.plan, window.document.undo_stack
    before, index = _state(plan), stack.index()
    said = _paste(window, 5, Column.DURATION, "1d\r\n\r\n3d\r\n")
    assert said == "Nothing pasted: Task 6 'Test', Duration: Duration cannot be blank"
    assert _state(plan) == before
    assert stack.index() == index


def test_s23ps_an_empty_start_refuses_as_well(window):
    plan = window.document.plan
    before = _state(plan)
    said = _paste(window, 6, Column.DURATION, "3d\t\r\n")  # Duration, then an empty Start
    assert said == "Nothing pasted: Task 6 'Test', Start: Start cannot be blank"
    assert _state(plan) == before


def test_s23ps_an_empty_cell_on_a_cell_already_empty_or_worked_out_changes_nothing(window):
    plan, stack = window.document.plan, window.document.undo_stack
    said = _paste(window, 6, Column.DURATION, "Notes\tDuration\tCost\r\n\t3d\t\r\n")
    assert plan.task(6).duration_minutes == 3 * DAY
    assert said == "Pasted 1 cell"  # Test had no notes; Cost is worked out: both left
    assert stack.undoText() == "Paste into Notes, Duration, Cost"
