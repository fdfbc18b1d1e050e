"""A UID column in a task sheet (Gantry's own CSV): tasks keep the UIDs the file gives them.

Rows are read with row numbers as UIDs (the sheet reader's fast paths rely on
it); the file's UIDs are put in at the end. A blank cell (a row typed in by
hand) or a UID an earlier row already holds (a copied row) gets a fresh UID
above every UID in the file; a cell that is no whole number is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields, replace
from datetime import datetime
from operator import attrgetter

from app.domain.bulk import build_many
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.domain.schedule_times import ScheduleTimes
from app.domain.scheduler import schedule as run_schedule
from app.domain.task import ConstraintType, Task
from app.domain.worktime import from_minutes
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
    rows: Sequence[tuple[int, Sequence[object]]],
    col: int,
    where: Callable[[int, int], str],
    above: int = 0,
) -> dict[int, int]:
    """Row uid (1..n, in ``rows`` order) -> the UID to keep; ``where(i, col)`` names a cell.
    A row without a UID of its own gets one above the file's and ``above`` (the UIDs of the
    plan the rows are compared with: a new row is no task the file left out)."""
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
    fresh = max(max(seen, default=0), above) + 1
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

    The sheet reader turns every start into "Start No Earlier Than". A task keeps it only
    where the plan without it would start the task earlier: a linked task where its links
    alone place it, an unlinked one at the project's start, are as they were written, with
    no constraint they never had (``gantry diff plan.gantry plan2.gantry`` after a round
    trip through CSV listed 'ASAP' -> 'SNET' on the first task). A task placed later than
    that keeps its date as the constraint, and so does one whose date is before the project's
    start (only its pin holds it there). A recurring task's occurrences keep theirs (Gantry
    pins each at its date).

    One schedule decides: a constraint given back only delays tasks (every start is the
    latest of what places it), so a task the plan without pins starts on or after its date
    still does once the others' pins are back. The tasks change in two batches, not one
    change each (a 50k-row CSV spent most of its read here: 68k single updates and a
    second schedule that never found more).
    """
    parents = plan.parent_uids()
    pins = {
        t.uid: t
        for t in plan.tasks
        if t.constraint_type is ConstraintType.SNET
        and t.constraint_date is not None
        and parents[t.uid] not in plan.recurrences
    }
    if not pins:
        return
    plan.update_tasks(_unpinned(pins.values()))
    plan.update_tasks(pins[uid] for uid in _started_early(plan, pins))


# Every field of a task, read at once, and where its constraint sits among them.
_FIELDS = tuple(f.name for f in fields(Task))
_VALUES = attrgetter(*_FIELDS)
_TYPE, _DATE = _FIELDS.index("constraint_type"), _FIELDS.index("constraint_date")


def _unpinned(tasks: Iterable[Task]) -> list[Task]:
    """The tasks as soon as possible, without a constraint date (``replace`` on each
    of 50k tasks took seconds: app.domain.bulk builds them at once)."""
    rows: list[list[object]] = []
    for task in tasks:
        row = list(_VALUES(task))
        row[_TYPE], row[_DATE] = ConstraintType.ASAP, None
        rows.append(row)
    return build_many(Task, rows)


def _started_early(plan: Plan, pins: dict[int, Task]) -> list[int]:
    """The pinned tasks the plan schedules before their pinned date, in plan order."""
    times = run_schedule(plan).times
    spans = times.spans() if isinstance(times, ScheduleTimes) else None
    if spans is None:
        starts = {uid: times[uid].start for uid in pins}
    else:
        rows = zip(spans.uids, spans.start, strict=True)
        starts = {uid: from_minutes(start) for uid, start in rows if uid in pins}
    # a Start before the project's is where only its pin holds the task (MS Project's Start
    # No Earlier Than before the project start, a task started early): kept
    first = plan.project.start
    return [uid for uid, task in pins.items() if starts[uid] < _date(task) or _date(task) < first]


def _date(task: Task) -> datetime:
    assert task.constraint_date is not None  # pins hold dated tasks only
    return task.constraint_date
