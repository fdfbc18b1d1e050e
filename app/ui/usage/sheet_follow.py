"""Task Usage follows the task sheet: its filter and its collapsed summaries.

MS Project's Task Usage is a task view: the task filter chosen (View > Filter: Critical,
Late Tasks, Using Resource…) shows there the tasks it shows on the Gantt, with the
summaries above them, and a summary collapsed on one is collapsed on the other. The
window hands the Usage view its task sheet's model (``sheet``); the view then shows in
Task Usage the rows of the tasks the filter keeps (app/domain/usage_filter.py), closes the
summaries the sheet has collapsed, and a summary opened or closed here is so on the sheet
too. Resource Usage stays per person: every row, its own rows closed by hand.

The sort is the view's own, as MS Project sorts "the tasks or resources in the active
pane" (Application.Sort): View > Sort chosen while Task Usage shows sorts Task Usage
(:meth:`SheetFollowing.set_task_sort`) and leaves the sheet's as it was; the sheet's sort
never shows here. View > Group by is so too (:meth:`SheetFollowing.set_task_group`): Task
Usage lists group header rows with their rolled-up work per period, the groups made of
the tasks the filter keeps (app/domain/usage_groups.py). A mixin of
:class:`app.ui.usage.view.UsageView`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from app.domain.filters import TaskFilter
from app.domain.grouping import GroupBy
from app.domain.sorting import TaskSort, sort_ranks
from app.domain.usage_filter import kept_rows, shown_rows
from app.domain.usage_groups import GroupedUsageTree
from app.domain.usage_tree import UsageTree
from app.report.view_note import view_note
from app.ui.document import Document
from app.ui.models.task_model_earned import sheet_now
from app.ui.usage.rows import Mode, UsageGroup, UsageSort, UsageTables
from app.ui.widget_mixin import WidgetMixin

if TYPE_CHECKING:
    from collections.abc import Sequence

    import numpy as np
    import numpy.typing as npt
    from PySide6.QtCore import SignalInstance

    from app.domain.task import Task

    BoolArray = npt.NDArray[np.bool_]
    IntArray = npt.NDArray[np.int64]


class SheetFilter(Protocol):
    """What the view reads of the sheet's filter (app.ui.models.task_rows.RowFilter)."""

    task_filter: TaskFilter

    def rows(self, tasks: Sequence[Task]) -> set[int]:
        """The tasks the filter shows now, the summaries above them among them."""
        ...


class TaskSheet(Protocol):
    """The task sheet's model, as the Usage view follows it (app.ui.models.task_model)."""

    sig_filter_changed: SignalInstance

    def row_filter(self) -> SheetFilter | None:
        """The filter on (None: All Tasks)."""
        ...

    def collapsed_uids(self) -> frozenset[int]:
        """The summaries collapsed."""
        ...

    def set_collapsed_uids(self, uids: Iterable[int]) -> None:
        """Collapse exactly these summaries."""
        ...


