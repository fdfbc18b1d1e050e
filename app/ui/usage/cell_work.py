"""Work typed into a Usage cell, as MS Project's Resource Usage takes hours typed in an
assignment row's period: the period keeps the typed work, the assignment's work changes by
the difference and its contour becomes Contoured (app/domain/usage_typed_work.py), one
undoable step; a refusal is one line in the status bar and changes nothing. A person's or
a task's row is not typeable (they sum their assignments).

A mixin of :class:`app.ui.usage.view.UsageView`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QAbstractItemView, QTableView

from app.domain.assignment_work import Edit, apply_edit
from app.domain.errors import AppError
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.typed_actuals import actual_typing_edit
from app.domain.usage_detail_rows import Detail
from app.domain.usage_typed_work import read_typed_work, typing_edit
from app.report.locale_dates import local_date
from app.report.locale_numbers import locale_marks
from app.ui.commands import PlanCommand, execute, quoted
from app.ui.document import Document
from app.ui.usage.grid_model import UsageGridModel
from app.ui.widget_mixin import WidgetMixin

# How typed work is laid out: plan, schedule, assignment uid, first and last day, minutes.
Laying = Callable[[Plan, Schedule, int, date, date, int], Edit]


class TypedWorkCommand(PlanCommand):
    """Work typed into an assignment's period: the task and the assignment as
    :func:`app.domain.usage_typed_work.typing_edit` made them, one undo step."""

    def __init__(self, document: Document, text: str, edit: Edit) -> None:
        super().__init__(document, text)
        self._edit = edit
        self._old: Edit | None = None

    def _redo(self) -> None:
        self._old = apply_edit(self.document.plan, self._edit)

    def _undo(self) -> None:
        if self._old is not None:
            apply_edit(self.document.plan, self._old)


class CellWork(WidgetMixin):
    """Take work typed in an assignment's period cell."""

    document: Document
    grid: QTableView
    grid_model: UsageGridModel

    def _make_cells_typeable(self) -> None:
        """Let the grid's assignment cells be typed in (typing a figure, or F2); a
        double-click still opens the row's dialog (app/ui/usage/row_opening.py)."""
        self.last_refusal = ""  # why the last typed work was refused ("" none)
        self.grid_model.work_typed = self.type_work
        self.grid_model.actual_typed = self.type_actual
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    def type_work(self, row: int, column: int, text: str) -> bool:
        """Work typed in the grid's cell (row, column): the assignment's work changes by the
        difference, as one undoable step; False (nothing changed) when refused or the same."""
        model = self.grid_model
        return self._typed(
            row, column, text, lambda _node: model.value(row, column), typing_edit, "Work"
        )

    def type_actual(self, row: int, column: int, text: str) -> bool:
        """Actual work typed in the Actual Work band of an assignment's period (a timesheet's
        hours, app/domain/typed_actuals.py): kept on the period's days, one undoable step;
        False (nothing changed) when refused or the same."""
        figures = self.grid_model.figures

        def shown(node: int) -> float:
            return float(figures.values(node, Detail.ACTUAL_WORK)[column])

        return self._typed(row, column, text, shown, actual_typing_edit, "Actual work")

    def _typed(
        self,
        row: int,
        column: int,
        text: str,
        shown: Callable[[int], float],
        laid: Laying,
        field: str,
    ) -> bool:
        """``text`` typed in the cell (row, column) of ``field`` (its figure ``shown`` for the
        row's node), laid out by ``laid`` (plan, schedule, assignment, first, last day, work)
        as one undoable step; False when refused or the cell's own figure."""
        model = self.grid_model
        tree, periods = model.tree, model.periods
        node = model.shown[row]
        plan = self.document.plan
        uid = int(tree.uid[node])
        first, last = periods.starts[column], periods.last_day(column)
        when = local_date(first) if first == last else f"{local_date(first)} to {local_date(last)}"
        marks = locale_marks()
        try:
            typed = read_typed_work(text, plan, marks.group, marks.decimal)
            if abs(typed - shown(node)) < 0.5:
                return False  # the cell's own figure committed again
            edit = laid(plan, self.document.schedule, uid, first, last, typed)
            a = plan.assignment(uid)
            who, task = plan.resource(a.resource_uid).name, plan.task(a.task_uid).name
            title = f"{field} of {quoted(who)} on {quoted(task)}, {when}"
            execute(self.document, TypedWorkCommand(self.document, title, edit))
        except AppError as exc:
            self._refuse(f"{tree.name(tree.parent[node])}, {tree.name(node)}, {when}: {exc}")
            return False
        self.last_refusal = ""
        return True

    def _refuse(self, text: str) -> None:
        """Say why typed work was refused, in one line (the window's refusal line)."""
        self.last_refusal = text
        show_error = getattr(self.window(), "show_error", None)
        if show_error is not None:
            show_error(text)
