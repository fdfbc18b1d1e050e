"""The tables behind the Usage view: one plan's time-phased figures and the outline of each mode.

A *mode* says which rows lead: people (Resource Usage) or tasks (Task Usage).
Both outlines are built on demand from the same tables and kept until the next
edit, so switching modes lays nothing out again. Task Usage's outline follows the view's
own sort (View > Sort while it shows: :class:`UsageSort`) and group (View > Group by:
:class:`UsageGroup`); unlike the sort, the groups are made again with each edit, as MS
Project regroups at once (app/domain/usage_groups.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from datetime import date, datetime
from enum import Enum
from typing import NamedTuple

from app.domain.costs import CostReport
from app.domain.grouping import GroupBy
from app.domain.grouping_rows import group_tasks
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.sorting import TaskSort, arrange
from app.domain.task import Task
from app.domain.usage import Usage, WorkUnit, build_usage
from app.domain.usage_baseline import baseline_days
from app.domain.usage_bookings import Bookings
from app.domain.usage_costs import CostUsage
from app.domain.usage_filter import sorted_task_rows
from app.domain.usage_groups import GroupedUsageTree
from app.domain.usage_tree import UsageTree, build_usage_tree
from app.report.timescale_names import date_names

#: lays a Resource Usage outline out again with rows added (other plans' work)
OthersRows = Callable[[UsageTree, Plan, Schedule], UsageTree]
#: the first and last day of other plans' work of a plan's people (None: none)
SpanOf = Callable[[Plan], tuple[date, date] | None]


class Mode(Enum):
    """Which rows lead: people (Resource Usage) or tasks (Task Usage)."""

    RESOURCES = "Resource Usage"
    TASKS = "Task Usage"


class UsageSort(NamedTuple):
    """Task Usage's own sort: the sort chosen and each task's place when it was chosen
    (as on the sheet, an edit does not sort again: an edited task stays put, an added one
    shows where it was added)."""

    task_sort: TaskSort
    ranks: dict[int, int]


class UsageGroup(NamedTuple):
    """Task Usage's own grouping and the tasks the sheet's filter keeps (None: all), whose
    groups alone are made, rolled up from those tasks, as MS Project groups a filtered view."""

    group_by: GroupBy
    keep: Collection[int] | None = None


class UsageTables:
    """Work (people, materials) and money (cost items) of a scheduled plan, and its outlines."""

    def __init__(
        self,
        plan: Plan,
        schedule: Schedule,
        previous: UsageTables | None = None,
        order: UsageSort | None = None,
        costs: CostReport | None = None,
    ) -> None:
        #: the days other plans' work shown under the people covers (their periods are
        #: added to the axis: set_with_others), found anew for each plan state (an edit may
        #: give a person a namesake there); None: none
        self.span_of: SpanOf | None = previous.span_of if previous is not None else None
        #: the axis reaches baseline 0's days too (its Baseline rows shown: their periods)
        self.baseline_reach: bool = previous.baseline_reach if previous is not None else False
        self._plan = plan
        self.span = self._span()
        # the assignments an edit left alone are not laid over days again
        self.usage: Usage = build_usage(
            plan, schedule, previous.usage if previous else None, self.span
        )
        self.costs = CostUsage(plan, schedule, self.usage)
        #: who is booked when at what units (Peak, Peak Units, the Indicators' dates, a
        #: task's fixed cost's dates), worked out per person when first asked
        self.bookings = Bookings(plan, schedule)
        self.work_unit = WorkUnit.of(plan.project)
        self.project = plan.project
        self._plan, self._schedule = plan, schedule
        #: each task's cost as the window has it (grouping by Cost); None: its fixed cost
        self.cost_report = costs
        self._trees: dict[Mode, UsageTree] = {}
        #: Task Usage's sort (None: the plan's outline), ``previous``'s unless given
        self.order: UsageSort | None = order
        if order is None and previous is not None:
            self.order = previous.order
        #: Task Usage's group (None: not grouped), ``previous``'s
        self.group: UsageGroup | None = previous.group if previous is not None else None
        # the outlines before the edit: their rows are taken again when the edit kept them
        self._before = {
            mode: getattr(tree, "base", tree)
            for mode, tree in (previous._trees.items() if previous else ())
        }
        #: lays Resource Usage's outline out again with other plans' rows under its people
        #: (app/ui/usage/other_plan_rows.py); None: none included
        self.with_others: OthersRows | None = previous.with_others if previous is not None else None

    def prepare(self, mode: Mode) -> None:
        """Build what showing ``mode`` first reads (off the GUI thread): its outline and the
        table's lookup of task rows that the names go through (0.1 s at 100k tasks)."""
        self.tree(mode)
        if self.usage.tasks:
            self.usage.task_row_of(self.usage.tasks[0].uid)

    def has_tree(self, mode: Mode) -> bool:
        """Whether the outline of ``mode`` is built already."""
        return mode in self._trees

    def set_order(self, order: UsageSort | None) -> None:
        """Sort Task Usage so (None: by ID); its outline is laid out again when next asked."""
        self.order = order
        self._trees.pop(Mode.TASKS, None)

    def set_with_others(
        self, with_others: OthersRows | None, span_of: SpanOf | None = None
    ) -> None:
        """Draw other plans' rows in Resource Usage so (None: none); its outline is laid out
        again when next asked. ``span_of``: the days their work covers, for a plan; the
        periods reach them (the work is laid out again on the longer axis when it changes)."""
        self.with_others = with_others
        self.span_of = span_of
        span = self._span()
        if span != self.span:
            self.span = span
            self.usage = build_usage(self._plan, self._schedule, self.usage, span)
            self.costs = CostUsage(self._plan, self._schedule, self.usage)
            trees, self._trees = self._trees, {}
            for mode, got in trees.items():  # their rows taken again, as after an edit
                if not isinstance(got, GroupedUsageTree):
                    self._before[mode] = getattr(got, "base", got)
            return
        tree = self._trees.pop(Mode.RESOURCES, None)
        if tree is not None:
            self._before[Mode.RESOURCES] = getattr(tree, "base", tree)

    def reach_baseline(self, on: bool) -> bool:
        """Let the axis reach baseline 0's days (``on``: its Baseline rows are shown) or not;
        whether that moves the axis (the tables are then to be built again)."""
        if on == self.baseline_reach:
            return False
        self.baseline_reach = on
        return self._span() != self.span

    def _span(self) -> tuple[date, date] | None:
        """The days the axis reaches beyond the plan's work: other plans' (``span_of``) and,
        with ``baseline_reach``, baseline 0's."""
        spans = [self.span_of(self._plan) if self.span_of is not None else None]
        if self.baseline_reach:
            spans.append(baseline_days(self._plan))
        got = [s for s in spans if s is not None]
        if not got:
            return None
        return min(s[0] for s in got), max(s[1] for s in got)

    def set_group(self, group: UsageGroup | None) -> None:
        """Group Task Usage so (None: not grouped); its outline is laid out again when next
        asked."""
        self.group = group
        self._trees.pop(Mode.TASKS, None)

    def tree(self, mode: Mode) -> UsageTree:
        """The outline of one mode (built on first use)."""
        got = self._trees.get(mode)
        if got is None and mode is Mode.TASKS and self.group is not None:
            got = self._trees[mode] = self._grouped(self.group)
        if got is None:
            by_task = mode is Mode.TASKS
            order = self.order if by_task else None
            task_rows = None
            if order is not None:
                keep = order.task_sort.keep_outline
                task_rows = sorted_task_rows(self.usage, order.ranks, keep)
            before = self._before.pop(mode, None)
            if isinstance(before, GroupedUsageTree):
                before = None  # its rows are the groups'
            got = build_usage_tree(
                self.usage,
                self.costs,
                by_task,
                self.work_unit,
                self.project,
                before,
                task_rows,
            )
            if not by_task and self.with_others is not None:
                got = self.with_others(got, self._plan, self._schedule)
            self._trees[mode] = got
        return got

    def _grouped(self, group: UsageGroup) -> GroupedUsageTree:
        """Task Usage's outline under its groups, made from the plan as it is now, the
        tasks in each group in the view's sort's order."""
        group_by, order = group.group_by, self.order
        tasks: Sequence[Task] = self.usage.tasks
        if order is not None:
            outline = order.task_sort.keep_outline
            tasks = arrange(tasks, order.ranks, outline)
            if not outline:  # no summaries listed: none to keep
                group_by = replace(group_by, keep_hierarchy=False)
        plan, costs = self._plan, self.cost_report
        groups = group_tasks(
            plan, self._schedule, group_by, tasks, costs, group.keep, datetime.now(), date_names()
        )
        before = self._before.pop(Mode.TASKS, None)
        return GroupedUsageTree(
            self.usage, self.costs, groups, self.work_unit, self.project, before
        )
