"""Rows of the task sheet dragged to a new place: one undoable move of tasks with subtasks.

A mixin of :class:`app.ui.models.task_model.TaskTreeModel`: dragged rows travel
as task uids, and a drop moves them next to the row dropped on, as its sibling
(or first child of an expanded summary when dropped below it), as MS Project
does. While the sheet is sorted (View > Sort, other than by ID) rows are not
dragged: the status bar says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from app.domain.errors import AppError
from app.ui.commands import execute, quoted
from app.ui.models.ids import uid_of
from app.ui.outline_commands import MoveTasksCommand, moved_order
from app.ui.widget_mixin import TableModelMixin

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from app.ui.document import Document
    from app.ui.models.task_rows import RowSort

Index = QModelIndex | QPersistentModelIndex
TASK_UIDS_MIME = "application/x-gantry-task-uids"


class TaskDragging(TableModelMixin):
    """Drag and drop of task rows, for the task sheet's model.

    Uses the model's ``document``, shown rows, ``is_blank``, ``is_collapsed`` and
    ``sig_error``.
    """

    document: Document
    _shown: list[int]
    _sort: RowSort | None
    sig_error: SignalInstance

    if TYPE_CHECKING:

        def is_blank(self, index: Index) -> bool: ...

        def is_collapsed(self, uid: int) -> bool: ...

    def supportedDropActions(self) -> Qt.DropAction:
        """Rows are moved, never copied."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Rows are moved, never copied."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Dragged rows travel as task uids."""
        return [TASK_UIDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The uids of the dragged rows."""
        uids = sorted(
            {uid_of(i.internalId()) for i in indexes if i.isValid() and not self.is_blank(i)}
        )
        data = QMimeData()
        data.setData(TASK_UIDS_MIME, QByteArray(",".join(map(str, uids)).encode()))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        """Move dragged tasks in front of the row dropped on (or before): its sibling.

        Past the last row they go to the end, at the top level. The sheet asks
        :meth:`drop_uids` itself when it knows the drop was below a row.
        """
        if action != Qt.DropAction.MoveAction:
            return False
        uids = dragged_uids(data)
        if parent.isValid() and not self.is_blank(parent):
            return self.drop_uids(uids, uid_of(parent.internalId()), below=False)
        if 0 <= row < len(self._shown):
            return self.drop_uids(uids, self._shown[row], below=False)
        return self.drop_uids(uids, None, below=False)

    def drop_uids(self, uids: list[int], anchor: int | None, below: bool) -> bool:
        """Move tasks (with subtasks) next to ``anchor`` as one undoable step.

        Not ``below``: in front of ``anchor``, as its sibling. ``below``: in
        front of its first subtask when it is an expanded summary, else just
        after its subtree as its sibling. ``anchor`` None: last, at the top level.
        """
        plan = self.document.plan
        if not uids or not all(plan.has_task(u) for u in uids) or self.document.read_only:
            return False
        if self._sort is not None:  # as MS Project: rows move by hand in ID order only
            self.sig_error.emit(self._sort.move_refused(plan.project.custom_fields))
            return False
        if anchor is not None and not plan.has_task(anchor):
            return False
        moving = set(uids)
        if anchor is None:
            target, position = None, None
        elif below and plan.is_summary(anchor) and not self.is_collapsed(anchor):
            target, position = anchor, 0
        else:
            parent = plan.parent(anchor)
            target = None if parent is None else parent.uid
            siblings = [t.uid for t in plan.children(target)]
            upto = siblings.index(anchor) + (1 if below else 0)
            position = sum(1 for u in siblings[:upto] if u not in moving)
        if position is None:
            position = len([t for t in plan.children(None) if t.uid not in moving])
        one = quoted(plan.task(uids[0]).name)
        text = f"Move task {one}" if len(uids) == 1 else f"Move {len(uids)} tasks"
        try:
            order, levels = moved_order(plan, uids, target, position)
            if order == [t.uid for t in plan.tasks] and all(
                plan.task(u).outline_level == lv for u, lv in levels.items()
            ):
                return False  # dropped where it was
            execute(self.document, MoveTasksCommand(self.document, order, text, levels))
        except AppError as exc:
            self.sig_error.emit(str(exc))
            return False
        return True


def dragged_uids(data: QMimeData) -> list[int]:
    """The task uids a drag carries (none for foreign data)."""
    if not data.hasFormat(TASK_UIDS_MIME):
        return []
    raw = bytes(data.data(TASK_UIDS_MIME).data()).decode()
    return [int(u) for u in raw.split(",") if u.strip().isdigit()]
