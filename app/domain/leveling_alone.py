"""A task leveling does not delay because one of its people is over-allocated by it alone.

A person asked for more than they ever have on one task (150 % of a 100 % person, or
100 % of someone whose max units are 50 %) is over-allocated whenever that task runs,
whatever else moves: waiting cannot mend it. MS Project's Level Resources leaves such a
task where it is and reports the over-allocation it cannot resolve; leveling here does
the same (:meth:`app.domain.leveling_run.Leveler.keep`): it follows its links, is never
delayed, and its people are booked where it runs, so the others wait for them.
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


def why_kept(task: Task) -> str:
    """Why the other people of a task kept in place stay over-allocated, as a clause."""
    return (
        f"{quoted(task.name, NAME_LIMIT)} is not delayed: one of its people alone is asked "
        "more than their max units on it"
    )
