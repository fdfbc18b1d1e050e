"""``gantry diff plan.gantry client.csv``: the dates the CSV's edits give the plan.

A CSV is a task table: no calendars, rates, leveling delays or baselines. Scheduled on
its own it is another plan (the reader's 8-hour days, no vacation holding a task back),
so after a client lengthened one Duration the diff listed 30 tasks moved and 'Finish as
before' where the same edit in the workbook said +2d. The diff compares what the CSV
holds (:func:`app.cli.diff_text.held_between`); its dates now come from the other plan
with those changes made (as the Import review makes them, :func:`app.domain.merge.apply_changes`),
which is what the edit does to the plan. A Start the client typed (a Start No Earlier
Than the CSV's read kept at another date than the plan has the task) is made there too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from app import formats
from app.domain.diff import PlanChange
from app.domain.errors import AppError
from app.domain.merge import apply_changes, copy_plan
from app.domain.plan import Plan
from app.domain.scheduler import schedule as run_schedule
from app.domain.task import ConstraintType

TABLE_FORMATS = frozenset({".csv"})  # formats that hold a task table only
_PEOPLE = frozenset({"resource", "assignment"})


def diff_reading(path: Path) -> dict[str, Any]:
    """The reader's options for one of the diff's files: a CSV's read does not say which
    tasks it keeps at their Start ('Start No Earlier Than'), said on every diff otherwise.
    The diff makes the CSV's edits in the other plan, whose calendars and delays place
    those tasks, and shows a Start the client typed as its task's move (:func:`_made`)."""
    if formats.real_extension(path) not in TABLE_FORMATS:
        return {}
    return {"pins_note": False, "name_note": False}  # nor that it keeps no plan name


def read_both(paths: Sequence[Path], read: Callable[..., Plan]) -> tuple[Plan, Plan]:
    """The diff's two plans, each read by ``read(path, **options)`` with its
    :func:`diff_reading` options. A CSV beside a fuller plan is read after it, its rows
    without a UID (tasks the client added) numbered above that plan's UIDs, as the plan
    would number them (:func:`_made` keeps them): numbered above the CSV's own, a row added
    where the client deleted the last task took that task's UID, and the diff showed the
    deleted task renamed instead of one task removed and one added."""
    tables = [formats.real_extension(p) in TABLE_FORMATS for p in paths]
    plans: dict[int, Plan] = {}
    for k in sorted(range(2), key=lambda k: tables[k]):  # the fuller plan first
        options = diff_reading(paths[k])
        other = plans.get(1 - k)
        if tables[k] and other is not None:
            options["fresh_above"] = max((t.uid for t in other.tasks), default=0)
        plans[k] = read(paths[k], **options)
    return plans[0], plans[1]


def dated_pair(
    old: Plan, new: Plan, paths: Sequence[Path], changes: list[PlanChange]
) -> tuple[Plan, Plan]:
    """The two plans whose dates the diff compares: ``old`` and ``new``, except that a CSV
    beside a fuller format stands for the fuller plan with ``changes`` made (old -> new)."""
    tables = [p.suffix.lower() in TABLE_FORMATS for p in paths]
    if tables == [False, True]:
        return old, _made(old, new, changes) or new
    if tables == [True, False]:
        back = [_reversed(c) for c in changes]
        return _made(new, old, back) or old, new
    return old, new


def _reversed(change: PlanChange) -> PlanChange:
    """``change`` the other way: new -> old."""
    kind = {"added": "removed", "removed": "added"}.get(change.kind, change.kind)
    return replace(change, kind=kind, old=change.new, new=change.old)


def _made(full: Plan, table: Plan, changes: list[PlanChange]) -> Plan | None:
    """``full`` with ``changes`` taken from ``table``, and the starts typed in it; None when
    the plan refuses one (the table's own schedule is compared then, as before)."""
    plan = copy_plan(full)
    # people are matched by name (held_between's people_by_name): a person the CSV adds
    # has no uid of its own to take, so without them the tasks' changes are made alone
    tasks_only = [c for c in changes if c.entity not in _PEOPLE]
    for some in (changes, tasks_only):
        try:
            apply_changes(plan, table, some)
            break
        except AppError:
            continue  # all or nothing: the plan is as it was
    else:
        return None
    _people_as_held(plan, table)
    typed = _typed_starts(full, table)
    if typed:
        plan.update_tasks(
            replace(plan.task(uid), constraint_type=ConstraintType.SNET, constraint_date=day)
            for uid, day in typed.items()
            if plan.has_task(uid)
        )
    return plan


# What a CSV keeps of a person on a task is their units: the rest comes back as the task's
# span at those units (app/cli/diff_assignments_held.py names these in its note).
_NOT_HELD = (
    "delay_minutes",
    "delay_elapsed",
    "work_minutes",
    "overtime_work_minutes",
    "actual_work_minutes",
    "actual_overtime_work_minutes",
    "contour",
    "edited_work",
    "actual_days",
    "rate_table",
)


def _people_as_held(plan: Plan, table: Plan) -> None:
    """``plan``'s people on tasks as ``table`` holds them: a Delay, work typed for one
    person, a contour... the table cannot carry are lost there as they are in the table
    read alone, so the figures line says what the CSV's copy of the plan costs (Ben's
    24h from day 4 read back as 40h over the task's span), as a .gan side's does."""
    names = {r.uid: r.name for r in table.resources}
    held = {(a.task_uid, names.get(a.resource_uid)): a for a in table.assignments}
    mine = {r.uid: r.name for r in plan.resources}
    for a in list(plan.assignments):
        kept = held.get((a.task_uid, mine.get(a.resource_uid)))
        if kept is None:
            continue
        lost = replace(a, **{f: getattr(kept, f) for f in _NOT_HELD})
        if lost != a:
            plan.update_assignment(lost)


def _typed_starts(full: Plan, table: Plan) -> dict[int, datetime]:
    """The tasks ``table`` pins ("Start No Earlier Than") where ``full`` does not schedule
    them: a Start the client typed, by uid."""
    pinned = {
        t.uid: t.constraint_date
        for t in table.tasks
        if t.constraint_type is ConstraintType.SNET and t.constraint_date is not None
    }
    if not pinned:
        return {}
    times = run_schedule(full)
    out: dict[int, datetime] = {}
    for uid, day in pinned.items():
        was = times.get(uid) if full.has_task(uid) else None
        if was is not None and was.start != day:
            out[uid] = day
    return out
