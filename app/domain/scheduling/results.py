"""Turn the engine's integer dates into a :class:`Schedule` (slack, critical flags, issues).

This runs once per task per schedule, so it is one loop over plain lists:
datetimes come from a per-minute memo (most tasks share their moments) and
each :class:`TaskTimes` is built from one tuple.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.schedule import Schedule, ScheduleIssue, TaskTimes
from app.domain.scheduling.cpm import FF, FS, SS, Engine, shift
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
    for k, code, kind, value in net.succs[i]:
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


def times_of_rows(
    engine: Engine,
    rows: Iterable[int],
    critical_limit: int,
    percent: dict[int, float] | None = None,
) -> dict[int, TaskTimes]:
    """The TaskTimes of some rows from the engine's arrays, keyed by task uid.

    ``percent`` overrides the % complete of some rows (rolled-up summaries).
    """
    net = engine.net
    tasks, summary, active, uids = net.tasks, net.summary, net.active, net.uids
    es_, ef_, ls_, lf_, dur_ = engine.es, engine.ef, engine.ls, engine.lf, engine.dur
    pcal = net.project_calendar
    slack_cals, succs = net.slack_calendars, net.succs
    pidx = pcal.index
    conv = from_minutes
    rows = list(rows)
    whole = len(rows) == len(tasks)
    if whole:
        # Every row: convert the four date arrays (and the project calendar's work
        # indexes of the early/late dates) in bulk, one C-level loop each.
        d_es, d_ef = list(map(conv, es_)), list(map(conv, ef_))
        d_ls, d_lf = list(map(conv, ls_)), list(map(conv, lf_))
        w_es, w_ef = list(map(pidx, es_)), list(map(pidx, ef_))
        w_ls, w_lf = list(map(pidx, ls_)), list(map(pidx, lf_))
    w_pf = pidx(engine.project_finish)
    make = TaskTimes.of_values
    out: dict[int, TaskTimes] = {}
    for i in rows:
        t = tasks[i]
        is_summary = summary[i]
        if whole and slack_cals[i] is pcal and (is_summary or not t.elapsed):
            # slack_of on the project calendar, inlined on the bulk arrays
            wef = w_ef[i]
            total = w_lf[i] - wef
            if t.actual_start is None:
                start_slack = w_ls[i] - w_es[i]
                if start_slack < total:
                    total = start_slack
            if is_summary:
                free = 0
            else:
                free = w_pf - wef
                for k, code, kind, value in succs[i]:
                    if code == FS and kind == 0:
                        room = w_es[k] - wef
                    elif code == FS:
                        x = shift(slack_cals[k], ef_[i], kind, value, dur_[i], False)
                        room = w_es[k] - pidx(x)
                    elif code == SS:
                        x = shift(slack_cals[k], es_[i], kind, value, dur_[i], False)
                        room = w_es[k] - pidx(x)
                    else:
                        base = ef_[i] if code == FF else es_[i]
                        x = shift(slack_cals[k], base, kind, value, dur_[i], False)
                        room = w_ef[k] - pidx(x)
                    if room < free:
                        free = room
                if total < free:
                    free = total
                if free < 0:
                    free = 0
        else:
            total, free = slack_of(engine, i)
        if whole:
            des, def_, dls, dlf = d_es[i], d_ef[i], d_ls[i], d_lf[i]
        else:
            des, def_, dls, dlf = conv(es_[i]), conv(ef_[i]), conv(ls_[i]), conv(lf_[i])
        if is_summary:
            duration = pidx(ef_[i]) - pidx(es_[i])
            start, finish = des, def_
        else:
            duration = dur_[i]
            if t.constraint_type is _ALAP and not t.manual and t.actual_start is None:
                start, finish = dls, dlf
            else:
                start, finish = des, def_
        pct = t.percent_complete
        done = t.actual_finish is not None or pct >= 100
        if percent is not None and i in percent:
            pct = percent[i]
        out[uids[i]] = make(
            (
                start,
                finish,
                duration,
                des,
                def_,
                dls,
                dlf,
                total,
                free,
                active[i] and not done and total <= critical_limit,
                is_summary,
                0,
                pct,
            )
        )
    return out


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
    times = times_of_rows(engine, range(len(net.tasks)), critical_limit, _rolled_up(engine))
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
