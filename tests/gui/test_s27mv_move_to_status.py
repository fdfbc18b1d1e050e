"""Project > Move to Status Date > Incomplete Parts / Completed Parts, on the selected tasks,
each one undo step (MS Project's Task > Move)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.splits import Split
from app.store.document import GantryFile
from tests.gui.conftest import build_plan

DESIGN, SPECS, REVIEW, BUILD, CODE, TEST, GO_LIVE = range(1, 8)
MONDAY_9 = datetime(2026, 3, 9, 17, 0)  # Code (Fri 6 - Thu 12) due two days by then
DAY = 480


def _window(session, tmp_path, qtbot, plan):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, plan).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


@pytest.fixture
def late_code(session, tmp_path, qtbot):
    """Code started on time (Fri 6) but only one day of five is done by Monday evening."""
    plan = build_plan()
    plan.project = replace(plan.project, status_date=MONDAY_9)
    code = plan.task(CODE)
    plan.update_task(replace(code, actual_start=datetime(2026, 3, 6, 8), percent_complete=20))
    return _window(session, tmp_path, qtbot, plan)


def _state(doc):
    return {
        t.uid: (t.percent_complete, t.actual_start, t.actual_finish, t.splits)
        for t in doc.plan.tasks
    }


def test_the_submenu_holds_both_moves_after_mark_on_track(late_code):
    menu = late_code.action_collection["move_to_status"].menu()
    assert [a.objectName() for a in menu.actions()] == [
        "move_incomplete_to_status",
        "move_completed_to_status",
    ]
    assert [a.text().replace("&", "") for a in menu.actions()] == [
        "Incomplete Parts to Status Date",
        "Completed Parts to Status Date",
    ]


def test_incomplete_parts_of_the_selection_move_after_the_status_date(late_code, qtbot):
    doc = late_code.document
    before = _state(doc)
    late_code.tree.select_uids([BUILD])  # the summary stands for Code and Test
    late_code.action_collection["move_incomplete_to_status"].trigger()
    after = _state(doc)
    assert after[CODE][3] == (Split(DAY, DAY),)  # Friday done, Monday's work not: paused
    assert after[CODE][1] == datetime(2026, 3, 6, 8)  # the done part stays
    assert doc.schedule[CODE].finish == datetime(2026, 3, 13, 17)  # Tue-Fri after the date
    assert after[TEST] == before[TEST]  # not due before the date
    message = late_code.statusBar().currentMessage()
    assert message == "Moved 1 task to start after 2026-03-09 (1 split at its progress)"
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Move incomplete parts after 2026-03-09"
    doc.undo_stack.undo()
    assert _state(doc) == before
    doc.undo_stack.redo()
    assert _state(doc) == after
    with qtbot.waitExposed(late_code):
        late_code.show()
    late_code.grab().save("/tmp/s27mv/move_incomplete.png")


def test_nothing_to_move_says_so_and_adds_no_step(late_code):
    late_code.tree.select_uids([TEST])
    late_code.action_collection["move_incomplete_to_status"].trigger()
    late_code.action_collection["move_completed_to_status"].trigger()
    assert late_code.document.undo_stack.count() == 0
    assert late_code.statusBar().currentMessage() == (
        "No completed work of the selected tasks lies after 2026-03-09"
    )


def test_completed_parts_recorded_after_the_status_date_move_back(session, tmp_path, qtbot):
    plan = build_plan()
    plan.project = replace(plan.project, status_date=datetime(2026, 3, 4, 17))  # Wednesday
    specs = plan.task(SPECS)  # 3d, recorded done Thu 5 - Mon 9
    plan.update_task(
        replace(
            specs,
            actual_start=datetime(2026, 3, 5, 8),
            actual_finish=MONDAY_9,
            percent_complete=100,
        )
    )
    window = _window(session, tmp_path, qtbot, plan)
    doc = window.document
    window.tree.select_uids([SPECS])
    window.action_collection["move_completed_to_status"].trigger()
    moved = doc.plan.task(SPECS)
    assert (moved.actual_start, moved.actual_finish) == (
        datetime(2026, 3, 2, 8),
        datetime(2026, 3, 4, 17),
    )
    assert window.statusBar().currentMessage() == "Moved 1 task back to end by 2026-03-04"
    assert doc.undo_stack.undoText() == "Move completed parts back to 2026-03-04"
    doc.undo_stack.undo()
    assert doc.plan.task(SPECS).actual_start == datetime(2026, 3, 5, 8)
