"""Turn the engine's integer dates into a :class:`Schedule` (slack, critical flags, issues).

A schedule's :class:`ScheduleTimes` builds TaskTimes when they are read, from
an :class:`EngineResults`: a frozen copy of the engine's arrays (and the
links as one flat list of numbers). It builds one row (a reader looking at a
few tasks) or all rows in bulk: one loop over the rows and one over the
links for slack, dates converted one array at a time through a per-minute
memo (most tasks share their moments), each TaskTimes from one tuple.

Readers of every row that want values rather than objects (filters, sorts,
costing, the command line's JSON) read columns or spans of minute counts. An
incremental edit's results start from the columns, spans and % roll-up the
results before it had worked out and redo only the rows the edit changed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from itertools import repeat

from app.domain.schedule import Schedule, ScheduleIssue, ScheduleTimes, TaskTimes
from app.domain.schedule_times import TimesColumns, TimesSpans
from app.domain.scheduling.cpm import FF, FS, SS, Engine, shift
from app.domain.scheduling.gc import paused_gc
from app.domain.scheduling.network import LAG_NONE, LAG_WORK
from app.domain.task import ConstraintType, Task
from app.domain.worktime import from_minutes, to_minutes

_ALAP = ConstraintType.ALAP


# An edit that touches more rows than this share of the plan has its columns worked out whole.
_PATCH_SHARE = 8


def _elapsed(t: int) -> int:
    return t


@dataclass(frozen=True, slots=True)
class _Carried:
    """What an earlier run of the same network had worked out, and the rows changed since."""

    columns: dict[bool, TimesColumns]
    spans: TimesSpans | None
    roll: _Roll | None
    rows: frozenset[int]


@dataclass(frozen=True, slots=True)
class _Roll:
    """The % complete roll-up: each row's weighted done and total minutes, and the result."""

    done: list[float]
    total: list[float]
    percent: dict[int, float]


