"""Stretching the bar of a task whose people work on their own calendars measures their time.

The scheduler (app/domain/scheduling/network.py, as MS Project) runs a task
with work resources on their calendars, and, when they work on different
calendars, each assignment on its own one, the task finishing with the last.
MS Project counts a dragged finish the same way: the new duration is the
working time, on the calendars the task is scheduled on, up to the date the
end was dropped on. Before, the drag counted on the task (project) calendar:
a person working Monday to Thursday got one day too many for each Friday
crossed, and the bar ended a day or more after the date it was dropped on.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt

from app.domain.calendar import STANDARD_DAY, Calendar
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.app import Session
from app.ui.document import Document
from app.ui.gantt.view import GanttView
from app.ui.main_window import MainWindow
from app.ui.settings import Settings

WORKDAY = 480
MON_TO_THU = 5
TUE_TO_FRI = 6
MONDAY = datetime(2026, 3, 2, 8, 0)


def _plan(people: int) -> Plan:
    plan = Plan(project=Project(name="Crew", start=MONDAY))
    off = ()
    plan.put_calendar(Calendar(MON_TO_THU, "Mon-Thu", week=(STANDARD_DAY,) * 4 + (off,) * 3))
    plan.put_calendar(
        Calendar(TUE_TO_FRI, "Tue-Fri", week=(off,) + (STANDARD_DAY,) * 4 + (off,) * 2)
    )
    plan.append_task(Task(1, "Survey", 1, duration_minutes=3 * WORKDAY))
    plan.add_resource(Resource(1, "Ana", calendar_uid=MON_TO_THU))
    plan.add_resource(Resource(2, "Ben", calendar_uid=TUE_TO_FRI))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 3 * WORKDAY))
    if people == 2:
        plan.add_assignment(Assignment(2, 1, 2, 1.0, 3 * WORKDAY))
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
        opened.append(win)
        return win

    yield open_
    for win in opened:
        win.close()


def _stretch(qtbot, gantt: GanttView, uid: int, days: int) -> list[str]:
    """Drag the bar's end ``days`` later; returns the feedback box's lines before the release."""
    gantt.set_zoom("days")
    gantt.scroll_to_task(uid)
    row = next(r for r in gantt.visible_rows() if r.uid == uid)
    g = gantt.chart_painter().geometry(row)
    press = QPoint(round(g.x1 - 1 - gantt.hscroll), round(g.mid_y))
    end = press + QPoint(round(days * gantt.scale.px_per_day), 0)
    canvas = gantt.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=press)
    for i in range(1, 5):
        qtbot.mouseMove(canvas, press + (end - press) * (i / 4))
    shown = gantt.mouse.feedback.text().split("<br>")
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    return shown


def test_a_person_on_a_four_day_week_gets_the_days_they_work(open_window, qtbot):
    win = open_window(_plan(people=1))
    doc = win.document
    assert doc.schedule[1].finish == datetime(2026, 3, 4, 17, 0)  # Mon..Wed on Ana's week
    shown = _stretch(qtbot, win.gantt, 1, 7)  # the end dropped on Wed 11 Mar
    # Thu 5, Mon 9, Tue 10, Wed 11: Ana works four more days (Fri 6 is her day off)
    assert doc.plan.task(1).duration_minutes == 7 * WORKDAY
    assert doc.schedule[1].finish == datetime(2026, 3, 11, 17, 0)
    assert doc.plan.assignments_of_task(1)[0].work_minutes == 7 * WORKDAY
    assert "Finish: Wed 2026-03-11 17:00" in shown


def test_people_on_different_weeks_finish_where_the_end_was_dropped(open_window, qtbot):
    win = open_window(_plan(people=2))
    doc = win.document
    # Ana Mon..Wed, Ben Tue..Thu: the task ends with Ben
    assert doc.schedule[1].finish == datetime(2026, 3, 5, 17, 0)
    shown = _stretch(qtbot, win.gantt, 1, 7)  # dropped on Thu 12 Mar
    assert doc.schedule[1].finish == datetime(2026, 3, 12, 17, 0)
    assert doc.plan.task(1).duration_minutes == 7 * WORKDAY  # Ben's seven days to Thu 12
    assert "Finish: Thu 2026-03-12 17:00" in shown


def test_a_task_that_ignores_its_peoples_calendars_counts_its_own(open_window, qtbot):
    plan = _plan(people=1)
    plan.update_task(replace(plan.task(1), ignore_resource_calendar=True))
    win = open_window(plan)
    doc = win.document
    assert doc.schedule[1].finish == datetime(2026, 3, 4, 17, 0)  # Mon..Wed, project week
    _stretch(qtbot, win.gantt, 1, 7)
    assert doc.plan.task(1).duration_minutes == 8 * WORKDAY  # Fri 6 counts here
    assert doc.schedule[1].finish == datetime(2026, 3, 11, 17, 0)
