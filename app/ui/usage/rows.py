"""The tables behind the Usage view: one plan's time-phased figures and the outline of each mode.

A *mode* says which rows lead: people (Resource Usage) or tasks (Task Usage).
Both outlines are built on demand from the same tables and kept until the next
edit, so switching modes lays nothing out again. Task Usage's outline follows the view's
own sort (View > Sort while it shows: :class:`UsageSort`).
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.sorting import TaskSort
from app.domain.usage import Usage, WorkUnit, build_usage
from app.domain.usage_costs import CostUsage
from app.domain.usage_filter import sorted_task_rows
from app.domain.usage_tree import UsageTree, build_usage_tree


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


class UsageTables:
    """Work (people, materials) and money (cost items) of a scheduled plan, and its outlines."""

    def __init__(
        self,
        plan: Plan,
        schedule: Schedule,
        previous: UsageTables | None = None,
        order: UsageSort | None = None,
    ) -> None:
        # the assignments an edit left alone are not laid over days again
        self.usage: Usage = build_usage(plan, schedule, previous.usage if previous else None)
        self.costs = CostUsage(plan, schedule, self.usage)
        self.work_unit = WorkUnit.of(plan.project)
        self.project = plan.project
        self._trees: dict[Mode, UsageTree] = {}
        #: Task Usage's sort (None: the plan's outline), ``previous``'s unless given
        self.order: UsageSort | None = order
        if order is None and previous is not None:
            self.order = previous.order
        # the outlines before the edit: their rows are taken again when the edit kept them
        self._before = dict(previous._trees) if previous else {}

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

    def tree(self, mode: Mode) -> UsageTree:
        """The outline of one mode (built on first use)."""
        got = self._trees.get(mode)
        if got is None:
            by_task = mode is Mode.TASKS
            order = self.order if by_task else None
            task_rows = None
            if order is not None:
                keep = order.task_sort.keep_outline
                task_rows = sorted_task_rows(self.usage, order.ranks, keep)
            got = build_usage_tree(
                self.usage,
                self.costs,
                by_task,
                self.work_unit,
                self.project,
                self._before.pop(mode, None),
                task_rows,
            )
            self._trees[mode] = got
        return got