class EngineResults:
    """One engine run's dates, frozen, from which a :class:`ScheduleTimes` builds TaskTimes.

    The engine's arrays are copied (an incremental edit updates them in place
    later) unless ``copy`` is false, for an engine nobody touches again. The
    network's structure (outline, links, calendars) never changes once built.

    ``previous``: the results of the same network before an edit that changed
    only the rows ``changed`` (every row whose values may differ, as the
    incremental scheduler works them out). What the previous results had
    worked out (columns, spans, % roll-up) is then reused and only those rows
    computed again: after an edit, a reader of every row pays for the rows it
    moved, not for the whole plan (0.4 s of slack at 100k tasks).
    """

    __slots__ = (
        "_carried",
        "_columns",
        "_roll",
        "_spans",
        "active",
        "children",
        "dur",
        "ef",
        "es",
        "flat",
        "lf",
        "limit",
        "ls",
        "parent",
        "pcal",
        "project_finish",
        "slack_cals",
        "summary",
        "tasks",
    )

    def __init__(
        self,
        engine: Engine,
        critical_limit: int,
        copy: bool = True,
        *,
        previous: EngineResults | None = None,
        changed: Collection[int] = (),
        late_moved: bool = False,
    ) -> None:
        net = engine.net
        if copy:
            self.tasks = list(net.tasks)
            self.es, self.ef = list(engine.es), list(engine.ef)
            self.ls, self.lf = list(engine.ls), list(engine.lf)
            self.dur = list(engine.dur)
        else:
            self.tasks = net.tasks
            self.es, self.ef, self.ls, self.lf = engine.es, engine.ef, engine.ls, engine.lf
            self.dur = engine.dur
        self.summary, self.active, self.parent = net.summary, net.active, net.parent
        self.children = net.children
        # The links as one list of numbers: per-row lists of edge tuples kept alive with
        # the schedule would cost the collector's next pass a visit to each of them.
        self.slack_cals, self.flat = net.slack_calendars, net.flat
        self.pcal = net.project_calendar
        self.project_finish = engine.project_finish
        self.limit = critical_limit
        self._roll: _Roll | None = None
        self._columns: dict[bool, TimesColumns] = {}  # what columns() gave, by ``percent``
        self._spans: TimesSpans | None = None
        self._carried: _Carried | None = None
        if previous is not None:
            self._carried = previous._carry(self, changed, late_moved)

    def _carry(
        self, after: EngineResults, changed: Collection[int], late_moved: bool = False
    ) -> _Carried | None:
        """What ``after`` (this network after an edit of the rows ``changed``) may reuse."""
        if after.flat is not self.flat or after.limit != self.limit:
            return None  # another network, or another critical limit: nothing carries
        rows = frozenset(changed)
        if self._columns or self._spans is not None or self._roll is not None:
            carried = _Carried(dict(self._columns), self._spans, self._roll, rows)
            old = self._carried
            if old is not None and len(old.rows | rows) * _PATCH_SHARE <= len(self.tasks):
                # what was not read since the last edit carries from before it, with its rows
                carried = _Carried(
                    carried.columns or old.columns,
                    carried.spans or old.spans,
                    carried.roll or old.roll,
                    old.rows | rows,
                )
        elif self._carried is not None:  # nothing read since the last edit: carry that
            old = self._carried
            carried = _Carried(old.columns, old.spans, old.roll, old.rows | rows)
        else:
            return None
        if len(carried.rows) * _PATCH_SHARE > len(self.tasks):
            return None
        if late_moved:  # every row's slack may differ: the spans and % roll-up still carry
            have = next(iter(carried.columns.values()), None)
            spans = carried.spans
            if spans is None and have is not None:
                spans = TimesSpans(
                    have.uids, have.start, have.finish, have.duration_minutes, have.summary
                )
            carried = _Carried({}, spans, carried.roll, carried.rows)
        return carried

    def slack(self, i: int) -> tuple[int, int]:
        """(total slack, free slack) of one row in working minutes of its calendar."""
        task = self.tasks[i]
        is_summary = self.summary[i]
        # MS Project counts slack in the task's (or project's) calendar, not its resources';
        # an elapsed-duration task's slack is elapsed time.
        idx = _elapsed if task.elapsed and not is_summary else self.slack_cals[i].index
        es, ef, ls, lf = self.es[i], self.ef[i], self.ls[i], self.lf[i]
        start_slack, finish_slack = idx(ls) - idx(es), idx(lf) - idx(ef)
        # Once work has started only the finish can still slip (MS Project's rule).
        total = finish_slack if task.actual_start is not None else min(start_slack, finish_slack)
        if is_summary:
            return total, 0
        w_ef = idx(ef)
        free = idx(self.project_finish) - w_ef
        dur = self.dur[i]
        engine_es, engine_ef, slack_cals = self.es, self.ef, self.slack_cals
        for _j, k, code, kind, value in self.flat.out_of(i):
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

    def percents(self) -> dict[int, float]:
        """Summary % complete by row: children's completion weighted by duration (bottom-up)."""
        found = self._roll
        if found is None:
            carried = self._carried
            if carried is not None and carried.roll is not None:
                found = self._roll = self._patched_roll(carried.roll, carried.rows)
            else:
                found = self._roll = _rolled_up(
                    self.summary, self.parent, self.active, self.tasks, self.dur
                )
        return found.percent

    def _patched_roll(self, base: _Roll, rows: frozenset[int]) -> _Roll:
        """The roll-up of :func:`_rolled_up` from an earlier one, redoing ``rows`` and the
        summaries above them (each summed over its children in the same order, so the
        figures are the same to the last bit)."""
        done, total = list(base.done), list(base.total)
        percent = dict(base.percent)
        summary, parent, active, tasks, dur = (
            self.summary,
            self.parent,
            self.active,
            self.tasks,
            self.dur,
        )
        redo: set[int] = set()
        for i in rows:
            if summary[i]:
                redo.add(i)
            else:
                d = float(dur[i])
                total[i] = d
                done[i] = d * tasks[i].percent_complete / 100
            p = parent[i]
            while p >= 0 and p not in redo:
                redo.add(p)
                p = parent[p]
        children = self.children
        for p in sorted(redo, reverse=True):  # subtasks sit below their summary
            t_sum = d_sum = 0.0
            for c in reversed(children[p]):
                if active[c]:
                    t_sum += total[c]
                    d_sum += done[c]
            total[p], done[p] = t_sum, d_sum
            if t_sum > 0:
                percent[p] = round(100 * d_sum / t_sum, 1)
            else:
                percent.pop(p, None)
        return _Roll(done, total, percent)

    def one(self, i: int) -> TaskTimes:
        """The TaskTimes of row ``i``."""
        t = self.tasks[i]
        total, free = self.slack(i)
        es, ef = self.es[i], self.ef[i]
        is_summary = self.summary[i]
        start, finish = es, ef
        percent = t.percent_complete
        if is_summary:
            pidx = self.pcal.index
            duration = pidx(ef) - pidx(es)
            percent = self.percents().get(i, percent)
        else:
            duration = self.dur[i]
            if t.constraint_type is _ALAP and not t.manual and t.actual_start is None:
                start, finish = self.ls[i], self.lf[i]
        # finished work is not critical; a summary is finished when its subtasks are
        done = t.actual_finish is not None or percent >= 100
        conv = from_minutes
        return TaskTimes.of_values(
            (
                conv(start),
                conv(finish),
                duration,
                conv(es),
                conv(ef),
                conv(self.ls[i]),
                conv(self.lf[i]),
                total,
                free,
                self.active[i] and not done and total <= self.limit,
                is_summary,
                0,
                percent,
            )
        )

    def all(self) -> list[TaskTimes]:
        """The TaskTimes of every row, as :meth:`one` gives them, in bulk.

        Dates are converted one array at a time and the TaskTimes built by one
        C-level ``zip``; only slack needs loops (rows, then links), and rows on the
        project calendar (most of them) get it from arrays of its work indexes.
        """
        with paused_gc():
            c = self._compute_columns(True)
            percent = c.percent_complete
            assert percent is not None
            conv = from_minutes
            values = zip(
                map(conv, c.start),
                map(conv, c.finish),
                c.duration_minutes,
                map(conv, c.early_start),
                map(conv, c.early_finish),
                map(conv, c.late_start),
                map(conv, c.late_finish),
                c.total_slack_minutes,
                c.free_slack_minutes,
                c.critical,
                c.summary,
                repeat(0),
                percent,
            )
            return TaskTimes.of_many(values)

    def columns(self, percent: bool = True) -> TimesColumns:
        """What :meth:`all` gives, one list per field, dates as minute counts (no TaskTimes).

        ``percent=False`` skips rolling up the summaries' % complete (None then).
        Computed once per ``percent`` (the dates are frozen): the JSON and the
        costs of ``gantry schedule`` both read them. Callers must not change the lists.
        """
        found = self._columns.get(percent)
        if found is None:
            carried = self._carried
            base = None if carried is None else carried.columns.get(percent)
            if base is None and carried is not None and not percent:
                base = carried.columns.get(True)  # the same lists, % complete aside
            with paused_gc():
                if base is not None and carried is not None:
                    found = self._patched_columns(base, carried.rows, percent)
                else:
                    found = self._compute_columns(percent)
            self._columns[percent] = found
        return found

    def spans(self) -> TimesSpans:
        """Each row's start, finish, duration and summary flag, as :meth:`columns` gives them.

        Computed once, without the slack of every row and link :meth:`columns`
        works out (half its cost); taken from the columns when they exist.
        """
        found = self._spans
        if found is None:
            have = next(iter(self._columns.values()), None)
            carried = self._carried
            if have is not None:
                found = TimesSpans(
                    have.uids, have.start, have.finish, have.duration_minutes, have.summary
                )
            elif carried is not None and carried.spans is not None:
                found = self._patched_spans(carried.spans, carried.rows)
            else:
                found = self._compute_spans()
            self._spans = found
        return found

    def _span_of(self, i: int) -> tuple[int, int, int]:
        """(start, finish, duration) of one row, as :meth:`_compute_spans` gives them."""
        es, ef = self.es[i], self.ef[i]
        if self.summary[i]:
            pidx = self.pcal.index
            return es, ef, pidx(ef) - pidx(es)
        t = self.tasks[i]
        if t.constraint_type is _ALAP and not t.manual and t.actual_start is None:
            return self.ls[i], self.lf[i], self.dur[i]
        return es, ef, self.dur[i]

    def _patched_spans(self, base: TimesSpans, rows: frozenset[int]) -> TimesSpans:
        """The spans of an earlier run with ``rows`` worked out again."""
        start, finish, duration = list(base.start), list(base.finish), list(base.duration_minutes)
        for i in rows:
            start[i], finish[i], duration[i] = self._span_of(i)
        return TimesSpans(base.uids, start, finish, duration, base.summary)

    def _patched_columns(
        self, base: TimesColumns, rows: frozenset[int], with_percent: bool
    ) -> TimesColumns:
        """The columns of an earlier run with ``rows`` worked out again, as
        :meth:`_compute_columns` works them out (slack by :meth:`slack`, which agrees)."""
        start, finish, duration = list(base.start), list(base.finish), list(base.duration_minutes)
        totals, frees = list(base.total_slack_minutes), list(base.free_slack_minutes)
        critical = list(base.critical)
        rolled = self.percents()
        percent: list[float] | None = None
        if with_percent:
            assert base.percent_complete is not None
            percent = list(base.percent_complete)
        tasks, active, limit = self.tasks, self.active, self.limit
        for i in rows:
            t = tasks[i]
            start[i], finish[i], duration[i] = self._span_of(i)
            total, frees[i] = self.slack(i)
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
            early_start=list(self.es),
            early_finish=list(self.ef),
            late_start=list(self.ls),
            late_finish=list(self.lf),
            total_slack_minutes=totals,
            free_slack_minutes=frees,
            critical=critical,
            summary=base.summary,
            percent_complete=percent,
        )

    def _compute_spans(self) -> TimesSpans:
        tasks, summary = self.tasks, self.summary
        es_, ef_ = self.es, self.ef
        start, finish = list(es_), list(ef_)
        duration = list(self.dur)
        pidx = self.pcal.index
        ls_, lf_ = self.ls, self.lf
        for i, t in enumerate(tasks):
            if summary[i]:
                duration[i] = pidx(ef_[i]) - pidx(es_[i])
            elif t.constraint_type is _ALAP and not t.manual and t.actual_start is None:
                start[i], finish[i] = ls_[i], lf_[i]
        return TimesSpans([t.uid for t in tasks], start, finish, duration, list(summary))

    def _compute_columns(self, with_percent: bool) -> TimesColumns:
        tasks, summary, active = self.tasks, self.summary, self.active
        es_, ef_, ls_, lf_ = self.es, self.ef, self.ls, self.lf
        pcal = self.pcal
        slack_cals = self.slack_cals
        pidx = pcal.index
        w_es, w_ef = list(map(pidx, es_)), list(map(pidx, ef_))
        w_ls, w_lf = list(map(pidx, ls_)), list(map(pidx, lf_))
        w_pf = pidx(self.project_finish)
        duration = list(self.dur)
        start, finish = list(es_), list(ef_)
        n = len(tasks)
        totals = [0] * n
        frees = [0] * n
        # slack() for every row: the total from the row's own dates, the free slack's
        # minimum over the links out of the row in one pass over all links. Most rows
        # count on the project calendar: their work indexes are the w_ arrays.
        on_pcal = [False] * n
        own_idx: list[Callable[[int], int] | None] = [None] * n  # the other leaves
        pf = self.project_finish
        for i, t in enumerate(tasks):
            is_summary = summary[i]
            if is_summary:
                duration[i] = w_ef[i] - w_es[i]
            elif t.constraint_type is _ALAP and not t.manual and t.actual_start is None:
                start[i], finish[i] = ls_[i], lf_[i]
            if slack_cals[i] is pcal and not (t.elapsed and not is_summary):
                wef = w_ef[i]
                total = w_lf[i] - wef
                if t.actual_start is None:
                    start_slack = w_ls[i] - w_es[i]
                    if start_slack < total:
                        total = start_slack
                totals[i] = total
                if not is_summary:
                    frees[i] = w_pf - wef
                    on_pcal[i] = True
                continue
            idx = _elapsed if t.elapsed and not is_summary else slack_cals[i].index
            finish_slack = idx(lf_[i]) - idx(ef_[i])
            if t.actual_start is None:
                start_slack = idx(ls_[i]) - idx(es_[i])
                totals[i] = start_slack if start_slack < finish_slack else finish_slack
            else:
                totals[i] = finish_slack
            if not is_summary:
                frees[i] = idx(pf) - idx(ef_[i])
                own_idx[i] = idx
        values = iter(self.flat.values)
        for j, k, code, kind, value in zip(values, values, values, values, values, strict=True):
            if on_pcal[j]:
                if kind == LAG_NONE:
                    # FS, SS bind the successor's start; FF, FS leave from this finish
                    room = (w_es[k] if code & 1 else w_ef[k]) - (w_ef[j] if code <= FS else w_es[j])
                else:
                    base = ef_[j] if code <= FS else es_[j]
                    lag_cal = slack_cals[k]
                    if kind == LAG_WORK:  # shift(), inlined for the common lag (never 0)
                        x = lag_cal.at_end(lag_cal.index(base) + value)
                    else:
                        x = shift(lag_cal, base, kind, value, self.dur[j], False)
                    room = (w_es[k] if code & 1 else w_ef[k]) - pidx(x)
            else:
                idx = own_idx[j]
                if idx is None:  # a summary: no free slack
                    continue
                base = ef_[j] if code <= FS else es_[j]
                x = shift(slack_cals[k], base, kind, value, self.dur[j], False) if kind else base
                room = idx(es_[k] if code & 1 else ef_[k]) - idx(x)
            if room < frees[j]:
                frees[j] = room
        # No more than the total slack, never negative (already so for the other rows).
        frees = [
            (f if f < t else t) if f > 0 and t > 0 else 0
            for f, t in zip(frees, totals, strict=True)
        ]
        limit = self.limit
        critical = [
            a and not (t.actual_finish is not None or t.percent_complete >= 100) and w <= limit
            for a, t, w in zip(active, tasks, totals, strict=True)
        ]
        for i, rolled in self.percents().items():
            # A summary is done when its subtasks are, whatever its own % says (as one()).
            t = tasks[i]
            critical[i] = (
                active[i]
                and not (t.actual_finish is not None or rolled >= 100)
                and totals[i] <= limit
            )
        percent: list[float] | None = None
        if with_percent:
            percent = [t.percent_complete for t in tasks]
            for i, value in self.percents().items():
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


