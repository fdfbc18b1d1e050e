"""Everything about one team member: identity, type, rates by date (tables A-E), availability, calendar.

The dialog edits a copy; :meth:`ResourceDialog.resource` reads the form back
into a new :class:`Resource` (InputError for a value it cannot read), which the
caller pushes as one undo command. Its Change Working Time… button (MS Project's, on
Resource Information's General tab) applies nothing itself: the calendars changed there
come back with the resource (:class:`~app.ui.team.person_details.PersonDetails`) and go
into the plan in the same step, only on OK.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.calendar import Calendar
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.quoting import quoted
from app.domain.resource import (
    MAX_UNITS,
    Availability,
    RateEntry,
    RateUnit,
    Resource,
    ResourceType,
    check_availability,
    check_max_units,
    check_name_length,
    check_rate_dates,
)
from app.domain.task import CostAccrual
from app.domain.typed_rates import typed_number
from app.domain.vacations import own_calendar, people_calendars
from app.report.locale_numbers import local_figure, locale_marks
from app.ui.budget.money import money
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.assignment_info import clean_notes
from app.ui.dialogs.buttons import ok_cancel
from app.ui.dialogs.working_time_dialog import WorkingTimeDialog
from app.ui.document import Document
from app.ui.team.budget_fields import BudgetFields
from app.ui.team.person_details import PersonDetails
from app.ui.team.rate_rows import date_text, fill_from_row_above, parse_date, read_rate_rows
from app.ui.team.rate_texts import rate_text
from app.ui.team.roster_model import check_name, check_unique_name

RATE_TABLES = "ABCDE"
_KEPT_ROLE = Qt.ItemDataRole.UserRole + 1  # (text shown, the value it shows)


def _parse_float(text: str, what: str) -> float:
    """Units typed in percent, in the locale's numbers as the roster's Max units reads them
    ("1.000 %" is a thousand in German); a blank cell is 0."""
    marks = locale_marks()
    value = typed_number(text.strip() or "0", what, marks.group, marks.decimal)
    if value < 0:
        raise InputError(f"{what}: {quoted(text.strip())} is negative; rates and units cannot be")
    return value


def _rate_cell(hourly: float, unit: RateUnit, kind: ResourceType, project: Project) -> str:
    """A rate as the roster shows it, in the plan's money and the locale's separators: a
    person's with its unit (``€1,200.00/d``, ``€85.00/h``), a material's as the amount per
    its label (``€5.00``: the label may change on the General tab)."""
    if kind is not ResourceType.WORK:
        return money(project, hourly)
    return rate_text(hourly, unit, project)


class _Grid(QWidget):
    """An editable table with add/remove row buttons."""

    def __init__(self, headers: list[str], name: str) -> None:
        super().__init__()
        self.table = QTableWidget(0, len(headers))
        self.table.setAccessibleName(name)  # a screen reader's name for the grid
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setStretchLastSection(True)
        add = QPushButton("Add row")
        remove = QPushButton("Remove row")
        add.clicked.connect(lambda: self.add_row([""] * len(headers)))
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, cells: list[str], kept: Sequence[object] = ()) -> None:
        """Append a row of texts; ``kept``: the values the texts show, read back as they
        were while their text is not changed (``€85.01/y`` is not 85.0096 a year)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if col < len(kept):
                item.setData(_KEPT_ROLE, (text, kept[col]))
            self.table.setItem(row, col, item)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def rows(self) -> list[list[str]]:
        """Texts of every non-empty row."""
        return [cells for cells, _kept in self.kept_rows()]

    def kept_rows(self) -> list[tuple[list[str], list[object]]]:
        """Texts of every non-empty row, each with the value it showed when unchanged
        (else None)."""
        out = []
        for r in range(self.table.rowCount()):
            items = [self.table.item(r, c) for c in range(self.table.columnCount())]
            cells = [item.text() if item else "" for item in items]
            if any(c.strip() for c in cells):
                out.append((cells, [_kept(item) for item in items]))
        return out


def _kept(item: QTableWidgetItem | None) -> object:
    """The value ``item`` was filled with, while its text is the one it showed."""
    shown = None if item is None else item.data(_KEPT_ROLE)
    if item is not None and isinstance(shown, tuple) and shown[0] == item.text():
        return shown[1]
    return None


