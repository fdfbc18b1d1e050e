"""The budget as a read-only Qt tree over the WBS: budget, forecast, actual, earned value.

The model keeps only the outline shape and the figures of the last refresh;
the plan and the document's cost report are the data. It refreshes (a model
reset) whenever the document is rescheduled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from enum import IntEnum
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.budget_resources import compare_plan
from app.domain.cost_earned import EarnedValueBook
from app.domain.earned_value import EarnedValue
from app.domain.project import Project, measured_at
from app.report.budget_printout import (
    BUDGET_HEADERS,
    SHOWN_TITLES,
    budgets,
    project_figure,
    reserve_lines,
    task_figure,
)
from app.report.budget_section import budget_section
from app.report.render import BoldRow
from app.ui.budget.money import money
from app.ui.document import Document
from app.ui.models.headers import column_title
from app.ui.models.ids import index_id, uid_of

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex
BudgetUidRole = Qt.ItemDataRole.UserRole + 21
_OVER = QColor(200, 30, 30)
_UNDER = QColor(20, 130, 60)
_INACTIVE = QColor(150, 150, 150)
_INACTIVE_TIP = (
    "Inactive: its own figures stay on its row, but no summary and no project total counts them"
)
# Qt asks flags, index and rowCount of every row when the tree expands (100k rows on a big
# plan): combining the flags or counting the enum anew each time cost a second there.
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


class BudgetColumn(IntEnum):
    """Columns of the budget tree."""

    NAME = 0
    BUDGET = 1
    FORECAST = 2
    ACTUAL = 3
    REMAINING = 4
    VARIANCE = 5
    PV = 6
    EV = 7
    AC = 8
    CPI = 9
    SPI = 10
    EAC = 11
    ETC = 12
    VAC = 13


_COLUMNS = len(BudgetColumn)

HEADERS: dict[int, str] = {  # by BudgetColumn, an int: column_title reads ints
    BudgetColumn(column): title for column, title in enumerate(BUDGET_HEADERS)
}
# The titles shown, saying which way each variance runs (+ over budget, - over budget).
SHOWN_HEADERS: dict[int, str] = {c: SHOWN_TITLES.get(t, t) for c, t in HEADERS.items()}


# What the earned-value columns mean, as the header's tooltip says it (MS Project's fields).
HEADER_TIPS = {
    BudgetColumn.BUDGET: (
        "Baseline cost (BAC). A summary keeps the cost saved with the baseline:\n"
        "a subtask deleted since lowers its Forecast and EAC, not its Budget."
    ),
    BudgetColumn.FORECAST: "Current cost: actual cost plus the remaining work as now planned",
    BudgetColumn.ACTUAL: (
        "Actual cost: all of it, recorded after the status date too (MS Project's Cost table).\n"
        "The earned-value columns read AC, the actual cost up to the status date."
    ),
    BudgetColumn.AC: (
        "Actual cost up to the status date (ACWP, MS Project's Earned Value table):\n"
        "what CPI divides by; EAC = AC + ETC on every row"
    ),
    BudgetColumn.PV: "Planned value (BCWS): baseline cost planned up to the status date",
    BudgetColumn.EV: (
        "Earned value (BCWP): baseline cost x % complete, of the work done up to the status date"
    ),
    BudgetColumn.CPI: "Cost performance index: EV / actual cost up to the status date (ACWP)",
    BudgetColumn.SPI: "Schedule performance index: EV / PV",
    BudgetColumn.EAC: (
        "Estimate at completion: actual cost + (Budget - EV) / CPI.\n"
        "Until costs are spent (no CPI yet) it is the Forecast, as in MS Project."
    ),
    BudgetColumn.ETC: "Estimate to complete: EAC - AC (the actual cost up to the status date)",
    BudgetColumn.VAC: "Variance at completion: Budget - EAC (negative: over budget)",
}


def status_date_of(document: Document, clock: Callable[[], datetime]) -> datetime:
    """The project's status date, else its Current Date, else now (to the minute).

    To the minute: edits within a minute keep the planned values as they were,
    so the Budget tab works out only what the edits changed.
    """
    return measured_at(document.plan.project, clock().replace(second=0, microsecond=0))


class BudgetModel(QAbstractItemModel):
    """Tree of tasks with money columns; summaries show their branch's totals."""

    sig_refreshed = Signal()  # figures were recomputed (with or without a reset)

    def __init__(
        self,
        document: Document,
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.clock = clock
        self._children: dict[int | None, list[int]] = {None: []}
        # The children's internal ids by their parent's (None: the top rows), for index()
        # and rowCount(), which Qt calls for every row when the tree expands.
        self._ids_of: dict[int | None, list[int]] = {None: []}
        self._parent: dict[int, int | None] = {}
        self._row: dict[int, int] = {}
        self.values: dict[int, EarnedValue] = {}
        # each task's budget and the project's, from the baseline earned value reads
        self._bac: dict[int, float] = {}
        self.budget: float | None = None
        # Only the tasks an edit touched are worked out again (1 s for all at 100k tasks).
        self._earned = EarnedValueBook(document.plan)
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._struck_bold = QFont(self._bold)
        self._struck_bold.setStrikeOut(True)
        self.refresh()

    def refresh(self) -> None:
        """Recompute figures from the document; rebuild rows only when the outline changed.

        Keeping the rows when only numbers moved keeps the user's expanded
        branches and is much cheaper than a reset on a large plan.
        """
        doc = self.document
        status = status_date_of(doc, self.clock)
        self._budgets(doc)
        values, reshaped = self._earned.update(doc.schedule, doc.costs, status)
        if not reshaped and self._parent:
            self.values = values
            self._figures_changed()
            self.sig_refreshed.emit()
            return
        parents = self._earned.parents
        self.beginResetModel()
        children: dict[int | None, list[int]] = {None: []}
        for uid, par in parents.items():
            children.setdefault(par, []).append(uid)
            children.setdefault(uid, [])
        self._parent = parents
        self._children = children
        ids_of: dict[int | None, list[int]] = {None: list(map(index_id, children[None]))}
        for par, kids in children.items():
            if kids and par is not None:  # leaves (most rows) have no entry
                ids_of[index_id(par)] = list(map(index_id, kids))
        self._ids_of = ids_of
        self._row = {u: i for kids in children.values() for i, u in enumerate(kids)}
        self.values = values
        self.endResetModel()
        self.sig_refreshed.emit()

    def _budgets(self, doc: Document) -> None:
        """Each task's budget and the project's from the baseline earned value reads, as
        the printout has them (app/report/budget_printout.py)."""
        self._bac, self.budget = budgets(doc.plan, doc.costs)

    @property
    def parents(self) -> dict[int, int | None]:
        """Each task's summary (None: top level) at the last refresh; the same object
        until the outline changes."""
        return self._parent

    @property
    def top_uids(self) -> list[int]:
        """The top-level tasks in plan order, at the last refresh."""
        return self._children[None]

    def _figures_changed(self) -> None:
        """Say the money columns changed, in one signal over the top rows.

        One signal per branch (a phase every 20 rows: 5000 at 100k tasks) took
        0.85 s, each sent through the view's search for its row. A QTreeView
        repaints everything it shows for a range of several rows, branches
        below included. The range starts at the first money column: for the
        name column a QTreeView would also ask every shown row whether it has
        children (0.6 s at 100k), and names do not change with the figures.
        """
        tops = self._children[None]
        if not tops:
            return
        first = self.createIndex(0, BudgetColumn.BUDGET, index_id(tops[0]))
        last = self.createIndex(len(tops) - 1, _COLUMNS - 1, index_id(tops[-1]))
        self.dataChanged.emit(first, last)

    # ------------------------------------------------------------------ Qt API

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        """Index of a cell; the internal id is the task uid."""
        ids = self._ids_of.get(parent.internalId() if parent.isValid() else None)
        if ids is not None and 0 <= row < len(ids) and 0 <= column < _COLUMNS:
            return self.createIndex(row, column, ids[row])
        return QModelIndex()

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        """Parent task of a row."""
        if not index.isValid():
            return QModelIndex()
        par = self._parent.get(uid_of(index.internalId()))
        if par is None:
            return QModelIndex()
        return self.createIndex(self._row[par], 0, index_id(par))

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Children of a task (top-level tasks under the root)."""
        if not parent.isValid():
            return len(self._ids_of[None])
        if parent.column() != 0:
            return 0
        ids = self._ids_of.get(parent.internalId())
        return len(ids) if ids is not None else 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Number of columns."""
        return _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; the tooltip says how an earned-value column is worked out."""
        if role == Qt.ItemDataRole.ToolTipRole and orientation is Qt.Orientation.Horizontal:
            return HEADER_TIPS.get(BudgetColumn(section)) if 0 <= section < _COLUMNS else None
        return column_title(SHOWN_HEADERS, section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Read-only cells."""
        return _READ_ONLY if index.isValid() else _NO_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Money as text in the project currency, ratios with two decimals."""
        if not index.isValid():
            return None
        uid = uid_of(index.internalId())
        column = BudgetColumn(index.column())
        if role == BudgetUidRole:
            return uid
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(uid, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not BudgetColumn.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            summary = bool(self._children.get(uid))
            if not self.counts(uid):  # as MS Project draws an inactive task
                return self._struck_bold if summary else self._struck
            return self._bold if summary else None
        if role == Qt.ItemDataRole.ToolTipRole and column is BudgetColumn.NAME:
            return None if self.counts(uid) else _INACTIVE_TIP
        if role == Qt.ItemDataRole.ForegroundRole:
            if not self.counts(uid):
                return QBrush(_INACTIVE)
            value = self.number(uid, column)
            if column in (BudgetColumn.VARIANCE,) and value is not None and abs(value) > 0.005:
                return QBrush(_OVER if value > 0 else _UNDER)
            if column in (BudgetColumn.CPI, BudgetColumn.SPI) and value is not None:
                return QBrush(_OVER if value < 0.95 else _UNDER)
            if column is BudgetColumn.VAC and value is not None and value < -0.005:
                return QBrush(_OVER)
        return None

    def counts(self, uid: int) -> bool:
        """Whether a row's figures count in its summaries and the project: it and every
        summary above it active (asked for shown rows only: no pass over the plan)."""
        plan = self.document.plan
        at: int | None = uid
        while at is not None:
            if not plan.has_task(at) or not plan.task(at).active:
                return False
            at = self._parent.get(at)
        return True

    def number(self, uid: int, column: BudgetColumn) -> float | None:
        """The figure behind a cell (None when it does not apply)."""
        return task_figure(self.document.costs, self._bac, self.values, uid, HEADERS[column])

    def text(self, uid: int, column: BudgetColumn) -> str:
        """Display text of a cell."""
        if column is BudgetColumn.NAME:
            return self.document.plan.task(uid).name
        value = self.number(uid, column)
        if value is None:
            return ""
        if column in (BudgetColumn.CPI, BudgetColumn.SPI):
            return f"{value:.2f}"
        if column is BudgetColumn.VARIANCE:  # MS Project's Cost Variance: +€640 over budget
            return _signed(self.document.plan.project, value)
        return money(self.document.plan.project, value)

    def total_number(self, column: BudgetColumn) -> float | None:
        """The project's figure in ``column``, as the view's cards show it (None: none)."""
        doc = self.document
        return project_figure(
            doc.plan, doc.costs, self.values, self.top_uids, self.budget, HEADERS[column]
        )

    def footer_rows(self, headers: Sequence[str]) -> list[list[str]]:
        """The printout's rows under the tasks, in the columns ``headers`` names: the project's
        total (as MS Project's Cost table ends with the project summary row), then the risk
        reserve of the risks not closed and, with a baseline, the budget plus that reserve."""
        project = self.document.plan.project
        columns = [_BY_HEADER.get(h) for h in headers]

        def row(name: str, figures: Callable[[BudgetColumn], str]) -> list[str]:
            return [
                name if c is BudgetColumn.NAME else "" if c is None else figures(c) for c in columns
            ]

        def total(column: BudgetColumn) -> str:
            value = self.total_number(column)
            if value is None:
                return ""
            if column in (BudgetColumn.CPI, BudgetColumn.SPI):
                return f"{value:.2f}"
            if column is BudgetColumn.VARIANCE:
                return _signed(project, value)
            return money(project, value)

        rows: list[list[str]] = [BoldRow(row("Project total", total))]  # bold, as summaries
        for label, value, digits in reserve_lines(self.document.plan, self.budget):
            said = money(project, value, digits=digits)
            rows.append(row(label, partial(_only_in_budget, said)))
        doc = self.document
        section = budget_section(
            compare_plan(doc.plan, doc.costs),
            project,
            partial(money, project),
            partial(_signed, project),
        )
        for label, said, bold in section:  # the budget resources (app/report/budget_section.py)
            line = row(label, partial(_only_in_budget, said))
            rows.append(BoldRow(line) if bold else line)
        return rows


def _only_in_budget(said: str, column: BudgetColumn) -> str:
    """A reserve line's figure: ``said`` in the Budget column, nothing in the others."""
    return said if column is BudgetColumn.BUDGET else ""


_BY_HEADER = {text: BudgetColumn(column) for column, text in HEADERS.items()} | {
    text: BudgetColumn(column) for column, text in SHOWN_HEADERS.items()
}


def _signed(project: Project, value: float) -> str:
    """A change of cost with its sign: ``+€640.00`` over budget, ``-€120.00`` under."""
    shown = money(project, value)
    return "+" + shown if round(value, project.currency_digits) > 0 else shown
