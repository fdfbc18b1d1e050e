"""Actual work kept day by day (app/domain/actual_days.py) in MSPDI: an assignment's
``<TimephasedData>`` rows of Type 2 (Assignment Actual Work; 1 is the work left, 3 the actual
overtime), as MS Project saves the hours a timesheet user typed into Task Usage.

Read: an assignment's Type 2 rows holding work, in time order, each kept on the day it
starts (MS Project's row runs from one day's start to the next's: 3h20 from 6 Jul 08:55 to
7 Jul 08:55 is 6 Jul's), when they add up to the assignment's ``<ActualWork>`` (to a minute); rows
that do not leave the total laid over the schedule, as before. Written: a Type 2 row per
day kept, so MS Project reads the same days.

A Type 2 row holds the actual overtime of its period too (MS Project's Actual Work includes
Actual Overtime Work: mspdiassignmentfields.xml's 1h of Type 2 in the minute 08:00-08:01 is
1h of Type 3). The plan keeps overtime as a total, and days laid as regular work would book
that hour in one minute, so an assignment whose Type 3 rows hold work keeps its actual work
as a total too (:func:`has_overtime_days`; app/io/mspdi_dropped.py tells it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, time, timedelta
from math import ceil
from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element, SubElement

from app.domain.actual_days import kept_actuals
from app.domain.edited_work import WorkPiece, day_pieces
from app.domain.plan import Plan
from app.domain.resource import Assignment
from app.domain.schedule import Schedule
from app.domain.splits import TaskClocks, may_be_split
from app.domain.task import Task
from app.io.mspdi_values import Q

if TYPE_CHECKING:  # workload is imported where the rows are written (as mspdi_edited_work)
    from app.domain.workload import DayCalendar

ACTUAL_WORK_TYPE = "2"  # MSPDI TimephasedDataType: Assignment Actual Work
ACTUAL_OVERTIME_TYPE = "3"  # Assignment Actual Overtime Work, part of Type 2's work
_WORK = re.compile(r"PT(\d+)H(\d+)M(\d+(?:\.\d+)?)S")


def has_overtime_days(elem: Element) -> bool:
    """Whether an ``<Assignment>``'s Type 3 rows (actual overtime by day) hold work. Not its
    ``<ActualOvertimeWork>`` alone: Gantry writes one priced from Overtime Work with its days
    (mspdi_write_resources._actual_overtime), which read back keep them."""
    return any(
        (td.findtext(Q + "Type") or "").strip() == ACTUAL_OVERTIME_TYPE
        and _minutes(td.findtext(Q + "Value")) > 0
        for td in elem.iterfind(Q + "TimephasedData")
    )


def _minutes(value: str | None) -> float:
    """A row's ``PT1H6M6.76S`` in minutes; 0 when not such a value."""
    m = _WORK.fullmatch((value or "").strip())
    return 0.0 if m is None else int(m[1]) * 60 + int(m[2]) + float(m[3]) / 60


def _rows(elem: Element) -> tuple[WorkPiece, ...]:
    """An ``<Assignment>``'s Type 2 rows holding work, one piece each within its first day."""
    out: list[WorkPiece] = []
    for td in elem.iterfind(Q + "TimephasedData"):
        if (td.findtext(Q + "Type") or "").strip() != ACTUAL_WORK_TYPE:
            continue
        value, start, finish = (td.findtext(Q + t) for t in ("Value", "Start", "Finish"))
        minutes = _minutes(value)
        if start is None or finish is None:
            continue
        try:
            s, f = datetime.fromisoformat(start.strip()), datetime.fromisoformat(finish.strip())
        except ValueError:
            continue
        if minutes <= 0 or f < s:
            continue
        out.extend(_by_day(s, f, minutes))
    out.sort(key=lambda p: p.start)
    return tuple(out)


def read_actual_days(root: Element, assignments: list[Assignment]) -> list[Assignment]:
    """The assignments, each whose Type 2 rows add up to its actual work keeping them (but
    one with actual overtime by day: :func:`has_overtime_days`)."""
    wanted = {a.uid: a for a in assignments if a.actual_work_minutes}
    container = root.find(Q + "Assignments") if wanted else None
    if container is None:
        return assignments
    found: dict[int, tuple[WorkPiece, ...]] = {}
    for elem in container.iterfind(Q + "Assignment"):
        text = (elem.findtext(Q + "UID") or "").strip()
        a = wanted.get(int(text)) if text.isdigit() else None
        if a is None or has_overtime_days(elem):
            continue
        days = _rows(elem)
        total = sum(p.minutes for p in days)
        if days and abs(total - float(a.actual_work_minutes)) <= 1.0:
            found[a.uid] = days  # as written (to the hundredth of a second): read back alike
    if not found:
        return assignments
    return [replace(a, actual_days=found[a.uid]) if a.uid in found else a for a in assignments]


