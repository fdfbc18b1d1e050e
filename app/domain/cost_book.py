"""A plan's costs kept current edit by edit, instead of costing every task again.

:func:`app.domain.costs.compute_costs` prices all assignments and rolls every
summary up: about a second at 100k tasks. After one edit only a few tasks
change: the tasks edited, those whose assignments changed and those the
scheduler moved (``IncrementalScheduler.moved_uids``). :class:`CostBook`
prices just their assignments, adds their tasks' own figures up again, then
their summaries, their people and the project totals. Each sum is redone in
the order the full costing adds it (a task's assignments in plan order, a
summary's children bottom-up, a person's assignments in plan order), so the
figures equal a full costing to the last bit. Anything that may change many
figures at once (project settings, the roster, calendars, rows or outline)
returns None: the caller costs in full and opens a new book.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from itertools import compress
from operator import ne

from app.domain.assignment_work import planned_work
from app.domain.costs import (
    CostReport,
    RateFractions,
    WorkFraction,
    booking_rows,
    fixed_cost_actual,
    parent_rows,
    price_assignment,
    priced_task,
)
from app.domain.engine_spans import computed_engine, minutes_at
from app.domain.errors import PlanError
from app.domain.events import Change, ChangeKind, Entity
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.schedule import Schedule, ScheduleTimes
from app.domain.scheduling.gc import paused_gc
from app.domain.task import Task
from app.domain.task_spans import TaskSpans
from app.domain.worktime import to_minutes

# Moved tasks whose times are read one by one, at most; past that a schedule's columns are
# compared whole (when it has them: a schedule fresh from a full run or a whole backward pass).
_READ_AT_MOST = 2000
# Changes that leave every cost as it is.
_NO_COST = (Entity.RISK, Entity.LINK)  # a link moves dates: the scheduler's moved tasks say which


class CostBook:
    """The :class:`CostReport` of a plan, brought up to date after each batch of changes.

    Built from a report :func:`~app.domain.costs.compute_costs` gave for the
    plan and schedule as they are now; :meth:`update` returns the next report
    (a new object: a report handed out never changes) or None when only a
    full costing will do.
    """

    def __init__(self, plan: Plan, schedule: Schedule, report: CostReport) -> None:
        with paused_gc():  # ~300k small values at 100k tasks: no full collection meanwhile
            self._build(plan, schedule, report)

    def warm(self) -> CostBook:
        """Build now what the first update would (the outline's rows, each summary's
        children, the assignments by task and person: ~0.15 s at 100k tasks), e.g. in the
        thread that opens the plan."""
        with paused_gc():
            self._outline()
            self._child_rows()
            self._assigned()
        return self

    def _build(self, plan: Plan, schedule: Schedule, report: CostReport) -> None:
        self.plan = plan
        self.report = report
        tasks = plan.tasks
        self._uids = [t.uid for t in tasks]
        self._row = dict(zip(self._uids, range(len(tasks)), strict=True))
        self._active = [t.active for t in tasks]
        self._priced_tasks = list(tasks)  # each row's task as last priced
        # Built on first need (a full costing is often followed by another before any edit).
        self._parents: list[int] | None = None
        self._children: dict[int, list[int]] | None = None  # summary row -> its rows
        self._tops: list[int] = []
        self._booked: list[bool] = []  # rows under no inactive summary: with the outline
        self._resources = {r.uid: r for r in plan.resources}
        self._rated = {r.uid for r in plan.resources if r.rate_tables}
        # When each task runs. ``_aligned``: row i of the table is row i of the plan (read
        # from a fresh schedule's arrays), so a later fresh schedule can be compared whole.
        self._spans, self._aligned = _minute_spans(plan, schedule)
        self._stale: set[int] = set()  # tasks nobody works on, moved since their span was read
        self._by_task: dict[int, list[int]] | None = None  # assignments' positions, on first need
        self._by_resource: dict[int, list[int]] = {}

    def _outline(self) -> list[int]:
        """Each row's summary row (-1: top level), built once."""
        if self._parents is None:
            self._parents = parent_rows(self.plan.tasks)
            self._tops = [i for i, p in enumerate(self._parents) if p < 0 and self._active[i]]
            self._booked = booking_rows(self.plan.tasks, self._active)
        return self._parents

    def _child_rows(self) -> dict[int, list[int]]:
        """Each summary row's child rows in plan order, built once. Only summaries have an
        entry: a list for each of 100k rows took 0.6 s on the first edit after opening."""
        if self._children is None:
            children: dict[int, list[int]] = {}
            for c, p in enumerate(self._outline()):
                if p >= 0:
                    children.setdefault(p, []).append(c)
            self._children = children
        return self._children

    def _assigned(self) -> dict[int, list[int]]:
        """Each task's assignments' positions (and each person's), indexed when first asked."""
        if self._by_task is None:
            self._index_assignments()
        assert self._by_task is not None
        return self._by_task

    def _index_assignments(self) -> None:
        """Positions of each task's and each person's assignments, in plan order."""
        by_task: dict[int, list[int]] = {}
        by_resource: dict[int, list[int]] = {}
        for k, a in enumerate(self.plan.assignments):
            by_task.setdefault(a.task_uid, []).append(k)
            by_resource.setdefault(a.resource_uid, []).append(k)
        self._by_task, self._by_resource = by_task, by_resource

    # ------------------------------------------------------------------ updates

    def update(
        self, schedule: Schedule, changes: Sequence[Change], moved: Collection[int] | None
    ) -> CostReport | None:
        """The report after ``changes`` (one batch) and the new ``schedule``.

        ``moved``: the tasks whose dates or duration may have changed (the
        scheduler's ``moved_uids``); None means any may have. None back: cost
        in full and start a new book.
        """
        resized: set[int] | None = None
        if moved is None or len(moved) > _READ_AT_MOST:
            # Scheduled from scratch, or much moved (Level Resources delays 18k of 100k
            # tasks): compare whole columns of spans, when the schedule has them.
            found = self._compare_spans(schedule)
            if found is not None:
                moved, resized = found
            elif moved is None or len(moved) > len(self._uids) // 4 + 100:
                return None  # much of the plan moved: cost it all at once
        indexed_before = self._by_task is not None  # else indexed below, edits included
        self.warm()
        tasks: set[int] = set()  # whose own figures to add up again
        people: set[int] = set()  # whose totals to add up again
        edited: set[int] = set()  # assignments added, removed or changed
        baseline = reindex = False
        for change in changes:
            entity = change.entity
            if entity in _NO_COST:
                continue
            if entity is Entity.BASELINE:
                baseline = True
            elif entity is Entity.TASK and change.kind is ChangeKind.CHANGED:
                if not self._tasks_edited(change.keys, tasks):
                    return None
            elif entity is Entity.ASSIGNMENT:
                reindex |= self._assignments_edited(change, tasks, people, edited)
            else:
                return None
        if reindex and indexed_before:
            with paused_gc():
                self._index_assignments()
        dated = self._read_moved(schedule, moved, resized, tasks)
        if len(tasks) > len(self._uids) // 4 + 100:
            return None  # much of the plan to price again: cost it all at once
        report = _copy(self.report)
        self._forget_unpriced(edited, report)
        if tasks:
            rolled = self._ancestors_first_children(tasks)
            # A summary's people are priced at its rolled-up % complete, which its
            # subtasks' edits move: price those on the summaries above the edits again.
            by_task, uids = self._assigned(), self._uids
            tasks.update(uids[i] for i in rolled if uids[i] in by_task)
            booked = set(people)  # judged again below, whatever their costs
            self._reprice(schedule, tasks, booked, report, people)
            for i in rolled:
                self._roll_up_row(i, report, schedule)
            self._project_totals(report)
            booked |= self._people_of(dated)
        else:
            booked = people | self._people_of(dated)
        if people:
            self._people_totals(people, report)
        self._judge_overallocation(schedule, booked, report)
        if baseline:
            _baseline_costs(self.plan, report)
        self.report = report
        return report

    def _tasks_edited(self, keys: Iterable[object], tasks: set[int]) -> bool:
        """Note tasks edited in place; False when one changed what the roll-up hangs on."""
        plan = self.plan
        for uid in keys:
            if not isinstance(uid, int) or not plan.has_task(uid):
                return False
            i = self._row.get(uid)
            task = plan.task(uid)
            if i is None or task.active != self._active[i] or plan.tasks[i] is not task:
                return False
            if task.outline_level != self._priced_tasks[i].outline_level:
                return False  # under another summary: maybe now under an inactive one
            if _priced_fields(task) != _priced_fields(self._priced_tasks[i]):
                tasks.add(uid)  # else (a leveling delay, a note) only its dates may move
        return True

    def _assignments_edited(
        self, change: Change, tasks: set[int], people: set[int], edited: set[int]
    ) -> bool:
        """Note the tasks and people of added, removed or edited assignments.

        True when the assignments' positions must be indexed again (one added
        or removed, or moved to another task or person).
        """
        reindex = change.kind is not ChangeKind.CHANGED
        for uid in change.keys:
            if not isinstance(uid, int):
                continue
            edited.add(uid)
            # Where it was, if it counted anywhere: the report priced it there.
            priced = self.report.assignments.get(uid)
            old = None if priced is None else (priced.task_uid, priced.resource_uid)
            if old is not None:
                tasks.add(old[0])
                people.add(old[1])
            try:
                new = self.plan.assignment(uid)
            except PlanError:
                continue  # removed
            tasks.add(new.task_uid)
            people.add(new.resource_uid)
            reindex |= old != (new.task_uid, new.resource_uid)
        return reindex

    def _read_moved(
        self,
        schedule: Schedule,
        moved: Collection[int],
        resized: set[int] | None,
        tasks: set[int],
    ) -> set[int]:
        """Take the new spans of the moved tasks people work on; the tasks only moved in time.

        A moved task whose duration changed, or whose people's rates change
        with the date, joins ``tasks`` (priced again); one that only moved
        in time costs the same and is returned (its people may now overlap).
        ``resized``: the moved tasks whose duration changed, when the spans
        were compared already; else each moved task's span is read here. The
        spans of tasks nobody works on are not read (marked stale instead).
        """
        by_task, spans, stale = self._assigned(), self._spans, self._stale
        dated: set[int] = set()
        for uid in moved:
            if uid not in by_task:
                stale.add(uid)
                continue
            if resized is None:
                j = spans.row.get(uid)
                before = None if j is None or uid in stale else spans.duration_minutes[j]
                self._read_span(schedule, uid)
                j = spans.row.get(uid)
                changed = j is None or spans.duration_minutes[j] != before
            else:
                changed = uid in resized
            if changed or self._is_rated(uid):
                tasks.add(uid)
            else:
                dated.add(uid)
        for uid in tasks:  # newly staffed or edited: a span maybe never read, or stale
            if uid in by_task and (uid in stale or uid not in spans.row):
                self._read_span(schedule, uid)
        return dated - tasks

    def _is_rated(self, uid: int) -> bool:
        """Whether someone on the task has rates by date (its cost follows its dates)."""
        assignments, rated = self.plan.assignments, self._rated
        return bool(rated) and any(
            assignments[k].resource_uid in rated for k in self._assigned().get(uid, ())
        )

    def _people_of(self, tasks: Iterable[int]) -> set[int]:
        assignments, by_task = self.plan.assignments, self._assigned()
        return {assignments[k].resource_uid for uid in tasks for k in by_task.get(uid, ())}

    def _compare_spans(self, schedule: Schedule) -> tuple[set[int], set[int]] | None:
        """(moved, resized) against a schedule fresh from a full run; None if rows differ.

        The table takes the new spans. Comparing whole columns costs a few
        milliseconds; reading a TaskTimes per moved task would cost a second.
        """
        times = schedule.times
        found = times.spans() if isinstance(times, ScheduleTimes) else None
        if not self._aligned or found is None or found.uids != self._uids:
            return None
        old, n = self._spans, len(self._uids)
        moved_rows = set(compress(range(n), map(ne, old.start, found.start)))
        moved_rows.update(compress(range(n), map(ne, old.finish, found.finish)))
        resized_rows = set(
            compress(range(n), map(ne, old.duration_minutes, found.duration_minutes))
        )
        old.start[:], old.finish[:] = found.start, found.finish
        old.duration_minutes[:], old.summary[:] = found.duration_minutes, found.summary
        self._stale.clear()
        uids = self._uids
        resized = {uids[i] for i in resized_rows}
        return {uids[i] for i in moved_rows} | resized, resized

    def _judge_overallocation(
        self, schedule: Schedule, people: set[int], report: CostReport
    ) -> None:
        """Who of ``people`` is over-allocated now (everyone judged again if that is most)."""
        if not people:
            return
        if len(people) > len(self._resources) // 2:
            report.overallocated = overallocated_resources(self.plan, schedule, self._spans)
            return
        report.overallocated -= people
        report.overallocated |= overallocated_resources(
            self.plan, schedule, self._spans, only=people
        )

    def _forget_unpriced(self, edited: set[int], report: CostReport) -> None:
        """Drop the costs of assignments removed, or now on a task or person the plan lacks."""
        plan, priced = self.plan, report.assignments
        for uid in edited:
            try:
                a = plan.assignment(uid)
            except PlanError:
                priced.pop(uid, None)
                continue
            if a.task_uid not in self._row or a.resource_uid not in self._resources:
                priced.pop(uid, None)

    def _read_span(self, schedule: Schedule, uid: int) -> None:
        spans = self._spans
        self._stale.discard(uid)
        values = _span_values(schedule, uid, self._row.get(uid))
        j = spans.row.get(uid)
        if values is None:
            if j is not None:  # no longer scheduled: read as absent from now on
                del spans.row[uid]
                self._aligned = False
            return
        if j is None:
            self._aligned = False
            spans.row[uid] = len(spans.start)
            spans.start.append(values[0])
            spans.finish.append(values[1])
            spans.duration_minutes.append(values[2])
            spans.summary.append(values[3])
            return
        spans.start[j], spans.finish[j], spans.duration_minutes[j], spans.summary[j] = values

    def _reprice(
        self,
        schedule: Schedule,
        tasks: set[int],
        people: set[int],
        report: CostReport,
        costed: set[int],
    ) -> None:
        """Price the assignments of ``tasks`` again (the people on them join ``people``;
        those whose figures changed join ``costed`` too: leveling's pauses price most
        tasks again at the same cost, and adding up every person's again cost more)."""
        plan = self.plan
        assignments, resources, row = plan.assignments, self._resources, self._row
        span_row, durations = self._spans.row, self._spans.duration_minutes
        priced = report.assignments
        fraction: WorkFraction | None = None
        for uid in tasks:
            i = row.get(uid)
            if i is None:
                continue
            task = plan.tasks[i]
            summary = i in self._child_rows()
            if summary:  # a summary: at its rolled-up % complete
                task = priced_task(task, schedule.get(uid))
            on_task = self._assigned().get(uid, ())
            entered = any(assignments[k].actual_work_minutes for k in on_task)
            for k in on_task:
                a = assignments[k]
                summary_times = schedule.get(uid) if summary else None
                if summary_times is not None:  # its people's work follows it
                    a = replace(a, work_minutes=round(planned_work(plan, a, summary_times)))
                res = resources.get(a.resource_uid)
                if res is None:
                    continue
                j = span_row.get(uid)
                duration = task.duration_minutes if j is None else durations[j]
                span = None
                if res.rate_tables:  # rates by date: the work's dates decide
                    times = schedule.get(uid)
                    span = (times.start, times.finish) if times is not None else None
                    if fraction is None:
                        fraction = RateFractions(plan, schedule)
                per_day = plan.project.minutes_per_day
                cost = price_assignment(task, a, res, duration, span, fraction, entered, per_day)
                if priced.get(a.uid) != cost:
                    priced[a.uid] = cost
                    costed.add(res.uid)
                people.add(res.uid)
            self._priced_tasks[i] = plan.tasks[i]

    def _ancestors_first_children(self, tasks: Iterable[int]) -> list[int]:
        """Rows of ``tasks`` and their summaries, bottom-up (children before parents)."""
        parents, row = self._outline(), self._row
        rows: set[int] = set()
        for uid in tasks:
            i = row.get(uid, -1)
            while i >= 0 and i not in rows:
                rows.add(i)
                i = parents[i]
        return sorted(rows, reverse=True)

    def _roll_up_row(self, i: int, report: CostReport, schedule: Schedule) -> None:
        """A row's totals: its own figures plus its active children's, last child first."""
        children = self._child_rows()
        uids, active = self._uids, self._active
        cost, actual, work, actual_work = self._own(i, report, schedule)
        task_cost, task_actual = report.task_cost, report.task_actual_cost
        task_work, task_actual_work = report.task_work_minutes, report.task_actual_work_minutes
        for c in reversed(children.get(i, ())):
            if active[c]:
                u = uids[c]
                cost += task_cost[u]
                actual += task_actual[u]
                work += task_work[u]
                actual_work += task_actual_work[u]
        u = uids[i]
        task_cost[u], task_actual[u] = cost, actual
        task_work[u], task_actual_work[u] = work, actual_work

    def _own(self, i: int, report: CostReport, schedule: Schedule) -> tuple[float, float, int, int]:
        """Row ``i``'s own cost, actual cost, work and actual work: its fixed cost (a
        summary's accrued by its rolled-up % complete), then its assignments in plan
        order (as compute_costs adds them, before any roll-up)."""
        task, priced, assignments = self.plan.tasks[i], report.assignments, self.plan.assignments
        cost = task.fixed_cost
        if cost and i in self._child_rows():
            task = priced_task(task, schedule.get(task.uid))
        actual = fixed_cost_actual(task) if cost else 0.0
        work = actual_work = 0
        for k in self._assigned().get(task.uid, ()):
            ac = priced.get(assignments[k].uid)
            if ac is not None:
                cost += ac.cost
                actual += ac.actual_cost
                work += ac.work_minutes
                actual_work += ac.actual_work_minutes
        return cost, actual, work, actual_work

    def _project_totals(self, report: CostReport) -> None:
        uids = self._uids
        self._outline()
        tops = [uids[i] for i in self._tops]
        report.total_cost = sum(report.task_cost[u] for u in tops)
        report.total_actual_cost = sum(report.task_actual_cost[u] for u in tops)
        report.total_work_minutes = sum(report.task_work_minutes[u] for u in tops)

    def _people_totals(self, people: set[int], report: CostReport) -> None:
        """Each person's cost and work again: the assignments, in plan order, of their tasks
        that book them (active, under no inactive summary)."""
        assignments, priced = self.plan.assignments, report.assignments
        self._outline()
        row, active = self._row, self._booked
        for uid in people:
            if uid not in self._resources:
                report.resource_cost.pop(uid, None)
                report.resource_work_minutes.pop(uid, None)
                continue
            cost, work = 0.0, 0
            for k in self._by_resource.get(uid, ()):
                a = assignments[k]
                ac = priced.get(a.uid)
                i = row.get(a.task_uid)
                if ac is not None and i is not None and active[i]:
                    cost += ac.cost
                    work += ac.work_minutes
            report.resource_cost[uid] = cost
            report.resource_work_minutes[uid] = work


