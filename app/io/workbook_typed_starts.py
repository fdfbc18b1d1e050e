"""A Start a client typed on a workbook's Plan sheet earlier than the task's links allow.

Read back, such a Start is no pin (Start No Earlier Than is kept only where it holds the
task later than its links), so the task stays where its predecessor places it and the
Start typed was dropped without a word: typed with its Finish moved alike, nothing was
said; typed alone, a note spoke of a Finish the client had not typed. It is now said what
happens, naming the predecessor that holds the task::

    ID 3 'Cure': Start 2027-03-02 08:00 typed (Plan!F4), before its predecessor ID 2 'Pour'
    finishes 2027-03-04 17:00: it starts 2027-03-05 08:00, where its links allow, and
    finishes 2027-03-08 17:00

A row counts as typed only where every predecessor sits as its own cells say (an exported
sheet agrees with its links; a Start left as exported behind a predecessor the client
moved later is no typing, said by that predecessor's note).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from app.domain.link import LinkType
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.domain.schedule import Schedule
from app.domain.task import ConstraintType


def _moment(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


def _named(plan: Plan, uid: int) -> str:
    return f"ID {plan.index_of(uid) + 1} {quoted(plan.task(uid).name)}"


def early_starts(
    plan: Plan,
    found: Schedule,
    cells: Mapping[int, tuple[int, datetime | None, datetime | None]],
    where: Mapping[int, str],
) -> dict[int, tuple[str, datetime]]:
    """Each task whose Start cell is earlier than its links allow (``cells``: a task's row,
    Start and Finish cells; ``where``: its Start cell's address; ``found``: the plan's
    dates as read): the note saying where it starts instead and the Finish it names."""
    preds: dict[int, list[int]] = {}
    starts: set[tuple[int, int]] = set()  # the links a predecessor's start drives (SS, SF)
    for link in plan.links:
        preds.setdefault(link.successor, []).append(link.predecessor)
        if link.type in (LinkType.SS, LinkType.SF):
            starts.add((link.predecessor, link.successor))
    out: dict[int, tuple[str, datetime]] = {}
    for uid, (_row, begin, _end) in cells.items():
        task, times = plan.task(uid), found.get(uid)
        if begin is None or times is None or times.start <= begin or uid not in preds:
            continue
        if task.manual or task.actual_start is not None or plan.is_summary(uid):
            continue
        if task.constraint_type is ConstraintType.SNET and task.constraint_date == begin:
            continue  # held at its Start: said by the Finish's note
        placed = {p: found.get(p) for p in preds[uid] if p in cells}
        held = {p: t for p, t in placed.items() if t is not None}
        if len(held) != len(preds[uid]) or any(
            (t.start, t.finish) != cells[p][1:] for p, t in held.items()
        ):
            continue  # a predecessor moved from its cells: this Start was left, not typed
        ends = {
            p: ("starts", t.start) if (p, uid) in starts else ("finishes", t.finish)
            for p, t in held.items()
        }
        holder = max(ends, key=lambda p: ends[p][1])
        verb, moment = ends[holder]
        note = (
            f"{_named(plan, uid)}: Start {_moment(begin)} typed ({where[uid]}), before its "
            f"predecessor {_named(plan, holder)} {verb} {_moment(moment)}: "
            f"it starts {_moment(times.start)}, where its links allow, and finishes "
            f"{_moment(times.finish)}"
        )
        out[uid] = (note, times.finish)
    return out
