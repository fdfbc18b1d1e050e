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
milestone, not elapsed, each person booking their units over the whole task (no
contour or span of their own), on one calendar the scheduler and the pauses agree
on. The pauses become the task's splits marked ``leveling``
(:class:`app.domain.leveling_resume.LevelingDelay` carries them), drawn, saved and
scheduled as any split, and taken out by Clear Leveling.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from app.domain.leveling_bookings import Booking
from app.domain.leveling_placement import Shape, first_fit
from app.domain.leveling_timeline import Timeline
from app.domain.splits import Split
from app.domain.worktime import WorkTime

MIN_PART = 60  # working minutes: no part of a split task is shorter (see above)
MAX_PARTS = 12  # more parts than that is a task scattered, not a plan


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


def cut_to_fit(
    timelines: dict[int, Timeline],
    bookings: list[Booking],
    cal: WorkTime,
    w: int,
    duration: int,
) -> Cut | None:
    """The task of ``duration`` working minutes laid in parts from work index ``w`` of ``cal``.

    None when its people have no room for a part from ``w`` on (their availability
    ends) or it would take more than :data:`MAX_PARTS` parts; a single part (no
    pause) when the whole task fits somewhere. ``bookings`` must each book their
    units over the whole task (no own pieces).
    """
    left = duration
    p = w
    parts: list[tuple[int, int]] = []  # work indexes of ``cal``
    while left > 0:
        if len(parts) == MAX_PARTS:
            return None
        # A rest shorter than two parts goes in one piece: cut, it would leave a crumb.
        need = left if left < 2 * MIN_PART else MIN_PART
        q = _room(timelines, bookings, cal, p, need)
        if q is None:
            return None
        run = _free_run(timelines, bookings, cal, q, left)
        if run < left:
            run = min(run, left - MIN_PART)  # what follows keeps at least MIN_PART
        if parts and parts[-1][1] == q:  # no pause between: one part
            parts[-1] = (parts[-1][0], q + run)
        else:
            parts.append((q, q + run))
        left -= run
        p = q + run
    first = parts[0][0]
    pauses: list[Split] = []
    done = 0
    for (a, b), (nxt, _) in pairwise(parts):
        done += b - a
        pauses.append(Split(done, nxt - b, leveling=True))
    stretches = tuple((cal.at_start(a), cal.at_end(b)) for a, b in parts)
    return Cut(first - w, stretches[0][0], stretches[-1][1], stretches, tuple(pauses))


def _room(
    timelines: dict[int, Timeline], bookings: list[Booking], cal: WorkTime, w: int, need: int
) -> int | None:
    """The first work index from ``w`` at which ``need`` working minutes fit for everyone."""

    def at(x: int) -> tuple[int, int]:
        return cal.at_start(x), cal.at_end(x + need)

    span = Shape(cal, *at(w), (), None, 0)
    found, _start, _finish, stuck = first_fit(timelines, bookings, span, w, at)
    return None if stuck is not None else found


def _free_run(
    timelines: dict[int, Timeline], bookings: list[Booking], cal: WorkTime, w: int, most: int
) -> int:
    """Working minutes (up to ``most``) from index ``w`` that every person stays free."""
    a, b = cal.at_start(w), cal.at_end(w + most)
    ends = [
        clash
        for res_uid, units, _lay in bookings
        if (clash := timelines[res_uid].first_clash(a, b, units)) is not None
    ]
    if not ends:
        return most
    return max(0, min(most, cal.index(min(ends)) - w))
