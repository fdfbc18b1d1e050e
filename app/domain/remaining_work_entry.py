"""Remaining Work typed, as MS Project's Tracking table, Assignment Information and
``gantry progress --remaining-work`` take it ("Maria says 30h left").

MS Project keeps Work = Actual Work + Remaining Work, so typing the remaining work sets
the work and leaves the work done as it is:

- **A task's remaining work**: spread over its people (work resources) in proportion to
  the work each still has to do (their work less their actual work), as MS Project spreads
  it; when none has any left, in proportion to their work. Each person's work becomes
  their actual work + their share, in whole minutes adding up to the typed figure. The
  duration follows as a Work typed on the task moves it (app.domain.task_work_entry: the
  regular work's share; a fixed-duration task keeps its duration and the units follow).
- **One person's remaining work**: their work becomes their actual work + the figure, the
  others keeping theirs; the duration or units follow the task type as a person's Work
  typed does (:func:`app.domain.assignment_work.work_edit`).

The work done stays each person's (kept as their own actual work, since the work no
longer grows alike for everyone) and % complete becomes the work done over the new work;
0h remaining finishes a started task. Refused with one message, nothing changed: a
summary, a task or person without work to do (no people, a material or cost item),
negative work, and 0h remaining where no work is done (no work would be left).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.actual_days import last_day_done
from app.domain.actual_work_entry import (
    done_by_person,
    lasting,
    people_work,
    regular_growth,
    shares,
    spread_work,
)
from app.domain.assignment_work import Edit, people_only, work_edit
from app.domain.errors import InputError
from app.domain.notation import auto_unit
from app.domain.percent_shown import exact_percent
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import Assignment
from app.domain.schedule import TaskTimes
from app.domain.task import Task, TaskType
from app.domain.tracking import typed_progress
from app.domain.tracking_edits import duration_between, finish_after
from app.domain.typed_days_span import covered_edit
from app.domain.worktime import WorkTime

FIELD = "Remaining Work"


def _checked(plan: Plan, task: Task, minutes: int) -> None:
    name = quoted(task.name, NAME_LIMIT)
    if plan.is_summary(task.uid):
        raise InputError(f"the remaining work of summary task {name} comes from its subtasks")
    if minutes < 0:
        raise InputError(f"{FIELD} cannot be negative; type 0h when the work is done")


def _progressed(
    task: Task,
    times: TaskTimes | None,
    done: float,
    work: int,
    worktime: WorkTime,
    people: list[Assignment],
) -> dict[str, Any]:
    """``task``'s progress fields once ``done`` of its new ``work`` is done: its % complete
    (and the actual dates it sets); a finished one's actual finish is the end of the last
    day its ``people`` (as left) did work on when they keep their work done day by day,
    the duration running from its actual start to there, as MS Project's Actual Finish is
    the end of the last actual work; otherwise one duration after it began."""
    if done <= 0:
        return {}
    percent = 100.0 if done >= work else exact_percent(done, work)
    progress = typed_progress(task, times, percent)
    if percent >= 100:
        progress.pop("actual_finish", None)
        progress.update(lasting(task, progress, task.duration_minutes, worktime))
        start = progress.get("actual_start", task.actual_start)
        last = last_day_done(people)
        if start is not None and last is not None and last > start:
            duration = max(1, duration_between(task, start, last, worktime))
            progress.update(lasting(task, progress, duration, worktime), actual_finish=last)
            if task.manual:
                progress["finish"] = last
    return progress


def _unit_kept(was: Task, task: Task, project: Project) -> Task:
    """``task`` showing its duration in the unit ``was`` showed it in (MS Project keeps a
    task's duration unit when its work moves the duration: 61h of a 5d task is 7.63d)."""
    if task.duration_minutes == was.duration_minutes or was.duration_unit is not None:
        return task
    unit = auto_unit(was.duration_minutes, project, was.elapsed)
    return replace(task, duration_unit=unit)


def _with_done(
    plan: Plan, changed: list[Assignment], done: dict[int, float], any_done: bool
) -> list[Assignment]:
    """The people as changed, each keeping the work they have done as their own."""
    out = [replace(a, actual_work_minutes=round(done[a.uid])) if any_done else a for a in changed]
    return [a for a in out if a != plan.assignment(a.uid)]


def _all(plan: Plan, task: Task, changed: list[Assignment]) -> list[Assignment]:
    """The task's assignments as ``changed`` leaves them."""
    new = {a.uid: a for a in changed}
    return [new.get(a.uid, a) for a in plan.assignments_of_task(task.uid)]


def typed_task_remaining_work(
    plan: Plan, uid: int, times: TaskTimes | None, minutes: int, worktime: WorkTime
) -> Edit:
    """The task and assignments as ``minutes`` of remaining work typed for task ``uid``
    leave them (see the module's rules). ``worktime``: the calendar the task runs on."""
    task = plan.task(uid)
    _checked(plan, task, minutes)
    name = quoted(task.name, NAME_LIMIT)
    people = people_work(plan, task, times)
    if not people:
        raise InputError(
            f"{name} has no people: its work is the work of the people on it "
            "(assign someone in the People column, then type its remaining work)"
        )
    done = done_by_person(plan, task, people, times)
    left = [max(0, w - round(done[a.uid])) for a, w in people]
    if minutes == sum(left) and all(round(done[a.uid]) <= w for a, w in people):
        return task, []
    total_done = sum(done.values())
    if minutes == 0 and total_done <= 0:
        raise InputError(
            f"{name} has no work done: 0h remaining would leave it no work "
            "(type its Actual Work, or take its people off)"
        )
    weights = left if sum(left) > 0 else [w for _a, w in people]
    if sum(weights) <= 0:
        weights = [1] * len(people)
    extra = shares(minutes, weights)
    targets = [round(done[a.uid]) + more for (a, _w), more in zip(people, extra, strict=True)]
    spread = spread_work(task, people, [a for a, _w in people], targets)
    new_task = task
    if task.task_type is not TaskType.FIXED_DURATION and not task.milestone:
        duration = max(1, round(task.duration_minutes * regular_growth(people, spread)))
        new_task = replace(task, duration_minutes=duration)
        if task.manual and task.start is not None:
            new_task = replace(new_task, finish=finish_after(task, task.start, duration, worktime))
    left_people = _with_done(plan, spread, done, total_done > 0)
    fields = _progressed(
        new_task, times, total_done, sum(targets), worktime, _all(plan, task, left_people)
    )
    edit = _unit_kept(task, replace(new_task, **fields), plan.project), left_people
    return covered_edit(plan, task, edit)  # typed days: the work left runs from after them


def typed_assignment_remaining_work(
    plan: Plan, assignment_uid: int, times: TaskTimes | None, minutes: int, worktime: WorkTime
) -> Edit:
    """The task and assignments as ``minutes`` of remaining work typed for one person on a
    task leave them (see the module's rules)."""
    a = plan.assignment(assignment_uid)
    task = plan.task(a.task_uid)
    people_only(plan, a, "remaining work is for people only")
    _checked(plan, task, minutes)
    people = people_work(plan, task, times)
    done = done_by_person(plan, task, people, times)
    mine = round(done[a.uid])
    work = {b.uid: w for b, w in people}
    if mine + minutes == work[a.uid]:
        return task, []
    if mine + minutes <= 0:
        who = quoted(plan.resource(a.resource_uid).name, NAME_LIMIT)
        raise InputError(
            f"{who} has no work done on {quoted(task.name, NAME_LIMIT)}: "
            "0h remaining would leave them no work (type their Actual Work, or use Remove from task)"
        )
    new_task, moved = work_edit(plan, assignment_uid, mine + minutes)
    changed = {b.uid: b for b, _w in people}
    changed.update((b.uid, b) for b in moved)
    work[a.uid] = mine + minutes
    total_done = sum(done.values())
    out = _with_done(plan, list(changed.values()), done, total_done > 0)
    fields = _progressed(
        new_task, times, total_done, sum(work.values()), worktime, _all(plan, task, out)
    )
    return _unit_kept(task, replace(new_task, **fields), plan.project), out
