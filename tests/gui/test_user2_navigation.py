"""Find, outline levels, keyboard and zoom on a real MS Project template, as a PM uses them
after the first week (Software-Development-Plan.xml: 86 tasks, three outline levels)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.app import Session
from app.ui.find_query import FindQuery
from app.ui.main_window import MainWindow
from app.ui.models.roles import TaskUidRole
from app.ui.settings import Settings


@pytest.fixture
def window(qtbot, shared_data, tmp_path, monkeypatch):
    source = shared_data / "mpp" / "Software-Development-Plan.xml"
    target = tmp_path / "plan.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    session = Session(Settings())
    win = session.open_path(source)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _names_of(window: MainWindow, uids):
    return [window.document.plan.task(u).name for u in uids]


def test_find_reaches_a_task_hidden_by_outline_level_and_find_next_wraps(window, monkeypatch):
    window.show_outline_level(1)
    window.find_with(FindQuery("modify code"))
    first = window.tree.current_uid()
    assert _names_of(window, [first]) == ["Modify code"]
    plan = window.document.plan
    parents = plan.parent_uids()
    assert not window.model.is_collapsed(parents[first])  # its summary was opened
    assert window.model.index_of_uid(first).isValid()
    window.action_collection["find_next"].trigger()
    second = window.tree.current_uid()
    assert second != first
    assert _names_of(window, [second]) == ["Modify code"]
    window.action_collection["find_next"].trigger()
    assert window.tree.current_uid() == first  # wrapped round


def test_find_of_a_missing_name_says_so(window, monkeypatch):
    errors = []
    monkeypatch.setattr(window, "show_error", errors.append)
    window.find_with(FindQuery("no such task"))
    assert errors == ["No task name contains 'no such task'"]


def test_outline_levels_hide_and_show_subtasks(window):
    model = window.model
    plan = window.document.plan
    levels = {t.uid: t.outline_level for t in plan.tasks}

    def shown():  # the sheet's empty last row has no task
        uids = (model.index(r, 0).data(TaskUidRole) for r in range(model.rowCount()))
        return [u for u in uids if u is not None]

    for level in (1, 2, 3):
        window.show_outline_level(level)
        assert sorted(levels[u] for u in shown())[-1] == level
        assert len(shown()) == sum(1 for v in levels.values() if v <= level)
    window.show_outline_level(None)
    assert len(shown()) == len(plan.tasks)


def test_keyboard_down_and_up_move_the_current_task(window, qtbot):
    tree = window.tree
    tree.setFocus()
    tree.setCurrentIndex(window.model.index(0, 2))
    start = tree.current_uid()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    after = tree.current_uid()
    assert after != start
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    assert tree.current_uid() == start


def test_zoom_in_and_out_change_the_timescale_and_come_back(window):
    window.show_view("gantt")
    gantt = window.gantt
    first = gantt.zoom_level()
    window.action_collection["gantt_zoom_out"].trigger()
    coarser = gantt.zoom_level()
    assert coarser != first
    window.action_collection["gantt_zoom_in"].trigger()
    assert gantt.zoom_level() == first
    window.action_collection["gantt_fit_project"].trigger()
    plan_end = gantt.scale.x_of(window.document.schedule.finish)
    assert plan_end <= gantt.canvas.width() + gantt.hscroll
