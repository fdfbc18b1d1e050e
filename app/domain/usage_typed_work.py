"""Work typed into a Usage cell: an assignment's period, as MS Project's Resource Usage and
Task Usage let a resource manager type hours into an assignment row's cell.

As in MS Project the assignment then holds the typed work in that period: its work is kept
day by day as laid before, with the period's days holding the typed figure
(:mod:`app.domain.edited_work`), its work is their sum and its contour becomes Contoured.
A period after the finish lengthens the task to hold the work when the task can stretch
(MS Project moves the assignment's finish, and its task's, to the last day with work:
work typed on the Friday after a Monday-to-Thursday task moves its finish to Friday); the
last periods typed down to nothing bring the finish in to the last day with work, unless
someone else on the task works longer (or the task is of fixed duration, manual or split:
it keeps its span). The other people on the task keep their work.

A period with none of the person's working time (a weekend in the day view) takes the work
as MS Project takes it: the person works that day (:mod:`app.domain.edited_work`), and
Usage, cost, over-allocation, leveling and MS Project XML count it there.

Refused, in one line, before anything changes: work that is not a figure or is negative;
a period wholly before the task starts, or after it finishes when the task cannot stretch
(fixed duration, manually scheduled, a milestone); a day off of the person's after the
task's finish (a duration counts working time: the day must be made working first); less
work left than is done already; no work left at all; a summary task's row, a material or a
cost item.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime

from app.domain.assignment_work import Edit, person_on_leaf
from app.domain.contours import WorkContour, own_need
from app.domain.edited_work import (
    WorkPiece,
    day_pieces,
    edited_total,
    moved_by_pauses,
    typed_into,
)
from app.domain.errors import InputError
from app.domain.notation import format_work, parse_work
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import Assignment, ResourceType
from app.domain.schedule import Schedule
from app.domain.splits import Split, TaskClocks, may_be_split, normalized
from app.domain.task import Task, TaskType
from app.domain.workload import (
    DayCalendar,
    _resource_calendar,
    done_work,
    entered_tasks,
    own_pieces,
)
from app.domain.worktime import to_minutes


def read_typed_work(text: str, plan: Plan, group: str | None = None, decimal: str = ".") -> int:
    """Minutes of work typed in a cell (``16``, ``16h``, ``2d``; a bare number is in the
    plan's work unit), in the reader's number marks; InputError saying why not."""
    try:
        typed = parse_work(text, plan.project, group=group, decimal=decimal)
    except InputError:
        if text.strip().startswith("-"):
            raise InputError(f"{quoted(text.strip())}: work cannot be negative") from None
        raise InputError(f"{quoted(text.strip())} is not work (try 8h or 1d)") from None
    if typed.elapsed:
        raise InputError(f"{quoted(text.strip())}: work is working time, not elapsed time")
    return typed.minutes


def _can_stretch(task: Task) -> bool:
    """Whether more work may lengthen the task (MS Project stretches a fixed-units or
    fixed-work task to hold work typed after its finish)."""
    return not (task.task_type is TaskType.FIXED_DURATION or task.manual or task.milestone)


def typing_edit(
    plan: Plan, schedule: Schedule, assignment_uid: int, first: date, last: date, typed: int
) -> Edit:
    """The task and the assignment as they become when ``typed`` minutes are typed into the
    assignment's period ``first``..``last`` (days); InputError naming why the period cannot
    take it (the module's note)."""
    a = plan.assignment(assignment_uid)
    task = person_on_leaf(plan, a, "work")
    name = quoted(task.name, NAME_LIMIT)
    if typed < 0:
        raise InputError("work cannot be negative")
    times = schedule.get(task.uid)
    if times is None:
        raise InputError(f"{name} is not scheduled: it has no periods to type work in")
    if last < times.start.date():
        raise InputError(f"{name} starts later: type work in its own periods")
    cal = _resource_calendar(plan, plan.resource(a.resource_uid), {})
    wt = cal.worktime
    clocks = TaskClocks(plan)
    parts: tuple[tuple[datetime, datetime], ...] = ((times.start, times.finish),)
    if may_be_split(task):
        parts = clocks.parts(task, times) or parts
    work = float(a.work_minutes or round(times.duration_minutes * a.units))
    days = day_pieces(own_pieces(plan, a, work, parts, times, cal), wt)
    project = plan.project
    pieces = typed_into(
        days,
        wt,
        times.start,
        first,
        last,
        typed,
        project.default_start_time,
        project.minutes_per_day,
    )
    new_finish = max(p.finish for p in pieces if p.minutes > 0)
    index = clocks.of(task).index  # the engine's clock for the task: its duration counts on it
    typed_in = [p for p in pieces if first <= p.start.date() <= last]
    _refuse_days_off_after(plan, a, typed_in, times.finish, wt.index, name)
    duration = task.duration_minutes
    if new_finish < times.finish and _can_stretch(task) and not task.splits:
        # its finish comes in to its last day of work unless someone else works longer
        span = index(to_minutes(new_finish)) - index(to_minutes(times.start))
        duration = max(1, min(duration, max([span, *_others_needs(plan, a)])))
    elif new_finish > times.finish:
        if not _can_stretch(task):
            why = (
                "a milestone"
                if task.milestone
                else "manually scheduled"
                if task.manual
                else "of fixed duration"
            )
            raise InputError(
                f"{name} has finished by then and is {why}: it cannot stretch to that period"
            )
        duration += index(to_minutes(new_finish)) - index(to_minutes(times.finish))
    new = round(edited_total(pieces))
    done = a.actual_work_minutes
    if new < done:
        raise InputError(
            f"{quoted(plan.resource(a.resource_uid).name, NAME_LIMIT)} has done "
            f"{format_work(round(done), plan.project)} on {name} already: the work cannot drop below it"
        )
    edited = replace(a, work_minutes=new, contour=WorkContour.CONTOURED, edited_work=pieces)
    new_task = (
        task if duration == task.duration_minutes else replace(task, duration_minutes=duration)
    )
    return new_task, [edited]


def _refuse_days_off_after(
    plan: Plan,
    a: Assignment,
    pieces: Sequence[WorkPiece],
    finish: datetime,
    index: Callable[[int], int],
    name: str,
) -> None:
    """InputError when work would lie on a day off of the person's after the task's finish:
    a duration counts working time, so the task cannot stretch to a day without any (MS
    Project moves the finish there; here the person's day must be made working first)."""
    for p in pieces:
        if (
            p.minutes > 0
            and p.start >= finish
            and index(to_minutes(p.start)) >= index(to_minutes(p.finish))
        ):
            person = quoted(plan.resource(a.resource_uid).name, NAME_LIMIT)
            raise InputError(
                f"{name} finishes before {p.start:%a %Y-%m-%d}, a day off for {person}: "
                "type the work into a day within the task, or make that day working time "
                "(Change Working Time) and type it again"
            )


def _others_needs(plan: Plan, a: Assignment) -> list[int]:
    """The working minutes the other people on ``a``'s task need at their units."""
    entered = entered_tasks(plan)
    return [
        round(
            own_need(
                b.work_minutes, b.units, b.contour, done_work(plan, b, b.work_minutes, entered)
            )
        )
        for b in plan.assignments_of_task(a.task_uid)
        if b.uid != a.uid
        and b.units > 0
        and b.work_minutes > 0
        and plan.resource(b.resource_uid).type is ResourceType.WORK
    ]


def typed_work_paused(plan: Plan, task_uid: int, splits: tuple[Split, ...]) -> list[Assignment]:
    """The task's assignments with typed periods as they become when its pauses become
    ``splits`` (Split Task, Remove Splits): the work after a new pause moves past it
    (:func:`app.domain.edited_work.moved_by_pauses`); those whose pieces stay are left out."""
    task = plan.task(task_uid)
    duration = task.duration_minutes
    old, new = normalized(task.splits, duration), normalized(splits, duration)
    if old == new:
        return []
    clock = TaskClocks(plan).of(task)
    out: list[Assignment] = []
    cals: dict[int | None, DayCalendar] = {}
    for a in plan.assignments_of_task(task_uid):
        if not a.edited_work or a.contour is not WorkContour.CONTOURED:
            continue
        wt = _resource_calendar(plan, plan.resource(a.resource_uid), cals).worktime
        moved = moved_by_pauses(a.edited_work, wt, clock, duration, old, new)
        if moved != a.edited_work:
            out.append(replace(a, edited_work=moved))
    return out