def dated_apart(root: Element, tasks: Sequence[Task], assignments: list[Assignment]) -> set[int]:
    """The assignments whose Type 2 rows begin on a later day than their task's actual start:
    hours typed on their own days, which are not the task's % complete laid from its start."""
    began = {t.uid: t.actual_start.date() for t in tasks if t.actual_start is not None}
    out: set[int] = set()
    for a in read_actual_days(root, assignments):
        first = a.actual_days[0].start.date() if a.actual_days else None
        if first is not None and a.task_uid in began and first > began[a.task_uid]:
            out.add(a.uid)
    return out


def add_actual_rows(elem: Element, a: Assignment) -> bool:
    """Append a Type 2 row per day of ``a``'s actual work kept day by day (its work to the
    hundredth of a second, as MS Project writes it); whether any."""
    days = kept_actuals(a)
    for p in days:
        td = SubElement(elem, Q + "TimephasedData")
        SubElement(td, Q + "Type").text = ACTUAL_WORK_TYPE
        SubElement(td, Q + "UID").text = str(a.uid)
        SubElement(td, Q + "Start").text = p.start.isoformat()
        SubElement(td, Q + "Finish").text = p.finish.isoformat()
        SubElement(td, Q + "Unit").text = "2"
        SubElement(td, Q + "Value").text = _work_text(p.minutes)
    return bool(days)


def _work_text(minutes: float) -> str:
    """``PT1H6M6.76S``: hours, minutes and seconds to the hundredth."""
    centis = round(minutes * 6000)
    hours, rest = divmod(centis, 360000)
    mins, cs = divmod(rest, 6000)
    seconds = f"{cs // 100}" if cs % 100 == 0 else f"{cs / 100:.2f}".rstrip("0")
    return f"PT{hours}H{mins}M{seconds}S"


def _by_day(start: datetime, finish: datetime, minutes: float) -> list[WorkPiece]:
    """A row's work as pieces a day: a row of a day or less (MS Project's runs from one day's
    start to the next's) on its first day; one MS Project wrote for days alike (two days of
    8h: 16h from Monday 08:00 to Tuesday 17:00) shared evenly by its weekdays (all its days
    when it has none), each from the row's start time to that day's end."""
    whole = (finish - start) / timedelta(days=1)
    count = max(1, ceil(whole - 1e-6))
    if count == 1:
        midnight = datetime.combine(start.date() + timedelta(days=1), time.min)
        return [WorkPiece(start, min(finish, midnight), minutes)]
    days = [start.date() + timedelta(days=k) for k in range(count)]
    days = [d for d in days if d.weekday() < _SATURDAY] or days
    share = minutes / len(days)
    out: list[WorkPiece] = []
    for d in days:
        s = datetime.combine(d, start.time())
        f = min(finish, datetime.combine(d + timedelta(days=1), time.min))
        out.append(WorkPiece(s, max(s, f), share))
    return out


_SATURDAY = 5


def remaining_rows(
    plan: Plan, a: Assignment, result: Schedule | None, cals: dict[int | None, DayCalendar]
) -> list[WorkPiece]:
    """The work left of an assignment whose actual work is kept day by day, a Type 1 row per
    day as the plan lays it after the days done (MS Project reads a span no row covers as a
    pause of the task: app/io/mspdi_splits.py)."""
    days = kept_actuals(a)
    times = result.get(a.task_uid) if result is not None else None
    if not days or times is None or times.summary:
        return []
    from app.domain.workload import _resource_calendar, own_pieces

    task = plan.task(a.task_uid)
    parts: tuple[tuple[datetime, datetime], ...] = ((times.start, times.finish),)
    if may_be_split(task):
        parts = TaskClocks(plan).parts(task, times) or parts
    cal = _resource_calendar(plan, plan.resource(a.resource_uid), cals)
    work = float(a.work_minutes or round(times.duration_minutes * a.units))
    laid = own_pieces(plan, a, work, parts, times, cal)
    done = sum(1 for p in days if p.minutes > 0)
    return day_pieces(laid[done:], cal.worktime)
