"""A UID column in a task sheet (Gantry's own CSV): tasks keep the UIDs the file gives them.

Rows are read with row numbers as UIDs (the sheet reader's fast paths rely on
it); the file's UIDs are put in at the end. A blank cell (a row typed in by
hand) or a UID an earlier row already holds (a copied row) gets a fresh UID
above every UID in the file; a cell that is no whole number is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.domain.scheduler import schedule as run_schedule
from app.domain.task import ConstraintType
from app.io.negative_uids import negative_uid
from app.io.sheet_values import ref_text

# Header titles read as the UID column (folded to lower case).
UID_TITLES = frozenset({"uid", "unique id"})


def uid_column(titles: Sequence[str], taken: Sequence[int]) -> int | None:
    """The column titled UID, unless the mapping already reads it as another field."""
    for col, title in enumerate(titles):
        if str(title).strip().casefold() in UID_TITLES and col not in taken:
            return col
    return None


def file_uids(
    rows: Sequence[tuple[int, Sequence[object]]], col: int, where: Callable[[int, int], str]
) -> dict[int, int]:
    """Row uid (1..n, in ``rows`` order) -> the UID to keep; ``where(i, col)`` names a cell."""
    given: list[int | None] = []
    for i, row in rows:
        value = row[col] if col < len(row) else None
        text = "" if value is None else ref_text(value)
        if not text:
            given.append(None)
            continue
        try:
            number = float(text)
        except ValueError:
            number = float("nan")
        cell = where(i, col)
        if number < 0 and number.is_integer():
            raise negative_uid(cell, number)
        if not number.is_integer():
            raise FileFormatError(f"{cell}: UID {quoted(text)} is not a whole number")
        given.append(int(number))
    seen: set[int] = set()
    kept: list[int | None] = []
    for uid in given:
        kept.append(uid if uid is not None and uid not in seen else None)
        if uid is not None:
            seen.add(uid)
    fresh = max(seen, default=0) + 1
    out: dict[int, int] = {}
    for n, uid in enumerate(kept, start=1):
        if uid is None:
            uid, fresh = fresh, fresh + 1
        out[n] = uid
    return out


def renumbered(plan: Plan, uids: dict[int, int]) -> Plan:
    """The plan with task UIDs changed by ``uids`` in tasks, links and assignments."""
    if all(old == new for old, new in uids.items()):
        return plan
    return Plan(
        project=plan.project,
        tasks=[replace(t, uid=uids[t.uid]) for t in plan.tasks],
        links=[
            replace(lk, predecessor=uids[lk.predecessor], successor=uids[lk.successor])
            for lk in plan.links
        ],
        calendars=plan.calendars,
        resources=plan.resources,
        assignments=[replace(a, task_uid=uids[a.task_uid]) for a in plan.assignments],
        baselines=plan.baselines,
        risks=plan.risks,
    )


def unpin_scheduled_starts(plan: Plan) -> None:
    """Gantry's own task table (it has a UID column) lists the dates the scheduler worked out.

    The sheet reader turns every start into "start no earlier than". A task keeps it only
    where the plan without it would start the task earlier: a linked task where its links
    alone place it, an unlinked one at the project's start, are as they were written, with
    no constraint they never had (``gantry diff plan.gantry plan2.gantry`` after a round
    trip through CSV listed 'ASAP' -> 'SNET' on the first task). A task placed later than
    that keeps its date as the constraint. A recurring task's occurrences keep theirs (Gantry
    pins each at its date). Constraints only come back, so the loop ends (in one or two rounds).
    """
    parents = plan.parent_uids()
    pinned = {
        t.uid: t.constraint_date
        for t in plan.tasks
        if t.constraint_type is ConstraintType.SNET
        and t.constraint_date is not None
        and parents[t.uid] not in plan.recurrences
    }
    for uid in pinned:
        task = plan.task(uid)
        plan.update_task(replace(task, constraint_type=ConstraintType.ASAP, constraint_date=None))
    while pinned:
        sched = run_schedule(plan)
        early = [uid for uid, day in pinned.items() if sched[uid].start < day]
        for uid in early:
            day = pinned.pop(uid)
            task = plan.task(uid)
            plan.update_task(
                replace(task, constraint_type=ConstraintType.SNET, constraint_date=day)
            )
        if not early:
            return