def _priced_fields(task: Task) -> tuple[object, ...]:
    """What pricing reads of a task besides its schedule (see price_assignment, fixed_cost_actual)."""
    return (
        task.fixed_cost,
        task.fixed_cost_accrual,
        task.percent_complete,
        task.actual_start,
        task.duration_minutes,
        task.start,
        task.splits,  # where a rate change falls within the work
    )


def _copy(report: CostReport) -> CostReport:
    """A report whose tables can change without touching ``report``."""
    return replace(
        report,
        task_cost=dict(report.task_cost),
        task_work_minutes=dict(report.task_work_minutes),
        task_actual_cost=dict(report.task_actual_cost),
        task_actual_work_minutes=dict(report.task_actual_work_minutes),
        task_baseline_cost=dict(report.task_baseline_cost),
        resource_cost=dict(report.resource_cost),
        resource_work_minutes=dict(report.resource_work_minutes),
        assignments=dict(report.assignments),
        overallocated=set(report.overallocated),
    )


def _baseline_costs(plan: Plan, report: CostReport) -> None:
    """The budget side of a report (baseline 0) read again, as compute_costs reads it."""
    report.task_baseline_cost = {}
    report.budget = None
    base = plan.baselines.get(0)
    if base is None:
        return
    for e in base.entries:
        report.task_baseline_cost[e.task_uid] = e.cost
    tops = [t.uid for t in plan.tasks if t.outline_level == 1]
    report.budget = sum(report.task_baseline_cost.get(u, 0.0) for u in tops)


