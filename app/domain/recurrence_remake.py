"""A recurring task's pattern changed: the occurrences it still makes stay as they are.

MS Project keeps an occurrence that still falls on the changed pattern: its UID,
its name when the user renamed it, its notes, its links and its people. Only the
dates the pattern no longer makes lose their occurrence, and new dates get new
ones. Making every occurrence again (as Gantry did) gave them all new IDs and
lost every rename, note and link.

:func:`plan_remake` works out the change without touching the plan, so a pattern
that makes no occurrence is refused before anything changes; :func:`apply_remake`
and :func:`undo_remake` carry it out and back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, time
from typing import TYPE_CHECKING

from app.domain.plan import RemovedTasks
from app.domain.recurrence_tasks import (
    TaskRecurrence,
    is_occurrence,
    occurrence_people,
    occurrence_tasks,
    pinned_dates,
)
from app.domain.resource import Assignment, ResourceType
from app.domain.task import Task
from app.domain.worktime import WorkTime

if TYPE_CHECKING:
    from app.domain.plan import Plan


@dataclass(frozen=True, slots=True)
class Remake:
    """What a changed pattern does to a recurring task's occurrences.

    ``occurrences``: all of them once changed, in date order (the kept ones with
    their uids, the added with new ones); ``added``: the uids made new;
    ``removed``: the old occurrences the pattern no longer makes; ``people``:
    who staffs the added ones; ``work``: the kept ones' assignments whose work
    follows a changed duration.
    """

    summary: int
    name: str
    occurrences: tuple[Task, ...]
    added: frozenset[int]
    removed: tuple[int, ...]
    people: tuple[Assignment, ...]
    work: tuple[Assignment, ...]

    @property
    def kept(self) -> list[Task]:
        """The occurrences that stay, as they will be."""
        return [t for t in self.occurrences if t.uid not in self.added]


@dataclass(slots=True)
class RemakeUndo:
    """What :func:`apply_remake` replaced, for :func:`undo_remake`."""

    summary: Task
    recurrence: TaskRecurrence | None
    kept: list[Task]
    work: list[Assignment]
    removed: RemovedTasks | None


def current_occurrences(plan: Plan, uid: int) -> list[Task]:
    """The recurring task ``uid``'s occurrences among its subtasks (not tasks put under it)."""
    return [t for t in plan.children(uid) if is_occurrence(t, plan.is_summary(t.uid))]


def plan_remake(
    plan: Plan,
    uid: int,
    name: str,
    rec: TaskRecurrence,
    start_time: time,
    work_time: WorkTime,
) -> Remake:
    """The change that gives recurring task ``uid`` the pattern ``rec`` (and ``name``).

    An old occurrence pinned on a date the new pattern makes (the day it starts, or
    the pattern's own date as MS Project pins it) stays: its uid, notes, links and
    people; its duration follows the pattern, and its name too unless the user
    renamed it (a name as Gantry gives them, "Sync 3", is numbered afresh). Raises
    InputError for a pattern that makes no occurrence, changing nothing.
    """
    summary = plan.task(uid)
    old = current_occurrences(plan, uid)
    made = occurrence_tasks(
        rec, name, plan.next_task_uid(), summary.outline_level + 1, start_time, work_time
    )
    pins = pinned_dates(rec, work_time)
    by_day: dict[date, Task] = {}
    for task in old:
        if task.constraint_date is not None:
            by_day.setdefault(task.constraint_date.date(), task)
    default_name = re.compile(re.escape(summary.name) + r" \d+")
    kept: dict[int, Task] = {}
    after: list[Task] = []
    added: list[Task] = []
    next_uid = plan.next_task_uid()
    for new, pin in zip(made, pins, strict=True):
        day = new.constraint_date.date() if new.constraint_date is not None else None
        found = by_day.pop(day, None) if day is not None else None
        if found is None:
            found = by_day.pop(pin, None)
        if found is None:
            task = replace(new, uid=next_uid)
            next_uid += 1
            added.append(task)
        else:
            renamed = default_name.fullmatch(found.name) is None
            task = replace(
                found,
                name=found.name if renamed else new.name,
                duration_minutes=new.duration_minutes,
                duration_unit=new.duration_unit,
                milestone=new.milestone,
            )
            kept[task.uid] = task
        after.append(task)
    removed = tuple(t.uid for t in old if t.uid not in kept)
    is_work = _is_work(plan)
    people = occurrence_people(
        [plan.assignments_of_task(t.uid) for t in old],
        added,
        plan.next_assignment_uid(),
        is_work,
        [t.constraint_date.date() for t in old if t.constraint_date is not None],
    )
    work = [
        replace(a, work_minutes=round(kept[a.task_uid].duration_minutes * a.units))
        for t in old
        if t.uid in kept and kept[t.uid].duration_minutes != t.duration_minutes
        for a in plan.assignments_of_task(t.uid)
        if is_work(a.resource_uid)
    ]
    return Remake(
        uid,
        name,
        tuple(after),
        frozenset(t.uid for t in added),
        removed,
        tuple(people),
        tuple(work),
    )


def _is_work(plan: Plan) -> Callable[[int], bool]:
    return lambda r: plan.resource(r).type is ResourceType.WORK


def apply_remake(plan: Plan, remake: Remake, rec: TaskRecurrence) -> RemakeUndo:
    """Carry out ``remake`` and keep ``rec`` as the task's pattern; returns what it replaced."""
    removed = plan.remove_tasks(remake.removed) if remake.removed else None
    summary = plan.update_task(replace(plan.task(remake.summary), name=remake.name))
    kept = plan.update_tasks(remake.kept)
    _insert_added(plan, remake)
    for a in remake.people:
        plan.add_assignment(a)
    work = [plan.update_assignment(a) for a in remake.work]
    recurrence = plan.set_recurrence(remake.summary, rec)
    return RemakeUndo(summary, recurrence, kept, work, removed)


def undo_remake(plan: Plan, remake: Remake, undo: RemakeUndo) -> None:
    """Put back what :func:`apply_remake` changed."""
    plan.set_recurrence(remake.summary, undo.recurrence)
    for a in undo.work:
        plan.update_assignment(a)
    if remake.added:
        plan.remove_tasks(remake.added)
    plan.update_tasks(undo.kept)
    plan.update_task(undo.summary)
    if undo.removed is not None:
        plan.restore_tasks(undo.removed)


def _insert_added(plan: Plan, remake: Remake) -> None:
    """The added occurrences among the kept ones in date order: each run of them right
    after the occurrence before it (the first right under the summary)."""
    previous: int | None = None
    run: list[Task] = []

    def flush() -> None:
        if run:
            at = plan.index_of(previous if previous is not None else remake.summary) + 1
            plan.insert_tasks(at, run)
            run.clear()

    for task in remake.occurrences:
        if task.uid in remake.added:
            run.append(task)
            continue
        flush()
        previous = task.uid
    flush()
