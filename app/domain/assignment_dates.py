"""An assignment's own start and finish (MS Project's assignment Start and Finish).

A person works on a task only in their own working time: someone whose calendar
starts the week on Tuesday starts a Monday task on Tuesday, and someone who stops
at noon finishes there. The assignment runs from the first moment the person
works inside the task's span (a split task's working parts) to the last. As in
MS Project each assignment also has its own length: its regular work (work less
overtime: :mod:`app.domain.overtime_work`) at its units (a contour's mean, work done
kept flat) on the person's calendar from the task's start, so someone with less work than the task's longest assignment finishes
early (:func:`app.domain.workload.own_pieces`). A person with no working time in
the span, a material, a cost item and a summary's own assignment take the task's
dates; so does a flat assignment on an elapsed task, worked around the clock. A delayed
person (:mod:`app.domain.assignment_delay`) starts that long after the task.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from app.domain.contours import WorkContour, fills_task
from app.domain.elapsed_laying import elapsed_tasks
from app.domain.plan import Plan
from app.domain.resource import ResourceType
from app.domain.schedule import Schedule
from app.domain.workload import (
    DayCalendar,
    _resource_calendar,
    entered_tasks,
    own_pieces,
    split_parts,
)

Dates = tuple[datetime, datetime]


def assignment_dates(
    plan: Plan, schedule: Schedule, assignment_uids: Iterable[int] | None = None
) -> dict[int, Dates]:
    """Start and finish of each assignment (all, or those given) whose task is scheduled."""
    wanted = None if assignment_uids is None else set(assignment_uids)
    parts = split_parts(plan, schedule)
    cals: dict[int | None, DayCalendar] = {}
    entered = entered_tasks(plan)  # for contoured people's work done
    clock = elapsed_tasks(plan)
    out: dict[int, Dates] = {}
    for a in plan.assignments:
        if wanted is not None and a.uid not in wanted:
            continue
        times = schedule.get(a.task_uid)
        if times is None:
            continue
        out[a.uid] = (times.start, times.finish)
        res = plan.resource(a.resource_uid)
        if times.summary or times.finish <= times.start or res.type is not ResourceType.WORK:
            continue
        cal = _resource_calendar(plan, res, cals)
        worktime = cal.worktime
        spans = parts.get(a.task_uid) or ((times.start, times.finish),)
        work = float(a.work_minutes or round(times.duration_minutes * a.units))
        shaped = a.contour is not WorkContour.FLAT and a.contour.shaped
        regular = work - min(a.overtime_work_minutes, work)  # its length: regular work only
        delayed = a.laid_delay > 0  # MS Project's Delay: from the delayed start on
        if shaped or delayed or not fills_task(regular, a.units, a.contour, times.duration_minutes):
            pieces = own_pieces(plan, a, work, spans, times, cal, entered)
            if pieces:
                out[a.uid] = (pieces[0][0], pieces[-1][1])
                continue
        if a.task_uid in clock:  # around the clock, nights and weekends: the task's dates
            continue
        worked = [(s, f) for s, f in spans if f > s and worktime.between(s, f) > 0]
        if worked:
            start = worktime.next_working(worked[0][0])
            finish = worktime.previous_working_end(worked[-1][1])
            out[a.uid] = (start, finish)
    return out
