"""Recurring tasks found again in a plan read from a table that keeps no pattern.

Gantry's client workbook keeps each recurring task's pattern in its hidden
``_gantry`` sheet. A client who deleted that sheet sends back only the rows: a
summary "Sync" over "Sync 1", "Sync 2"... each pinned Start No Earlier Than its
date, and the summary's People cell restating the people on every occurrence
(as the window's cell shows them). Read as ordinary rows, those people went on
the summary itself as well, a second, weeks-long assignment on top of the
meetings. :func:`recognise_recurring` makes such a summary recurring again
when one of Gantry's patterns makes its occurrences' dates, and puts the
summary's people on its occurrences, as the People cell of a recurring
summary does (a pin its Start cell put on the summary comes off, as Gantry makes
none there).
"""

from __future__ import annotations

from dataclasses import replace

from app.domain.plan import Plan
from app.domain.recurrence_tasks import TaskRecurrence, infer_recurrence, is_occurrence
from app.domain.resource import Assignment
from app.domain.task import ConstraintType, Task
from app.domain.worktime import WorkTime


def recognise_recurring(plan: Plan) -> list[int]:
    """Make recurring the summaries shaped as Gantry writes a recurring task, and move their
    people onto their occurrences; returns those summaries' uids in plan order.

    The shape: a summary named N, not recurring yet, over two or more subtasks
    named "N 1", "N 2"... in order, each without subtasks, pinned Start No
    Earlier Than its date, all of one duration, whose dates one of Gantry's
    patterns makes (:func:`~app.domain.recurrence_tasks.infer_recurrence`). A
    person on the summary goes on each occurrence that lacks them (at the
    summary's units) and comes off the summary; no one leaves an occurrence.
    """
    parents = plan.parent_uids()
    children: dict[int, list[Task]] = {}
    for task in plan.tasks:
        parent = parents[task.uid]
        if parent is not None:
            children.setdefault(parent, []).append(task)
    by_uid = {t.uid: t for t in plan.tasks}
    work_time: WorkTime | None = None
    found: list[int] = []
    for uid, kids in children.items():
        summary = by_uid[uid]
        if uid in plan.recurrences or not _shaped(summary, kids, children):
            continue
        if work_time is None:
            work_time = WorkTime.for_calendar(plan.calendar(), plan.calendars)
        rec = _pattern(kids, work_time)
        if rec is None:
            continue
        plan.set_recurrence(uid, rec)
        if summary.constraint_date is not None:  # its Start cell read as a pin: its first date
            plan.update_task(
                replace(summary, constraint_type=ConstraintType.ASAP, constraint_date=None)
            )
        _people_to_occurrences(plan, uid, [k.uid for k in kids])
        found.append(uid)
    return sorted(found, key=plan.index_of)


def _shaped(summary: Task, kids: list[Task], children: dict[int, list[Task]]) -> bool:
    """Whether the subtasks look like the occurrences Gantry names and pins."""
    name = summary.name.strip()
    return (
        bool(name)
        and len(kids) >= 2
        and all(
            kid.name.strip() == f"{name} {k}"
            and is_occurrence(kid, kid.uid in children)
            and kid.duration_minutes == kids[0].duration_minutes
            for k, kid in enumerate(kids, start=1)
        )
    )


def _pattern(kids: list[Task], work_time: WorkTime) -> TaskRecurrence | None:
    days = [k.constraint_date.date() for k in kids if k.constraint_date is not None]
    first = kids[0]
    return infer_recurrence(days, first.duration_minutes, first.duration_unit, work_time)


def _people_to_occurrences(plan: Plan, summary: int, occurrences: list[int]) -> None:
    """The summary's people on each occurrence that lacks them, and off the summary."""
    own = plan.assignments_of_task(summary)
    if not own:
        return
    on: dict[int, set[int]] = {uid: set() for uid in occurrences}
    for a in plan.assignments:
        if a.task_uid in on:
            on[a.task_uid].add(a.resource_uid)
    with plan.batch():
        for a in own:
            plan.remove_assignment(a.uid)
        for uid in occurrences:
            for a in own:
                if a.resource_uid not in on[uid]:
                    plan.add_assignment(
                        Assignment(plan.next_assignment_uid(), uid, a.resource_uid, a.units)
                    )
