"""Dragging a bar past a leaver's last working day is refused, as MS Project keeps the bar.

Jonas Weber leaves on 20 March: his calendar has no working time from then on. Dragging
the bar of the task he works past that day asked the task's clock for a start that cannot
be, and its error (naming the task and Jonas) escaped the mouse handler; so did a task
whose own calendar ends there while its person's goes on (the two share no working time
after it). The drag is now refused: the box says why while dragging and the ghost stays
on the bar, the drop leaves the plan as it was, says why in the status bar, and puts no
step on the undo stack.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from html import unescape

import pytest
from PySide6.QtCore import QPoint, Qt

from app.domain.calendar import Calendar, CalendarException
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.app import Session
from app.ui.document import Document
from app.ui.gantt.view import GanttView
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.status_said import sentence

_DAY = 480
_MON = datetime(2026, 3, 2, 8, 0)
_LEAVES = CalendarException("Leaves", date(2026, 3, 20), date(2099, 12, 31))
_ENDED = replace(_LEAVES, name="Contract ends")
_LEAVER = "task 1 'Build', worked by 'Jonas Weber': calendar 'Jonas Weber' has no working time"
_ENDS = (
    "task 1 'Build': its calendar 'Contract' and the calendar 'Standard' of 'Jonas Weber' "
    "share no working time"
)


def _plan(whose: str) -> Plan:
    """Build (5d, Mon 2 to Fri 6 March, worked by Jonas), then Test (5d).

    ``whose``: "person", Jonas's calendar ends on 20 March (he leaves); "task", Build's
    own calendar does while Jonas's goes on.
    """
    plan = Plan(project=Project(name="Leaver", start=_MON))
    plan.append_task(Task(1, "Build", 1, duration_minutes=5 * _DAY))
    plan.append_task(Task(2, "Test", 1, duration_minutes=5 * _DAY))
    # (two calendars of the same days share one working time, named after the first made)
    name, ends = ("Jonas Weber", _LEAVES) if whose == "person" else ("Contract", _ENDED)
    plan.put_calendar(Calendar(10, name, base_uid=1, week=(None,) * 7, exceptions=(ends,)))
    plan.add_resource(Resource(1, "Jonas Weber", calendar_uid=10 if whose == "person" else None))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * _DAY))
    if whose == "task":
        plan.update_task(replace(plan.task(1), calendar_uid=10))
    return plan


@pytest.fixture
def open_window(qtbot):
    opened: list[MainWindow] = []

    def open_(plan: Plan) -> MainWindow:
        win = MainWindow(Document(plan), Session(Settings()))
        qtbot.addWidget(win)
        win.resize(1400, 700)
        win.show()
        win.show_view("gantt")
        win.gantt.set_zoom("days")
        opened.append(win)
        return win

    yield open_
    for win in opened:
        win.close()


def _drag(qtbot, gantt: GanttView, uid: int, at: str, days: int) -> list[str]:
    """Press the bar ``at`` its middle or its end, drag it ``days`` later and drop it;
    returns the feedback box's lines just before the drop."""
    gantt.scroll_to_task(uid)
    row = next(r for r in gantt.visible_rows() if r.uid == uid)
    g = gantt.chart_painter().geometry(row)
    x = (g.x0 + g.x1) / 2 if at == "middle" else g.x1 - 1
    press = QPoint(round(x - gantt.hscroll), round(g.mid_y))
    end = press + QPoint(round(days * gantt.scale.px_per_day), 0)
    canvas = gantt.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=press)
    for i in range(1, 9):
        qtbot.mouseMove(canvas, press + (end - press) * (i / 8))
    box = gantt.mouse.feedback
    shown = [unescape(re.sub(r"<[^>]+>", "", line)) for line in box.text().split("<br>")]
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    return shown


@pytest.mark.parametrize(("whose", "said"), [("person", _LEAVER), ("task", _ENDS)])
def test_s18dr_a_bar_moved_past_the_last_working_day_is_refused(open_window, qtbot, whose, said):
    win = open_window(_plan(whose))
    doc = win.document
    before = (doc.plan.task(1), doc.schedule[1].start, doc.schedule[1].finish)
    shown = _drag(qtbot, win.gantt, 1, "middle", 21)  # Mon 23 March: he has left
    # the box keeps the bar's dates and says why; the drop changes nothing
    assert shown[:3] == ["Build", "Start: Mon 2026-03-02 08:00", "Finish: Fri 2026-03-06 17:00"]
    assert shown[-1].startswith(sentence(said))  # a sentence, as the status bar says it
    assert not win.gantt.mouse.dragging()
    assert (doc.plan.task(1), doc.schedule[1].start, doc.schedule[1].finish) == before
    assert doc.undo_stack.count() == 0
    assert win.statusBar().currentMessage().startswith(sentence(said))


def test_s18dr_a_move_before_the_last_day_still_goes_through(open_window, qtbot):
    win = open_window(_plan("person"))
    doc = win.document
    _drag(qtbot, win.gantt, 1, "middle", 7)  # Mon 9 March, done by Fri 13: before he leaves
    assert doc.schedule[1].start == datetime(2026, 3, 9, 8, 0)
    assert doc.undo_stack.count() == 1


def test_s18dr_an_end_stretched_past_the_last_day_stops_on_it(open_window, qtbot):
    """The duration counts the working time up to the dropped date, as every stretch does:
    Jonas's, which ends on Thursday 19 March (the box said so before the drop)."""
    win = open_window(_plan("person"))
    doc = win.document
    shown = _drag(qtbot, win.gantt, 1, "end", 21)
    assert "Finish: Thu 2026-03-19 17:00" in shown
    assert doc.schedule[1].finish == datetime(2026, 3, 19, 17, 0)
    assert doc.plan.task(1).duration_minutes == 14 * _DAY


def test_s18dr_a_leveled_bar_moved_so_its_delay_ends_past_the_last_day_names_it(open_window, qtbot):
    """Build leveled 5 days (Mon 9 to Fri 13 March): moved a week on, its delay would end
    after Jonas has left. That error came from the drag's placing, not the task's clock, and
    named only the calendar: it names the task and Jonas as the others do."""
    plan = _plan("person")
    plan.update_task(replace(plan.task(1), leveling_delay_minutes=5 * _DAY))
    win = open_window(plan)
    doc = win.document
    assert doc.schedule[1].start == datetime(2026, 3, 9, 8, 0)
    shown = _drag(qtbot, win.gantt, 1, "middle", 7)
    assert shown[-1].startswith(sentence(_LEAVER))
    assert win.statusBar().currentMessage().startswith(sentence(_LEAVER))
    assert doc.schedule[1].start == datetime(2026, 3, 9, 8, 0)
    assert doc.undo_stack.count() == 0