def _span_values(
    schedule: Schedule, uid: int, row: int | None
) -> tuple[int, int, int, bool] | None:
    """(start, finish, duration, summary) of task ``uid`` in minute counts; None: unscheduled.

    Read straight from the engine's arrays at ``row`` (the task's plan row) when the
    schedule computed them there: its TaskTimes would work out slack over the task's
    links and six dates, none of which costing reads (leveling moves thousands of tasks,
    and past a share of the rows read one by one every row's TaskTimes got built).
    """
    if row is not None:
        found = computed_engine(schedule)
        span = None if found is None else minutes_at(*found, row, uid)
        if span is not None:
            return span
    one = schedule.get(uid)
    if one is None:
        return None
    return to_minutes(one.start), to_minutes(one.finish), one.duration_minutes, one.summary


def _minute_spans(plan: Plan, schedule: Schedule) -> tuple[TaskSpans, bool]:
    """The assigned tasks' spans in minute counts, in lists this book may change.

    True with them when they are every row's, in the plan's row order.
    """
    times = schedule.times
    found = times.spans() if isinstance(times, ScheduleTimes) else None
    if found is not None:
        table = TaskSpans(
            dict(zip(found.uids, range(len(found.uids)), strict=True)),
            list(found.start),
            list(found.finish),
            list(found.duration_minutes),
            list(found.summary),
        )
        return table, found.uids == [t.uid for t in plan.tasks]
    spans = TaskSpans({}, [], [], [], [])
    for uid in dict.fromkeys(a.task_uid for a in plan.assignments):
        one = schedule.get(uid)
        if one is not None:
            spans.row[uid] = len(spans.start)
            spans.start.append(to_minutes(one.start))
            spans.finish.append(to_minutes(one.finish))
            spans.duration_minutes.append(one.duration_minutes)
            spans.summary.append(one.summary)
    return spans, False
