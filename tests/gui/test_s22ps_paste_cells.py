"""Ctrl+V of text from Excel fills the cells from the current one down and across, as MS Project
does, through the typing rules, as one undo step; Task Name (or the ID) still inserts rows."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from app.domain.grouping_rows import is_group_key
from app.domain.task import ConstraintType
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

DAY = 480


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "paste.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _on(window, uid, column):
    window.tree.setCurrentIndex(window.model.index_of_uid(uid, column))


def _paste(window, text):
    QApplication.clipboard().setText(text)
    window.action_collection["paste_tasks"].trigger()
    return window.statusBar().currentMessage()


def _state(plan):
    return [
        (t.uid, t.name, t.outline_level, t.duration_minutes, t.constraint_type) for t in plan.tasks
    ]


def test_s22ps_ctrl_v_of_a_column_on_a_duration_cell_fills_the_cells_below(window, qtbot):
    plan, stack = window.document.plan, window.document.undo_stack
    before = _state(plan)
    _on(window, 5, Column.DURATION)  # Code, then Test and Go-live below it
    QApplication.clipboard().setText("3d\n4d\n5d\n")
    qtbot.keyClick(window.tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(plan.tasks) == 7  # no task named "3d"
    assert [plan.task(u).duration_minutes for u in (5, 6, 7)] == [3 * DAY, 4 * DAY, 5 * DAY]
    assert not plan.task(7).milestone  # as 5d typed into Go-live's Duration makes it
    assert window.statusBar().currentMessage() == "Pasted 3 cells"
    assert stack.undoText() == "Paste into Duration"
    stack.undo()  # one step takes the three back
    assert _state(plan) == before
    assert plan.task(7).milestone
    stack.redo()
    assert [plan.task(u).duration_minutes for u in (5, 6, 7)] == [3 * DAY, 4 * DAY, 5 * DAY]


def test_s22ps_a_refused_value_pastes_nothing_and_names_its_row_and_column(window):
    plan, stack = window.document.plan, window.document.undo_stack
    _on(window, 2, Column.DURATION)
    _paste(window, "4d\n")  # an edit before, kept
    before, index = _state(plan), stack.index()
    _on(window, 5, Column.DURATION)
    said = _paste(window, "3d\nsoon\n5d\n")
    assert _state(plan) == before
    assert said.startswith("Nothing pasted: Task 6 'Test', Duration: ")
    assert "soon" in said
    assert stack.index() == index  # nothing to undo for it
    assert not stack.canRedo()


def test_s22ps_a_summarys_rolled_up_cell_refuses_the_paste(window):
    plan = window.document.plan
    before = _state(plan)
    _on(window, 4, Column.DURATION)  # Build, a summary
    said = _paste(window, "2d\n")
    assert _state(plan) == before
    assert said == "Nothing pasted: Task 4 'Build', Duration: a summary's comes from its subtasks"


def test_s22ps_several_columns_go_across_as_the_sheet_shows_them(window):
    plan, stack = window.document.plan, window.document.undo_stack
    before = _state(plan)
    _on(window, 5, Column.DURATION)  # Duration, then Start
    said = _paste(window, "4d\t2026-03-23\n")
    code = plan.task(5)
    assert code.duration_minutes == 4 * DAY
    assert (code.constraint_type, code.constraint_date) == (
        ConstraintType.SNET,
        datetime(2026, 3, 23, 8, 0),
    )
    assert said == "Pasted 2 cells"
    assert stack.undoText() == "Paste into Duration, Start"
    stack.undo()
    assert _state(plan) == before


def test_s22ps_rows_past_the_last_task_add_tasks_as_typing_in_the_empty_row(window):
    plan, stack = window.document.plan, window.document.undo_stack
    _on(window, 7, Column.DURATION)  # Go-live, the last task
    _paste(window, "1d\n2d\n")
    assert plan.task(7).duration_minutes == DAY
    assert len(plan.tasks) == 8
    assert plan.tasks[-1].duration_minutes == 2 * DAY
    stack.undo()
    assert len(plan.tasks) == 7
    assert plan.task(7).milestone


def test_s22ps_a_title_row_maps_columns_by_title_and_names_those_not_read(window):
    plan, stack = window.document.plan, window.document.undo_stack
    before = _state(plan)
    window.tree.select_uids([7])  # on Go-live's Task Name: new tasks above it
    said = _paste(
        window,
        "Task Name\tDuration\tStart\tPredecessors\tColour\r\n"
        "Plan\t5 days\t\t\tred\r\n"
        "Do\t10 days\t2026-04-06\t2\tblue\r\n"
        "Check\t3 days\t\t\tgreen\r\n",
    )
    added = plan.tasks[6:9]
    assert [(t.name, t.duration_minutes) for t in added] == [
        ("Plan", 5 * DAY),
        ("Do", 10 * DAY),
        ("Check", 3 * DAY),
    ]
    assert not any(t.name == "Task Name" for t in plan.tasks)
    assert added[1].constraint_type is ConstraintType.SNET
    assert any(lk.predecessor == 2 and lk.successor == added[1].uid for lk in plan.links)
    assert said == "Pasted 3 tasks; not read: Colour"
    stack.undo()
    assert _state(plan) == before


def test_s22ps_without_titles_columns_follow_the_sheet_from_task_name(window):
    plan = window.document.plan
    window.tree.select_uids([7])
    _paste(window, "Plan\t2d\nDo\t3d\n")
    assert [(t.name, t.duration_minutes) for t in plan.tasks[6:8]] == [
        ("Plan", 2 * DAY),
        ("Do", 3 * DAY),
    ]


def test_s22ps_a_value_refused_in_a_new_row_takes_every_new_task_back(window):
    plan, stack = window.document.plan, window.document.undo_stack
    before, index = _state(plan), stack.index()
    window.tree.select_uids([7])
    said = _paste(window, "Plan\t2d\nDo\tAna\n")
    assert _state(plan) == before
    assert said.startswith("Nothing pasted: Task 8 'Do', Duration: ")
    assert stack.index() == index
    assert not stack.canRedo()


def test_s22ps_rows_copied_in_gantry_insert_rows_on_any_cell(window):
    plan = window.document.plan
    window.tree.select_uids([5, 6])  # on Task Name: whole rows
    window.action_collection["copy_tasks"].trigger()
    _on(window, 7, Column.DURATION)
    window.action_collection["paste_tasks"].trigger()
    assert [t.name for t in plan.tasks[6:9]] == ["Code", "Test", "Go-live"]
    assert len(plan.tasks) == 9


def test_s22ps_excels_quoted_cells_stay_one_cell(window):
    plan = window.document.plan
    window.tree.select_uids([7])
    _paste(window, '"Design, ""phase"" 2"\t2d\nBeta\t3d\n')
    assert [(t.name, t.duration_minutes) for t in plan.tasks[6:8]] == [
        ('Design, "phase" 2', 2 * DAY),
        ("Beta", 3 * DAY),
    ]
    assert plan.tasks[8].name == "Go-live"


def test_s22ps_a_line_break_inside_quotes_is_one_task_on_one_line(window):
    plan = window.document.plan
    window.tree.select_uids([7])
    said = _paste(window, '"Design, phase\n2"\t2d\r\nBeta\t3d\r\n')
    assert [t.name for t in plan.tasks[6:9]] == ["Design, phase 2", "Beta", "Go-live"]
    assert said == "Pasted 2 tasks"


def test_s22ps_the_guide_says_what_ctrl_v_and_ctrl_c_do(window):
    from pathlib import Path

    guide = (Path(__file__).resolve().parents[2] / "resources/help/guide.html").read_text()
    paragraph = guide[guide.index("<li>Text copied from Excel") :]
    paragraph = paragraph[: paragraph.index("</li>")]
    for rule in (
        "On a cell other than the ID or Task Name it fills the cells",
        "On the ID or Task Name it inserts new tasks",
        "not read: Colour",
        "pastes nothing: the status bar names its row",
        "Ctrl+C on a cell copies that column&rsquo;s cells of the selected rows, without titles",
        "Ctrl+X on a cell copies the cells and empties them",
    ):
        assert rule in paragraph
    assert "a title row would paste as a task" not in guide  # no longer so


def test_s22ps_a_column_pasted_is_one_reschedule_however_many_cells(window, monkeypatch):
    """Fill Down's batching (a command a column): 1,000 notes pasted cell by cell on a
    4,000-task plan took 36 s, 0.3 s so."""
    document = window.document
    runs: list[int] = []
    reschedule = document.reschedule

    def counted() -> None:
        runs.append(1)
        reschedule()

    monkeypatch.setattr(document, "reschedule", counted)
    _on(window, 5, Column.DURATION)  # Code, Test, Go-live
    _paste(window, "3d\n4d\n5d\n")
    assert len(runs) == 1
    document.undo_stack.undo()
    assert len(runs) == 2


def test_s22ps_one_value_fills_every_selected_row_as_excel_pastes_one_cell(window):
    plan, stack = window.document.plan, window.document.undo_stack
    window.tree.select_uids([2, 3, 5])  # Specs, Review, Code
    current = window.model.index_of_uid(3, Column.DURATION)
    window.tree.selectionModel().setCurrentIndex(
        current, QItemSelectionModel.SelectionFlag.NoUpdate
    )
    said = _paste(window, "4d\n")
    assert [plan.task(u).duration_minutes for u in (2, 3, 5, 6)] == [4 * DAY] * 3 + [2 * DAY]
    assert said == "Pasted 3 cells"
    stack.undo()
    assert [plan.task(u).duration_minutes for u in (2, 3, 5)] == [3 * DAY, DAY, 5 * DAY]


def test_s22ps_grouped_rows_skip_the_group_headers(window):
    plan = window.document.plan
    window.action_collection["group_milestones"].trigger()
    shown = window.model.shown_uids()
    # Go-live under its header, then the other tasks' header
    assert [is_group_key(uid) for uid in shown[:4]] == [True, False, True, False]
    assert shown[1] == 7
    _on(window, 7, Column.DURATION)
    _paste(window, "3d\n4h\n")
    assert [plan.task(u).duration_minutes for u in (7, shown[3])] == [3 * DAY, DAY // 2]
    assert len(plan.tasks) == 7
