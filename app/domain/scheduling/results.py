"""Turn the engine's integer dates into a :class:`Schedule` (slack, critical flags, issues).

A schedule's :class:`ScheduleTimes` builds TaskTimes when they are read, from
an :class:`EngineResults`: a frozen copy of the engine's arrays (and the
links as one flat list of numbers). It builds one row (a reader looking at a
few tasks) or all rows in bulk: the columns of every row worked out by
:mod:`.whole_columns`, dates converted one array at a time through a
per-minute memo (most tasks share their moments), each TaskTimes from one tuple.

Readers of every row that want values rather than objects (filters, sorts,
costing, the command line's JSON) read columns or spans of minute counts. An
incremental edit's results start from the columns, spans and % roll-up
(:mod:`.percent_roll`) the results before it had worked out and redo only the
rows the edit changed (:mod:`.carried`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from itertools import repeat
from typing import TYPE_CHECKING

from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import IssueKind, Schedule, ScheduleIssue, ScheduleTimes, TaskTimes
from app.domain.schedule_times import TimesColumns, TimesSpans
from app.domain.scheduling.cpm import FF, FS, SS, Engine, shift
from app.domain.scheduling.gc import paused_gc
from app.domain.scheduling.percent_roll import Roll, patched_roll, rolled_up
from app.domain.scheduling.started_roll import own_start_differs, started_summaries
from app.domain.scheduling.whole_columns import elapsed_index, whole_columns, whole_spans
from app.domain.started import has_started, started_without_date
from app.domain.task import ConstraintType, Task
from app.domain.worktime import from_minutes, to_minutes

if TYPE_CHECKING:  # imported by the first edit's results: a one-off schedule never carries
    from app.domain.scheduling.carried import Carried

_ALAP = ConstraintType.ALAP


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
        "_special",
        "_started",
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
        self._roll: Roll | None = None
        self._columns: dict[bool, TimesColumns] = {}  # what columns() gave, by ``percent``
        self._spans: TimesSpans | None = None
        self._carried: Carried | None = None
        # Rows that may have started: the engine's off-ordinary rows (an edit may add some
        # later, never take one out: more rows do no harm) and, once asked, those started by
        # % complete alone (app.domain.started). See started_roll.
        self._special: list[int] = engine.special
        self._started: frozenset[int] | None = None
        if previous is not None:
            self._carried = previous._carry(self, changed, late_moved)

    def _carry(
        self, after: EngineResults, changed: Collection[int], late_moved: bool = False
    ) -> Carried | None:
        """What ``after`` (this network after an edit of the rows ``changed``) may reuse."""
        if after.flat is not self.flat or after.limit != self.limit:
            return None  # another network, or another critical limit: nothing carries
        from app.domain.scheduling.carried import carry

        return carry(
            self._columns,
            self._spans,
            self._roll,
            self._carried,
            frozenset(changed),
            len(self.tasks),
            late_moved,
        )

    def slack(self, i: int) -> tuple[int, int]:
        """(total slack, free slack) of one row in working minutes of its calendar."""
        task = self.tasks[i]
        is_summary = self.summary[i]
        # MS Project counts slack in the task's (or project's) calendar, not its resources';
        # an elapsed-duration task's slack is elapsed time.
        idx = elapsed_index if task.elapsed and not is_summary else self.slack_cals[i].index
        es, ef, ls, lf = self.es[i], self.ef[i], self.ls[i], self.lf[i]
        start_slack, finish_slack = idx(ls) - idx(es), idx(lf) - idx(ef)
        # Once work has started only the finish can still slip (MS Project's rule); a
        # summary has started when a subtask has (started_roll), whatever its own field says.
        started = i in self.started_summaries() if is_summary else has_started(task)
        total = finish_slack if started else min(start_slack, finish_slack)
        # A summary's free slack is a task's (MS Project stores it so: 15 days on 'Testing'
        # in Software-Development.xml): the room before its own successors' dates, else
        # before the project finish, no more than its total slack.
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

    def started_summaries(self) -> frozenset[int]:
        """The summary rows with a started subtask below them (started_roll)."""
        found = self._started
        if found is None:
            found = self._started = started_summaries(
                self.tasks, self.summary, self.parent, self.active, self._may_have_started()
            )
        return found

    def _may_have_started(self) -> list[int]:
        """Every row that may have started (app.domain.started): the special rows and
        those started by % complete alone."""
        return [*self._special, *started_without_date(self.tasks)]

    def own_start_differs(self) -> list[int]:
        """The summary rows whose own actual start says otherwise than their subtasks'."""
        started = self.started_summaries()
        return own_start_differs(self.tasks, self.summary, started, self._may_have_started())

    def percents(self) -> dict[int, float]:
        """Summary % complete by row: children's completion weighted by duration (bottom-up)."""
        found = self._roll
        if found is None:
            carried = self._carried
            if carried is not None and carried.roll is not None:
                found = self._roll = patched_roll(
                    carried.roll,
                    carried.rows,
                    self.summary,
                    self.parent,
                    self.active,
                    self.tasks,
                    self.dur,
                    self.children,
                )
            else:
                found = self._roll = rolled_up(
                    self.summary, self.parent, self.active, self.tasks, self.dur
                )
        return found.percent

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
            c = whole_columns(self, True)
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
                    from app.domain.scheduling.carried import patched_columns

                    found = patched_columns(self, base, carried.rows, percent)
                else:
                    found = whole_columns(self, percent)
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
                from app.domain.scheduling.carried import patched_spans

                found = patched_spans(self, carried.spans, carried.rows)
            else:
                found = whole_spans(self)
            self._spans = found
        return found


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
        out.extend(
            ScheduleIssue(t.uid, k, f"{quoted(t.name, NAME_LIMIT)} {m}")
            for k, m in engine.issues.get(i, ())
        )
        if t.deadline is not None and net.active[i] and engine.ef[i] > to_minutes(t.deadline):
            message = f"{quoted(t.name, NAME_LIMIT)} finishes after its deadline"
            out.append(ScheduleIssue(t.uid, IssueKind.DEADLINE, message))
        if net.summary[i] and t.constraint_date is not None and net.active[i]:
            index = net.calendars[i].index
            missed = _missed_summary_constraint(t, index, engine.es[i], engine.ef[i])
            if missed:
                broken = IssueKind.CONSTRAINT_BROKEN
                out.append(ScheduleIssue(t.uid, broken, f"{quoted(t.name, NAME_LIMIT)} {missed}"))
    return out


