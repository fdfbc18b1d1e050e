"""Edits of a task leveling split keep leveling's pause leveling's, so Clear Leveling still
takes it out; a pause the user makes stays theirs.

Level Resources splits Ana's 'Build' around her Wednesday workshop: two days of work,
a day's pause marked as leveling's (Split.leveling), the last day Thursday. A bar
dragged a week on, a finish dragged a day later, a split of the user's own, Task
Information and a copy pasted each keep that pause (same point of the work, same
length) as leveling's, and Clear Leveling afterwards removes it.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task
from app.store.document import GantryFile, read_plan
from app.ui.dialogs.leveling_dialog import ClearLevelingDialog
from app.ui.dialogs.split_dialog import SplitDialog
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.gantt.view import GanttView

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
PAUSE = Split(2 * DAY, DAY, leveling=True)


def _plan() -> Plan:
    """Ana's 'Workshop' must start on Wednesday; her 3-day 'Build' would run through it."""
    plan = Plan(project=Project(name="Clash", start=MON))
    plan.append_task(
        Task(
            1,
            "Workshop",
            duration_minutes=DAY,
            constraint_type=ConstraintType.MSO,
            constraint_date=datetime(2026, 1, 7, 8, 0),
        )
    )
    plan.append_task(Task(2, "Build", duration_minutes=3 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 3 * DAY))
    return plan


@pytest.fixture
def window(session, qtbot, tmp_path, monkeypatch):
    # Clear Leveling asks: Clear Leveling: Entire project
    monkeypatch.setattr(ClearLevelingDialog, "ask", classmethod(lambda cls, *_: False))
    path = tmp_path / "clash.gantry"
    GantryFile.create(path, _plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    win.show_view("gantt")
    win.action_collection["level_resources"].trigger()
    assert win.document.plan.task(2).splits == (PAUSE,)
    win.path = path
    return win


def _clear(window) -> None:
    window.action_collection["clear_leveling"].trigger()


def _drag(qtbot, gantt: GanttView, uid: int, where: float, days: int) -> None:
    """Press on the bar at ``where`` (0 start .. 1 finish) and let go ``days`` later."""
    gantt.set_zoom("days")
    gantt.scroll_to_task(uid)
    row = next(r for r in gantt.visible_rows() if r.uid == uid)
    g = gantt.chart_painter().geometry(row)
    press = QPoint(round(g.x0 + (g.x1 - g.x0) * where - gantt.hscroll), round(g.mid_y))
    end = press + QPoint(round(days * gantt.scale.px_per_day), 0)
    canvas = gantt.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=press)
    for i in range(1, 5):
        p = press + (end - press) * (i / 4)
        qtbot.mouseMove(canvas, QPoint(round(p.x()), round(p.y())))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)


def test_a_bar_dragged_a_week_on_takes_leveling_s_pause_along(window, qtbot):
    doc = window.document
    _drag(qtbot, window.gantt, 2, 0.2, 7)
    task = doc.plan.task(2)
    assert task.constraint_type is ConstraintType.SNET  # the drag pinned it a week on
    assert task.splits == (PAUSE,)  # the same pause, still leveling's
    assert read_plan(window.path).task(2).splits == (PAUSE,)
    start = doc.schedule[2].start
    assert start >= datetime(2026, 1, 12, 8, 0)
    window.grab().save("/tmp/s15d_dragged.png")  # to look at: the parts moved together
    _clear(window)
    assert doc.plan.task(2).splits == ()
    assert doc.plan.task(2).constraint_type is ConstraintType.SNET  # the user's pin stays
    assert read_plan(window.path).task(2).splits == ()


def test_a_finish_dragged_later_keeps_the_pause_leveling_s(window, qtbot):
    doc = window.document
    _drag(qtbot, window.gantt, 2, 0.995, 1)
    assert doc.plan.task(2).duration_minutes == 4 * DAY
    assert doc.plan.task(2).splits == (PAUSE,)
    _clear(window)
    assert doc.plan.task(2).splits == ()
    assert doc.plan.task(2).duration_minutes == 4 * DAY


def test_a_split_of_the_user_s_own_stays_when_leveling_s_goes(window, qtbot, monkeypatch):
    doc = window.document
    dialog = SplitDialog(doc, 2)
    qtbot.addWidget(dialog)
    # Monday 13:00: after 4 h of work, a day's pause of the user's
    dialog.at.setDateTime(datetime(2026, 1, 5, 13, 0))
    dialog.pause.setText("1d")
    dialog.accept()
    own = Split(4 * 60, DAY)
    assert doc.plan.task(2).splits == (own, PAUSE)
    _clear(window)
    assert doc.plan.task(2).splits == (own,)


def test_the_user_s_pause_joining_leveling_s_makes_it_the_user_s(window, qtbot):
    # the pause grows at its edge: one pause, not leveling's any more (Clear leaves it)
    doc = window.document
    dialog = SplitDialog(doc, 2)
    qtbot.addWidget(dialog)
    dialog.at.setDateTime(datetime(2026, 1, 6, 17, 0))  # where leveling's pause begins
    dialog.pause.setText("1d")
    dialog.accept()
    assert doc.plan.task(2).splits == (Split(2 * DAY, 2 * DAY),)
    _clear(window)
    assert doc.plan.task(2).splits == (Split(2 * DAY, 2 * DAY),)


def test_task_information_edits_keep_the_pause_leveling_s(window, qtbot):
    doc = window.document
    dialog = TaskDialog(doc, 2)
    qtbot.addWidget(dialog)
    dialog.name.setText("Build v2")
    dialog.duration.setText("4d")
    dialog.accept()
    task = doc.plan.task(2)
    assert (task.name, task.duration_minutes, task.splits) == ("Build v2", 4 * DAY, (PAUSE,))
    _clear(window)
    assert doc.plan.task(2).splits == ()


def test_a_copy_pasted_keeps_leveling_s_pause_and_clear_takes_both_out(window, qtbot):
    doc = window.document
    window.tree.select_uids([2])
    window.action_collection["copy_tasks"].trigger()
    window.tree.select_uids([1])
    window.action_collection["paste_tasks"].trigger()
    pasted = next(t for t in doc.plan.tasks if t.name == "Build" and t.uid != 2)
    assert pasted.splits == (PAUSE,)
    assert any(s.leveling for s in read_plan(window.path).task(pasted.uid).splits)
    _clear(window)
    assert doc.plan.task(2).splits == ()
    assert doc.plan.task(pasted.uid).splits == ()


def test_remove_splits_then_undo_gives_leveling_s_pause_back_as_leveling_s(window, qtbot):
    doc = window.document
    window.tree.select_uids([2])
    window.action_collection["remove_splits"].trigger()
    assert doc.plan.task(2).splits == ()  # the user asked for the work in one piece
    doc.undo_stack.undo()
    assert doc.plan.task(2).splits == (PAUSE,)
    _clear(window)
    assert doc.plan.task(2).splits == ()
