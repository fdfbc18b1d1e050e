"""Re-propagate one edit through an already scheduled network.

Keeps the network (topological order included) and the engine's arrays of
the last full schedule. After a task edit only the nodes whose dates can
change are recomputed, in dependency order (a heap of topological
positions), forward then backward; TaskTimes already built are kept for the
tasks not touched. Anything that changes the network's shape (links, rows,
outline, calendars, resources, project settings) falls back to a full schedule;
an assignment whose units or work change (a typed duration rebalances them)
does not, unless its task runs on several calendars. An edit of fields no pass
reads (a name, notes: :data:`TEXT_ONLY_FIELDS`) runs no pass at all.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter

from app.domain.errors import PlanError
from app.domain.events import Change, ChangeKind, Entity
from app.domain.no_working_time import NoWorkingTimeError
from app.domain.plan import Plan
from app.domain.progress import Progress
from app.domain.resource import Assignment
from app.domain.schedule import Schedule, ScheduleTimes
from app.domain.scheduling.calendar_blame import tasks_named
from app.domain.scheduling.network import Network
from app.domain.scheduling.results import EngineResults, build_schedule, issues_of
from app.domain.scheduling.run import full_run
from app.domain.task import ConstraintType, Task
from app.domain.worktime import from_minutes

# Task fields whose change alters the network itself (calendars, membership).
_STRUCTURAL_FIELDS = ("calendar_uid", "ignore_resource_calendar", "active", "outline_level")

# Task fields that neither the network build, nor the passes, nor the results read (a
# field added to Task is read until listed here): an edit of these alone moves no date.
# The name is read only by the issues' messages. tests/test_s18tx_text_edits.py watches
# a full and an incremental run read every other field and none of these.
TEXT_ONLY_FIELDS = frozenset(
    {
        "name",
        "notes",
        "custom",
        "hyperlink",
        "wbs",
        "priority",  # leveling reads it, and writes what it decides as leveling delays
        "level_assignments",  # likewise (app.domain.leveling_assignments)
        "estimated",
        "milestone",  # the passes place any task of no duration as a milestone
        "duration_unit",
        "fixed_cost",
        "fixed_cost_accrual",
        "effort_driven",  # how typed edits rebalance assignments, not the dates
        "physical_percent_complete",  # earned value's, not the dates (% complete is)
        "ev_method",
        "page_break",  # where a printout starts a page (app/report/page_breaks.py)
    }
)
# What of a task the scheduler reads, in one C-level call.
_SCHEDULED = attrgetter(*(f.name for f in fields(Task) if f.name not in TEXT_ONLY_FIELDS))


class IncrementalScheduler:
    """A schedule kept current edit by edit: ``apply(change)`` returns the new Schedule.

    ``progress`` hears the first full run phase by phase (see
    :func:`~app.domain.scheduling.run.full_run`); when it answers False the
    constructor raises CancelledError.
    """

    def __init__(self, plan: Plan, progress: Progress | None = None) -> None:
        self.plan = plan
        self.full_runs = 0
        self.schedule = self.reschedule(progress)

    # ------------------------------------------------------------------ full

    def reschedule(self, progress: Progress | None = None) -> Schedule:
        """Schedule from scratch (rebuilds the network).

        A run stopped by ``progress`` raises CancelledError and keeps the last
        schedule, network and engine as they were.
        """
        self._net, self._engine, self.schedule = full_run(self.plan, progress)
        self.full_runs += 1
        self._moved: frozenset[int] | None = None  # a full run: anything may have moved
        # What of each assignment the network read: its task, person and whether it works.
        self._assigned = {a.uid: _assignment_key(a) for a in self.plan.assignments}
        return self.schedule

    def _dates_unaffected(self, change: Change) -> bool:
        """An assignment edited in place that leaves every date as it was.

        Units and work (a typed duration rebalances them) do not move a task
        whose people share one calendar; another person, units to or from
        zero, or a task run on several calendars (each assignment its own
        span) do.
        """
        if change.entity is not Entity.ASSIGNMENT or change.kind is not ChangeKind.CHANGED:
            return False
        plan, net = self.plan, self._net
        for uid in change.keys:
            if not isinstance(uid, int):
                return False
            try:
                new = plan.assignment(uid)
            except PlanError:
                return False
            if self._assigned.get(uid) != _assignment_key(new):
                return False
            row = net.row_of.get(new.task_uid)
            if row is None or row in net.spans:
                return False
        return True

    def _limit(self) -> int:
        return self.plan.project.critical_slack_limit_minutes

    @property
    def network(self) -> Network:
        """The network of the plan as last scheduled, kept current edit by edit.

        Read only: callers must not change it (the scheduler's next edit
        works on it); a full run replaces it with a new one.
        """
        return self._net

    @property
    def moved_uids(self) -> frozenset[int] | None:
        """Tasks whose start, finish or duration the last update may have changed.

        None after a full run (any task may have moved); readers of the spans
        (costing) redo only these tasks otherwise.
        """
        return self._moved

    # ------------------------------------------------------------------ edits

    def apply(self, change: Change) -> Schedule:
        """Bring the schedule up to date after one change the plan announced."""
        self._moved = frozenset()
        if change.entity is Entity.TASK and change.kind is ChangeKind.CHANGED:
            uids = [k for k in change.keys if isinstance(k, int)]
            return self.tasks_changed(uids)
        if change.entity in (Entity.RISK, Entity.BASELINE) or self._dates_unaffected(change):
            return self.schedule  # no effect on dates
        return self.reschedule()

    def apply_all(self, changes: list[Change]) -> Schedule:
        """Bring the schedule up to date after a batch of changes (none: a full run)."""
        self._moved = frozenset()
        if not changes:
            return self.reschedule()
        uids: list[int] = []
        for change in changes:
            if change.entity in (Entity.RISK, Entity.BASELINE) or self._dates_unaffected(change):
                continue
            if change.entity is not Entity.TASK or change.kind is not ChangeKind.CHANGED:
                return self.reschedule()
            uids.extend(k for k in change.keys if isinstance(k, int))
        return self.tasks_changed(uids) if uids else self.schedule

    def tasks_changed(self, uids: list[int]) -> Schedule:
        """Recompute after tasks were edited in place (dates, duration, constraint...)."""
        # a calendar that cannot hold the work names the task (and person), as a full run does
        with tasks_named(self.plan, self._net):
            return self._tasks_changed(uids)

    def _tasks_changed(self, uids: list[int]) -> Schedule:
        net, engine = self._net, self._engine
        dated, reworded = self._text_edits(uids)
        if not dated:
            # A rename, a note (Replace All on thousands): no date moves, no pass runs;
            # the edited rows' issues are worded again (their messages name the task).
            self.schedule = self._rebuild(set(), reworded)
            return self.schedule
        if engine.alap_placed or any(
            self.plan.task(u).constraint_type is ConstraintType.ALAP
            for u in dated
            if self.plan.has_task(u)
        ):
            # ALAP tasks need a backward pass before their successors' forward one.
            return self.reschedule()
        seeds: list[int] = []
        for uid in dated:
            i = net.row_of.get(uid)
            if i is None or not self.plan.has_task(uid):
                return self.reschedule()
            new = self.plan.task(uid)
            old = net.tasks[i]
            if any(getattr(old, f) != getattr(new, f) for f in _STRUCTURAL_FIELDS):
                return self.reschedule()
            net.tasks[i] = new
            engine.refresh_task(i)
            seeds.append(i)
            if net.summary[i]:
                seeds.append(len(net.tasks) + i)
        said = {i: list(found) for i, found in engine.issues.items()}
        touched = self._forward(seeds)
        self._moved = frozenset(net.uids[v % len(net.tasks)] for v in set(seeds) | touched)
        old_finish = engine.project_finish
        engine.project_finish = engine.compute_project_finish()
        if engine.project_finish != old_finish:
            engine.run_backward()  # every late date hangs on the project finish
            # but starts, finishes and % complete changed only where the forward pass went
            times = self.schedule.times
            before = times.origin if isinstance(times, ScheduleTimes) else None
            self.schedule = build_schedule(
                engine,
                self._limit(),
                previous=before if isinstance(before, EngineResults) else None,
                early_changed={v % len(net.tasks) for v in set(seeds) | touched},
            )
            return self.schedule
        late = self._backward(sorted(set(seeds) | touched))
        # A pass may find a conflict on a node whose dates it leaves as they were (a must
        # start on date that a longer predecessor now breaks): its issues are worded again.
        reworded.update(
            i for i in said.keys() | engine.issues.keys() if said.get(i) != engine.issues.get(i)
        )
        self.schedule = self._rebuild(set(seeds) | touched | late, reworded)
        return self.schedule

    def _text_edits(self, uids: list[int]) -> tuple[list[int], set[int]]:
        """The edited tasks that may move dates, and the rows of those whose edit changed
        only fields no pass reads (:data:`TEXT_ONLY_FIELDS`): the network takes these now.

        A task not in the network (or no longer in the plan) is among the first: the
        edit path finds it and schedules in full.
        """
        net, plan = self._net, self.plan
        dated: list[int] = []
        reworded: set[int] = set()
        for uid in uids:
            i = net.row_of.get(uid)
            if i is None or not plan.has_task(uid):
                dated.append(uid)
                continue
            new = plan.task(uid)
            old = net.tasks[i]
            if old is not new and _SCHEDULED(old) != _SCHEDULED(new):
                dated.append(uid)
            else:
                net.tasks[i] = new
                reworded.add(i)
        return dated, reworded

    # ------------------------------------------------------------------ propagation

    def _graph_succs(self, v: int) -> list[int]:
        net = self._net
        n = len(net.tasks)
        if v >= n:
            return [c + n if net.summary[c] else c for c in net.children[v - n]]
        out = [k + n if net.summary[k] else k for _j, k, _c, _k, _v in net.succs[v]]
        if v in net.held:  # inactive successors still follow their (active) predecessors
            out += [k + n if net.summary[k] else k for _j, k, _c, _k, _v in net.held[v]]
        if net.parent[v] >= 0:
            out.append(net.parent[v])
        return out

    def _graph_preds(self, v: int) -> list[int]:
        net = self._net
        n = len(net.tasks)
        if v >= n:
            s = v - n
            out = [j for j, _i, _c, _k, _v in net.preds[s]]
            if net.parent[s] >= 0:
                out.append(net.parent[s] + n)
            return out
        if net.summary[v]:
            return list(net.children[v])
        out = [j for j, _i, _c, _k, _v in net.preds[v]]
        if net.parent[v] >= 0:
            out.append(net.parent[v] + n)
        return out

    def _forward(self, seeds: list[int]) -> set[int]:
        """Early dates from the seeds on; returns the nodes whose dates changed."""
        return self._propagate(seeds, self._engine.forward_node, self._graph_succs, 1)

    def _backward(self, seeds: list[int]) -> set[int]:
        """Late dates from the seeds back; returns the nodes whose late dates changed."""
        return self._propagate(seeds, self._engine.backward_node, self._graph_preds, -1)

    def _propagate(
        self,
        seeds: list[int],
        step: Callable[[int], bool],
        next_nodes: Callable[[int], list[int]],
        direction: int,
    ) -> set[int]:
        """Recompute ``step`` from the seeds in network order (``direction`` 1: forward,
        -1: backward), going on to ``next_nodes`` of every node that changed (a seed always
        does); returns the nodes that changed."""
        pos = self._net.positions()
        heap = [(direction * pos[v], v) for v in set(seeds)]
        heapq.heapify(heap)
        queued = {v for _, v in heap}
        changed: set[int] = set()
        forced = set(seeds)
        try:
            while heap:
                _, v = heapq.heappop(heap)
                queued.discard(v)
                if step(v) or v in forced:
                    changed.add(v)
                    for w in next_nodes(v):
                        if w not in queued:
                            queued.add(w)
                            heapq.heappush(heap, (direction * pos[w], w))
        except NoWorkingTimeError as error:
            error.on_row(v % len(self._net.tasks))  # the row it could not place (calendar_blame)
            raise
        return changed

    def _rebuild(
        self, nodes: set[int], reworded: set[int] | frozenset[int] = frozenset()
    ) -> Schedule:
        """New Schedule sharing the TaskTimes already built and still valid with the previous one.

        ``reworded``: rows whose issues only are worded again (renamed, or a conflict found
        on them that left their dates as they were).
        """
        net, engine = self._net, self._engine
        n = len(net.tasks)
        rows = {v % n for v in nodes} if n else set()
        # Free slack of a predecessor depends on its successors' early dates.
        for v in list(rows):
            rows.update(j for j, _i, _c, _k, _v in net.preds[v])
        # Summary % complete and dates along the edited branches.
        rows.update({a for r in rows for a in self._ancestors(r)})
        previous = self.schedule.times
        known = previous.known() if isinstance(previous, ScheduleTimes) else dict(previous)
        uids = net.uids
        for r in rows:
            known.pop(uids[r], None)
        before = previous.origin if isinstance(previous, ScheduleTimes) else None
        results = EngineResults(
            engine,
            self._limit(),
            previous=before if isinstance(before, EngineResults) else None,
            changed=rows,
        )
        # Values carried from the scheduler's own mapping are what the engine computes.
        assigned = previous.assigned if isinstance(previous, ScheduleTimes) else bool(known)
        times = ScheduleTimes(uids, net.row_of, results, known, assigned=assigned)
        worded = rows | reworded if reworded else rows
        issues = [x for x in self.schedule.issues if net.row_of.get(x.task_uid) not in worded]
        fresh = issues_of(engine, worded)
        return Schedule(
            from_minutes(engine.compute_project_start()),
            from_minutes(engine.project_finish),
            times,
            issues + fresh,
        )

    def _ancestors(self, i: int) -> list[int]:
        out = []
        p = self._net.parent[i]
        while p >= 0:
            out.append(p)
            p = self._net.parent[p]
        return out


def _assignment_key(a: Assignment) -> tuple[int, int, bool]:
    """The part of an assignment the network reads for the task's calendar."""
    return a.task_uid, a.resource_uid, a.units > 0
