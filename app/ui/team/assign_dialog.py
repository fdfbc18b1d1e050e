"""Assign the selected team members to a task, from the Team view (MS Project's Assign
Resources)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from app.domain.plan import Plan
from app.domain.resource import Resource, ResourceType
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.assign_units import parse_units
from app.ui.dialogs.buttons import ok_cancel


def assignable_tasks(plan: Plan) -> list[tuple[int, str]]:
    """(uid, "ID. name") of every task a person can work on: all but summaries, a recurring
    task's included (its people go on each occurrence, as MS Project assigns it)."""
    return [
        (t.uid, f"{row}. {t.name}")
        for row, t in enumerate(plan.tasks, start=1)
        if not plan.is_summary(t.uid) or t.uid in plan.recurrences
    ]


class AssignTaskDialog(QDialog):
    """Choose a task and the units (a quantity for a material)."""

    def __init__(
        self, plan: Plan, resource: Resource | list[Resource], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        people = resource if isinstance(resource, list) else [resource]
        resource = people[0]
        names = ", ".join(r.name for r in people[:3]) + (" …" if len(people) > 3 else "")
        self.setWindowTitle(f"Assign {names} to a task")
        self.task = QComboBox()
        self.task.setEditable(True)  # type to find a task in a long plan
        self.task.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        tasks = assignable_tasks(plan)
        self.uids = [uid for uid, _label in tasks]
        # One model for all rows: adding 90,000 items one by one took a second.
        self.task.setModel(QStringListModel([label for _uid, label in tasks], self.task))
        material = resource.type is ResourceType.MATERIAL
        self.units = QLineEdit("1" if material else parse_units("", resource))
        if len(people) > 1:  # blank: each their own default, as one person's shows it
            self.units.clear()
            self.units.setPlaceholderText("each one's own")
        form = QFormLayout(self)
        form.addRow("Task", self.task)
        if any(r.type is not ResourceType.COST for r in people):  # a cost's is its Cost cell
            form.addRow("Quantity" if material else "Units", self.units)
        form.addRow(ok_cancel(self))
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    @classmethod
    def ask(
        cls, parent: QWidget | None, plan: Plan, resource: Resource | list[Resource]
    ) -> tuple[int, str] | None:
        """(task uid, units as typed) or None when cancelled; ``resource``: one person or
        several (a list), the roster's selection. Tests monkeypatch this."""
        dialog = cls(plan, resource, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.task.currentIndex() < 0:
            return None
        return dialog.uids[dialog.task.currentIndex()], dialog.units.text().strip()
