"""Every row's spans, or every row's TaskTimes fields with slack, worked out in bulk.

For a reader of every row (filters, sorts, costing, the command line's JSON):
one loop over the rows, one over the links for free slack, no TaskTimes
built. Rows on the project calendar (most of them) get their slack from
arrays of its work indexes. What a row gets is what
``EngineResults.slack`` and ``EngineResults.one`` give it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.domain.finished import is_finished
from app.domain.schedule_times import TimesColumns, TimesSpans
from app.domain.scheduling.cpm import shift
from app.domain.scheduling.network import LAG_NONE, LAG_WORK
from app.domain.started import has_started
from app.domain.task import ConstraintType

if TYPE_CHECKING:  # results.py imports this module
    from app.domain.scheduling.results import EngineResults

_ALAP = ConstraintType.ALAP


def elapsed_index(t: int) -> int:
    """The index of moment ``t`` in elapsed time: the moment itself (every minute counts)."""
    return t


def whole_spans(r: EngineResults) -> TimesSpans:
    """Each row's start, finish, duration and summary flag, without slack."""
    tasks, summary = r.tasks, r.summary
    es_, ef_ = r.es, r.ef
    start, finish = list(es_), list(ef_)
    duration = list(r.dur)
    pidx = r.pcal.index
    ls_, lf_ = r.ls, r.lf
    for i, t in enumerate(tasks):
        if summary[i]:
            duration[i] = pidx(ef_[i]) - pidx(es_[i])
        elif t.constraint_type is _ALAP and not t.manual and t.actual_start is None:
            start[i], finish[i] = ls_[i], lf_[i]
    return TimesSpans([t.uid for t in tasks], start, finish, duration, list(summary))


def whole_columns(r: EngineResults, with_percent: bool) -> TimesColumns:
    """Every row's TaskTimes fields, one list per field; % complete only ``with_percent``."""
    tasks, summary, active = r.tasks, r.summary, r.active
    es_, ef_, ls_, lf_ = r.es, r.ef, r.ls, r.lf
    pcal = r.pcal
    slack_cals = r.slack_cals
    pidx = pcal.index
    w_es, w_ef = list(map(pidx, es_)), list(map(pidx, ef_))
    w_ls, w_lf = list(map(pidx, ls_)), list(map(pidx, lf_))
    w_pf = pidx(r.project_finish)
    duration = list(r.dur)
    start, finish = list(es_), list(ef_)
    n = len(tasks)
    totals = [0] * n
    frees = [0] * n
    # slack() for every row: the total from the row's own dates, the free slack's
    # minimum over the links out of the row in one pass over all links. Most rows
    # count on the project calendar: their work indexes are the w_ arrays.
    on_pcal = [False] * n
    own_idx: list[Callable[[int], int] | None] = [None] * n  # the other rows
    pf = r.project_finish
    for i, t in enumerate(tasks):
        is_summary = summary[i]
        if is_summary:
            duration[i] = w_ef[i] - w_es[i]
        elif t.constraint_type is _ALAP and not t.manual and t.actual_start is None:
            start[i], finish[i] = ls_[i], lf_[i]
        if slack_cals[i] is pcal and not (t.elapsed and not is_summary):
            wef = w_ef[i]
            total = w_lf[i] - wef
            if not has_started(t):  # once started only the finish can slip
                start_slack = w_ls[i] - w_es[i]
                if start_slack < total:
                    total = start_slack
            totals[i] = total
            frees[i] = w_pf - wef  # a summary's too: as a task's (EngineResults.slack)
            on_pcal[i] = True
            continue
        idx = elapsed_index if t.elapsed and not is_summary else slack_cals[i].index
        finish_slack = idx(lf_[i]) - idx(ef_[i])
        if not has_started(t):
            start_slack = idx(ls_[i]) - idx(es_[i])
            totals[i] = start_slack if start_slack < finish_slack else finish_slack
        else:
            totals[i] = finish_slack
        frees[i] = idx(pf) - idx(ef_[i])
        own_idx[i] = idx
    for i in r.own_start_differs():  # a summary counts as started when a subtask has
        totals[i] = r.slack(i)[0]
    dur = r.dur
    # by link type code (0=FF 1=FS 2=SF 3=SS): FS, SS bind the successor's start, FF, FS
    # leave from the predecessor's finish. A tuple lookup costs less than 'code & 1'.
    w_to, w_from = (w_ef, w_es, w_ef, w_es), (w_ef, w_ef, w_es, w_es)
    to_, from_ = (ef_, es_, ef_, es_), (ef_, ef_, es_, es_)
    values = iter(r.flat.values)
    for j, k, code, kind, value in zip(values, values, values, values, values, strict=True):
        if on_pcal[j]:
            if kind == LAG_NONE:
                room = w_to[code][k] - w_from[code][j]
            else:
                base = from_[code][j]
                lag_cal = slack_cals[k]
                if kind == LAG_WORK:  # shift(), inlined for the common lag (never 0)
                    x = lag_cal.at_end(lag_cal.index(base) + value)
                else:
                    x = shift(lag_cal, base, kind, value, dur[j], False)
                room = w_to[code][k] - pidx(x)
        else:
            idx = own_idx[j]
            assert idx is not None  # set for every row off the project calendar
            base = from_[code][j]
            x = shift(slack_cals[k], base, kind, value, dur[j], False) if kind else base
            room = idx(to_[code][k]) - idx(x)
        if room < frees[j]:
            frees[j] = room
    # No more than the total slack, never negative (already so for the other rows).
    frees = [
        (f if f < t else t) if f > 0 and t > 0 else 0 for f, t in zip(frees, totals, strict=True)
    ]
    limit = r.limit
    critical = [
        a and w <= limit and not is_finished(t)  # the call only for critical candidates
        for a, t, w in zip(active, tasks, totals, strict=True)
    ]
    rolled_percents = r.percents()
    for i, rolled in rolled_percents.items():
        # A summary is done when its subtasks are, whatever its own % says (as one()).
        t = tasks[i]
        critical[i] = (
            active[i] and not (t.actual_finish is not None or rolled >= 100) and totals[i] <= limit
        )
    percent: list[float] | None = None
    if with_percent:
        percent = [t.percent_complete for t in tasks]
        for i, value in rolled_percents.items():
            percent[i] = value
    return TimesColumns(
        uids=[t.uid for t in tasks],
        start=start,
        finish=finish,
        duration_minutes=duration,
        early_start=list(es_),
        early_finish=list(ef_),
        late_start=list(ls_),
        late_finish=list(lf_),
        total_slack_minutes=totals,
        free_slack_minutes=frees,
        critical=critical,
        summary=list(summary),
        percent_complete=percent,
    )