def slack_of(engine: Engine, i: int) -> tuple[int, int]:
    """(total slack, free slack) of one row in working minutes of its calendar."""
    return EngineResults(engine, 0, copy=False).slack(i)


def times_of_rows(engine: Engine, rows: Iterable[int], critical_limit: int) -> dict[int, TaskTimes]:
    """The TaskTimes of some rows from the engine's arrays, keyed by task uid."""
    results = EngineResults(engine, critical_limit, copy=False)
    uids = engine.net.uids
    return {uids[i]: results.one(i) for i in rows}


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


def build_schedule(
    engine: Engine,
    critical_limit: int,
    *,
    last_use: bool = False,
    previous: EngineResults | None = None,
    early_changed: Collection[int] = (),
) -> Schedule:
    """Collect the results of both passes; TaskTimes are built when read.

    ``last_use``: the engine is dropped afterwards, so its arrays need no copy.
    ``previous``: the results before an edit whose late dates were all worked out
    again but whose early dates changed only in the rows ``early_changed``: their
    spans and % roll-up are redone for those rows only, the slack for all.
    """
    net = engine.net
    tasks = net.tasks
    with_deadline = [i for i in engine.special if tasks[i].deadline is not None]  # see special
    issues = issues_of(engine, set(engine.issues) | set(with_deadline))
    results = EngineResults(
        engine,
        critical_limit,
        copy=not last_use,
        previous=previous,
        changed=early_changed,
        late_moved=True,
    )
    return Schedule(
        from_minutes(engine.compute_project_start()),
        from_minutes(engine.project_finish),
        ScheduleTimes(net.uids, net.row_of, results),
        issues,
    )


def _rolled_up(
    summary: list[bool],
    parent: list[int],
    active: list[bool],
    tasks: list[Task],
    dur: list[int],
) -> _Roll:
    """Summary % complete: children's completion weighted by duration (bottom-up)."""
    n = len(tasks)
    done = [0.0] * n
    total = [0.0] * n
    out: dict[int, float] = {}
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
    return _Roll(done, total, out)
