"""The team roster as a Qt table model over ``document.plan.resources`` (it owns no data).

Edits push undo commands; plan events become row inserts/removals and
dataChanged; a reschedule refreshes the computed columns (work, cost,
over-allocation).
"""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.errors import AppError, InputError
from app.domain.events import Change, ChangeKind, Entity
from app.domain.first_rate import with_first_rate
from app.domain.leveling_basis import basis_note
from app.domain.notation import format_work
from app.domain.project import Project
from app.domain.resource import (
    NAME_SEPARATORS,
    Resource,
    ResourceType,
    check_max_units,
    check_name_length,
    check_rate,
)
from app.domain.typed_rates import typed_amount, typed_number, typed_rate
from app.domain.usage_bookings import Bookings
from app.report.locale_numbers import local_figure, locale_marks
from app.report.person_indicators import over_tip
from app.ui.budget.money import money
from app.ui.commands import execute, quoted
from app.ui.document import Document
from app.ui.models.headers import column_title
from app.ui.team.commands import UpdateResourceCommand
from app.ui.team.over_look import OVER_LOOK, over_name_look
from app.ui.team.pool_over import over_across, over_line
from app.ui.team.rate_texts import editor_number, percent_text, rate_cell_text

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex
ResourceUidRole = Qt.ItemDataRole.UserRole + 11
OverallocatedRole = Qt.ItemDataRole.UserRole + 12
SortRole = Qt.ItemDataRole.UserRole + 13  # what a click on the column's title sorts by
_OVER = QColor(200, 30, 30)


class RosterColumn(IntEnum):
    """Columns of the roster table."""

    NAME = 0
    TYPE = 1
    ROLE = 2
    EMAIL = 3
    SKILLS = 4
    MAX_UNITS = 5
    STANDARD_RATE = 6
    OVERTIME_RATE = 7
    COST_PER_USE = 8
    WORK = 9
    COST = 10
    OVERALLOCATED = 11
    CAN_LEVEL = 12
    BUDGET = 13  # a budget resource's Budget Cost or Work (hidden until the header shows it)


HEADERS: dict[int, str] = {  # by RosterColumn, an int: column_title reads ints
    RosterColumn.NAME: "Name",
    RosterColumn.TYPE: "Type",
    RosterColumn.ROLE: "Role",
    RosterColumn.EMAIL: "Email",
    RosterColumn.SKILLS: "Skills",
    RosterColumn.MAX_UNITS: "Max units",
    RosterColumn.STANDARD_RATE: "Std. rate",
    RosterColumn.OVERTIME_RATE: "Ovt. rate",
    RosterColumn.COST_PER_USE: "Cost/use",
    RosterColumn.WORK: "Work",
    RosterColumn.COST: "Cost",
    RosterColumn.OVERALLOCATED: "Over-allocated",
    RosterColumn.CAN_LEVEL: "Can level",
    RosterColumn.BUDGET: "Budget",
}
# Budget is typed in Details… (its Budget box), as MS Project's Resource Information
_EDITABLE = set(RosterColumn) - {
    RosterColumn.WORK,
    RosterColumn.COST,
    RosterColumn.OVERALLOCATED,
    RosterColumn.BUDGET,
}
_TYPE_NAMES = {
    ResourceType.WORK: "Work",
    ResourceType.MATERIAL: "Material",
    ResourceType.COST: "Cost",
}
# Cells a kind of resource does not have, as MS Project's resource sheet leaves them
# blank: materials and cost items have no max units, materials no overtime rate, and a
# cost item no rate at all (its amount is typed per task).
_NOT_FOR = {
    ResourceType.MATERIAL: (
        RosterColumn.MAX_UNITS,
        RosterColumn.OVERTIME_RATE,
        RosterColumn.CAN_LEVEL,
    ),
    ResourceType.COST: (
        RosterColumn.MAX_UNITS,
        RosterColumn.CAN_LEVEL,
        RosterColumn.STANDARD_RATE,
        RosterColumn.OVERTIME_RATE,
        RosterColumn.COST_PER_USE,
    ),
}


