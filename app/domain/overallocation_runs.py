"""Over-allocations grouped into runs of days, as a list shows them to a PM.

The sweep (:mod:`app.domain.overallocation_sweep`) finds each stretch in which a person is
booked beyond max units or works in their non-working time. An elapsed task worked around
the clock gives one such stretch per night and per lunch hour (work outside working hours
each time): eleven lines for one 5ed task. MS Project shows over-allocated periods; a run
of a person's stretches on the same or following days, from the same tasks, is one period
here, from its first stretch's start to its last one's finish, its reason covering them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from app.domain.overallocation_sweep import Overallocation

_DAY = timedelta(days=1)
_MINUTE = timedelta(minutes=1)


def overallocation_runs(found: Iterable[Overallocation]) -> list[Overallocation]:
    """``found`` grouped per person into runs of days (stretches on the same tasks whose days
    touch), each as one Overallocation: first start to last finish, the highest units (with
    the max units then), work on a day off or outside hours if any stretch has it. In order
    of the first stretch of each run."""
    runs: list[Overallocation] = []
    last: dict[tuple[int, tuple[int, ...]], int] = {}  # person and tasks -> their open run
    for o in found:
        key = (o.resource_uid, o.task_uids)
        at = last.get(key)
        if at is not None:
            run = runs[at]
            last_day = (run.finish - _MINUTE).date()
            if o.start.date() <= last_day + _DAY and o.start >= run.start:
                peak = o if o.units > run.units else run
                runs[at] = Overallocation(
                    run.resource_uid,
                    run.start,
                    max(run.finish, o.finish),
                    peak.units,
                    peak.max_units,
                    run.task_uids,
                    run.day_off or o.day_off,
                    run.off_hours or o.off_hours,
                )
                continue
        last[key] = len(runs)
        runs.append(o)
    return runs
