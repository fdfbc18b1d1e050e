"""The Budget view's By Person table: each resource's Baseline Cost, Cost and Cost Variance
(+ over, as the task rows' Variance), a line for what no person holds (tasks' fixed costs)
and the project's total, which is the task side's (app/domain/baseline_people.py)."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.baseline_people import PeopleBudget, people_budget
from app.domain.project import Project
from app.ui.budget.money import money
from app.ui.document import Document

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex
_OVER = QColor(200, 30, 30)
_UNDER = QColor(20, 130, 60)
OTHER_NAME = "Fixed costs (no person)"
TOTAL_NAME = "Project total"


class PeopleColumn(IntEnum):
    """Columns of the By Person table."""

    NAME = 0
    BASELINE = 1
    COST = 2
    VARIANCE = 3


HEADERS = ["Resource", "Baseline Cost", "Cost", "Cost Variance (+ over)"]
TIPS = {
    PeopleColumn.BASELINE: "Their assignments' Baseline Cost, in the baseline earned value reads",
    PeopleColumn.COST: "Their assignments' cost now (work x rates, per use)",
    PeopleColumn.VARIANCE: "Cost minus Baseline Cost: positive over budget, as the task rows",
}


class PeopleBudgetModel(QAbstractTableModel):
    """One row per resource with cost or a baseline, then what no person holds, then the
    total; figures from the document's plan and cost report at the last refresh.
    ``task_budget()``: the task side's project Budget (None: no baseline)."""

    def __init__(
        self,
        document: Document,
        task_budget: Callable[[], float | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.task_budget = task_budget
        self._bold = QFont()
        self._bold.setBold(True)
        self.figures: PeopleBudget = self._compute()
        self._rows = self._lines()

    def _compute(self) -> PeopleBudget:
        doc = self.document
        plan = doc.plan
        return people_budget(plan, doc.costs, plan.project.ev_baseline, self.task_budget())

    def refresh(self) -> None:
        """Read the figures again (after an edit, a new baseline)."""
        self.beginResetModel()
        self.figures = self._compute()
        self._rows = self._lines()
        self.endResetModel()

    def _lines(self) -> list[tuple[str, float | None, float, bool]]:
        """Each row's name, Baseline Cost (None: no baseline), Cost and whether bold."""
        f = self.figures
        rows = [
            (p.name, p.baseline_cost if f.total_baseline is not None else None, p.cost, False)
            for p in f.people
        ]
        other = f.other_baseline or 0.0
        if abs(other) > 0.005 or abs(f.other_cost) > 0.005:
            rows.append((OTHER_NAME, f.other_baseline, f.other_cost, False))
        rows.append((TOTAL_NAME, f.total_baseline, f.total_cost, True))
        return rows

    # ------------------------------------------------------------------ Qt API

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Rows: the people, what no person holds, the total (none under a row)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """The four columns."""
        return 0 if parent.isValid() else len(PeopleColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles and their tips."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return TIPS.get(PeopleColumn(section))
        return None

    def number(self, row: int, column: PeopleColumn) -> float | None:
        """The figure behind a cell (None: no baseline, or the name column)."""
        _, base, cost, _ = self._rows[row]
        if column is PeopleColumn.BASELINE:
            return base
        if column is PeopleColumn.COST:
            return cost
        if column is PeopleColumn.VARIANCE:
            return None if base is None else cost - base
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Names, money, variance signed and coloured as the task rows'."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), PeopleColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is PeopleColumn.NAME:
                return self._rows[row][0]
            value = self.number(row, column)
            if value is None:
                return "no baseline" if column is PeopleColumn.BASELINE else ""
            project = self.document.plan.project
            return (
                signed(project, value) if column is PeopleColumn.VARIANCE else money(project, value)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not PeopleColumn.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._rows[row][3]:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and column is PeopleColumn.VARIANCE:
            value = self.number(row, column)
            if value is not None and abs(value) > 0.005:
                return QBrush(_OVER if value > 0 else _UNDER)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Read-only, selectable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def signed(project: Project, value: float) -> str:
    """A variance with its sign: ``+€640.00`` over budget, ``-€120.00`` under."""
    shown = money(project, value)
    return "+" + shown if round(value, project.currency_digits) > 0 else shown
