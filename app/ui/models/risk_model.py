"""The risk register as a flat Qt table over ``document.plan.risks`` (it owns no data)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from app.domain.errors import AppError, InputError
from app.domain.events import Change, ChangeKind, Entity
from app.domain.money import NO_MARKS, NumberMarks
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.risk import (
    PROBABILITY_RULE,
    RISK_DIGITS,
    Risk,
    RiskResponse,
    RiskStatus,
    non_negative,
    read_probability,
)
from app.domain.risk_fields import parse_field, shown_day, sort_value
from app.domain.risk_register import closed_on, owner_on_team, owner_warning, risk_id
from app.domain.risk_typing import format_task_refs, parse_status, parse_task_refs
from app.domain.risk_watch import overdue, watch_day
from app.domain.typed_money import read_typed_money
from app.domain.typed_rates import plain_number
from app.ui.budget.money import money
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.locale_durations import typed_marks
from app.ui.models.headers import column_title
from app.ui.project_commands import EditRiskCommand

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex

RiskUidRole = Qt.ItemDataRole.UserRole + 11  # int: the risk's uid
RiskSortRole = Qt.ItemDataRole.UserRole + 12  # the raw value to sort a column by
# An owner not on the team: the cell in italics, in the red of the view's refusal line
_OWNER_MARKS = (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)
# A trigger date or review past the status date (app/domain/risk_watch.py): the ID and the
# date past in bold red, said in their tooltips
_DUE_MARKS = _OWNER_MARKS


class RiskColumn(IntEnum):
    """Columns of the register."""

    ID = 0
    TITLE = 1
    PROBABILITY = 2
    IMPACT = 3
    EXPOSURE = 4
    OWNER = 5
    MITIGATION = 6
    CONTINGENCY = 7
    STATUS = 8
    TASKS = 9
    DESCRIPTION = 10
    CATEGORY = 11
    RESPONSE = 12
    RAISED = 13
    NEXT_REVIEW = 14
    CLOSED = 15
    RESIDUAL_PROBABILITY = 16
    RESIDUAL_IMPACT = 17
    RESIDUAL_EXPOSURE = 18
    TRIGGER = 19
    TRIGGER_DATE = 20


RISK_HEADERS: dict[int, str] = {  # by RiskColumn, an int: column_title reads ints
    RiskColumn.ID: "ID",
    RiskColumn.TITLE: "Risk",
    RiskColumn.PROBABILITY: "Probability",
    RiskColumn.IMPACT: "Impact",
    RiskColumn.EXPOSURE: "Exposure",
    RiskColumn.OWNER: "Owner",
    RiskColumn.MITIGATION: "Mitigation",
    RiskColumn.CONTINGENCY: "Contingency",
    RiskColumn.STATUS: "Status",
    RiskColumn.TASKS: "Tasks",
    RiskColumn.DESCRIPTION: "Description",
    RiskColumn.CATEGORY: "Category",
    RiskColumn.RESPONSE: "Response",
    RiskColumn.RAISED: "Raised",
    RiskColumn.NEXT_REVIEW: "Next review",
    RiskColumn.CLOSED: "Closed",
    RiskColumn.RESIDUAL_PROBABILITY: "Residual prob.",
    RiskColumn.RESIDUAL_IMPACT: "Residual impact",
    RiskColumn.RESIDUAL_EXPOSURE: "Residual exposure",
    RiskColumn.TRIGGER: "Trigger",
    RiskColumn.TRIGGER_DATE: "Trigger date",
}
_FIELDS = {
    RiskColumn.TITLE: "title",
    RiskColumn.PROBABILITY: "probability",
    RiskColumn.IMPACT: "impact",
    RiskColumn.OWNER: "owner",
    RiskColumn.MITIGATION: "mitigation",
    RiskColumn.CONTINGENCY: "contingency",
    RiskColumn.STATUS: "status",
    RiskColumn.TASKS: "task_uids",
    RiskColumn.DESCRIPTION: "description",
    RiskColumn.CATEGORY: "category",
    RiskColumn.RESPONSE: "response",
    RiskColumn.RAISED: "raised",
    RiskColumn.NEXT_REVIEW: "next_review",
    RiskColumn.CLOSED: "closed_on",
    RiskColumn.RESIDUAL_PROBABILITY: "residual_probability",
    RiskColumn.RESIDUAL_IMPACT: "residual_impact",
    RiskColumn.RESIDUAL_EXPOSURE: "residual_exposure",
    RiskColumn.TRIGGER: "trigger",
    RiskColumn.TRIGGER_DATE: "trigger_date",
}
# the register's own fields (app/domain/risk_fields.py); the residual exposure is worked out
REGISTER_COLUMNS = tuple(range(RiskColumn.CATEGORY, RiskColumn.TRIGGER_DATE + 1))
_REGISTER = set(REGISTER_COLUMNS)
_NUMBERS = {
    RiskColumn.PROBABILITY,
    RiskColumn.IMPACT,
    RiskColumn.EXPOSURE,
    RiskColumn.CONTINGENCY,
    RiskColumn.RESIDUAL_PROBABILITY,
    RiskColumn.RESIDUAL_IMPACT,
    RiskColumn.RESIDUAL_EXPOSURE,
}
_READ_ONLY = (RiskColumn.ID, RiskColumn.EXPOSURE, RiskColumn.RESIDUAL_EXPOSURE)
_DUE_COLUMNS = (RiskColumn.ID, RiskColumn.NEXT_REVIEW, RiskColumn.TRIGGER_DATE)


def _owner_mark(role: int) -> QColor | QFont:
    if role == Qt.ItemDataRole.ForegroundRole:
        return QColor("#b00020")
    font = QFont()
    font.setItalic(True)
    return font


def _due_mark(role: int) -> QColor | QFont:
    if role == Qt.ItemDataRole.ForegroundRole:
        return QColor("#b00020")
    font = QFont()
    font.setBold(True)
    return font


def parse_amount(
    text: str,
    symbols: tuple[str, ...] = (),
    what: str = "the amount",
    marks: NumberMarks = NO_MARKS,
    digits: int = 2,
) -> float:
    """Read a money amount such as ``12000``, ``12,000``, ``€12 000`` or ``1 234,50 CHF``.

    ``symbols``: the project's currency symbol and code (see ``parse_money``);
    ``what`` names the amount in the message refusing a negative one; ``marks``: the
    reader's locale's (``1.500`` is 1500 in German). As typed money on the task sheet
    (app.domain.typed_money), an amount unclear against ``marks`` (``12.500`` in English:
    12,500 or 12.5?) is refused, not guessed; ``digits``: the currency's decimals.
    """
    return non_negative(what, read_typed_money(text, symbols, marks, "", digits))


_PROBABILITY_TIP = PROBABILITY_RULE


def parse_probability(text: str) -> float:
    """Read a probability typed in percent (``40``, ``40%``) or as a fraction (``0.4``) as
    0..1: the rule the Risks sheet of a client workbook reads too (``read_probability``)."""
    return read_probability(text)


def refused_where(risk: Risk, column: RiskColumn) -> str:
    """Where a refused edit was typed: "R-03 'Vendor late', Probability" (the risk by its ID
    and title, as the register shows them, and the column)."""
    return f"{risk_id(risk.uid)} {quoted(risk.title, NAME_LIMIT)}, {RISK_HEADERS[column]}"


class RiskTableModel(QAbstractTableModel):
    """One row per risk; edits push undo commands."""

    sig_error = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._pending: Change | None = None
        # what "today" is when no status date is set (tests pass a fixed one)
        self.clock: Callable[[], datetime] = datetime.now
        document.plan.changes.subscribe(self._on_plan_after, self._on_plan_before)
        document.sig_changed.connect(self._on_document_changed)

    def detach(self) -> None:
        """Stop following the plan."""
        self.document.plan.changes.unsubscribe(self._on_plan_after, self._on_plan_before)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of risks."""
        return 0 if parent.isValid() else len(self.document.plan.risks)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Number of columns."""
        return 0 if parent.isValid() else len(RiskColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        return column_title(RISK_HEADERS, section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every column but the ID and exposure is editable unless the file is read-only."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.document.read_only or index.column() in _READ_ONLY:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def risk_at(self, row: int) -> Risk:
        """The risk on a row."""
        return self.document.plan.risks[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text."""
        if not index.isValid() or not 0 <= index.row() < len(self.document.plan.risks):
            return None
        risk = self.risk_at(index.row())
        column = RiskColumn(index.column())
        if role == RiskUidRole:
            return risk.uid
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column is RiskColumn.OWNER and role in _OWNER_MARKS and not self.owner_known(risk):
            return _owner_mark(role)  # taken as typed, but marked: not on the team
        if role in _DUE_MARKS and column in _DUE_COLUMNS and self._due_in(risk, column):
            return _due_mark(role)
        if role == RiskSortRole:
            if column is RiskColumn.ID:
                return risk.uid
            if column is RiskColumn.EXPOSURE:
                return risk.exposure
            if column is RiskColumn.STATUS:
                return list(RiskStatus).index(risk.status)
            if column is RiskColumn.TASKS:  # by the first linked task's ID: 11, 14, 22
                return self._first_task_row(risk)
            if column in _REGISTER:
                return sort_value(risk, _FIELDS[column])
            value = getattr(risk, _FIELDS[column])
            return value.casefold() if isinstance(value, str) else value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(risk, column)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        editing = role == Qt.ItemDataRole.EditRole
        if column is RiskColumn.PROBABILITY:
            # With its sign in the editor too: "0.5" typed back would mean 50 %.
            return f"{plain_number(risk.probability * 100)}%"
        if column in (RiskColumn.IMPACT, RiskColumn.EXPOSURE, RiskColumn.CONTINGENCY):
            amount = {
                RiskColumn.IMPACT: risk.impact,
                RiskColumn.EXPOSURE: risk.exposure,
                RiskColumn.CONTINGENCY: risk.contingency,
            }[column]
            return (
                plain_number(amount)
                if editing
                else money(self.document.plan.project, amount, digits=RISK_DIGITS)
            )
        if column is RiskColumn.STATUS:
            return risk.status.value if editing else risk.status.label
        if column is RiskColumn.TASKS:
            return format_task_refs(self.document.plan, risk.task_uids)
        if column is RiskColumn.ID:
            return risk_id(risk.uid)
        if column in _REGISTER:
            return self._register_text(risk, column, editing)
        return str(getattr(risk, _FIELDS[column]))

    def _register_text(self, risk: Risk, column: RiskColumn, editing: bool) -> str:
        """A register field's cell: dates as 2027-03-31, the response by name, the residual
        probability in percent and amounts in whole units; nothing when not set."""
        field = _FIELDS[column]
        value = risk.residual_exposure if field == "residual_exposure" else getattr(risk, field)
        if value is None:
            return ""
        if isinstance(value, RiskResponse):
            return value.value if editing else value.label
        if isinstance(value, date):
            return shown_day(value)
        if column is RiskColumn.RESIDUAL_PROBABILITY:
            return f"{plain_number(float(value) * 100)}%"
        if isinstance(value, float | int):
            if editing:
                return plain_number(value)
            return money(self.document.plan.project, float(value), digits=RISK_DIGITS)
        return str(value)

    def owner_known(self, risk: Risk) -> bool:
        """Whether the risk's owner is someone on the team (or no one is named)."""
        return owner_on_team(risk.owner, (r.name for r in self.document.plan.resources))

    def _first_task_row(self, risk: Risk) -> int:
        """The row ID of the risk's first linked task (past every task's: none linked)."""
        plan = self.document.plan
        rows = [plan.index_of(u) + 1 for u in risk.task_uids if plan.has_task(u)]
        return rows[0] if rows else len(plan.tasks) + 1

    def watch_day(self) -> date:
        """The day trigger and review dates are checked against: the status date, else the
        Current Date, else today."""
        return watch_day(self.document.plan.project, self.clock())

    def _due_in(self, risk: Risk, column: RiskColumn) -> bool:
        """Whether the cell shows something past: the ID of a risk with a date past, or the
        trigger date or review date that is."""
        late = overdue(risk, self.watch_day())
        if column is RiskColumn.ID:
            return bool(late)
        if column is RiskColumn.TRIGGER_DATE:
            return late.trigger_date is not None
        return late.next_review is not None

    def _tooltip(self, risk: Risk, column: RiskColumn) -> str | None:
        if column in _DUE_COLUMNS and self._due_in(risk, column):
            late = overdue(risk, self.watch_day())
            day = self.watch_day().isoformat()
            return f"{late.words().capitalize()} (checked at {day})"
        if column is RiskColumn.PROBABILITY:
            return _PROBABILITY_TIP
        if column is RiskColumn.TITLE:
            return "\n\n".join(t for t in (risk.title, risk.description) if t)
        if column is RiskColumn.MITIGATION:
            return risk.mitigation or None
        if column is RiskColumn.OWNER and not self.owner_known(risk):
            return owner_warning(risk.owner)
        if column is RiskColumn.DESCRIPTION:
            return risk.description or None
        if column is RiskColumn.TASKS:
            plan = self.document.plan
            names = [
                f"{plan.index_of(u) + 1}. {plan.task(u).name}"
                for u in risk.task_uids
                if plan.has_task(u)
            ]
            return "\n".join(names) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Push an undo command for the edit; bad input emits ``sig_error`` instead."""
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        risk = self.risk_at(index.row())
        column = RiskColumn(index.column())
        text = "" if value is None else str(value)
        try:
            try:
                new = self._parse(column, text)
            except InputError as exc:  # say which risk and column refused it, as the sheet does
                raise InputError(f"{refused_where(risk, column)}: {exc}") from None
            if getattr(risk, _FIELDS[column]) == new:
                return True
            known = column is not RiskColumn.OWNER or self.owner_known(
                replace(risk, owner=str(new))
            )
            label = (
                f"Rename risk {quoted(risk.title, NAME_LIMIT)} to {quoted(new, NAME_LIMIT)}"
                if column is RiskColumn.TITLE
                else f"Edit {RISK_HEADERS[column].lower()} of risk {quoted(risk.title, NAME_LIMIT)}"
            )
            fields: dict[str, Any] = {_FIELDS[column]: new}
            if column is RiskColumn.STATUS:  # closing dates it, reopening clears the date
                fields["closed_on"] = closed_on(risk, new)  # type: ignore[arg-type]
            execute(self.document, EditRiskCommand(self.document, risk.uid, label, **fields))
        except AppError as exc:
            self.sig_error.emit(str(exc))
            return False
        if not known:  # taken, as MS Project takes a name it does not know, but told
            self.sig_error.emit(owner_warning(str(new)))
        return True

    def _parse(self, column: RiskColumn, text: str) -> object:
        if column is RiskColumn.TITLE:
            if not text.strip():
                raise InputError("a risk needs a title")
            return text.strip()
        if column is RiskColumn.PROBABILITY:
            return parse_probability(text)
        if column in (RiskColumn.IMPACT, RiskColumn.CONTINGENCY):
            project = self.document.plan.project
            symbols = (project.currency_symbol, project.currency)
            digits = project.currency_digits
            return parse_amount(text, symbols, marks=typed_marks(), digits=digits)
        if column is RiskColumn.STATUS:
            return parse_status(text)
        if column is RiskColumn.TASKS:
            return parse_task_refs(self.document.plan, text)
        if column in _REGISTER:
            project = self.document.plan.project
            symbols = (project.currency_symbol, project.currency)
            digits = project.currency_digits
            return parse_field(
                _FIELDS[column],
                text,
                lambda t: read_typed_money(t, symbols, typed_marks(), "", digits),
            )
        return text.strip()

    # ------------------------------------------------------------------ plan events

    def _on_plan_before(self, change: Change) -> None:
        if change.entity is not Entity.RISK:
            return
        plan = self.document.plan
        if change.kind is ChangeKind.ADDED:
            row = len(plan.risks) if change.index is None else change.index
            self.beginInsertRows(QModelIndex(), row, row)
        elif change.kind is ChangeKind.REMOVED:
            row = change.index if change.index is not None else 0
            self.beginRemoveRows(QModelIndex(), row, row)

    def _on_plan_after(self, change: Change) -> None:
        if change.entity is not Entity.RISK:
            return
        if change.kind is ChangeKind.ADDED:
            self.endInsertRows()
        elif change.kind is ChangeKind.REMOVED:
            self.endRemoveRows()
        elif change.index is not None:
            self.dataChanged.emit(
                self.index(change.index, 0), self.index(change.index, len(RiskColumn) - 1)
            )

    def _on_document_changed(self) -> None:
        # Row IDs of linked tasks move when tasks are inserted or deleted.
        if self.rowCount():
            last = self.rowCount() - 1
            self.dataChanged.emit(
                self.index(0, RiskColumn.TASKS), self.index(last, RiskColumn.TASKS)
            )
