"""Assign Resources (MS Project's Alt+F10): put people on the tasks selected in the Gantt.

The dialog stays open beside the Gantt (modeless, as in MS Project) and acts on whatever
tasks are selected when Assign or Remove is clicked. It builds each task's People text
and runs the People cell's own :class:`~app.ui.team.commands.SetAssignmentsCommand`, so a
summary or a recurring task's summary is staffed exactly as typing in its People cell
does; one click is one undo step named "Assign Resources" (or "Remove Resources").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.assigning import format_one, staff_of
from app.domain.errors import AppError, InputError
from app.domain.plan import Plan
from app.domain.resource import ResourceType
from app.ui.commands import CompositeCommand, execute
from app.ui.dialogs.buttons import error_label
from app.ui.document import Document
from app.ui.team.commands import SetAssignmentsCommand

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.ui.commands import PlanCommand
    from app.ui.main_window import MainWindow

_UNITS_RE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$")
MAX_UNITS_PERCENT = 1_000_000.0  # the most units Assign takes, in percent
NAME, UNITS, MAX = 0, 1, 2


def parse_units(text: str) -> str:
    """The typed units as People-cell text ("50%"); InputError says why they are refused."""
    shown = text.strip() or "100%"
    m = _UNITS_RE.match(shown)
    if m is None:
        raise InputError(f"Units '{shown}': type a percentage such as 50%")
    value = float(m.group(1).replace(",", "."))
    if value <= 0:
        raise InputError(f"Units '{shown}': must be more than 0%")
    if value > MAX_UNITS_PERCENT:
        raise InputError(f"Units '{shown}': at most {MAX_UNITS_PERCENT:,.0f}%")
    return f"{value:.4f}".rstrip("0").rstrip(".") + "%"  # no exponent: the People text reads it


def staffing_with(plan: Plan, task_uid: int, people: dict[int, str | None]) -> str:
    """A task's People text with each of ``people`` at their units (None: taken off);
    everyone else keeps their place and units, newcomers go last."""
    parts: list[str] = []
    placed: set[int] = set()
    for a in staff_of(plan, task_uid):
        res = plan.resource(a.resource_uid)
        if res.uid not in people:
            parts.append(format_one(res, a.units))
        elif res.uid not in placed:
            placed.add(res.uid)
            parts.append(_entry(plan, res.uid, people[res.uid]))
    for uid, units in people.items():
        if uid not in placed:
            parts.append(_entry(plan, uid, units))
    return ", ".join(p for p in parts if p)


def _entry(plan: Plan, uid: int, units: str | None) -> str:
    if units is None:
        return ""
    res = plan.resource(uid)
    return res.name if res.type is ResourceType.COST else f"{res.name}[{units}]"


class AssignResourcesDialog(QDialog):
    """Every person with their units on the selected task; Assign, Remove, Close."""

    def __init__(
        self,
        document: Document,
        selected: Callable[[], list[int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Assign Resources")
        self.document = document
        self._selected = selected
        self.task_label = QLabel()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Resource name", "Units", "Max units"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (UNITS, MAX):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.units = QLineEdit("100%")
        self.error = error_label()
        buttons = QDialogButtonBox()
        self.assign_button = QPushButton("&Assign")
        self.remove_button = QPushButton("&Remove")
        buttons.addButton(self.assign_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.assign_button.clicked.connect(self.assign)
        self.remove_button.clicked.connect(self.remove)
        form = QFormLayout()
        self.units.setToolTip("Percent of full time; for a material, 100% is a quantity of 1")
        form.addRow("Units", self.units)
        layout = QVBoxLayout(self)
        layout.addWidget(self.task_label)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(420, 360)
        document.sig_changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------ list

    def refresh(self) -> None:
        """Show every person, their units on the first selected task, checks kept."""
        plan = self.document.plan
        checked = set(self.checked_uids())
        tasks = self._selected()
        if not tasks:
            self.task_label.setText("Select one or more tasks in the Gantt.")
        elif len(tasks) == 1:
            self.task_label.setText(f"Task: {plan.task(tasks[0]).name}")
        else:
            self.task_label.setText(f"{len(tasks)} tasks selected (units of the first shown)")
        units = {a.resource_uid: a.units for a in staff_of(plan, tasks[0])} if tasks else {}
        self.table.setRowCount(len(plan.resources))
        for row, res in enumerate(plan.resources):
            name = QTableWidgetItem(res.name)
            name.setData(Qt.ItemDataRole.UserRole, res.uid)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = res.uid in checked
            name.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            shown = _units_text(res.type, units[res.uid]) if res.uid in units else ""
            self.table.setItem(row, NAME, name)
            self.table.setItem(row, UNITS, QTableWidgetItem(shown))
            limit = "" if res.type is not ResourceType.WORK else f"{res.max_units * 100:g}%"
            self.table.setItem(row, MAX, QTableWidgetItem(limit))

    def checked_uids(self) -> list[int]:
        """The people ticked in the list, top to bottom."""
        out: list[int] = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def chosen_uids(self) -> list[int]:
        """The ticked people, else the rows selected in the list."""
        ticked = self.checked_uids()
        if ticked:
            return ticked
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        items = [self.table.item(r, NAME) for r in rows]
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in items if i is not None]

    # ------------------------------------------------------------------ buttons

    def assign(self) -> bool:
        """Put the chosen people on every selected task at the typed units, one step."""
        try:
            units = parse_units(self.units.text())
        except InputError as exc:
            return self._say(str(exc))
        return self._staff("Assign Resources", units)

    def remove(self) -> bool:
        """Take the chosen people off every selected task, one step."""
        return self._staff("Remove Resources", None)

    def _staff(self, label: str, units: str | None) -> bool:
        plan = self.document.plan
        tasks = self._selected()
        people = self.chosen_uids()
        if not tasks:
            return self._say("Select one or more tasks in the Gantt first.")
        if not people:
            return self._say("Tick the people to assign or remove first.")
        wanted: dict[int, str | None] = dict.fromkeys(people, units)
        parts: list[PlanCommand] = []
        try:
            for task_uid in tasks:
                on = {a.resource_uid for a in staff_of(plan, task_uid)}
                if units is None and not on & set(people):
                    continue  # none of them on this task: nothing to take off
                text = staffing_with(plan, task_uid, wanted)
                parts.append(SetAssignmentsCommand(self.document, task_uid, text))
            if not parts:
                return self._say("None of the ticked people is on the selected tasks.")
            execute(self.document, CompositeCommand(self.document, label, parts))
        except AppError as exc:
            return self._say(str(exc))
        self.error.clear()
        self.refresh()
        return True

    def _say(self, message: str) -> bool:
        self.error.setText(message)
        return False


def _units_text(kind: ResourceType, units: float) -> str:
    if kind is ResourceType.COST:
        return ""
    if kind is ResourceType.MATERIAL:
        return f"{units:g}"
    return f"{units * 100:g}%"


def assign_resources_action(window: MainWindow) -> AssignResourcesDialog:
    """Open (or raise) the window's Assign Resources dialog on the Gantt's selection."""
    dialog = getattr(window, "_assign_resources_dialog", None)
    if not isinstance(dialog, AssignResourcesDialog):  # a window keeps its one document
        dialog = AssignResourcesDialog(window.document, window.tree.selected_uids, window)
        window._assign_resources_dialog = dialog  # type: ignore[attr-defined]
        window.tree.selectionModel().selectionChanged.connect(dialog.refresh)
    dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
