"""The rows of a usage table, by person or by task, as both panes and the printout read them.

A *top* row is a person (Resource Usage) or a task (Task Usage); its children
are assignments: the person's tasks, or the task's people. Everything is read
from one :class:`app.domain.usage.Usage` on demand; nothing is laid out per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

import numpy as np

from app.domain.usage import Periods, Usage, WorkUnit


class Mode(Enum):
    """Which rows lead: people (Resource Usage) or tasks (Task Usage)."""

    RESOURCES = "Resource Usage"
    TASKS = "Task Usage"


class UsageRows:
    """Top rows and their assignment rows over one :class:`Usage`, in one :class:`Mode`."""

    def __init__(self, usage: Usage, mode: Mode, work_unit: WorkUnit | None = None) -> None:
        self.usage = usage
        self.mode = mode
        self.work_unit = work_unit or WorkUnit()
        self._children: dict[int, Sequence[int]] = {}
        # how many assignment rows each top row has: asked for every row when the tree expands
        self.child_counts = usage.assignment_counts(by_task=mode is Mode.TASKS)

    def shape(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The uids of the top rows and how many assignment rows each has: two tables of the
        same shape show in the same rows, so a view can keep which ones are open."""
        u = self.usage
        tops = u.resources if self.mode is Mode.RESOURCES else u.tasks
        return tuple(x.uid for x in tops), tuple(self.child_counts)

    def top_count(self) -> int:
        """Number of people or tasks."""
        u = self.usage
        return len(u.resources) if self.mode is Mode.RESOURCES else len(u.tasks)

    def children(self, top: int) -> Sequence[int]:
        """The assignment indices under a top row."""
        got = self._children.get(top)
        if got is None:
            u = self.usage
            if self.mode is Mode.RESOURCES:
                got = u.assignment_rows(top)
            else:
                got = u.task_assignment_rows(top)
            self._children[top] = got
        return got

    def text(self, value: float, unit: str) -> str:
        """A figure with one decimal in the plan's work unit (``8.0h``), a material in its own."""
        return self.work_unit.text(value, unit)

    # ------------------------------------------------------------------ one row

    def name(self, top: int, child: int = -1) -> str:
        """What the name column shows: person, task (indented by outline level), or the other side."""
        u = self.usage
        if child < 0:
            if self.mode is Mode.RESOURCES:
                return u.resources[top].name
            task = u.tasks[top]
            return "    " * max(task.outline_level - 1, 0) + task.name
        a = u.assignments[self.children(top)[child]]
        if self.mode is Mode.RESOURCES:
            return u.tasks[u.task_row_of(a.task_uid)].name
        # under its task's indentation, as the task's own name sits
        indent = "    " * max(u.tasks[top].outline_level - 1, 0)
        return indent + u.resources[u.resource_row_of(self.children(top)[child])].name

    def uid(self, top: int, child: int = -1) -> tuple[str, int]:
        """``("resource", uid)`` or ``("task", uid)``: what a double-click opens."""
        u = self.usage
        if child < 0:
            if self.mode is Mode.RESOURCES:
                return "resource", u.resources[top].uid
            return "task", u.tasks[top].uid
        a = u.assignments[self.children(top)[child]]
        # An assignment opens the task it is on, as MS Project's Task Information
        return "task", a.task_uid

    def unit(self, top: int, child: int = -1) -> str:
        """``h`` for work, else the material's unit."""
        u = self.usage
        if child >= 0:
            return u.unit(u.resource_row_of(self.children(top)[child]))
        return u.unit(top) if self.mode is Mode.RESOURCES else "h"

    def total(self, top: int, child: int = -1) -> float:
        """The row's whole work (or quantity)."""
        u = self.usage
        if child >= 0:
            return float(u.assignment_total[self.children(top)[child]])
        if self.mode is Mode.RESOURCES:
            return float(u.resource_total[top])
        return float(u.task_total[top])

    def calendar(self, top: int, child: int = -1) -> int:
        """Row of ``usage.nonworking`` that shades this row: the person's, or the project's."""
        u = self.usage
        if child >= 0:
            return u.resource_calendar[u.resource_row_of(self.children(top)[child])]
        return u.resource_calendar[top] if self.mode is Mode.RESOURCES else 0

    def bold(self, top: int, child: int = -1) -> bool:
        """People and summary tasks are set in bold."""
        if child >= 0:
            return False
        return self.mode is Mode.RESOURCES or self.usage.task_summary[top]

    def values(self, top: int, child: int, periods: Periods, lo: int, hi: int) -> np.ndarray:
        """The row's values in periods lo..hi."""
        u = self.usage
        if child >= 0:
            return u.assignment_values(self.children(top)[child], periods, lo, hi)
        if self.mode is Mode.RESOURCES:
            return u.resource_values(top, periods, lo, hi)
        return u.task_values(top, periods, lo, hi)

    def over(self, top: int, child: int = -1) -> bool:
        """Whether a person row can be red (only people are over-allocated)."""
        return child < 0 and self.mode is Mode.RESOURCES
