"""What one engine run's results carry into the next run of the same network after an edit.

An incremental edit's :class:`~app.domain.scheduling.results.EngineResults`
start from the columns, spans and % roll-up the results before it had worked
out (:class:`Carried`, chosen by :func:`carry`) and work out again only the
rows the edit changed (:func:`patched_spans`, :func:`patched_columns`): a
reader of every row pays for the rows the edit moved, not for the whole plan.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.schedule_times import TimesColumns, TimesSpans
from app.domain.scheduling.percent_roll import Roll
from app.domain.task import ConstraintType

if TYPE_CHECKING:  # results.py imports this module
    from app.domain.scheduling.results import EngineResults

_ALAP = ConstraintType.ALAP

PATCH_SHARE = 8
"""An edit that touches more rows than one in this many has its columns worked out whole."""


@dataclass(frozen=True, slots=True)
class Carried:
    """What an earlier run of the same network had worked out, and the rows changed since."""

    columns: dict[bool, TimesColumns]
    spans: TimesSpans | None
    roll: Roll | None
    rows: frozenset[int]


def carry(
    columns: Mapping[bool, TimesColumns],
    spans: TimesSpans | None,
    roll: Roll | None,
    old: Carried | None,
    changed: frozenset[int],
    n_tasks: int,
    late_moved: bool,
) -> Carried | None:
    """What the next results may reuse from results that worked out ``columns`` (by
    ``percent``), ``spans`` and ``roll`` (or nothing yet) and carried ``old`` from
    before, after an edit of the rows ``changed``; None when too many rows changed.

    ``late_moved``: every row's slack may differ, so the columns do not carry.
    """
    rows = changed
    if columns or spans is not None or roll is not None:
        carried = Carried(dict(columns), spans, roll, rows)
        if old is not None and len(old.rows | rows) * PATCH_SHARE <= n_tasks:
            # what was not read since the last edit carries from before it, with its rows
            carried = Carried(
                carried.columns or old.columns,
                carried.spans or old.spans,
                carried.roll or old.roll,
                old.rows | rows,
            )
    elif old is not None:  # nothing read since the last edit: carry that
        carried = Carried(old.columns, old.spans, old.roll, old.rows | rows)
    else:
        return None
    if len(carried.rows) * PATCH_SHARE > n_tasks:
        return None
    if late_moved:  # every row's slack may differ: the spans and % roll-up still carry
        have = next(iter(carried.columns.values()), None)
        kept = carried.spans
        if kept is None and have is not None:
            kept = TimesSpans(
                have.uids, have.start, have.finish, have.duration_minutes, have.summary
            )
        carried = Carried({}, kept, carried.roll, carried.rows)
    return carried


def span_of(r: EngineResults, i: int) -> tuple[int, int, int]:
    """(start, finish, duration) of one row, as the whole spans give them."""
    es, ef = r.es[i], r.ef[i]
    if r.summary[i]:
        pidx = r.pcal.index
        return es, ef, pidx(ef) - pidx(es)
    t = r.tasks[i]
    if t.constraint_type is _ALAP and not t.manual and t.actual_start is None:
        return r.ls[i], r.lf[i], r.dur[i]
    return es, ef, r.dur[i]


def patched_spans(r: EngineResults, base: TimesSpans, rows: frozenset[int]) -> TimesSpans:
    """The spans of an earlier run with ``rows`` worked out again from ``r``."""
    start, finish, duration = list(base.start), list(base.finish), list(base.duration_minutes)
    for i in rows:
        start[i], finish[i], duration[i] = span_of(r, i)
    return TimesSpans(base.uids, start, finish, duration, base.summary)


def patched_columns(
    r: EngineResults, base: TimesColumns, rows: frozenset[int], with_percent: bool
) -> TimesColumns:
    """The columns of an earlier run with ``rows`` worked out again from ``r``, as the
    whole columns work them out (slack by ``EngineResults.slack``, which agrees)."""
    start, finish, duration = list(base.start), list(base.finish), list(base.duration_minutes)
    totals, frees = list(base.total_slack_minutes), list(base.free_slack_minutes)
    critical = list(base.critical)
    rolled = r.percents()
    percent: list[float] | None = None
    if with_percent:
        assert base.percent_complete is not None
        percent = list(base.percent_complete)
    tasks, active, limit = r.tasks, r.active, r.limit
    for i in rows:
        t = tasks[i]
        start[i], finish[i], duration[i] = span_of(r, i)
        total, frees[i] = r.slack(i)
        totals[i] = total
        mine = rolled.get(i)
        done = t.percent_complete if mine is None else mine
        critical[i] = (
            active[i] and not (t.actual_finish is not None or done >= 100) and total <= limit
        )
        if percent is not None:
            percent[i] = t.percent_complete if mine is None else mine
    return TimesColumns(
        uids=base.uids,
        start=start,
        finish=finish,
        duration_minutes=duration,
        early_start=list(r.es),
        early_finish=list(r.ef),
        late_start=list(r.ls),
        late_finish=list(r.lf),
        total_slack_minutes=totals,
        free_slack_minutes=frees,
        critical=critical,
        summary=base.summary,
        percent_complete=percent,
    )
