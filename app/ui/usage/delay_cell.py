"""A Delay typed in a Task or Resource Usage assignment row's Delay cell, as MS Project's
Usage tables take it once the column is inserted: the person starts that long after the
task (app/domain/assignment_delay.py), their work moves later and the task stretches to
the latest person's finish, one undoable step; a refusal is one line naming the row and
the field, and changes nothing.

The column shows while some assignment has a delay, or once asked for in the sheet's header
right-click menu (Delay, checked while shown), which hides it again too.

A mixin of :class:`app.ui.usage.view.UsageView`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from app.domain.assignment_delay import read_typed_delay
from app.domain.errors import AppError
from app.ui.assignment_delay_command import AssignmentDelayCommand
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.usage.outline_view import UsageOutlineView
from app.ui.usage.overtime_cell import OvertimeCell
from app.ui.usage.tree_model import DELAY, OVERTIME, UsageTreeModel


class DelayCell(OvertimeCell):
    """Take a Delay typed in an assignment row's Delay cell (the left pane)."""

    document: Document
    tree: UsageOutlineView
    tree_model: UsageTreeModel

    if TYPE_CHECKING:  # app/ui/usage/cell_work.py's, the view's base

        def _refuse(self, text: str) -> None: ...

        def _fit_panes(self) -> None: ...  # the view's

    def _make_delay_typeable(self) -> None:
        """Let an assignment's Delay be typed (the triggers Overtime Work set up)."""
        self.tree_model.delay_typed = self.type_delay
        #: Delay asked for in the header menu (True), hidden there (False), or as the plan
        #: has it (None: shown while some assignment has a delay)
        self.delay_asked: bool | None = None

    def delay_shown(self) -> bool:
        """Whether the Delay column shows: asked for, or some assignment has a delay."""
        if self.delay_asked is not None:
            return self.delay_asked
        return self.tree_model.any_delay()

    def show_overtime_column(self) -> None:
        """Overtime Work and Delay shown or hidden as the plan and the header menu say; the
        left pane fitted again when one comes or goes (a Delay added showed off its edge)."""
        tree = self.tree
        before = (tree.isColumnHidden(OVERTIME), tree.isColumnHidden(DELAY))
        super().show_overtime_column()
        tree.setColumnHidden(DELAY, not self.delay_shown())
        if (tree.isColumnHidden(OVERTIME), tree.isColumnHidden(DELAY)) != before:
            self._fit_panes()

    def set_delay_asked(self, shown: bool) -> None:
        """Delay shown or hidden from the header menu, whatever the plan holds."""
        self.delay_asked = shown
        self.show_overtime_column()

    def header_menu(self) -> QMenu:
        """The sheet header's right-click menu: Overtime Work and Delay, checked while shown."""
        menu = super().header_menu()
        action = menu.addAction("Delay")
        action.setCheckable(True)
        action.setChecked(self.delay_shown())
        action.setToolTip("Show the Delay column: how long after the task each person starts")
        action.toggled.connect(self.set_delay_asked)
        return menu

    def type_delay(self, row: int, text: str) -> bool:
        """A Delay typed for the assignment of shown row ``row``, as one undoable step;
        False (nothing changed) when refused or the same."""
        model = self.tree_model
        tree, node = model.tree, model.shown[row]
        if text.strip() == (model.index(row, DELAY).data() or ""):
            return False  # the cell's own text committed again
        uid = int(tree.uid[node])
        try:
            minutes, elapsed, unit = read_typed_delay(text, self.document.plan.project)
            a = self.document.plan.assignment(uid)
            if (minutes, elapsed, unit) == (a.delay_minutes, a.delay_elapsed, a.delay_unit) or (
                minutes == a.delay_minutes == 0
            ):
                return False
            command = AssignmentDelayCommand(self.document, uid, minutes, elapsed, unit)
            execute(self.document, command)
        except AppError as exc:
            self._refuse(f"{tree.name(tree.parent[node])}, {tree.name(node)}: {exc}")
            return False
        self.last_refusal = ""
        return True
