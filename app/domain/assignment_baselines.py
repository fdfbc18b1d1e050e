"""Set Baseline's assignments: each person's Baseline Start, Finish, Work and Cost, and how
their work was laid then (MS Project saves an assignment's timephased baseline work and cost
with the task's baseline: planned value reads it, :mod:`app.domain.earned_value_parts`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from app.domain.assignment_dates import assignment_dates
from app.domain.baseline import AssignmentBaselineEntry
from app.domain.contours import WorkContour, fills_task
from app.domain.costs import CostReport
from app.domain.elapsed_laying import elapsed_tasks
from app.domain.plan import Plan
from app.domain.resource import Assignment, ResourceType
from app.domain.schedule import Schedule
from app.domain.workload import DayCalendar, _resource_calendar

# A task's start, finish and duration (app.domain.baselines reads them in bulk)
Span = tuple[datetime, datetime, int]


def assignment_entries(
    plan: Plan,
    schedule: Schedule,
    costs: CostReport,
    task_uids: Iterable[int],
    kept: Iterable[AssignmentBaselineEntry] = (),
    spans: Mapping[int, Span] | None = None,
) -> tuple[AssignmentBaselineEntry, ...]:
    """The assignment entries of a baseline saved for ``task_uids``: theirs as now, in plan
    order, after ``kept`` (the entries of the other tasks an existing baseline holds).

    ``spans``: the tasks' start, finish and duration when the caller has them; a person
    working the whole of a plain task on the project's calendar then takes its dates without
    the day-by-day laying :func:`~app.domain.assignment_dates.assignment_dates` does
    (most people on most plans: Set Baseline stays fast on a large plan).
    """
    chosen = set(task_uids)
    mine = [a for a in plan.assignments if a.task_uid in chosen]
    plain = _plain_dates(plan, mine, spans) if spans is not None else {}
    dates = assignment_dates(plan, schedule, (a.uid for a in mine if a.uid not in plain))
    dates.update(plain)
    priced = costs.assignments
    out = [e for e in kept if e.task_uid not in chosen]
    for a in mine:
        span = dates.get(a.uid)
        ac = priced.get(a.uid)
        typed = a.edited_work if a.contour is WorkContour.CONTOURED else ()
        out.append(
            AssignmentBaselineEntry(
                a.uid,
                a.task_uid,
                a.resource_uid,
                span[0] if span is not None else None,
                span[1] if span is not None else None,
                a.work_minutes,
                ac.cost if ac is not None else 0.0,
                a.units,
                min(a.overtime_work_minutes, a.work_minutes),
                a.contour,
                typed,
            )
        )
    return tuple(out)


def _plain_dates(
    plan: Plan, mine: list[Assignment], spans: Mapping[int, Span]
) -> dict[int, tuple[datetime, datetime]]:
    """The assignments whose dates follow from their task's alone, with them: a material or
    cost item's are its task's; a flat, undelayed person working the whole of a task that
    is neither split, elapsed nor a summary runs from their first working moment in it to
    their last (as :func:`~app.domain.assignment_dates.assignment_dates` has it)."""
    people = {r.uid: r for r in plan.resources}
    tasks = {t.uid: t for t in plan.tasks}
    clock = elapsed_tasks(plan)
    parents = {p for p in plan.parent_uids().values() if p is not None}
    flat, work_type = WorkContour.FLAT, ResourceType.WORK
    cals: dict[int | None, DayCalendar] = {}
    # tasks share dates: each person's calendar read once per moment
    starts: dict[tuple[int | None, datetime], datetime] = {}
    finishes: dict[tuple[int | None, datetime], datetime] = {}
    out: dict[int, tuple[datetime, datetime]] = {}
    for a in mine:
        span, res, task = spans.get(a.task_uid), people.get(a.resource_uid), tasks[a.task_uid]
        if span is None or res is None:
            continue
        start, finish, duration = span
        if res.type is not work_type or task.uid in parents or finish <= start:
            out[a.uid] = (start, finish)
            continue
        if a.contour is not flat or a.laid_delay or task.splits or task.uid in clock:
            continue
        work = a.work_minutes or round(duration * a.units)
        regular = work - min(a.overtime_work_minutes, work)
        if not fills_task(regular, a.units, flat, duration):
            continue
        key = res.calendar_uid if res.calendar_uid in plan.calendars else None
        first = starts.get((key, start))
        if first is None:
            worktime = _resource_calendar(plan, res, cals).worktime
            first = starts[key, start] = worktime.next_working(start)
        if first >= finish:  # no working time of theirs in it: the task's dates
            out[a.uid] = (start, finish)
            continue
        last = finishes.get((key, finish))
        if last is None:
            worktime = _resource_calendar(plan, res, cals).worktime
            last = finishes[key, finish] = worktime.previous_working_end(finish)
        out[a.uid] = (first, last)
    return out