class ResourceDialog(QDialog):
    """Edit one roster entry in full."""

    def __init__(
        self,
        plan: Plan,
        resource: Resource,
        parent: QWidget | None = None,
        document: Document | None = None,
    ) -> None:
        """``document``: the plan's, for Change Working Time… (greyed without one)."""
        super().__init__(parent)
        self.setWindowTitle(f"Team member: {resource.name}")
        self._document = document
        #: calendars changed in Change Working Time… (by uid), applied with OK
        self.calendars: dict[int, Calendar] = {}
        self._original = resource
        self._team = list(plan.resources)
        self._project = plan.project
        self.name = QLineEdit(resource.name)
        self.initials = QLineEdit(resource.initials)
        self.role = QLineEdit(resource.role)
        self.email = QLineEdit(resource.email)
        self.skills = QLineEdit(", ".join(resource.skills))
        self.kind = QComboBox()
        for kind in ResourceType:
            self.kind.addItem(kind.name.title(), kind)
        self.kind.setCurrentIndex(self.kind.findData(resource.type))
        self.material_label = QLineEdit(resource.material_label)
        self.max_units = QDoubleSpinBox()
        self.max_units.setRange(0, MAX_UNITS * 100)
        self.max_units.setSuffix(" %")
        self.max_units.setValue(resource.max_units * 100)
        # MS Project's "Can level": off, leveling delays nothing for this person.
        self.can_level = QCheckBox("Leveling may delay tasks to resolve this person's clashes")
        self.can_level.setChecked(resource.can_level)
        # MS Project's Budget box and its target
        self.budget = BudgetFields(plan, resource, self.kind)
        self.accrue = QComboBox()
        for accrual in CostAccrual:
            self.accrue.addItem(accrual.name.title(), accrual)
        self.accrue.setCurrentIndex(self.accrue.findData(resource.accrue_at))
        # The choice is the calendar the person works on. Someone with days off has a
        # calendar of their own based on it: the base is shown, and the Team view moves
        # their own calendar onto a new choice so the days off stay. Nobody else's own
        # calendar (their vacations) is offered.
        own = own_calendar(plan, resource)
        personal = {c.uid for r in plan.resources if (c := own_calendar(plan, r)) is not None}
        self.calendar = QComboBox()
        self.calendar.addItem("Project calendar", None)
        for cal in plan.calendars.values():
            if cal.uid not in personal:
                self.calendar.addItem(cal.name, cal.uid)
        current = own.base_uid if own is not None else resource.calendar_uid
        if own is not None and current == plan.project.calendar_uid:
            current = None
        self.calendar.setCurrentIndex(max(self.calendar.findData(current), 0))
        self.working_time = QPushButton("Change Working Time…")
        self.working_time.setToolTip(
            "This person's working week, hours and days off, as MS Project's Resource"
            " Information has it; applied with OK"
        )
        self.working_time.clicked.connect(self.change_working_time)
        self.kind.currentIndexChanged.connect(self._grey_working_time)
        self._grey_working_time()

        general = QWidget()
        form = QFormLayout(general)
        form.addRow("Name", self.name)
        form.addRow("Initials", self.initials)
        form.addRow("Role", self.role)
        form.addRow("Email", self.email)
        form.addRow("Skills", self.skills)
        form.addRow("Type", self.kind)
        form.addRow("Material label", self.material_label)
        form.addRow("Max units", self.max_units)
        form.addRow("Can level", self.can_level)
        self.budget.add_to(form)
        form.addRow("Cost accrues", self.accrue)
        calendar_row = QHBoxLayout()
        calendar_row.addWidget(self.calendar, 1)
        calendar_row.addWidget(self.working_time)
        form.addRow("Calendar", calendar_row)
        self.notes = QPlainTextEdit(resource.notes)  # notes read from MS Project span lines
        self.notes.setTabChangesFocus(True)  # Tab moves on, as in Assignment Information
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        form.addRow("Notes", self.notes)

        self.rates = QTabWidget()
        self.rate_grids: list[_Grid] = []
        tables = list(resource.rate_tables) or [
            (
                RateEntry(
                    None,
                    resource.standard_rate,
                    resource.overtime_rate,
                    resource.cost_per_use,
                    resource.standard_rate_unit,
                    resource.overtime_rate_unit,
                ),
            )
        ]
        project = plan.project
        for k, letter in enumerate(RATE_TABLES):
            # MS Project's Cost Rate Tables: each rate in the unit it was typed in (1200/d)
            headers = ["Effective from", "Standard rate", "Overtime rate", "Per use"]
            grid = _Grid(headers, f"Cost rate table {letter}")
            for entry in tables[k] if k < len(tables) else ():
                standard = (entry.standard_rate, entry.standard_rate_unit)
                overtime = (entry.overtime_rate, entry.overtime_rate_unit)
                grid.add_row(
                    [
                        date_text(entry.start),
                        _rate_cell(*standard, resource.type, project),
                        _rate_cell(*overtime, resource.type, project),
                        money(project, entry.cost_per_use),
                    ],
                    (None, standard, overtime, entry.cost_per_use),
                )
            grid.table.setToolTip(
                "A date typed into a new row fills its rates from the row above; a blank rate"
                " takes the row before's, +10% or -5% raises or cuts it"
            )
            grid.table.itemChanged.connect(
                lambda item, table=grid.table: fill_from_row_above(table, item, _KEPT_ROLE)
            )
            self.rates.addTab(grid, letter)
            self.rate_grids.append(grid)
        self.availability = _Grid(["From", "To", "Units %"], "Resource availability")
        for av in resource.availability:
            self.availability.add_row(
                [
                    date_text(av.start),
                    date_text(av.finish, True),
                    local_figure(f"{av.units * 100:g}", locale_marks()),  # 12,5 in German
                ]
            )
        tabs = QTabWidget()
        tabs.addTab(general, "General")
        tabs.addTab(self.rates, "Cost rate tables")
        tabs.addTab(self.availability, "Availability")
        buttons = ok_cancel(self, on_ok=self._on_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        give_access_keys(self)  # Alt+letter to each field, read by screen readers
        self.name.setFocus()  # opens on the first field, not on the tab bar

    def resource(self) -> Resource:
        """The edited resource; InputError names the first value that cannot be read."""
        name = self.name.text().strip()
        check_name(name)
        check_name_length(name)
        check_unique_name(self._team, self._original.uid, name)
        tables: list[tuple[RateEntry, ...]] = []
        # a rate is read as the kind the form now says (a material's is per its label)
        kind = replace(
            self._original,
            name=name,
            type=self.kind.currentData(),
            material_label=self.material_label.text().strip(),
        )
        for letter, grid in zip(RATE_TABLES, self.rate_grids, strict=True):
            # a cell left as shown keeps its value: money rounds (€85.01/y for 85.0096);
            # a blank one takes the row before's, +10% raises it, as in MS Project
            what = f"rate table {letter}"
            entries = list(read_rate_rows(grid.kept_rows(), kind, self._project, what))
            check_rate_dates(tuple(entries), f"rate table {letter}")
            tables.append(tuple(entries))
        while tables and not tables[-1]:
            tables.pop()
        availability = []
        for cells in self.availability.rows():
            start = parse_date(cells[0], "availability")
            finish = parse_date(cells[1], "availability", last_day=True)
            if start and finish and finish < start:
                raise InputError("availability: a period cannot end before it starts")
            units = _parse_float(cells[2], "availability units")
            check_max_units(units / 100, cells[2].strip(), "availability units")
            availability.append(Availability(start, finish, units / 100))
        check_availability(tuple(availability))
        first = tables[0][0] if tables and tables[0] else RateEntry(None)
        edited = replace(
            self._original,
            name=name,
            initials=self.initials.text().strip(),
            role=self.role.text().strip(),
            email=self.email.text().strip(),
            skills=tuple(s.strip() for s in self.skills.text().split(",") if s.strip()),
            type=self.kind.currentData(),
            material_label=self.material_label.text().strip(),
            max_units=self.max_units.value() / 100,
            can_level=self.can_level.isChecked(),
            accrue_at=self.accrue.currentData(),
            calendar_uid=self.calendar.currentData(),
            standard_rate=first.standard_rate,
            overtime_rate=first.overtime_rate,
            cost_per_use=first.cost_per_use,
            standard_rate_unit=first.standard_rate_unit,
            overtime_rate_unit=first.overtime_rate_unit,
            # a single undated rate is just the standard rate: keep the simple form
            rate_tables=()
            if len(tables) == 1 and len(tables[0]) == 1 and first.start is None
            else tuple(tables),
            availability=tuple(availability),
            notes=clean_notes(self.notes.toPlainText()),  # pasted from a slide: \v
        )
        return self.budget.read(edited)

    def _grey_working_time(self) -> None:
        """Only a person has working time (a material or cost item has none), as in MS
        Project."""
        work = self.kind.currentData() is ResourceType.WORK
        self.working_time.setEnabled(self._document is not None and work)

    def change_working_time(self) -> None:
        """Change Working Time on this person's calendar, based on the calendar chosen above;
        its OK keeps the changes for this dialog's OK (Cancel here drops them)."""
        document = self._document
        if document is None:
            return
        plan = document.plan
        people = people_calendars(plan, plan.next_calendar_uid())  # as the dialog lists them
        edits = dict(self.calendars)
        mine = [cal for person, cal in people.values() if person == self._original.uid]
        if mine:  # shown on the base chosen here, as Details' OK bases it there
            base = self.calendar.currentData()
            base = plan.project.calendar_uid if base is None else base
            shown = edits.get(mine[0].uid, mine[0])
            if shown.base_uid != base:
                edits[shown.uid] = replace(shown, base_uid=base)
        typed = {self._original.uid: self.name.text().strip()}  # renamed here: as typed
        dialog = WorkingTimeDialog(document, self, self._original.uid, edits, False, typed)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.calendars = dialog.kept
        for uid, cal in self.calendars.items():  # a calendar made there may be chosen here
            made = uid not in plan.calendars and uid not in people
            if made and self.calendar.findData(uid) < 0:
                self.calendar.addItem(cal.name, uid)

    def _on_ok(self) -> None:
        try:
            self.resource()
        except InputError as exc:
            QMessageBox.warning(self, "Team member", str(exc))
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, plan: Plan, resource: Resource
    ) -> Resource | PersonDetails | None:
        """Modal edit; the new resource (with the calendars Change Working Time… changed,
        when it did), or None when cancelled. Change Working Time… works on the ``parent``'s
        document (the Team view's). Tests monkeypatch this."""
        document = getattr(parent, "document", None)
        dialog = cls(plan, resource, parent, document if isinstance(document, Document) else None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.calendars:
            return PersonDetails(dialog.resource(), dialog.calendars)
        return dialog.resource()
