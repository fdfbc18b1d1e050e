"""Resource > Import People from Plan…: pick another plan (.gantry, MS Project .xml, a
workbook), tick the people to bring, and they join this plan's team with their rates,
rate tables and calendars (app/domain/people_transfer.py), those already here updated
when the box says so; one undo step. ``gantry team import`` does the same from a script.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import formats
from app.domain.errors import AppError
from app.domain.people_transfer import (
    PeopleSnapshot,
    merge_people,
    pick_people,
    snapshot_people,
)
from app.domain.quoting import NAME_LIMIT, quoted
from app.ui.team.people_paste import bring_people, say

if TYPE_CHECKING:
    from app.domain.plan import Plan
    from app.ui.document import Document

_FILTER = "Plans (*.gantry *.xml *.xlsx *.xls *.ods *.gan *.mpp *.csv);;All files (*)"


class ImportPeopleDialog(QDialog):
    """The people of another plan, each ticked to bring; a box to update those here."""

    def __init__(self, snapshot: PeopleSnapshot, plan: Plan, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import People from Plan")
        team = {r.name.casefold() for r in plan.resources}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"People of {quoted(snapshot.source, NAME_LIMIT)} to bring:"))
        self.people = QListWidget()
        for person in snapshot.people:
            here = person.name.casefold() in team
            item = QListWidgetItem(person.name + ("  (on this team)" if here else ""))
            item.setData(Qt.ItemDataRole.UserRole, person.name)
            item.setCheckState(Qt.CheckState.Unchecked if here else Qt.CheckState.Checked)
            self.people.addItem(item)
        layout.addWidget(self.people)
        self.update_box = QCheckBox(
            "Update people already on this team (rates, calendar, Max units...)"
        )
        layout.addWidget(self.update_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        """The names ticked, in the list's order."""
        items = (self.people.item(n) for n in range(self.people.count()))
        return [
            str(i.data(Qt.ItemDataRole.UserRole))
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    @classmethod
    def choose(
        cls, parent: QWidget, snapshot: PeopleSnapshot, plan: Plan
    ) -> tuple[list[str], bool] | None:
        """The names ticked and whether to update those here (None: cancelled). Tests
        replace this."""
        dialog = cls(snapshot, plan, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen(), dialog.update_box.isChecked()

    @classmethod
    def ask_file(cls, parent: QWidget) -> Path | None:
        """The plan to bring people from (None: cancelled). Tests replace this."""
        name, _ = QFileDialog.getOpenFileName(parent, "Import People from Plan", "", _FILTER)
        return Path(name) if name else None


def import_people(widget: QWidget, document: Document) -> list[int] | None:
    """Ask for a plan and its people, then bring them (one undo step); says what was done
    in the status bar; the uids added or updated (None: nothing)."""
    path = ImportPeopleDialog.ask_file(widget)
    if path is None:
        return None
    try:
        other = formats.read_plan(path)
    except AppError as exc:
        text = str(exc)
        say(widget, text if path.name in text else f"{path.name}: {text}")
        return None
    snapshot = snapshot_people(other, source=path.name)
    if not snapshot.people:
        say(widget, f"{path.name} has no people to import")
        return None
    answer = ImportPeopleDialog.choose(widget, snapshot, document.plan)
    if answer is None:
        return None
    names, update = answer
    if not names:
        say(widget, "No one ticked: nothing imported")
        return None
    merge = merge_people(document.plan, pick_people(snapshot, names), update)
    if merge.empty:
        say(widget, "Nothing imported: everyone ticked is on this team already")
        return None
    return bring_people(widget, document, merge, path.name, f" from {path.name}")
