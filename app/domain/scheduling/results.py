"""Turn the engine's integer dates into a :class:`Schedule` (slack, critical flags, issues).

This runs once per task per schedule, so it is one loop over plain lists:
datetimes come from a per-minute memo (most tasks share their moments) and
each :class:`TaskTimes` is built from one tuple.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import repeat

from app.domain.schedule import Schedule, ScheduleIssue, TaskTimes
from app.domain.scheduling.cpm import FF, FS, SS, Engine, shift
from app.domain.scheduling.network import LAG_NONE, LAG_WORK
from app.domain.task import ConstraintType
from app.domain.worktime import from_minutes, to_minutes

_ALAP = ConstraintType.ALAP


def _elapsed(t: int) -> int:
    return t


def slack_of(engine: Engine, i: int) -> tuple[int, int]:
    """(total slack, free slack) of one row in working minutes of its calendar."""
    net = engine.net
    task = net.tasks[i]
    # MS Project counts slack in the task's (or project's) calendar, not its resources';
    # an elapsed-duration task's slack is elapsed time.
    idx = _elapsed if task.elapsed and not net.summary[i] else net.slack_calendars[i].index
    es, ef, ls, lf = engine.es[i], engine.ef[i], engine.ls[i], engine.lf[i]
    start_slack, finish_slack = idx(ls) - idx(es), idx(lf) - idx(ef)
    # Once work has started only the finish can still slip (MS Project's rule).
    total = finish_slack if task.actual_start is not None else min(start_slack, finish_slack)
    if net.summary[i]:
        return total, 0
    w_ef = idx(ef)
    free = idx(engine.project_finish) - w_ef
    dur = engine.dur[i]
    engine_es, engine_ef, slack_cals = engine.es, engine.ef, net.slack_calendars
    for _j, k, code, kind, value in net.succs[i]:
        if code == FS and kind == 0:
            room = idx(engine_es[k]) - w_ef
        elif code == FS:
            room = idx(engine_es[k]) - idx(shift(slack_cals[k], ef, kind, value, dur, False))
        elif code == SS:
            room = idx(engine_es[k]) - idx(shift(slack_cals[k], es, kind, value, dur, False))
        else:
            base = ef if code == FF else es
            room = idx(engine_ef[k]) - idx(shift(slack_cals[k], base, kind, value, dur, False))
        if room < free:
            free = room
    if total < free:
        free = total
    return total, free if free > 0 else 0


def times_of_rows(engine: Engine, rows: Iterable[int], critical_limit: int) -> dict[int, TaskTimes]:
    """The TaskTimes of some rows from the engine's arrays, keyed by task uid (edits)."""
    net = engine.net
    tasks, summary, active, uids = net.tasks, net.summary, net.active, net.uids
    es_, ef_, ls_, lf_, dur_ = engine.es, engine.ef, engine.ls, engine.lf, engine.dur
    pidx = net.project_calendar.index
    conv = from_minutes
    out: dict[int, TaskTimes] = {}
    for i in rows:
        t = tasks[i]
        total, free = slack_of(engine, i)
        es, ef = es_[i], ef_[i]
        is_summary = summary[i]
        start, finish = es, ef
        if is_summary:
            duration = pidx(ef) - pidx(es)
        else:
            duration = dur_[i]
            if t.constraint_type is _ALAP and not t.manual and t.actual_start is None:
                start, finish = ls_[i], lf_[i]
        done = t.actual_finish is not None or t.percent_complete >= 100
        out[uids[i]] = TaskTimes.of_values(
            (
                conv(start),
                conv(finish),
                duration,
                conv(es),
                conv(ef),
                conv(ls_[i]),
                conv(lf_[i]),
                total,
                free,
                active[i] and not done and total <= critical_limit,
                is_summary,
                0,
                t.percent_complete,
            )
        )
    return out


