"""Sorted sheet follow-ups: a row dragged while sorted is refused with a word in the status bar
(it used to move in the plan and snap back to its sorted place), and a sort without "Keep
outline structure" lists the tasks flat, not indented under summaries it hides."""

from __future__ import annotations

import pytest

from app.domain.sorting import SortField, SortKey, TaskSort
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs.sort_dialog import SortChoice, SortDialog
from app.ui.models.roles import OutlineLevelRole
from app.ui.models.task_edits import HEADERS, Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot, tmp_path):
    plan = build_plan()
    plan.insert_tasks(6, [Task(8, "Docs", 2, duration_minutes=480)])
    path = tmp_path / "sorted.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1200, 600)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _uid(window, name):
    return next(t.uid for t in window.document.plan.tasks if t.name == name)


def _order(window):
    return [t.name for t in window.document.plan.tasks]


def _sort(window, monkeypatch, task_sort):
    monkeypatch.setattr(
        SortDialog, "ask", classmethod(lambda cls, parent, current: SortChoice(task_sort))
    )
    window.action_collection["sort_by_dialog"].trigger()


def test_a_row_dragged_while_sorted_stays_and_the_status_bar_says_why(window):
    window.action_collection["sort_by_start"].trigger()
    before = _order(window)
    shown = list(window.model.shown_uids())
    moved = window.model.drop_uids([_uid(window, "Go-live")], _uid(window, "Specs"), False)
    assert not moved
    assert _order(window) == before
    assert list(window.model.shown_uids()) == shown
    message = window.statusBar().currentMessage()
    assert "sorted by Start" in message
    assert "Shift+F3" in message
    assert window.document.undo_stack.count() == 0


def test_after_sort_by_id_rows_drag_again(window):
    window.action_collection["sort_by_start"].trigger()
    window.action_collection["sort_by_id"].trigger()
    assert window.model.drop_uids([_uid(window, "Go-live")], _uid(window, "Specs"), False)
    assert _order(window).index("Go-live") == _order(window).index("Specs") - 1


def test_without_the_outline_rows_are_listed_flat(window, monkeypatch):
    plan = window.document.plan
    assert any(t.outline_level > 1 for t in plan.tasks)
    _sort(window, monkeypatch, TaskSort((SortKey(SortField.START),), keep_outline=False))
    model = window.model
    rows = [r for r in range(model.rowCount()) if model.uid_of(model.index(r, 0)) is not None]
    assert len(rows) == 6  # the leaves only
    levels = {model.index(r, Column.NAME).data(OutlineLevelRole) for r in rows}
    assert levels == {1}
    # The plan keeps its outline: only the listing is flat.
    assert plan.task(_uid(window, "Docs")).outline_level == 2
    window.tree.selectAll()
    header, *pasted = window.tree.selection_as_text().splitlines()
    at = header.split("\t").index(HEADERS[Column.NAME])
    assert len(pasted) == 6
    assert not any(line.split("\t")[at].startswith(" ") for line in pasted)


def test_with_the_outline_kept_rows_stay_indented(window):
    window.action_collection["sort_by_start"].trigger()
    model = window.model
    docs = model.index_of_uid(_uid(window, "Docs"), Column.NAME)
    assert docs.data(OutlineLevelRole) == 2


def test_move_up_while_sorted_is_refused_as_the_drag_is(window):
    window.action_collection["sort_by_start"].trigger()
    before = _order(window)
    docs = _uid(window, "Docs")
    window.tree.select_uids([docs], docs)
    action = window.action_collection["move_up"]
    assert not action.isEnabled()
    assert "sorted by Start" in action.statusTip()
    window.move_tasks_up()  # called another way, it still says why in the status bar
    assert _order(window) == before
    assert "sorted by Start" in window.statusBar().currentMessage()
    window.action_collection["sort_by_id"].trigger()
    window.tree.select_uids([docs], docs)
    window.action_collection["move_up"].trigger()
    assert _order(window).index("Docs") == before.index("Docs") - 1
