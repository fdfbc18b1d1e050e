"""Turn the engine's integer dates into a :class:`Schedule` (slack, critical flags, issues)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from app.domain.schedule import Schedule, ScheduleIssue, TaskTimes
from app.domain.scheduling.cpm import FF, FS, SS, Engine, shift
from app.domain.task import ConstraintType
from app.domain.worktime import from_minutes, to_minutes


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
    for k, code, kind, value in net.succs[i]:
        if code == FS and kind == 0:
            room = idx(engine.es[k]) - w_ef
            if room < free:
                free = room
            continue
        if code == FS:
            x = shift(net.slack_calendars[k], ef, kind, value, dur, False)
            room = idx(engine.es[k]) - idx(x)
        elif code == SS:
            x = shift(net.slack_calendars[k], es, kind, value, dur, False)
            room = idx(engine.es[k]) - idx(x)
        else:
            base = ef if code == FF else es
            x = shift(net.slack_calendars[k], base, kind, value, dur, False)
            room = idx(engine.ef[k]) - idx(x)
        free = min(free, room)
    free = max(0, min(free, total))
    return total, free


def task_times(engine: Engine, i: int, total: int, free: int, critical_limit: int) -> TaskTimes:
    """The TaskTimes of one row from the engine's arrays."""
    net = engine.net
    t = net.tasks[i]
    conv = from_minutes
    es, ef, ls, lf = engine.es[i], engine.ef[i], engine.ls[i], engine.lf[i]
    start, finish = es, ef
    is_summary = net.summary[i]
    if (
        t.constraint_type is ConstraintType.ALAP
        and not t.manual
        and t.actual_start is None
        and not is_summary
    ):
        start, finish = ls, lf
    done = t.actual_finish is not None or t.percent_complete >= 100
    if is_summary:
        cal = net.project_calendar
        duration = cal.index(ef) - cal.index(es)
    else:
        duration = engine.dur[i]
    return TaskTimes(
        conv(start),
        conv(finish),
        duration,
        conv(es),
        conv(ef),
        conv(ls),
        conv(lf),
        total,
        free,
        net.active[i] and not done and total <= critical_limit,
        is_summary,
        0,
        t.percent_complete,
    )


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
    times: dict[int, TaskTimes] = {}
    uids = net.uids
    for i in range(len(net.tasks)):
        total, free = slack_of(engine, i)
        times[uids[i]] = task_times(engine, i, total, free, critical_limit)
    with_deadline = [i for i, t in enumerate(net.tasks) if t.deadline is not None]
    issues = issues_of(engine, set(engine.issues) | set(with_deadline))
    _roll_up_progress(engine, times)
    return Schedule(
        from_minutes(engine.compute_project_start()),
        from_minutes(engine.project_finish),
        times,
        issues,
    )


def _roll_up_progress(engine: Engine, times: dict[int, TaskTimes]) -> None:
    """Summary % complete: children's completion weighted by duration (bottom-up)."""
    net = engine.net
    done = [0.0] * len(net.tasks)
    total = [0.0] * len(net.tasks)
    for i in range(len(net.tasks) - 1, -1, -1):
        if not net.summary[i]:
            d = float(engine.dur[i])
            total[i] = d
            done[i] = d * net.tasks[i].percent_complete / 100
        p = net.parent[i]
        if p >= 0 and net.active[i]:
            total[p] += total[i]
            done[p] += done[i]
        if net.summary[i] and total[i] > 0:
            uid = net.uids[i]
            times[uid] = replace(times[uid], percent_complete=round(100 * done[i] / total[i], 1))