class SheetFollowing(WidgetMixin):
    """Task Usage's rows as the sheet's filter and collapsed summaries leave them."""

    document: Document
    sheet: TaskSheet | None
    tables: UsageTables
    _closed: dict[Mode, set[tuple[str, int]]]
    _kept: BoolArray | None  # Task Usage's rows the filter keeps (None: no filter)
    sig_arranged: SignalInstance  # Task Usage's sort or group changed (the plan keeps them)

    if TYPE_CHECKING:

        @property
        def mode(self) -> Mode: ...

        def wait_built(self) -> None: ...

        def _show_sorted(self) -> None: ...

    def follows_filter(self) -> bool:
        """Whether a task filter applied now shows here (Task Usage, the sheet followed):
        View > Filter then stays on this view, as MS Project filters the task view shown."""
        return self.sheet is not None and self.mode is Mode.TASKS

    def task_filter(self) -> TaskFilter | None:
        """The sheet's filter that Task Usage shows (None: none on, or no sheet followed)."""
        row_filter = self.sheet.row_filter() if self.sheet is not None else None
        return (
            None if row_filter is None or row_filter.task_filter.is_all else row_filter.task_filter
        )

    def filter_note(self, mode: Mode) -> str:
        """ "Filter: Critical · Sorted by Start" on a Task Usage printout under a filter or a
        sort ("" otherwise)."""
        if mode is not Mode.TASKS:
            return ""
        plan = self.document.plan
        return view_note(plan, self.task_filter(), self.task_sort(), self.task_group())

    def takes_sort(self) -> bool:
        """Whether View > Sort chosen now sorts this view (Task Usage shown), not the sheet."""
        return self.mode is Mode.TASKS

    def task_sort(self) -> TaskSort:
        """Task Usage's sort (by ID: none)."""
        order = self.tables.order
        return TaskSort() if order is None else order.task_sort

    def set_task_sort(self, task_sort: TaskSort) -> None:
        """Sort Task Usage's tasks so (by ID: the plan's outline), their assignments under
        each; each task's place is worked out now, as on the sheet (an edit does not sort
        again: View > Sort > Sort Again does)."""
        self.wait_built()
        self.tables.set_order(self._order_of(task_sort))
        self._show_sorted()
        self.sig_arranged.emit()

    def _order_of(self, task_sort: TaskSort) -> UsageSort | None:
        """Each task's place in ``task_sort``, worked out now (by ID: None)."""
        if task_sort.is_id:
            return None
        document = self.document
        costs = getattr(document, "costs", None)
        ranks = sort_ranks(document.plan, document.schedule, task_sort, costs, sheet_now())
        return UsageSort(task_sort, ranks)

    def _take_kept(self) -> None:
        """Task Usage's sort and group as the plan keeps them (saved with its file), taken
        when the view is built."""
        kept = self.document.plan.view
        if kept is None:
            return
        if kept.usage_sort is not None:
            self.tables.set_order(self._order_of(kept.usage_sort))
        if kept.usage_group is not None:
            self.tables.set_group(UsageGroup(kept.usage_group, self._filter_rows()))

    def takes_group(self) -> bool:
        """Whether View > Group by chosen now groups this view (Task Usage shown)."""
        return self.mode is Mode.TASKS

    def task_group(self) -> GroupBy:
        """Task Usage's grouping (No Group: none)."""
        group = self.tables.group
        return GroupBy() if group is None else group.group_by

    def set_task_group(self, group_by: GroupBy) -> None:
        """Group Task Usage's tasks so (No Group: the outline, or the sort's order), each
        group a header row over its tasks and their assignments; the groups are made again
        with each edit, as the sheet's are."""
        self.wait_built()
        group = None if group_by.is_none else UsageGroup(group_by, self._filter_rows())
        self.tables.set_group(group)
        self._show_sorted()
        self.sig_arranged.emit()

    def _filter_rows(self) -> set[int] | None:
        """The tasks the sheet's filter keeps, the summaries above them among them (None:
        no filter, or no sheet followed)."""
        row_filter = self.sheet.row_filter() if self.sheet is not None else None
        if row_filter is None or row_filter.task_filter.is_all:
            return None
        return row_filter.rows(self.document.plan.tasks)

    def _regroup_filtered(self) -> bool:
        """The sheet's filter changed: the groups are made again of the tasks it keeps now
        (laid out when Task Usage next shows); True when Task Usage is grouped."""
        group = self.tables.group
        if group is None:
            return False
        self.tables.set_group(UsageGroup(group.group_by, self._filter_rows()))
        return True

    def _visible(self, tree: UsageTree) -> IntArray:
        """The rows of ``tree`` in view: those its closed rows leave, less (Task Usage) the
        rows the filter leaves out."""
        mode = Mode.TASKS if tree.by_task else Mode.RESOURCES
        closed = tree.rows_of(self._closed[mode])
        return shown_rows(tree, closed, self._kept if tree.by_task else None)

    def _follow_sheet(self, tree: UsageTree) -> None:
        """Before Task Usage's rows are laid out: the filter's rows and the sheet's
        collapsed summaries, closed here too."""
        if not tree.by_task:
            return
        self._follow_collapsed()
        rows = None if isinstance(tree, GroupedUsageTree) else self._filter_rows()
        # grouped: the groups hold only the filter's tasks already
        self._kept = None if rows is None else kept_rows(tree, rows)

    def _follow_collapsed(self) -> bool:
        """Close the summaries the sheet has collapsed and open those it has not; True when
        that changed which rows are closed here. Tasks without subtasks (their assignments
        below them, which the sheet does not show) keep what was done here."""
        if self.sheet is None:
            return False
        plan = self.document.plan
        collapsed = self.sheet.collapsed_uids()
        closed = self._closed[Mode.TASKS]
        opened = {
            key
            for key in closed
            if key[0] == "task"
            and key[1] not in collapsed
            and plan.has_task(key[1])
            and plan.is_summary(key[1])
        }
        shut = {("task", uid) for uid in collapsed} - closed
        closed -= opened
        closed |= shut
        return bool(opened or shut)

    def _tell_sheet(self, tree: UsageTree, nodes: Iterable[int], closed: bool) -> None:
        """Summaries opened or closed in Task Usage are so on the sheet too."""
        if self.sheet is None or not tree.by_task:
            return
        plan = self.document.plan
        uids = set()
        for node in nodes:
            kind, uid = tree.key(node)
            if kind == "task" and plan.has_task(uid) and plan.is_summary(uid):
                uids.add(uid)
        if not uids:
            return
        now = set(self.sheet.collapsed_uids())
        wanted = (now | uids) if closed else (now - uids)
        if wanted != now:
            self.sheet.set_collapsed_uids(wanted)
