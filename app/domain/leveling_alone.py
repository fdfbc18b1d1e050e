"""A task leveling does not delay because one of its people is over-allocated by it alone.

A person asked for more than they ever have on one task (150 % of a 100 % person, or
100 % of someone whose max units are 50 %) is over-allocated whenever that task runs,
whatever else moves: waiting cannot mend it. MS Project's Level Resources leaves such a
task where it is and reports the over-allocation it cannot resolve; leveling here does
the same (:meth:`app.domain.leveling_run.Leveler.keep`): it follows its links, is never
delayed, and its people are booked where it runs, so the others wait for them.

The others placed before it wait too: MS Project delays them off the kept task, so only
that task's own over-allocation stays (Bob at 150 %, not 250 % with the task he already
held). A kept task that met such a task keeps its slot from the start in another run, as
a do-not-level task does (:mod:`~app.domain.leveling_kept_first`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.domain.leveling_bookings import Booking
from app.domain.leveling_timeline import EPS, Timeline
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.task import Task


def alone_over(timelines: Mapping[int, Timeline], bookings: Iterable[Booking]) -> bool:
    """Whether one of ``bookings`` asks more of its person than their highest max units
    ever (the units a booking asks at most: a contour's peak)."""
    return any(units > timelines[res_uid].peak + EPS for res_uid, units, _lay in bookings)


def others_on(
    timelines: Mapping[int, Timeline],
    bookings: Iterable[Booking],
    spans: Iterable[tuple[int, int]],
    uid: int,
) -> set[int]:
    """The tasks other than ``uid`` its people (``bookings``) are booked on over ``spans``."""
    out: set[int] = set()
    spans = list(spans)
    for res_uid, _units, _lay in bookings:
        timeline = timelines[res_uid]
        for a, b in spans:
            out.update(item[3] for item in timeline.overlapping(a, b) if item[3] != uid)
    return out


def why_kept(task: Task) -> str:
    """Why the other people of a task kept in place stay over-allocated, as a clause."""
    return (
        f"{quoted(task.name, NAME_LIMIT)} is not delayed: one of its people alone is asked "
        "more than their max units on it"
    )
