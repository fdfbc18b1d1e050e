"""Which tasks the task sheet shows as rows, and in what order: collapsed summaries,
View > Filter, View > Sort and View > Group by, and the rows brought up to date after
plan changes.

A mixin of :class:`app.ui.models.task_model.TaskTreeModel` (see its module docstring):
it keeps the shown uids (``_shown``) and turns a change of them into the model's
insert and remove rows calls, or a layout change that moves persistent indexes with
their tasks.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from app.domain.grouping_rows import GROUP_KEY_LIMIT, TaskGroup
from app.domain.task import Task
from app.ui.models.blank_row import BLANK_ID, BlankRow
from app.ui.models.custom_columns import CUSTOM_COUNT
from app.ui.models.ids import index_id, uid_of
from app.ui.models.task_drag import TaskDragging
from app.ui.models.task_edits import Column
from app.ui.models.task_rows import (
    RowFilter,
    RowGroup,
    RowSort,
    runs,
    shown_between,
    shown_uids,
    summaries_below_level,
    summary_uids,
)

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from app.ui.document import Document

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex
COLUMN_COUNT = len(tuple(Column)) + CUSTOM_COUNT  # then MS Project's custom fields


class ShownRows(BlankRow, TaskDragging):
    """The sheet model's rows: the uids shown, what hides or orders them, and their upkeep.

    Uses the model's ``document``, Qt's row and layout calls, ``blank_index`` and
    the ``sig_filter_changed``, ``sig_sort_changed`` and ``sig_group_changed`` signals.
    Grouped, it changes what the empty row and a drop do (its own ``blank_level`` and
    ``drop_uids`` before theirs).
    Grouped, the rows hold group header rows too, keyed by ints far below any task uid
    (:func:`app.domain.grouping_rows.is_group_key`), and a task may show in several groups.
    """

    document: Document
    _collapsed: set[int]
    _filter: RowFilter | None
    _sort: RowSort | None
    _group: RowGroup | None = None
    _keep: set[int] | None
    _shown: list[int]
    _row_of: dict[int, int] | None
    _rows_stale: bool
    sig_filter_changed: SignalInstance
    sig_sort_changed: SignalInstance
    sig_group_changed: SignalInstance

    if TYPE_CHECKING:

        def uid_of(self, index: Index) -> int | None: ...

    # ------------------------------------------------------------------ expand and collapse

    def is_collapsed(self, uid: int) -> bool:
        """Whether a summary hides its subtasks (a task without subtasks never does)."""
        return uid in self._collapsed and self.document.plan.is_summary(uid)

    def collapsed_uids(self) -> frozenset[int]:
        """The summaries collapsed now."""
        return frozenset(u for u in self._collapsed if self.document.plan.is_summary(u))

    def set_collapsed(self, uid: int, collapsed: bool) -> bool:
        """Collapse or expand one summary; its rows are removed or inserted. False: no change."""
        plan = self.document.plan
        if not plan.has_task(uid) or not plan.is_summary(uid):
            return False
        if collapsed == (uid in self._collapsed):
            return False
        self._sync_if_stale()
        if self._sort is not None or self._group is not None:
            # sorted or grouped, a subtree's rows are not in plan order: relayout
            self.layoutAboutToBeChanged.emit()
            (self._collapsed.add if collapsed else self._collapsed.discard)(uid)
            self._relayout()
            self._row_changed(uid)
            return True
        row = self._rows().get(uid)
        if collapsed:
            self._collapsed.add(uid)
        else:
            self._collapsed.discard(uid)
        if row is None:
            return True  # inside another collapsed summary: nothing shown changes
        tasks = plan.tasks
        i = plan.index_of(uid)
        end = plan.subtree_end(i)
        if collapsed:
            count = 0
            shown = self._shown
            while row + 1 + count < len(shown) and plan.index_of(shown[row + 1 + count]) < end:
                count += 1
            if count:
                self.beginRemoveRows(_ROOT, row + 1, row + count)
                del self._shown[row + 1 : row + 1 + count]
                self._row_of = None
                self.endRemoveRows()
        else:
            below = shown_between(tasks, i + 1, end, self._collapsed, self._keep)
            if below:
                self.beginInsertRows(_ROOT, row + 1, row + len(below))
                self._shown[row + 1 : row + 1] = below
                self._row_of = None
                self.endInsertRows()
        self._row_changed(uid)  # the triangle turns
        return True

    def set_collapsed_uids(self, uids: Iterable[int]) -> None:
        """Collapse exactly these summaries (expand every other) in one layout change."""
        self._fold(set(uids))

    def expand_all(self) -> None:
        """Show every task (grouped: every group unfolded too)."""
        self._fold(set(), groups=True)

    def collapse_all(self) -> None:
        """Show the top-level tasks only (grouped: the outermost group headers only)."""
        self._fold(summary_uids(self.document.plan.tasks), groups=True, level=1)

    def show_outline_level(self, level: int | None) -> None:
        """Show tasks down to an outline level (None: every subtask); grouped, the groups
        from that depth down fold, as MS Project's Outline Level does on a grouped view."""
        tasks = self.document.plan.tasks
        self._fold(summaries_below_level(tasks, level), groups=True, level=level)

    def _fold(self, wanted: set[int], groups: bool = False, level: int | None = None) -> None:
        """Collapse exactly ``wanted`` summaries and, with ``groups``, fold the groups at
        ``level`` and deeper (None: none), in one layout change."""
        self._sync_if_stale()
        refolded = groups and self._group is not None and self._group.fold_from(level)
        if wanted == self._collapsed and not refolded:
            return
        self.layoutAboutToBeChanged.emit()
        self._collapsed = wanted
        self._relayout()

    def reveal(self, uids: Iterable[int]) -> None:
        """Expand the collapsed summaries above these tasks so that their rows show (and,
        grouped, the folded groups that hold them)."""
        self._sync_if_stale()
        rows = self._rows()
        hidden = [u for u in uids if u not in rows]
        if hidden and self._group is not None and self._group.collapsed:
            self._unfold_groups_of(hidden)
            rows = self._rows()
            hidden = [u for u in hidden if u not in rows]
        if not hidden or not self._collapsed:
            return
        parents = self.document.plan.parent_uids()
        above: set[int] = set()
        for uid in hidden:
            par = parents.get(uid)
            while par is not None:
                above.add(par)
                par = parents[par]
        if above & self._collapsed:
            self.set_collapsed_uids(self._collapsed - above)

    def shown_uids(self) -> list[int]:
        """Uids of the rows, in row order (the Gantt chart draws the same rows)."""
        return self._shown

    # ------------------------------------------------------------------ filter

    def row_filter(self) -> RowFilter | None:
        """The filter on the rows (None: All Tasks)."""
        return self._filter

    def set_row_filter(self, row_filter: RowFilter | None) -> None:
        """Show only the rows a filter keeps (None: every task), in one layout change.

        Collapsed summaries stay collapsed; the selection keeps the rows still shown.
        """
        self._sync_if_stale()
        self.layoutAboutToBeChanged.emit()
        self._filter = row_filter
        self._relayout()
        self.sig_filter_changed.emit()

    # ------------------------------------------------------------------ sort

    def row_sort(self) -> RowSort | None:
        """The sort of the rows (None: by ID, the plan's order)."""
        return self._sort

    def set_row_sort(self, row_sort: RowSort | None) -> None:
        """List the rows in a sort's order (None: the plan's), in one layout change."""
        self._sync_if_stale()
        self.layoutAboutToBeChanged.emit()
        self._sort = row_sort
        self._relayout()
        self.sig_sort_changed.emit()

    # ------------------------------------------------------------------ group

    def row_group(self) -> RowGroup | None:
        """The grouping of the rows (None: No Group)."""
        return self._group

    def set_row_group(self, row_group: RowGroup | None) -> None:
        """Group the rows under header rows (None: no group), in one layout change."""
        self._sync_if_stale()
        self.layoutAboutToBeChanged.emit()
        self._group = row_group
        self._relayout()
        self.sig_group_changed.emit()

    def regroup(self) -> None:
        """Group the rows again after an edit or a reschedule (MS Project regroups at once):
        a layout change when a row moved, else only the headers' figures change."""
        if self._group is None:
            return
        self._sync_if_stale()
        fresh = self._fresh_rows()
        if fresh != self._shown:
            self.layoutAboutToBeChanged.emit()
            self._relayout(fresh)

    def group_of(self, key: int) -> TaskGroup | None:
        """The group a header row's key stands for (None: not a header shown now)."""
        return None if self._group is None else self._group.headers.get(key)

    def group_at(self, index: Index) -> TaskGroup | None:
        """The group whose header row ``index`` is on (None: a task row, or not grouped)."""
        if self._group is None or not index.isValid() or index.internalId() == BLANK_ID:
            return None
        return self._group.headers.get(uid_of(index.internalId()))

    def row_collapsed(self, index: Index) -> bool:
        """Whether the row's triangle is folded: a group's header, else a task's."""
        group = self._group
        if group is not None and index.isValid() and index.internalId() != BLANK_ID:
            key = uid_of(index.internalId())
            if key < GROUP_KEY_LIMIT:
                return group.is_collapsed(key)
            return self.is_collapsed(key)
        uid = self.uid_of(index)
        return uid is not None and self.is_collapsed(uid)

    def set_group_collapsed(self, key: int, collapsed: bool) -> bool:
        """Fold or unfold a group's header row (its tasks hide or show); False: no change."""
        group = self._group
        if group is None:
            return False
        self._sync_if_stale()
        if not group.set_collapsed(key, collapsed):
            return False
        self.layoutAboutToBeChanged.emit()
        self._relayout()
        self._row_changed(key)
        return True

    def _unfold_groups_of(self, uids: list[int]) -> None:
        """Unfold the folded groups (and the groups around them) that hold these tasks."""
        group = self._group
        assert group is not None
        wanted = set(uids)
        paths = {g.path for g in group.all_groups if wanted.intersection(g.uids)}
        opened = {p[:n] for p in paths for n in range(1, len(p) + 1)} & group.collapsed
        if opened:
            self.layoutAboutToBeChanged.emit()
            group.collapsed -= opened
            self._relayout()

    def row_level(self, task: Task) -> int:
        """The outline level a task's row is drawn at: under its group's header when grouped,
        flat when sorted without the outline, else its own."""
        if self._group is not None:
            return self._group.levels.get(task.uid, 1)
        return task.outline_level if self._sort is None else self._sort.level(task)

    def blank_level(self) -> int:
        """The level a task typed into the empty row gets: grouped, the plan's last task's
        (it is added at the plan's end); else the row above's."""
        if self._group is not None:
            tasks = self.document.plan.tasks
            return tasks[-1].outline_level if tasks else 1
        return super().blank_level()

    def group_move_refused(self) -> str | None:
        """Why rows are not moved by hand while grouped (a drop, Move Up/Down: rows are placed
        by their values), or None when the sheet is not grouped."""
        if self._group is None:
            return None
        title = self._group.group_by.title(self.document.plan.project.custom_fields)
        return (
            f"Rows are not moved while the sheet is grouped by {title}: "
            "View > Group by > No Group to move tasks"
        )

    def drop_uids(self, uids: list[int], anchor: int | None, below: bool) -> bool:
        """Move tasks by a drop, refused while grouped (rows are placed by their values)."""
        refused = self.group_move_refused()
        if refused is not None and uids:
            self.sig_error.emit(refused)
            return False
        return super().drop_uids(uids, anchor, below)

    def ordered_tasks(self) -> list[Task]:
        """The plan's tasks in the order the sheet lists them, hidden rows included."""
        tasks = self.document.plan.tasks
        return tasks if self._sort is None else self._sort.arrange(tasks)

    def index_of_uid(self, uid: int, column: int = 0) -> QModelIndex:
        """The index of a task's row (invalid while a collapsed summary hides it)."""
        row = self._rows().get(uid)
        if row is None:
            return QModelIndex()
        return self.createIndex(row, column, index_id(uid))

    def _rows(self) -> dict[int, int]:
        if self._row_of is None:
            shown = self._shown
            if self._group is None:
                self._row_of = {uid: row for row, uid in enumerate(shown)}
            else:  # a task under two people: its first row stands for it
                self._row_of = dict(
                    zip(reversed(shown), range(len(shown) - 1, -1, -1), strict=True)
                )
        return self._row_of

    def _sync_if_stale(self) -> None:
        if self._rows_stale:
            self._rows_stale = False
            self._sync_rows()

    def _fresh_rows(self) -> list[int]:
        """The rows the plan shows now; forgets collapsed summaries that lost their subtasks."""
        tasks = self.document.plan.tasks
        if self._collapsed:
            self._collapsed &= summary_uids(tasks)
        self._keep = None if self._filter is None else self._filter.rows(tasks)
        if self._group is not None:
            order = tasks if self._sort is None else self._sort.arrange(tasks)
            outline = self._sort is None or not self._sort.flat
            return self._group.rows(self.document, order, self._collapsed, self._keep, outline)
        if self._sort is not None:
            collapsed = () if self._sort.flat else self._collapsed  # flat: no summary shows
            return shown_uids(self._sort.arrange(tasks), collapsed, self._keep)
        return shown_uids(tasks, self._collapsed, self._keep)

    def _relayout(self, fresh: list[int] | None = None) -> None:
        """Rebuild the rows (or take ``fresh``, just worked out) and move every persistent
        index to its task's new row.

        An index whose task is now hidden moves to the collapsed summary that
        hides it, so a selected or current subtask hands its place to that
        summary, as MS Project does when an outline level is picked. A group header's
        index follows its group while it shows.
        """
        self._shown = self._fresh_rows() if fresh is None else fresh
        self._row_of = None
        rows = self._rows()
        old = self.persistentIndexList()
        new: list[QModelIndex] = []
        parents: dict[int, int | None] | None = None
        blank_row = len(self._shown)
        for index in old:
            if index.internalId() == BLANK_ID:  # the empty row stays last
                new.append(self.createIndex(blank_row, index.column(), BLANK_ID))
                continue
            uid: int | None = uid_of(index.internalId())
            if uid is not None and uid < GROUP_KEY_LIMIT:  # a group's header row
                row = rows.get(uid)
                new.append(
                    QModelIndex()
                    if row is None
                    else self.createIndex(row, index.column(), index_id(uid))
                )
                continue
            if self._keep is not None and uid not in self._keep:
                uid = None  # filtered out: unlike a collapsed subtask, not handed to its summary
            if uid not in rows and self._group is not None:
                uid = None  # grouped: a summary left out hands its place to no row
            if uid is not None and uid not in rows and self.document.plan.has_task(uid):
                if parents is None:
                    parents = self.document.plan.parent_uids()
                while uid is not None and uid not in rows:
                    uid = parents.get(uid)
            row = None if uid is None else rows.get(uid)  # gone (grouped: no remove rows call)
            new.append(
                QModelIndex()
                if uid is None or row is None
                else self.createIndex(row, index.column(), index_id(uid))
            )
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _row_changed(self, uid: int) -> None:
        row = self._rows().get(uid)
        if row is not None:
            self.dataChanged.emit(
                self.createIndex(row, 0, index_id(uid)),
                self.createIndex(row, COLUMN_COUNT - 1, index_id(uid)),
            )

    def _rows_changed(self, uids: set[int]) -> None:
        """Tell the views these tasks' rows changed: one signal per run of rows (a row not
        shown, under a collapsed summary, needs none); the empty row follows its row above."""
        rows = self._rows()
        numbers = sorted(row for uid in uids if (row := rows.get(uid)) is not None)
        if numbers and numbers[-1] == len(self._shown) - 1:
            numbers.append(numbers[-1] + 1)
        last = COLUMN_COUNT - 1
        for first, end in runs(numbers):
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))

    def _all_changed(self) -> None:
        """Every cell may have changed (a reschedule moves dates everywhere): one signal.

        The empty row is included: its level (the row above's) and dates may have moved.
        """
        first = self.index(0, 0)
        self.dataChanged.emit(first, self.blank_index(COLUMN_COUNT - 1))

    def _sync_rows(self) -> None:
        """Follow tasks added or removed: one remove/insert rows call per contiguous run."""
        new = self._fresh_rows()
        old = self._shown
        if new != old and self._group is not None:  # headers and repeated tasks: relayout
            self.layoutAboutToBeChanged.emit()
            self._relayout(new)
            return
        if new != old:
            keep, had = set(new), set(old)
            gone = [row for row, uid in enumerate(old) if uid not in keep]
            for first, last in reversed(runs(gone)):
                self.beginRemoveRows(_ROOT, first, last)
                del self._shown[first : last + 1]
                self._row_of = None
                self.endRemoveRows()
            fresh = [row for row, uid in enumerate(new) if uid not in had]
            for first, last in runs(fresh):
                self.beginInsertRows(_ROOT, first, last)
                self._shown[first:first] = new[first : last + 1]
                self._row_of = None
                self.endInsertRows()
            if self._shown != new:  # the order moved in a way the runs do not describe
                self.layoutAboutToBeChanged.emit()
                self._relayout()
                return
        self._all_changed()  # ids, WBS codes and summary flags of other rows moved
