"""Actual work typed, as MS Project's Act. Work column and Assignment Information take it.

MS Project keeps % Work Complete = Actual Work / Work and derives the task's progress
from it (its Actual Duration is "based on the scheduled duration and current remaining
work or percent work complete"); Gantry follows these rules:

- **A task's actual work typed** (the task sheet's Act. Work cell): spread over the
  task's people in proportion to their work, as MS Project spreads it. Gantry keeps
  that spread as the task's % complete, exactly Actual Work / Work
  (:func:`app.domain.percent_shown.exact_percent`), and each person's actual work then
  reads their work x that share (their own entered actual work is cleared); when someone
  is delayed or ends early, the % complete is the point along the task's span by which its
  people have done the Actual Work typed (:func:`laid_percent`), so a later
  % complete, Actual Duration or Update Project keeps them in step. 10h typed on a task
  of 16h (Ann 8h, Bob 8h) is 62.5 %: 5h each, Remaining Work 6h, the remaining
  duration following. Any work done starts the task at its scheduled start (when it
  had no actual start); actual work equal to the work finishes it (100 %, actual finish
  as scheduled); 0 takes its progress back as 0 % complete does. More than the work:
  the work is raised to the actual work, as MS Project raises it, each person's by the
  same share; a fixed-duration task keeps its duration (the people's units rise),
  others last longer by that share, and the task is finished.
- **One person's actual work typed** (Assignment Information): kept as that person's
  own, the others on the task keeping theirs (as entered, else their share of the
  task's % complete). Their work done is the first hours of their own work (after a
  Delay, along a contour, in a split's parts), and the task's % complete is the point
  along its span by which its people have done their actual work between them
  (:func:`laid_percent`, as for a task's actual work typed): a reviewer alone on a 7-day
  task, delayed 2 days, who did 8h is done through Wednesday (3 days of 7, not 8h / 40h);
  a Back Loaded 80h with 20h done is 25 %, as MS Project's 25 % of it is 20h. More than
  the person's work raises it (:func:`work_edit`: the duration or units follow the task
  type).

- **% complete typed** (the sheet, Update Tasks, Update Project, Mark on Track, ``gantry
  update``): MS Project sets each assignment's actual work to that % of its work, the task's
  actual work spread over them in proportion to their work. Gantry keeps that as the
  task's % complete, so the people's own entered actual work is cleared
  (:func:`people_in_step`) and each reads their work x the new %; the task's actual work
  and cost follow % complete again. A duration typed with it (the work done kept, the %
  following) leaves their actual work as entered, unless it finishes the task or takes its
  progress back.

Refused with one message, nothing changed: a summary (its actual work comes from its
subtasks), a task without people (MS Project records actual work on assignments only),
a task or person with no work (a milestone, units of 0), a material or cost item, and
negative work.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from app.domain.assignment_work import Edit, people_only, work_edit
from app.domain.delay_done import done_share
from app.domain.errors import InputError
from app.domain.percent_shown import exact_percent
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import Assignment, ResourceType
from app.domain.schedule import TaskTimes
from app.domain.task import Task, TaskType
from app.domain.tracking import typed_progress
from app.domain.tracking_edits import finish_after
from app.domain.worktime import WorkTime


def people_work(plan: Plan, task: Task, times: TaskTimes | None) -> list[tuple[Assignment, int]]:
    """The task's people (work resources) with the work each plans: as entered, else
    duration x units, as the cost report reads it."""
    duration = times.duration_minutes if times is not None else task.duration_minutes
    return [
        (a, a.work_minutes or round(duration * a.units))
        for a in plan.assignments_of_task(task.uid)
        if plan.resource(a.resource_uid).type is ResourceType.WORK
    ]


def done_by_person(
    plan: Plan, task: Task, people: list[tuple[Assignment, int]], times: TaskTimes | None
) -> dict[int, float]:
    """Each person's actual work now, by assignment uid: as entered when any of the task's
    people has some entered (a 0 beside it is none done), else their work x % complete
    (a delayed person's, what of their own span lies done)."""
    entered = any(a.actual_work_minutes for a, _work in people)
    if entered:
        return {a.uid: a.actual_work_minutes for a, _work in people}
    pct, per_day = task.percent_complete, plan.project.minutes_per_day
    duration = times.duration_minutes if times is not None else task.duration_minutes
    # a delayed person has done what of their own span lies done (app.domain.delay_done)
    return {a.uid: round(work * done_share(a, work, duration, pct, per_day)) for a, work in people}


def laid_percent(
    plan: Plan, task: Task, people: list[tuple[Assignment, int]], times: TaskTimes | None, done: int
) -> float:
    """The task's % complete at which its people have done ``done`` minutes between them,
    MS Project laying work done along the task's span: Actual Work / Work when each spans the
    task, later when someone delayed or ending early has done less than that share (half the
    work of a task whose second person is delayed to its last day is done before its middle)."""
    work = sum(w for _a, w in people)
    first = exact_percent(done, work)
    cleared = [(replace(a, actual_work_minutes=0), w) for a, w in people]

    def done_at(percent: float) -> int:
        at = replace(task, percent_complete=percent)
        return round(sum(done_by_person(plan, at, cleared, times).values()))

    if done_at(first) == done:  # the share of the work (everyone spans the task)
        return first
    low, high = 0.0, 100.0  # done_at grows with the %: the least % reaching ``done``
    for _step in range(60):
        middle = (low + high) / 2
        if done_at(middle) >= done:
            high = middle
        else:
            low = middle
    return high


def shares(total: int, weights: list[int]) -> list[int]:
    """``total`` split in proportion to ``weights`` in whole minutes adding up to it (the
    largest remainders get the minutes rounding left over)."""
    whole = sum(weights)
    if whole <= 0:
        return [0] * len(weights)
    exact = [total * w / whole for w in weights]
    out = [int(x) for x in exact]
    left = total - sum(out)
    for i in sorted(range(len(weights)), key=lambda i: out[i] - exact[i])[:left]:
        out[i] += 1
    return out


def _leaf(plan: Plan, task: Task) -> None:
    if plan.is_summary(task.uid):
        raise InputError(
            f"the actual work of summary task {quoted(task.name, NAME_LIMIT)} comes from its subtasks"
        )


def typed_task_actual_work(
    plan: Plan, uid: int, times: TaskTimes | None, minutes: int, worktime: WorkTime
) -> Edit:
    """The task and assignments as ``minutes`` of actual work typed for task ``uid`` leave
    them (see the module's rules). ``worktime``: the calendar the task runs on."""
    task = plan.task(uid)
    _leaf(plan, task)
    name = quoted(task.name, NAME_LIMIT)
    if minutes < 0:
        raise InputError("actual work cannot be negative")
    people = people_work(plan, task, times)
    if not people:
        raise InputError(
            f"{name} has no people: actual work is recorded on their assignments, as in "
            "MS Project (assign someone in the People column, or type % complete)"
        )
    work = sum(w for _a, w in people)
    if work <= 0:
        what = "milestone" if task.milestone else "task"
        raise InputError(
            f"{what} {name} has no work to record actual work against: give it a duration"
        )
    cleared = [replace(a, actual_work_minutes=0, actual_days=()) for a, _w in people]
    if minutes < work:
        fields = typed_progress(task, times, laid_percent(plan, task, people, times, minutes))
        return replace(task, **fields), [a for a in cleared if a != plan.assignment(a.uid)]
    fields = typed_progress(task, times, 100.0)
    if minutes > work:
        raised = shares(minutes, [w for _a, w in people])
        cleared = spread_work(task, people, cleared, raised)
        if task.task_type is not TaskType.FIXED_DURATION and not task.milestone:
            growth = regular_growth(people, cleared)
            duration = max(1, round(task.duration_minutes * growth))
            fields.update(lasting(task, fields, duration, worktime))
    return replace(task, **fields), [a for a in cleared if a != plan.assignment(a.uid)]


def spread_work(
    task: Task, people: list[tuple[Assignment, int]], cleared: list[Assignment], raised: list[int]
) -> list[Assignment]:
    """The assignments with their work raised to ``raised``: a fixed-duration task's
    people work at higher units, the others' units stay (the task lasts longer)."""
    keeps = task.task_type is TaskType.FIXED_DURATION or task.milestone
    out: list[Assignment] = []
    for (a, work), b, new in zip(people, cleared, raised, strict=True):
        # overtime stays (under the new work): only the regular work is laid at the units
        overtime = min(a.overtime_work_minutes, max(new - 1, 0))
        regular = work - min(a.overtime_work_minutes, work)
        units = a.units * (new - overtime) / regular if keeps and regular > 0 else a.units
        out.append(replace(b, work_minutes=new, units=units, overtime_work_minutes=overtime))
    return out


def regular_growth(people: list[tuple[Assignment, int]], spread: list[Assignment]) -> float:
    """By how much the people's regular work (work less overtime: it makes the length,
    app.domain.overtime_work) changes from ``people`` to ``spread``; the duration of a
    task whose units stay changes by it (the work's share, with no one on overtime)."""
    before = sum(work - min(a.overtime_work_minutes, work) for a, work in people)
    after = sum(b.work_minutes - min(b.overtime_work_minutes, b.work_minutes) for b in spread)
    return after / before if before > 0 else 1.0


def lasting(
    task: Task, fields: dict[str, Any], duration: int, worktime: WorkTime
) -> dict[str, Any]:
    """The duration, and a finished task's actual finish (a manual task's bar) with it."""
    out: dict[str, Any] = {"duration_minutes": duration}
    start = fields.get("actual_start", task.actual_start)
    if start is not None:
        out["actual_finish"] = finish_after(task, start, duration, worktime)
        if task.manual:
            out.update(start=start, finish=out["actual_finish"])
    return out


def typed_assignment_actual_work(
    plan: Plan, assignment_uid: int, times: TaskTimes | None, minutes: int, worktime: WorkTime
) -> Edit:
    """The task and assignments as ``minutes`` of actual work typed for one person on a
    task leave them (see the module's rules). ``worktime``: the calendar the task runs on."""
    a = plan.assignment(assignment_uid)
    task = plan.task(a.task_uid)
    people_only(plan, a, "actual work is recorded for people only")
    _leaf(plan, task)
    if minutes < 0:
        raise InputError("actual work cannot be negative")
    people = people_work(plan, task, times)
    done = done_by_person(plan, task, people, times)
    work = {b.uid: w for b, w in people}
    new_task, changed = task, {b.uid: b for b, _w in people}
    if minutes > work[a.uid]:  # MS Project raises the work to the actual work
        new_task, moved = work_edit(plan, assignment_uid, minutes)
        changed.update((b.uid, b) for b in moved)
        work = {
            b.uid: changed[b.uid].work_minutes or w for b, w in people_work(plan, new_task, None)
        }
    done[a.uid] = minutes
    total, whole = sum(done.values()), sum(work.values())
    percent = 100.0
    if total < whole:  # where the work done lies along the task's span (a Delay, an early end)
        span = (
            times if times is None else replace(times, duration_minutes=new_task.duration_minutes)
        )
        laid = [(changed[b.uid], work[b.uid]) for b, _w in people]
        percent = laid_percent(plan, new_task, laid, span, round(total))
    fields = typed_progress(new_task, times, percent)
    if percent >= 100 and new_task.duration_minutes != task.duration_minutes:
        fields.update(lasting(new_task, fields, new_task.duration_minutes, worktime))
    out = [replace(changed[uid], actual_work_minutes=done[uid]) for uid in changed]
    # a total typed lays the person's work done anew (app.domain.actual_days), as MS Project
    out = [replace(b, actual_days=()) if b.uid == assignment_uid else b for b in out]
    return replace(new_task, **fields), [b for b in out if b != plan.assignment(b.uid)]


def people_in_step(plan: Plan, changes_by_uid: Mapping[int, Mapping[str, Any]]) -> list[Assignment]:
    """The assignments whose entered actual work edits of tasks' fields (``changes_by_uid``:
    the fields set, by task uid) take back, so that they read the new % complete of their
    work (see the module's rules): a % complete that changes, unless a duration typed with
    it keeps the work done (0 < % < 100). All of such a task's are cleared (costs read a 0
    beside someone's entered actual work as none done). One pass over the assignments."""
    taken: set[int] = set()
    for uid, changes in changes_by_uid.items():
        percent = changes.get("percent_complete")
        if percent is None or percent == plan.task(uid).percent_complete:
            continue
        if "duration_minutes" not in changes or not 0 < percent < 100:
            taken.add(uid)
    if not taken:
        return []
    return [
        replace(a, actual_work_minutes=0, actual_days=())
        for a in plan.assignments
        if a.actual_work_minutes and a.task_uid in taken
    ]
