"""The people grid of Assign Resources and Replace Resource: tick people, type their units.

As MS Project's grid: a check mark beside the people on the task, the name, the units
typed in the row itself and the assignment's cost. Units typed in a row tick it and
stay typed while the selection in the Gantt moves, until Assign or Remove uses them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.domain.resource import Resource, ResourceType
from app.ui.dialogs.assign_units import units_text

MARK, NAME, UNITS, COST = 0, 1, 2, 3
_TITLES = ("", "Resource Name", "Units", "Cost")
_UID = Qt.ItemDataRole.UserRole
_FIXED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class GridRow:
    """One person as the grid shows them."""

    resource: Resource
    assigned: bool = False  # the check mark: on the selected task(s)
    units: str = ""  # their units there, as shown ("50%", "3 t")
    cost: str = ""  # the assignment's cost there


class PeopleGridView(QTableWidget):
    """People, one a row: a tick to choose them and their units typed in the row."""

    sig_units_typed = Signal(int, str)  # resource uid, the text typed

    def __init__(self, marks: bool = True, costs: bool = True, parent: QWidget | None = None):
        super().__init__(0, len(_TITLES), parent)
        self.setHorizontalHeaderLabels(list(_TITLES))
        self.setColumnHidden(MARK, not marks)
        self.setColumnHidden(COST, not costs)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.verticalHeader().hide()
        # Tab leaves the grid for Assign and Close (it walked the cells for ever); the
        # arrows move between people.
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (MARK, UNITS, COST):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.typed: dict[int, str] = {}  # units typed and not yet used, by resource uid
        self._rows: dict[int, int] = {}
        self._filling = False
        self._committing = False  # an editor's commit: told once, by commitData
        self.itemChanged.connect(self._on_item_changed)

    def fill(self, rows: list[GridRow]) -> None:
        """Show ``rows``; ticks and units typed stay with their people."""
        ticked = set(self.checked_uids())
        current = self.current_uid()
        self._filling = True
        try:
            self.setRowCount(len(rows))
            self._rows = {}
            for row, person in enumerate(rows):
                self._fill_row(row, person, person.resource.uid in ticked)
        finally:
            self._filling = False
        if current in self._rows:
            self.setCurrentCell(self._rows[current], NAME)

    def _fill_row(self, row: int, person: GridRow, ticked: bool) -> None:
        res = person.resource
        self._rows[res.uid] = row
        mark = QTableWidgetItem("✓" if person.assigned else "")
        mark.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        mark.setFlags(_FIXED)
        name = QTableWidgetItem(res.name)
        name.setData(_UID, res.uid)
        name.setFlags(_FIXED | Qt.ItemFlag.ItemIsUserCheckable)
        name.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        name.setToolTip(_tip(res))
        units = QTableWidgetItem(self.typed.get(res.uid, person.units))
        editable = res.type is not ResourceType.COST  # a cost item has an amount, not units
        units.setFlags(_FIXED | Qt.ItemFlag.ItemIsEditable if editable else _FIXED)
        cost = QTableWidgetItem(person.cost)
        cost.setFlags(_FIXED)
        for column, item in ((MARK, mark), (NAME, name), (UNITS, units), (COST, cost)):
            if column in (UNITS, COST):
                item.setTextAlignment(_RIGHT)
            self.setItem(row, column, item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space ticks or unticks the current row wherever the cursor is (on the ✓ column,
        where the grid opens, it did nothing; on Units it typed a space)."""
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        row = self.currentRow()
        name = self.item(row, NAME) if row >= 0 else None
        if event.key() == Qt.Key.Key_Space and plain and name is not None:
            on = name.checkState() != Qt.CheckState.Checked
            name.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            return
        super().keyPressEvent(event)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self._committing or item.column() != UNITS:
            return
        self._typed_in(item)

    def commitData(self, editor: QWidget) -> None:
        """Units committed in a row are typed, even the text the cell showed already (Qt
        sends no itemChanged then): on several tasks the first one's units, committed as
        they read, go on every task as units typed do; left alone each task keeps its own."""
        self._committing = True
        try:
            super().commitData(editor)
        finally:
            self._committing = False
        item = self.itemAt(editor.geometry().center())
        if item is not None and item.column() == UNITS and not self._filling:
            self._typed_in(item)

    def _typed_in(self, item: QTableWidgetItem) -> None:
        uid = self.uid_at(item.row())
        self.typed[uid] = item.text()
        self.tick([uid], True)
        self.sig_units_typed.emit(uid, item.text())

    # ------------------------------------------------------------------ reading

    def uid_at(self, row: int) -> int:
        """The resource uid of a row."""
        item = self.item(row, NAME)
        assert item is not None
        return int(item.data(_UID))

    def current_uid(self) -> int | None:
        """The person highlighted (the current row), if any."""
        row = self.currentRow()
        return self.uid_at(row) if 0 <= row < self.rowCount() else None

    def checked_uids(self) -> list[int]:
        """The people ticked, top to bottom."""
        out: list[int] = []
        for row in range(self.rowCount()):
            item = self.item(row, NAME)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(_UID)))
        return out

    def chosen_uids(self) -> list[int]:
        """The people ticked, else the rows selected."""
        ticked = self.checked_uids()
        if ticked:
            return ticked
        rows = sorted({i.row() for i in self.selectedIndexes()})
        return [self.uid_at(r) for r in rows]

    def units_of(self, uid: int) -> str:
        """What the person's Units cell reads (typed or shown)."""
        item = self.item(self._rows[uid], UNITS)
        return item.text() if item is not None else ""

    def text_at(self, uid: int, column: int) -> str:
        """A person's cell text in ``column``."""
        item = self.item(self._rows[uid], column)
        return item.text() if item is not None else ""

    # ------------------------------------------------------------------ changing

    def tick(self, uids: list[int], on: bool = True) -> None:
        """Tick (or untick) these people."""
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for uid in uids:
            item = self.item(self._rows[uid], NAME)
            if item is not None:
                item.setCheckState(state)

    def type_units(self, uid: int, text: str) -> None:
        """Type units into a person's row, as the keyboard does (it ticks the row)."""
        item = self.item(self._rows[uid], UNITS)
        if item is not None:
            item.setText(text)

    def forget(self, uids: list[int]) -> None:
        """Drop the units typed for these people (used, or taken off)."""
        for uid in uids:
            self.typed.pop(uid, None)


def _tip(res: Resource) -> str:
    if res.type is ResourceType.MATERIAL:
        label = res.material_label.strip()
        return f"Material, counted in {label}" if label else "Material"
    if res.type is ResourceType.COST:
        return "Cost item: its amount is typed in the Team view"
    return f"Max units {units_text(res, res.max_units)}"
