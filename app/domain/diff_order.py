"""Tasks moved up or down within their summary between two plans.

:func:`app.domain.diff.diff_plans` compares each task's summary (``parent``), not its
place among its siblings, so a task dragged from row 12 to row 15 under the same
summary was no change at all. Comparing row numbers (IDs) would flood the list: one
task inserted gives every task below it a new ID, yet none of them moved relative to
the others. So under each summary (and at the top level) the tasks both plans hold
there are compared in order: the longest run of them kept in the same order (the
longest common subsequence of the two orders; the uids being unique, the longest
increasing run of their old places) stayed, and every other one moved. Tasks added,
removed or put under another summary are left out (diff reports those).

:func:`order_changes` gives the same moves as changes (field :data:`PLACE`), for the
Import review to list and apply with the client's other edits (a row cut and inserted
lower under the same summary in a returned workbook).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.diff import PlanChange
from app.domain.plan import Plan

PLACE = "place"  # a task's change of place among its siblings ("Position", as the review titles it)


@dataclass(frozen=True, slots=True)
class OrderMove:
    """A task whose place among its siblings changed: its row number (the sheet's ID) in
    each plan, its summary's uid (None: the top level) and the sibling it now follows
    in the new plan (None: it is now the first under its summary)."""

    uid: int
    name: str
    old_id: int
    new_id: int
    summary: int | None
    after: int | None


def order_moves(old: Plan, new: Plan) -> list[OrderMove]:
    """Every task moved among its siblings from ``old`` to ``new``, in ``new``'s order."""
    old_parents, new_parents = old.parent_uids(), new.parent_uids()
    kept = {uid for uid, parent in new_parents.items() if old_parents.get(uid, -1) == parent}
    if not kept:
        return []
    before = _children(old, old_parents, kept)
    after = _children(new, new_parents, kept)
    moved: set[int] = set()
    for summary, order in after.items():
        moved.update(_out_of_order(before[summary], order))
    if not moved:
        return []
    old_ids = {t.uid: row for row, t in enumerate(old.tasks, start=1)}
    previous = _previous_siblings(new, new_parents)
    return [
        OrderMove(t.uid, t.name, old_ids[t.uid], row, new_parents[t.uid], previous[t.uid])
        for row, t in enumerate(new.tasks, start=1)
        if t.uid in moved
    ]


def order_changes(old: Plan, new: Plan) -> list[PlanChange]:
    """The tasks moved among their siblings from ``old`` to ``new`` as changes of their
    :data:`PLACE`, each value the row's ID and the sibling above it on that side:
    ``ID 6, after 'Kick-off'`` -> ``ID 9, after 'Gap analysis'``."""
    moves = order_moves(old, new)
    if not moves:
        return []
    above = _previous_siblings(old, old.parent_uids())
    return [
        PlanChange(
            "task",
            m.uid,
            m.name,
            "changed",
            PLACE,
            _place(old, m.old_id, above[m.uid], m.summary),
            _place(new, m.new_id, m.after, m.summary),
        )
        for m in moves
    ]


def _place(plan: Plan, row: int, after: int | None, summary: int | None) -> str:
    """``ID 9, after 'Gap analysis'``; ``ID 2, first under 'Design'``; ``ID 1, first``."""
    if after is not None:
        return f"ID {row}, after '{plan.task(after).name}'"
    if summary is not None:
        return f"ID {row}, first under '{plan.task(summary).name}'"
    return f"ID {row}, first in the plan"


def _children(
    plan: Plan, parents: dict[int, int | None], kept: set[int]
) -> dict[int | None, list[int]]:
    """The uids in ``kept`` under each summary, in ``plan``'s order."""
    out: dict[int | None, list[int]] = defaultdict(list)
    for t in plan.tasks:
        if t.uid in kept:
            out[parents[t.uid]].append(t.uid)
    return out


def _previous_siblings(plan: Plan, parents: dict[int, int | None]) -> dict[int, int | None]:
    """The task just above each task under its summary (None: the first there)."""
    last: dict[int | None, int | None] = {}
    out: dict[int, int | None] = {}
    for t in plan.tasks:
        parent = parents[t.uid]
        out[t.uid] = last.get(parent)
        last[parent] = t.uid
    return out


def _out_of_order(old: Sequence[int], new: Sequence[int]) -> list[int]:
    """The uids of ``new`` outside a longest run kept in ``old``'s order (both hold the same
    uids): patience sorting of their old places, O(n log n)."""
    place = {uid: i for i, uid in enumerate(old)}
    places = [place[uid] for uid in new]
    tails: list[int] = []  # the smallest last place of a kept run of each length
    tail_at: list[int] = []  # where in ``new`` that run ends
    back = [-1] * len(places)  # the run's previous element, by position in ``new``
    for i, p in enumerate(places):
        k = bisect_left(tails, p)
        back[i] = tail_at[k - 1] if k else -1
        if k == len(tails):
            tails.append(p)
            tail_at.append(i)
        else:
            tails[k] = p
            tail_at[k] = i
    stayed: set[int] = set()
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        stayed.add(i)
        i = back[i]
    return [uid for i, uid in enumerate(new) if i not in stayed]