def _all_times(engine: Engine, critical_limit: int) -> dict[int, TaskTimes]:
    """The TaskTimes of every row, as :func:`times_of_rows` would give them, in bulk.

    Dates are converted one array at a time and the TaskTimes built by one
    C-level ``zip``; only slack needs a loop, and rows on the project calendar
    (most of them) get it from the arrays of project-calendar work indexes.
    """
    net = engine.net
    tasks, summary, active, uids = net.tasks, net.summary, net.active, net.uids
    es_, ef_, ls_, lf_ = engine.es, engine.ef, engine.ls, engine.lf
    pcal = net.project_calendar
    slack_cals, succs = net.slack_calendars, net.succs
    pidx = pcal.index
    conv = from_minutes
    d_es, d_ef = list(map(conv, es_)), list(map(conv, ef_))
    d_ls, d_lf = list(map(conv, ls_)), list(map(conv, lf_))
    w_es, w_ef = list(map(pidx, es_)), list(map(pidx, ef_))
    w_ls, w_lf = list(map(pidx, ls_)), list(map(pidx, lf_))
    w_pf = pidx(engine.project_finish)
    duration = list(engine.dur)
    start, finish = list(d_es), list(d_ef)
    totals = [0] * len(tasks)
    frees = [0] * len(tasks)
    for i, t in enumerate(tasks):
        is_summary = summary[i]
        if is_summary:
            duration[i] = w_ef[i] - w_es[i]
        elif t.constraint_type is _ALAP and not t.manual and t.actual_start is None:
            start[i], finish[i] = d_ls[i], d_lf[i]
        if slack_cals[i] is not pcal or (t.elapsed and not is_summary):
            totals[i], frees[i] = slack_of(engine, i)
            continue
        # slack_of on the project calendar's work indexes
        wef = w_ef[i]
        total = w_lf[i] - wef
        if t.actual_start is None:
            start_slack = w_ls[i] - w_es[i]
            if start_slack < total:
                total = start_slack
        totals[i] = total
        if is_summary:
            continue
        free = w_pf - wef
        for _j, k, code, kind, value in succs[i]:
            if kind == LAG_NONE:
                # FS, SS bind the successor's start; FF, FS leave from this finish
                room = (w_es[k] if code & 1 else w_ef[k]) - (wef if code <= FS else w_es[i])
            else:
                base = ef_[i] if code <= FS else es_[i]
                lag_cal = slack_cals[k]
                if kind == LAG_WORK:  # shift(), inlined for the common lag
                    lag = int(value)
                    x = lag_cal.at_end(lag_cal.index(base) + lag) if lag else base
                else:
                    x = shift(lag_cal, base, kind, value, engine.dur[i], False)
                room = (w_es[k] if code & 1 else w_ef[k]) - pidx(x)
            if room < free:
                free = room
        if total < free:
            free = total
        frees[i] = free if free > 0 else 0
    critical = [
        a and not (t.actual_finish is not None or t.percent_complete >= 100) and w <= critical_limit
        for a, t, w in zip(active, tasks, totals, strict=True)
    ]
    percent = [t.percent_complete for t in tasks]
    for i, value in _rolled_up(engine).items():
        percent[i] = value
    values = zip(
        start,
        finish,
        duration,
        d_es,
        d_ef,
        d_ls,
        d_lf,
        totals,
        frees,
        critical,
        summary,
        repeat(0),
        percent,
    )
    return dict(zip(uids, TaskTimes.of_many(values), strict=True))


def issues_of(engine: Engine, rows: Iterable[int]) -> list[ScheduleIssue]:
    """Issues of some rows: constraint conflicts found by the passes, missed deadlines."""
    net = engine.net
    out: list[ScheduleIssue] = []
    for i in sorted(rows):
        t = net.tasks[i]
        out.extend(ScheduleIssue(t.uid, f"'{t.name}' {m}") for m in engine.issues.get(i, ()))
        if t.deadline is not None and net.active[i] and engine.ef[i] > to_minutes(t.deadline):
            out.append(ScheduleIssue(t.uid, f"'{t.name}' finishes after its deadline"))
    return out


def build_schedule(engine: Engine, critical_limit: int) -> Schedule:
    """Collect the results of both passes."""
    net = engine.net
    times = _all_times(engine, critical_limit)
    with_deadline = [i for i, t in enumerate(net.tasks) if t.deadline is not None]
    issues = issues_of(engine, set(engine.issues) | set(with_deadline))
    return Schedule(
        from_minutes(engine.compute_project_start()),
        from_minutes(engine.project_finish),
        times,
        issues,
    )


def _rolled_up(engine: Engine) -> dict[int, float]:
    """Summary % complete: children's completion weighted by duration (bottom-up)."""
    net = engine.net
    n = len(net.tasks)
    done = [0.0] * n
    total = [0.0] * n
    out: dict[int, float] = {}
    summary, parent, active, tasks, dur = net.summary, net.parent, net.active, net.tasks, engine.dur
    for i in range(n - 1, -1, -1):
        if not summary[i]:
            d = float(dur[i])
            total[i] = d
            done[i] = d * tasks[i].percent_complete / 100
        p = parent[i]
        if p >= 0 and active[i]:
            total[p] += total[i]
            done[p] += done[i]
        if summary[i] and total[i] > 0:
            out[i] = round(100 * done[i] / total[i], 1)
    return out
