"""The tables behind the Usage view: one plan's time-phased figures and the outline of each mode.

A *mode* says which rows lead: people (Resource Usage) or tasks (Task Usage).
Both outlines are built on demand from the same tables and kept until the next
edit, so switching modes lays nothing out again.
"""

from __future__ import annotations

from enum import Enum

from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.usage import Usage, WorkUnit, build_usage
from app.domain.usage_costs import CostUsage
from app.domain.usage_tree import UsageTree, build_usage_tree


class Mode(Enum):
    """Which rows lead: people (Resource Usage) or tasks (Task Usage)."""

    RESOURCES = "Resource Usage"
    TASKS = "Task Usage"


class UsageTables:
    """Work (people, materials) and money (cost items) of a scheduled plan, and its outlines."""

    def __init__(self, plan: Plan, schedule: Schedule, previous: UsageTables | None = None) -> None:
        # the assignments an edit left alone are not laid over days again
        self.usage: Usage = build_usage(plan, schedule, previous.usage if previous else None)
        self.costs = CostUsage(plan, schedule, self.usage)
        self.work_unit = WorkUnit.of(plan.project)
        self.project = plan.project
        self._trees: dict[Mode, UsageTree] = {}
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

    def tree(self, mode: Mode) -> UsageTree:
        """The outline of one mode (built on first use)."""
        got = self._trees.get(mode)
        if got is None:
            by_task = mode is Mode.TASKS
            got = build_usage_tree(
                self.usage,
                self.costs,
                by_task,
                self.work_unit,
                self.project,
                self._before.pop(mode, None),
            )
            self._trees[mode] = got
        return got
