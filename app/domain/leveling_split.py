"""Leveling splits a task that has not started, as MS Project's "Leveling can create splits
in remaining work" does: its first part runs while its people are free, the rest resumes
after the clash, instead of the whole task waiting.

The rule (:func:`cut_to_fit`), tried only when the whole task would have to wait (a
delay found by :func:`~app.domain.leveling_placement.first_fit`):

- the work is laid from where its links let it start, each part as long as every
  person on it stays free (at their units, under their max units then), each next
  part at the first moment after that at which they are free again;
- no part is shorter than :data:`MIN_PART` working minutes (one hour): an hour is
  the smallest piece of work a person picks up and puts down again in a day (MS
  Project's own splits fall on its time grid, at least minutes, and leave crumbs
  of a few minutes that nobody plans by); the last part is cut earlier, where
  needed, so that what follows is not a crumb either;
- the split is kept only when the task then finishes before it would after the
  whole-task delay (it shortens the plan), in at most :data:`MAX_PARTS` parts.

Only plain tasks are cut: automatic, not started, not split already, not a
milestone, not elapsed, not an occurrence of a recurring task (MS Project's
Leveling Can Split defaults to No there), each person booking their units over the whole task (no
contour or span of their own), on one calendar the scheduler and the pauses agree
on. The pauses become the task's splits marked ``leveling``
(:class:`app.domain.leveling_resume.LevelingDelay` carries them), drawn, saved and
scheduled as any split, and taken out by Clear Leveling.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from app.domain.leveling_bookings import Booking
from app.domain.leveling_rules import movable
from app.domain.leveling_timeline import Timeline
from app.domain.plan import Plan
from app.domain.recurrence_tasks import is_occurrence
from app.domain.scheduling.network import Network
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task
from app.domain.worktime import WorkTime

MIN_PART = 60  # working minutes: no part of a split task is shorter (see above)
MAX_PARTS = 12  # more parts than that is a task scattered, not a plan
# Constraints on the finish: the scheduler starts such a task back from it over its pauses.
FINISH_BOUND = frozenset({ConstraintType.FNET, ConstraintType.FNLT, ConstraintType.MFO})


@dataclass(frozen=True, slots=True)
class Cut:
    """A task laid in parts around its people's other work.

    ``delay``: working minutes its first part starts after its links allow;
    ``parts``: the clock stretches (start, finish) its people work; ``pauses``: the
    splits that make those parts of the task's duration (marked ``leveling``).
    """

    delay: int
    start: int
    finish: int
    parts: tuple[tuple[int, int], ...]
    pauses: tuple[Split, ...]


def may_split(
    plan: Plan,
    tasks: dict[int, Task],
    booking: dict[int, list[Booking]],
    fixed: set[int],
    network: Network,
    timelines: dict[int, Timeline],
) -> set[int]:
    """The tasks not started that leveling may split rather than delay whole (the plain
    tasks above), of ``tasks`` with people in ``booking`` and not ``fixed``."""
    row_of = network.row_of
    splittable = {
        u
        for u, t in tasks.items()
        if u in booking
        and u not in fixed
        and movable(t)
        and not t.splits
        and not t.elapsed
        and not t.milestone
        # The scheduler starts a task with a finish to keep back from it over its
        # pauses too: a pause would move its start (finish links: checked as placed).
        and t.constraint_type not in FINISH_BOUND
        and row_of[u] not in network.spans
        and all(lay is None for _r, _u, lay in booking[u])
        and all(units <= timelines[r].peak for r, units, _lay in booking[u])
    }
    if splittable and plan.recurrences:
        # MS Project's Leveling Can Split is No for recurring tasks: an occurrence (a
        # meeting, a check) waits whole.
        parents = plan.parent_uids()
        splittable -= {
            u
            for u in splittable
            if parents.get(u) in plan.recurrences and is_occurrence(tasks[u], False)
        }
    return splittable


def cut_to_fit(
    timelines: dict[int, Timeline],
    bookings: list[Booking],
    cal: WorkTime,
    w: int,
    duration: int,
    beat: int,
) -> Cut | None:
    """The task of ``duration`` working minutes laid in parts from work index ``w`` of ``cal``,
    finishing before work index ``beat`` (the whole task delayed ends there).

    None when it cannot (its parts would end at ``beat`` or later, or take more than
    :data:`MAX_PARTS` parts); a single part (no pause) when the whole task fits in time.
    ``bookings`` must each book their units over the whole task (no own pieces).
    """
    left = duration
    p = w
    parts: list[tuple[int, int]] = []  # work indexes of ``cal``
    for qa, qb in _free(timelines, bookings, cal, w, beat):
        if parts and qa <= p:
            # Touching the last part in working time, yet apart on the clock: someone is
            # booked in the night between. No pause of working time to put there: skip.
            continue
        qa = max(qa, p)
        # A rest shorter than two parts goes in one piece: cut, it would leave a crumb.
        need = left if left < 2 * MIN_PART else MIN_PART
        if qb - qa < need:
            continue
        if qa + left >= beat:  # a part from here on ends no earlier than the whole task
            return None
        run = min(qb - qa, left)
        if run < left:
            run = min(run, left - MIN_PART)  # what follows keeps at least MIN_PART
        if len(parts) == MAX_PARTS:
            return None
        parts.append((qa, qa + run))
        left -= run
        p = qa + run
        if not left:
            break
    if left or not parts:
        return None
    first = parts[0][0]
    pauses: list[Split] = []
    done = 0
    for (a, b), (nxt, _) in pairwise(parts):
        done += b - a
        pauses.append(Split(done, nxt - b, leveling=True))
    stretches = tuple((cal.at_start(a), cal.at_end(b)) for a, b in parts)
    return Cut(first - w, stretches[0][0], stretches[-1][1], stretches, tuple(pauses))


def _free(
    timelines: dict[int, Timeline], bookings: list[Booking], cal: WorkTime, w: int, beat: int
) -> list[tuple[int, int]]:
    """Work index windows [from, to) of ``cal`` between ``w`` and ``beat`` in which every
    person on the task has room for it (their free clock stretches, met, on the calendar).

    A part from index q to r books the clock stretch from ``cal.at_start(q)`` to
    ``cal.at_end(r)``: inside a free stretch [fa, fb) exactly when ``index(fa) <= q`` and
    ``r <= index(fb)``.
    """
    a, b = cal.at_start(w), cal.at_end(beat)
    free: list[tuple[int, int]] | None = None
    for res_uid, units, _lay in bookings:
        mine = timelines[res_uid].free_windows(a, b, units)
        free = mine if free is None else _met(free, mine)
        if not free:
            return []
    index = cal.index
    return [(index(fa), index(fb)) for fa, fb in free or ()]


def _met(xs: list[tuple[int, int]], ys: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches both sorted lists of disjoint stretches hold."""
    out = []
    i = j = 0
    while i < len(xs) and j < len(ys):
        lo, hi = max(xs[i][0], ys[j][0]), min(xs[i][1], ys[j][1])
        if lo < hi:
            out.append((lo, hi))
        if xs[i][1] < ys[j][1]:
            i += 1
        else:
            j += 1
    return out
