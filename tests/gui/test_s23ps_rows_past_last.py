"""Rows pasted past the last task are added together, as one change and one undo step (a row
at a time, each rescheduled, thousands took minutes), then typed a column at a time."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

DAY = 480


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "past.gantry"
    GantryFile.create(path, build_plan()).close()
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


def test_s23ps_rows_past_the_last_task_are_one_insert_and_one_reschedule_a_column(
    window, monkeypatch
):
    document, plan = window.document, window.document.plan
    inserts: list[int] = []
    runs: list[int] = []
    insert, reschedule = plan.insert_tasks, document.reschedule

    def counted_insert(index, tasks):
        tasks = list(tasks)
        inserts.append(len(tasks))
        insert(index, tasks)

    def counted_reschedule() -> None:
        runs.append(1)
        reschedule()

    monkeypatch.setattr(plan, "insert_tasks", counted_insert)
    monkeypatch.setattr(document, "reschedule", counted_reschedule)
    rows = "".join(f"{k + 1}d\tstep {k}\r\n" for k in range(40))
    said = _paste(window, 7, Column.DURATION, "Duration\tNotes\r\n" + rows)
    assert inserts == [39]  # Go-live took the first row; the 39 others were added at once
    assert len(runs) <= 5  # a run a column on Go-live, the insert, a run a column: not a row
    assert len(plan.tasks) == 7 + 39
    assert [(t.duration_minutes, t.notes) for t in plan.tasks[-2:]] == [
        (39 * DAY, "step 38"),
        (40 * DAY, "step 39"),
    ]
    assert plan.tasks[-1].outline_level == 1  # as typed into the empty row below Go-live
    assert said == "Pasted 80 cells; added 39 tasks"
    document.undo_stack.undo()  # one step takes them all back
    assert len(plan.tasks) == 7
    assert plan.task(7).milestone


def test_s23ps_a_note_of_several_lines_past_the_last_task_keeps_them(window):
    plan = window.document.plan
    _paste(window, 7, Column.DURATION, 'Duration\tNotes\r\n2d\t\r\n3d\t"one\ntwo"\r\n')
    assert (plan.tasks[-1].duration_minutes, plan.tasks[-1].notes) == (3 * DAY, "one\ntwo")


def test_s23ps_an_empty_row_past_the_last_task_adds_no_task(window):
    plan = window.document.plan
    _paste(window, 6, Column.DURATION, "2d\r\n3d\r\n\r\n4d\r\n")  # Test, Go-live, then two rows
    assert [t.duration_minutes for t in plan.tasks[-2:]] == [3 * DAY, 4 * DAY]
    assert len(plan.tasks) == 8


def test_s23ps_a_value_refused_past_the_last_task_names_the_new_row_and_adds_nothing(window):
    plan, stack = window.document.plan, window.document.undo_stack
    index = stack.index()
    said = _paste(window, 7, Column.DURATION, "2d\r\n3d\r\nsoon\r\n")
    assert said.startswith("Nothing pasted: Task 9 'New task', Duration: ")
    assert len(plan.tasks) == 7
    assert plan.task(7).milestone
    assert stack.index() == index
    assert not stack.canRedo()
