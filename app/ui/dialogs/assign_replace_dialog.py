"""Replace Resource (Assign Resources' Replace…): who takes over from the highlighted person.

As in MS Project, a second list of the team: tick one or more people, type their units in
their row (blank: the units of the person they replace, when of the same kind) and OK.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.assign_grid import GridRow, PeopleGridView
from app.ui.dialogs.assign_units import parse_units
from app.ui.dialogs.buttons import error_label, ok_cancel


class ReplaceResourceDialog(QDialog):
    """Choose the people who replace one person, each with their units."""

    def __init__(self, plan: Plan, old_uid: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Replace Resource")
        self.plan = plan
        replaced = plan.resource(old_uid)
        self.grid = PeopleGridView(marks=False, costs=False)
        self.grid.fill([GridRow(r) for r in plan.resources if r.uid != old_uid])
        self.error = error_label()
        self.chosen: dict[int, str | None] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Replace: {replaced.name}"))
        layout.addWidget(QLabel("With (tick one or more; blank units keep theirs):"))
        layout.addWidget(self.grid)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, on_ok=self._on_ok))
        self.resize(360, 320)
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    def read(self) -> dict[int, str | None]:
        """The people chosen, each with People-cell units (None: the replaced one's)."""
        people = self.grid.chosen_uids()
        if not people:
            raise InputError("Tick the people who replace them first.")
        out: dict[int, str | None] = {}
        for uid in people:
            res = self.plan.resource(uid)
            typed = self.grid.units_of(uid)
            try:
                out[uid] = parse_units(typed, res) if typed.strip() else None
            except InputError as exc:
                raise InputError(f"{res.name}: {exc}") from None
        return out

    def _on_ok(self) -> None:
        try:
            self.chosen = self.read()
        except InputError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, plan: Plan, old_uid: int) -> dict[int, str | None] | None:
        """The people chosen (uid: units), or None if cancelled."""
        dialog = cls(plan, old_uid, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen
