"""Overtime typed in a Usage assignment row's Overtime Work cell, as MS Project's Task and
Resource Usage take it: the person's overtime is set (app/domain/overtime_work.py: the
work stays, only its regular part is laid at the units, so the task shortens as its type
lets it), one undoable step; a refusal is one line, as typed work's, and changes nothing.
A task's or a person's row sums its assignments' and is not typeable.

MS Project's Usage tables show Work; Overtime Work is a column one adds. The column shows
while some assignment has overtime, or once asked for in the sheet's header right-click
menu (Overtime Work, checked while shown), which also hides it again.

A mixin of :class:`app.ui.usage.view.UsageView`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu

from app.domain.errors import AppError
from app.domain.overtime_work import FIELD
from app.ui.actual_work_command import read_actual_work
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.models.task_model_overtime import OVERTIME_BLANK, assignment_overtime_command
from app.ui.usage.outline_view import UsageOutlineView
from app.ui.usage.tree_model import OVERTIME, UsageTreeModel
from app.ui.widget_mixin import WidgetMixin


class OvertimeCell(WidgetMixin):
    """Take overtime typed in an assignment row's Overtime Work cell (the left pane)."""

    document: Document
    tree: UsageOutlineView
    tree_model: UsageTreeModel

    if TYPE_CHECKING:  # app/ui/usage/cell_work.py's, the view's base

        def _refuse(self, text: str) -> None: ...

    def _make_overtime_typeable(self) -> None:
        """Let an assignment's Overtime Work be typed (a figure, or F2); a double-click still
        opens the row's dialog."""
        self.tree_model.overtime_typed = self.type_overtime
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        #: Overtime Work asked for in the header menu (True), hidden there (False), or as the
        #: plan has it (None: shown while some assignment has overtime)
        self.overtime_asked: bool | None = None
        header = self.tree.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)

    def overtime_shown(self) -> bool:
        """Whether the Overtime Work column shows: asked for, or the plan has overtime."""
        if self.overtime_asked is not None:
            return self.overtime_asked
        return self.tree_model.any_overtime()

    def show_overtime_column(self) -> None:
        """Show or hide Overtime Work as :meth:`overtime_shown` says (after each outline or
        edit: overtime typed in Assignment Information shows it)."""
        self.tree.setColumnHidden(OVERTIME, not self.overtime_shown())

    def set_overtime_asked(self, shown: bool) -> None:
        """Overtime Work shown or hidden from the header menu, whatever the plan holds."""
        self.overtime_asked = shown
        self.show_overtime_column()

    def header_menu(self) -> QMenu:
        """The sheet header's right-click menu: Overtime Work, checked while shown."""
        menu = QMenu(self.tree)
        action = menu.addAction("Overtime Work")
        action.setCheckable(True)
        action.setChecked(self.overtime_shown())
        action.setToolTip("Show the Overtime Work column beside Work")
        action.toggled.connect(self.set_overtime_asked)
        return menu

    def _on_header_menu(self, pos: QPoint) -> None:
        header = self.tree.horizontalHeader()
        self.header_menu().exec(header.mapToGlobal(pos))

    def type_overtime(self, row: int, text: str) -> bool:
        """Overtime typed for the assignment of shown row ``row``, as one undoable step;
        False (nothing changed) when refused or the same."""
        model = self.tree_model
        tree, node = model.tree, model.shown[row]
        shown = model.index(row, OVERTIME).data() or ""
        if text.strip() == shown:  # as the cell writes it, in the user's marks
            return False  # the cell's own figure committed again
        try:
            minutes = read_actual_work(text, self.document, FIELD, OVERTIME_BLANK)
            command = assignment_overtime_command(self.document, int(tree.uid[node]), minutes)
            if command is None:
                return False
            execute(self.document, command)
        except AppError as exc:
            self._refuse(f"{tree.name(tree.parent[node])}, {tree.name(node)}: {exc}")
            return False
        self.last_refusal = ""
        return True