def budget_text(res: Resource, project: Project) -> str:
    """A budget resource's target, as its Budget column shows it: Budget Cost for a cost
    resource, Budget Work for the others; blank for everyone else."""
    if not res.is_budget:
        return ""
    if res.type is ResourceType.COST:
        return money(project, res.budget_cost)
    return format_work(res.budget_work_minutes, project)


def applies(kind: ResourceType, column: RosterColumn) -> bool:
    """False for a cell this kind of resource does not have (a material's max units)."""
    return column not in _NOT_FOR.get(kind, ())


_NUMERIC = {
    RosterColumn.MAX_UNITS,
    RosterColumn.STANDARD_RATE,
    RosterColumn.OVERTIME_RATE,
    RosterColumn.COST_PER_USE,
    RosterColumn.WORK,
    RosterColumn.COST,
    RosterColumn.BUDGET,
}


def edited(
    resource: Resource,
    column: RosterColumn,
    text: str,
    symbols: tuple[str, ...] = (),
    project: Project | None = None,
    separators: tuple[str, str] = (",", "."),
) -> Resource:
    """The resource with one cell changed from typed text (InputError if unreadable).

    ``symbols``: the project's currency symbol and code, which a typed rate may carry.
    A rate may name its time unit as MS Project takes it (``1,200/d``, ``150/w``, ``m h d w
    mo y``): it is kept per hour, converted by ``project``'s hours per day, week and month,
    and shown in the unit typed (a bare amount: per hour). Max units past
    :data:`~app.domain.resource.MAX_UNITS` is refused; it may group its thousands by the
    locale's ``separators`` (group, decimal point): "1,000,001 %" is past it, not unreadable.
    """
    text = str(text)
    if column is RosterColumn.NAME:
        check_name(text)
        check_name_length(text.strip())
        return replace(resource, name=text.strip())
    if column is RosterColumn.TYPE:
        for kind, label in _TYPE_NAMES.items():
            if label.casefold().startswith(text.strip().casefold()) and text.strip():
                return replace(resource, type=kind)
        raise InputError(f"type {quoted(text)}: choose Work, Material or Cost")
    if column is RosterColumn.ROLE:
        return replace(resource, role=text.strip())
    if column is RosterColumn.EMAIL:
        return replace(resource, email=text.strip())
    if column is RosterColumn.SKILLS:
        skills = tuple(s.strip() for s in text.split(",") if s.strip())
        return replace(resource, skills=skills)
    if column is RosterColumn.CAN_LEVEL:
        return replace(resource, can_level=_yes_no(text))
    if column is RosterColumn.MAX_UNITS:
        title = HEADERS[column]  # named as the column's title, as every refusal names it
        value = typed_number(text, title, *separators)
        units = value / 100.0  # the cell shows and takes percent, as MS Project does
        if units < 0:
            raise InputError(f"{title}: {quoted(text.strip())} is negative; type 0% or more")
        check_max_units(units, text.strip())
        return replace(resource, max_units=units)
    project = project or Project()
    if column is RosterColumn.COST_PER_USE:
        value = typed_amount(text, HEADERS[column], symbols, marks=separators)
        check_rate(value, text.strip(), HEADERS[column])
        return with_first_rate(resource, {"cost_per_use": value})
    value, unit = typed_rate(text, resource, project, HEADERS[column], symbols, separators)
    if column is RosterColumn.STANDARD_RATE:
        return with_first_rate(resource, {"standard_rate": value, "standard_rate_unit": unit})
    return with_first_rate(resource, {"overtime_rate": value, "overtime_rate_unit": unit})


def _yes_no(text: str) -> bool:
    """Can level as typed or pasted: Yes/No (or true/false, 1/0), as the cell shows it."""
    word = text.strip().casefold()
    if word in ("yes", "y", "true", "1"):
        return True
    if word in ("no", "n", "false", "0"):
        return False
    raise InputError(f"Can level: {quoted(text)} is neither Yes nor No")