_LATE_START = {ConstraintType.SNLT: "start no later than", ConstraintType.MSO: "must start on"}
_LATE_FINISH = {ConstraintType.FNLT: "finish no later than", ConstraintType.MFO: "must finish on"}


def _missed_summary_constraint(t: Task, index: Callable[[int], int], es: int, ef: int) -> str:
    """What a summary's constraint date says its phase misses ('' when met or none),
    compared in working time (``index``: a Saturday date is Monday's first minute).

    The passes do not move subtasks for it (their links win); its late dates bound
    theirs, so the phase shows negative slack, and this names the conflict.
    """
    assert t.constraint_date is not None
    date = index(to_minutes(t.constraint_date))
    es, ef = index(es), index(ef)
    kind = _LATE_START.get(t.constraint_type)
    if kind is not None and es > date:
        return f"is a summary that starts after its '{kind}' date: its subtasks have negative slack"
    kind = _LATE_FINISH.get(t.constraint_type)
    if kind is not None and ef > date:
        return (
            f"is a summary that finishes after its '{kind}' date: its subtasks have negative slack"
        )
    return ""


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
    summary = net.summary
    # Rows with a deadline or a dated summary: both are special (see EngineState.special).
    dated = [
        i
        for i in engine.special
        if tasks[i].deadline is not None or (summary[i] and tasks[i].constraint_date is not None)
    ]
    issues = issues_of(engine, set(engine.issues) | set(dated))
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
