"""Edit > Find, Replace, Find Next and Find Previous, Go To: a mixin of the main window.

Find (Ctrl+F) and Replace (Ctrl+H) open MS Project's dialog
(app/ui/dialogs/find_dialog.py), which stays open while its Find Next walks the
sheet; Find Next and Find Previous (Shift+F4, Ctrl+Shift+F4) repeat the last
search either way once it is closed. What is matched and replaced is worked out
in app/ui/find_query.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QWidget

from app.domain.errors import AppError, InputError
from app.domain.plural_words import counted
from app.domain.quoting import NAME_LIMIT, quoted
from app.ui.commands import execute
from app.ui.find_query import (
    FindQuery,
    FindTest,
    Matcher,
    hidden_matches,
    listed_uids,
    next_match,
    replace_command,
)
from app.ui.models.task_edits import Column
from app.ui.task_tree_selection import column_title

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from app.ui.dialogs.find_dialog import FindDialog
    from app.ui.document import Document
    from app.ui.models.task_model import TaskTreeModel
    from app.ui.task_tree import TaskTreeView

_SAID_MS = 8000


class FindMenu:
    """Find, Replace and Go To on the task sheet; MainWindow inherits them.

    Uses the window's ``document``, ``tree``, ``model``, ``gantt`` and ``show_error``.
    """

    document: Document
    tree: TaskTreeView
    model: TaskTreeModel
    gantt: QWidget | None
    _find_query: FindQuery | None = None  # the last search, repeated by Find Next
    _find_dialog: FindDialog | None = None

    if TYPE_CHECKING:  # the window's: EditMenu's and QMainWindow's

        def show_error(self, message: str) -> None: ...

        def statusBar(self) -> QStatusBar: ...

    def find_task(self) -> None:
        """Ctrl+F: MS Project's Find dialog (what, field, test, direction, case)."""
        self._open_find(replacing=False)

    def replace_task(self) -> None:
        """Ctrl+H: the Find dialog with Replace with, Replace and Replace All."""
        self._open_find(replacing=True)

    def _open_find(self, replacing: bool) -> None:
        from app.ui.dialogs.find_dialog import FindDialog

        if self._find_dialog is None:
            self._find_dialog = FindDialog(self)  # type: ignore[arg-type]  # a MainWindow
        self._find_dialog.open_for(replacing, self._find_query)

    def find_next(self) -> None:
        """Go to the next task the last search matches (past the last, the first: Find
        wraps, as MS Project's does); with nothing looked for yet, open Find."""
        self._repeat(backwards=False)

    def find_previous(self) -> None:
        """As Find Next, the other way (before the first task, the last)."""
        self._repeat(backwards=True)

    def _repeat(self, backwards: bool) -> None:
        query = self._find_query
        if query is None:
            self.find_task()
            if self._find_dialog is not None:  # Find Previous opens it searching up
                self._find_dialog.set_up(backwards)
            return
        self.find_with(query, backwards=backwards != query.up)

    def find_with(self, query: FindQuery, backwards: bool | None = None) -> str | None:
        """Go to the next task ``query`` matches (``backwards``: towards the first row; None:
        as the query's Search says); the message said when there is none (None: found)."""
        self._find_query = query
        if backwards is None:
            backwards = query.up
        try:
            matcher = Matcher(self.model, query)
        except InputError as exc:
            return self._said(str(exc))
        uid = next_match(self.model, matcher, self.tree.current_uid(), backwards)
        if uid is None:
            return self._said(self._not_found(matcher))
        self.go_to_task(uid)
        return None

    def replace_with(self, query: FindQuery, replacement: str, every: bool) -> str | None:
        """Replace (``every``: Replace All) what ``query`` matches with ``replacement``, as
        typed into the cells; the message said (None: replaced and moved on, or found)."""
        self._find_query = query
        if query.test is FindTest.CONTAINS and not query.text:  # it would match every task
            return self._said("Type what to replace in Find what first")
        try:
            matcher = Matcher(self.model, query)
        except InputError as exc:
            return self._said(str(exc))
        if every:
            uids = matcher.every(listed_uids(self.model))
        else:
            current = self.tree.current_uid()
            listed = current is not None and current in set(listed_uids(self.model))
            if current is None or not listed or not matcher.matches(current):
                return self.find_with(query)  # the first match found first, as MS Project's
            uids = [current]
        if not uids:
            return self._said(self._not_found(matcher))
        try:
            command = replace_command(self.model, matcher, uids, replacement)
            if command is not None:
                execute(self.document, command)
        except AppError as exc:
            return self._said(str(exc))
        if every:
            said = (
                f"Replaced {column_title(self.model, query.column)} in {counted(len(uids), 'task')}"
            )
            self.statusBar().showMessage(said, _SAID_MS)
            return said
        return self.find_with(query)  # on to the next one

    def _said(self, message: str) -> str:
        self.show_error(message)
        return message

    def _not_found(self, matcher: Matcher) -> str:
        query = matcher.query
        title = column_title(self.model, query.column)
        plain = query.column == Column.NAME and query.test is FindTest.CONTAINS
        hidden = hidden_matches(self.model, matcher)
        row_filter = self.model.row_filter()
        if hidden and row_filter is not None:
            title_of = row_filter.task_filter.title(self.document.plan)
            what = (
                f"contains {quoted(query.text, NAME_LIMIT)}"
                if plain
                else f"has {title} {query.test.value} {quoted(query.text, NAME_LIMIT)}"
            )
            return (
                f"No task shown {what}: the filter {title_of} hides {hidden} (F3 shows all tasks)"
            )
        if query.column == Column.NAME:
            return f"No task name {query.test.value} {quoted(query.text, NAME_LIMIT)}"
        return f"No task's {title} {query.test.value} {quoted(query.text, NAME_LIMIT)}"

    def go_to_task(self, uid: int) -> None:
        """Select a task's row (unfolding the summary or group that hides it) and bring it
        into sight on the sheet and the chart."""
        self.tree.select_uids([uid])
        self.tree.show_found(self.tree.currentIndex())  # mid-sheet, not on its bottom edge
        scroll = getattr(self.gantt, "scroll_to_task", None) if self.gantt else None
        if scroll is not None:
            scroll(uid)

    @classmethod
    def ask_task_id(cls, parent: QWidget, top: int) -> int | None:
        """Ask for a task ID from 1 to ``top`` (None: cancelled)."""
        value, ok = QInputDialog.getInt(parent, "Go To", "ID:", 1, 1, top)
        return value if ok else None

    def go_to(self) -> None:
        """F5, as in MS Project: go to the task with the ID typed (its summaries unfold)."""
        plan = self.document.plan
        if not plan.tasks:
            self.show_error("The plan has no tasks yet")
            return
        number = self.ask_task_id(self, len(plan.tasks))  # type: ignore[arg-type]
        if number is None:
            return
        task = plan.tasks[number - 1]
        shown = self.model.row_filter()
        if shown is not None and task.uid not in shown.rows(plan.tasks):
            title = shown.task_filter.title(plan)
            self.show_error(f"Task {number} is hidden by the filter {title} (F3 shows all tasks)")
            return
        self.go_to_task(task.uid)