def check_name(name: str) -> None:
    """Refuse an empty name, or one holding what the People column reads as a separator."""
    if not name.strip():
        raise InputError("a team member needs a name")
    found = [c for c in NAME_SEPARATORS if c in name]
    if found:
        raise InputError(
            f"{quoted(name.strip())}: a name cannot hold {' '.join(found)}; the People column "
            "separates people with , and ; and puts units in [ ]"
        )


def check_unique_name(resources: list[Resource], uid: int, name: str) -> None:
    """Refuse a name another team member has: the People column finds people by name."""
    folded = name.casefold()
    for other in resources:
        if other.uid != uid and other.name.casefold() == folded:
            raise InputError(
                f"{quoted(other.name)} is already in the team; give each person a name of their own"
            )


class RosterModel(QAbstractTableModel):
    """One row per person, material or cost item."""

    sig_error = Signal(str)  # why an edit was refused; "" once an edit goes through

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.last_error: str = ""
        document.plan.changes.subscribe(self._on_plan_after, self._on_plan_before)
        document.sig_schedule_changed.connect(self._on_schedule_changed)
        self._removing = False
        self._rows = len(document.plan.resources)  # rows the views know about

    def detach(self) -> None:
        """Stop following the plan (the window is closing)."""
        self.document.plan.changes.unsubscribe(self._on_plan_after, self._on_plan_before)

    # ------------------------------------------------------------------ Qt API

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of roster entries (0 under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self.document.plan.resources)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Number of columns."""
        return 0 if parent.isValid() else len(RosterColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        return column_title(HEADERS, section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Computed columns are read-only."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = RosterColumn(index.column())
        if column not in _EDITABLE or self.document.read_only:
            return base
        if index.row() < len(self.document.plan.resources):
            res = self.document.plan.resources[index.row()]
            if column in _NOT_FOR.get(res.type, ()):
                return base
            if column is RosterColumn.MAX_UNITS and res.availability:
                return base  # the availability periods decide (Details… > Availability)
        if column is RosterColumn.CAN_LEVEL:
            return base | Qt.ItemFlag.ItemIsUserCheckable  # a click ticks it; no text editor
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, alignment, over-allocation colour and the resource uid."""
        if not index.isValid() or index.row() >= len(self.document.plan.resources):
            return None
        res = self.document.plan.resources[index.row()]
        column = RosterColumn(index.column())
        across = over_across(self.document)  # with the other plans' work the window includes
        over = res.uid in self.document.costs.overallocated or res.uid in across
        if role == ResourceUidRole:
            return res.uid
        if role == OverallocatedRole:
            return over
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column is RosterColumn.OVERALLOCATED:
                return "Yes" if over else ""
            return self._text(res, column, role == Qt.ItemDataRole.EditRole)
        if role == SortRole:
            return self._sort_key(res, column, over)
        if role == Qt.ItemDataRole.CheckStateRole and column is RosterColumn.CAN_LEVEL:
            if column in _NOT_FOR.get(res.type, ()):
                return None
            return Qt.CheckState.Checked if res.can_level else Qt.CheckState.Unchecked
        if over and column is RosterColumn.NAME and role in OVER_LOOK:  # not red alone
            return over_name_look(role, QBrush(_OVER), res.name)
        periods = column is RosterColumn.MAX_UNITS and bool(res.availability)
        if role == Qt.ItemDataRole.ToolTipRole and periods and res.type is ResourceType.WORK:
            return follows_periods(res.name)
        if role == Qt.ItemDataRole.ToolTipRole and over:  # when and why, as Usage's mark says
            document = self.document
            found = Bookings(document.plan, document.schedule).overallocations(res.uid)
            tip = over_tip(res.name, found) if found else f"{res.name} is over-allocated"
            if res.uid in across:  # when, and with which other plans
                line = over_line(across[res.uid])
                tip = f"{tip}\n{line}" if found else line
            # MS Project's indicator follows the leveling basis: "should be leveled" or not
            note = basis_note(document.plan, document.schedule, res.uid)
            return f"{tip}\n{note}" if note else tip
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, res: Resource, column: RosterColumn, editing: bool) -> str:
        project = self.document.plan.project
        if column in _NOT_FOR.get(res.type, ()):
            return ""
        if column is RosterColumn.NAME:
            return res.name
        if column is RosterColumn.TYPE:
            return _TYPE_NAMES[res.type]
        if column is RosterColumn.ROLE:
            return res.role
        if column is RosterColumn.EMAIL:
            return res.email
        if column is RosterColumn.SKILLS:
            return ", ".join(res.skills)
        if column is RosterColumn.CAN_LEVEL:
            return "Yes" if res.can_level else "No"
        if column is RosterColumn.MAX_UNITS:
            if res.availability:  # the periods' units, lowest to highest
                low = percent_text(min(av.units for av in res.availability))
                high = percent_text(max(av.units for av in res.availability))
                return f"{low}%" if low == high else f"{low} to {high}%"
            return (
                percent_text(res.max_units, editing)
                if editing
                else f"{percent_text(res.max_units)}%"
            )
        if column is RosterColumn.STANDARD_RATE:
            return rate_cell_text(project, res.standard_rate, res.standard_rate_unit, res, editing)
        if column is RosterColumn.OVERTIME_RATE:
            return rate_cell_text(project, res.overtime_rate, res.overtime_rate_unit, res, editing)
        if column is RosterColumn.COST_PER_USE:
            return editor_number(res.cost_per_use) if editing else money(project, res.cost_per_use)
        if column is RosterColumn.WORK:
            return self._work(res)
        if column is RosterColumn.BUDGET:
            return budget_text(res, project)
        return money(project, self.document.costs.resource_cost.get(res.uid, 0.0))

    def _sort_key(self, res: Resource, column: RosterColumn, over: bool) -> str | float:
        """Numbers sort as numbers (a blank cell first), text without regard to case."""
        if column is RosterColumn.OVERALLOCATED:
            return 1.0 if over else 0.0
        if column not in _NUMERIC:
            return self._text(res, column, False).casefold()
        if column in _NOT_FOR.get(res.type, ()):
            return -1.0
        if column is RosterColumn.MAX_UNITS:
            return min((av.units for av in res.availability), default=res.max_units)
        if column is RosterColumn.STANDARD_RATE:
            return res.standard_rate
        if column is RosterColumn.OVERTIME_RATE:
            return res.overtime_rate
        if column is RosterColumn.COST_PER_USE:
            return res.cost_per_use
        if column is RosterColumn.WORK:
            if res.type is ResourceType.MATERIAL:
                return float(
                    sum(a.units for a in self.document.plan.assignments_of_resource(res.uid))
                )
            return float(self.document.costs.resource_work_minutes.get(res.uid, 0))
        if column is RosterColumn.BUDGET:
            if not res.is_budget:
                return -1.0
            return res.budget_cost if res.type is ResourceType.COST else res.budget_work_minutes
        return self.document.costs.resource_cost.get(res.uid, 0.0)

    def _work(self, res: Resource) -> str:
        """Hours for a person, the quantity assigned for a material, nothing for a cost item."""
        marks = locale_marks()  # 1.234,5h in German, as the assignment list writes work
        if res.type is ResourceType.MATERIAL:
            total = sum(a.units for a in self.document.plan.assignments_of_resource(res.uid))
            return local_figure(f"{total:,g} {res.material_label}".strip(), marks)
        if res.type is ResourceType.COST:
            return ""
        minutes = self.document.costs.resource_work_minutes.get(res.uid, 0)
        # Two decimals at most, as MS Project shows 35.2 hrs (whole hours hid 12 minutes).
        return local_figure(f"{minutes / 60:,.2f}".rstrip("0").rstrip(".") + "h", marks)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Push an edit as an undo command; a value that cannot be read is refused."""
        if not index.isValid():
            return False
        res = self.document.plan.resources[index.row()]
        column = RosterColumn(index.column())
        if role == Qt.ItemDataRole.CheckStateRole and column is RosterColumn.CAN_LEVEL:
            if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
                return False
            ticked = Qt.CheckState(value) == Qt.CheckState.Checked  # views send an int
            value = "Yes" if ticked else "No"
        elif role != Qt.ItemDataRole.EditRole:
            return False
        try:
            command = self.edit_command(res, column, str(value))
            if command is None:
                return False
            self.last_error = ""  # the view reads it while the edit's rows repaint
            execute(self.document, command)
        except AppError as exc:
            self.last_error = str(exc)
            self.sig_error.emit(self.last_error)
            return False
        self.sig_error.emit("")
        return True

    def edit_command(
        self, res: Resource, column: RosterColumn, text: str
    ) -> UpdateResourceCommand | None:
        """The undo step typing ``text`` into ``res``'s cell makes (None: it changes nothing);
        InputError when it cannot be read."""
        if column is RosterColumn.MAX_UNITS and res.availability:
            raise InputError(follows_periods(res.name))
        project = self.document.plan.project
        symbols = (project.currency_symbol, project.currency)
        locale = QLocale()
        separators = (locale.groupSeparator(), locale.decimalPoint())
        new = edited(res, column, text, symbols, project, separators)
        if new == res:
            return None
        if column is RosterColumn.NAME:
            check_unique_name(self.document.plan.resources, res.uid, new.name)
        title = f"Edit {HEADERS[column].lower()} of {quoted(res.name)}"
        return UpdateResourceCommand(self.document, new, title)

    def uid_at(self, row: int) -> int | None:
        """Resource uid of a row."""
        resources = self.document.plan.resources
        return resources[row].uid if 0 <= row < len(resources) else None

    def row_of(self, uid: int) -> int | None:
        """Row of a resource uid."""
        for i, r in enumerate(self.document.plan.resources):
            if r.uid == uid:
                return i
        return None

    # ------------------------------------------------------------------ plan events

    def _on_plan_before(self, change: Change) -> None:
        if change.entity is not Entity.RESOURCE:
            return
        if change.kind is ChangeKind.ADDED:
            n = len(self.document.plan.resources)
            row = n if change.index is None else min(change.index, n)
            self.beginInsertRows(_ROOT, row, row)
        elif change.kind is ChangeKind.REMOVED:
            removed = self.row_of(int(change.keys[0]))  # type: ignore[call-overload]
            if removed is not None:
                self._removing = True
                self.beginRemoveRows(_ROOT, removed, removed)

    def _on_plan_after(self, change: Change) -> None:
        if change.entity is not Entity.RESOURCE:
            return
        if change.kind is ChangeKind.ADDED:
            self.endInsertRows()
        elif change.kind is ChangeKind.REMOVED:
            if self._removing:
                self._removing = False
                self.endRemoveRows()
        else:
            row = change.index if change.index is not None else 0
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(RosterColumn) - 1))
        self._rows = len(self.document.plan.resources)

    def refresh_marks(self) -> None:
        """Every row again: the other plans included changed, and who they over-allocate."""
        self._on_schedule_changed()

    def _on_schedule_changed(self) -> None:
        n = len(self.document.plan.resources)
        if n != self._rows:  # resources replaced without events (a bulk load): start over
            self.beginResetModel()
            self._rows = n
            self.endResetModel()
            return
        if n:
            self.dataChanged.emit(self.index(0, 0), self.index(n - 1, len(RosterColumn) - 1))


def follows_periods(name: str) -> str:
    """Why person ``name``'s Max units cannot be typed, as the roster, Details… for several
    people and a paste say it, naming the field by the column's title (the Team member
    dialog's too): "Max units: Ana's follow their availability periods: change them in
    Details… > Availability"."""
    return (
        f"{HEADERS[RosterColumn.MAX_UNITS]}: {name}'s follow their availability periods: "
        "change them in Details… > Availability"
    )
