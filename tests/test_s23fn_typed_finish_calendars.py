"""A Finish typed for a task its people work is measured on their calendars (issue 1).

A PM with people in Germany, France and India: Teresa works Monday to Wednesday, Priya
on an Indian calendar (26 Jan, Republic Day, is a holiday; the project's Bavarian
calendar has none then). Typing Finish 2027-02-17 on Teresa's task starting Mon 8 Feb
made it 8d (counted on the project's Mon-Fri) and the scheduler, running it on her
days, ended it Tue 23 Feb; Priya's ended Mon 1 Feb instead of Fri 29 Jan. The duration
is now counted on the calendar the scheduler runs the task on
(app/domain/task_clock.py), in the sheet, in a client's returned workbook and for a
dragged bar alike; a task that ignores its people's calendars counts on its own.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl

from app.domain.calendar import STANDARD_DAY, Calendar
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.task_clock import TaskClock
from app.domain.tracking_edits import task_clock
from app.domain.typed_finish import typed_finish
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.models.task_edits import Column, command_for_cell

DAY = 480
TERESA, PRIYA, MARC = 1, 2, 3
# Mon-Wed on the project's calendar (its Bavarian holidays kept)
MON_TO_WED = (None, None, None, (), (), None, None)


def _plan(start: datetime) -> Plan:
    """Bavarian project calendar; Teresa part time, Priya in India, Marc in France; one
    5d task each and a 5d task worked by Teresa and Priya together."""
    plan = Plan(project=Project(name="EU rollout", start=start))
    bavaria = replace(plan.calendar(), name="Germany (BY)", holiday_country="DE")
    plan.put_calendar(replace(bavaria, holiday_subdivision="BY"))
    plan.put_calendar(Calendar(20, "Teresa", base_uid=bavaria.uid, week=MON_TO_WED))
    week = (STANDARD_DAY,) * 5 + ((), ())
    plan.put_calendar(Calendar(21, "India", week=week, holiday_country="IN"))
    plan.put_calendar(Calendar(22, "France", week=week, holiday_country="FR"))
    for uid, name, cal in ((TERESA, "Teresa", 20), (PRIYA, "Priya", 21), (MARC, "Marc", 22)):
        plan.resources.append(Resource(uid=uid, name=name, calendar_uid=cal))
    names = {1: "Workshops", 2: "Data mapping", 3: "Training FR", 4: "Cut-over"}
    for uid, name in names.items():
        plan.append_task(Task(uid, name, 1, duration_minutes=5 * DAY))
    people = ((1, TERESA), (2, PRIYA), (3, MARC), (4, TERESA), (4, PRIYA))
    for n, (task, person) in enumerate(people, 1):
        plan.assignments.append(
            Assignment(uid=n, task_uid=task, resource_uid=person, units=1.0, work_minutes=5 * DAY)
        )
    return plan


FEB = datetime(2027, 2, 8, 8, 0)  # Monday
JAN = datetime(2027, 1, 18, 8, 0)  # Monday; Tue 26 Jan is Republic Day in India


def _finished(plan: Plan, uid: int, finish: datetime) -> tuple[int, datetime]:
    """(duration, scheduled finish) of task ``uid`` after the domain's rule for ``finish``."""
    task = plan.task(uid)
    _what, fields = typed_finish(plan, task, schedule(plan).get(uid), finish)
    plan.update_task(replace(task, **fields))
    return fields["duration_minutes"], schedule(plan).get(uid).finish


def test_s23fn_a_part_timers_typed_finish_ends_there():
    plan = _plan(FEB)
    assert schedule(plan).get(1).finish == datetime(2027, 2, 16, 17, 0)  # Mon-Wed, Mon-Tue
    # her days: 8, 9, 10, 15, 16, 17 Feb
    assert _finished(plan, 1, datetime(2027, 2, 17, 17, 0)) == (6 * DAY, datetime(2027, 2, 17, 17))


def test_s23fn_a_finish_is_counted_on_the_persons_holidays_not_the_projects():
    plan = _plan(JAN)
    # Priya: 18-22, 25, 27, 28, 29 Jan (26 Jan off): 9d, ending Fri 29 Jan
    assert _finished(plan, 2, datetime(2027, 1, 29, 17, 0)) == (9 * DAY, datetime(2027, 1, 29, 17))


def test_s23fn_a_task_that_ignores_its_people_counts_on_its_own_calendar():
    plan = _plan(FEB)
    task = replace(plan.task(1), calendar_uid=plan.project.calendar_uid)
    plan.update_task(replace(task, ignore_resource_calendar=True))
    # Mon 8 - Wed 17 Feb on the project's Mon-Fri: 8d, ending there
    assert _finished(plan, 1, datetime(2027, 2, 17, 17, 0)) == (8 * DAY, datetime(2027, 2, 17, 17))


def test_s23fn_people_on_two_calendars_end_by_the_typed_finish():
    plan = _plan(JAN)
    # Teresa (Mon-Wed) and Priya (26 Jan off) each run their span; the task ends with the last
    duration, finish = _finished(plan, 4, datetime(2027, 1, 29, 17, 0))
    assert finish <= datetime(2027, 1, 29, 17, 0)
    assert duration == TaskClock.of(plan, 4).minutes_until(JAN, datetime(2027, 1, 29, 17))


def test_s23fn_the_sheet_and_the_drag_measure_as_the_domain():
    document = Document(_plan(FEB))
    execute(document, command_for_cell(document, 1, Column.FINISH, "2027-02-17"))
    assert document.plan.task(1).duration_minutes == 6 * DAY
    assert document.schedule.get(1).finish == datetime(2027, 2, 17, 17, 0)
    # a bar dragged to end there asks the same clock the domain does
    clock = TaskClock.of(document.plan, 1)
    assert clock.minutes_until(FEB, datetime(2027, 2, 17, 17, 0)) == 6 * DAY
    assert clock.calendar is not None
    assert task_clock(document.plan, document.plan.task(1)).between(
        FEB, datetime(2027, 2, 17, 17)
    ) == (6 * DAY)


def test_s23fn_a_clients_finish_is_measured_on_the_persons_calendar(tmp_path: Path):
    path = tmp_path / "client.xlsx"
    write_plan(_plan(JAN), path)
    book = openpyxl.load_workbook(path)
    ws = book["Plan"]
    header = [c.value for c in ws[1]]
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(rows[2], header.index("Finish") + 1).value = datetime(2027, 1, 29)
    book.save(path)
    theirs = read_roundtrip_workbook(path).theirs
    assert theirs.task(2).duration_minutes == 9 * DAY
    assert schedule(theirs).get(2).finish == datetime(2027, 1, 29, 17, 0)


def test_s23fn_a_part_timer_is_not_late_on_a_day_she_does_not_work():
    from app.domain.splits import TaskClocks
    from app.domain.status_tasks import TaskStatus, expected_percent, task_status
    from app.domain.workload import DayCalendar

    plan = _plan(FEB)
    plan.update_task(replace(plan.task(1), percent_complete=60.0, actual_start=FEB))
    times = schedule(plan).get(1)  # Mon 8 - Tue 16 Feb on her Mon-Wed
    friday = datetime(2027, 2, 12, 17, 0)  # she worked Mon-Wed: 3 of her 5 days
    calendar, clocks = DayCalendar(plan, None), TaskClocks(plan)
    assert expected_percent(times, friday, calendar, plan.task(1), clocks) == 60.0
    assert task_status(plan.task(1), times, friday, calendar, clocks) is TaskStatus.ON_SCHEDULE
