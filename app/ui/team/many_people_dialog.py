"""The dialogs of app/ui/team/many_people.py: Set Calendar (one calendar for the people
selected) and Multiple Resource Information (the fields several people share; a blank one
leaves each as it is). A value that cannot be read keeps the dialog open, its field named.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InputError
from app.domain.plural_words import counted
from app.domain.resource import ResourceType
from app.domain.task import CostAccrual
from app.ui.commands import PlanCommand
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import error_label, ok_cancel
from app.ui.document import Document
from app.ui.team.many_people import (
    FIELD_TITLES,
    TEXT_FIELDS,
    ManyFields,
    calendar_choices,
    many_command,
    set_calendar_command,
    works_on,
)
from app.ui.team.roster_model import RosterColumn

_LEAVE = "(leave as is)"
_KEEP = "keep"  # the combo's data for "leave as is" (None is the project calendar)
_TIPS = {
    RosterColumn.ROLE: "The roster's Role (MS Project's Group)",
    RosterColumn.MAX_UNITS: "In %, as the roster shows it: 50 for half time",
    RosterColumn.STANDARD_RATE: "Per hour, or with its unit: 1,200/d",
    RosterColumn.OVERTIME_RATE: "Per hour, or with its unit: 150/h",
    RosterColumn.COST_PER_USE: "Charged once for each task a person is on",
}


def _calendar_box(document: Document, uids: Sequence[int], leave: bool) -> QComboBox:
    """The calendars people may work on, on the one they all share (or "leave as is")."""
    plan = document.plan
    box = QComboBox()
    if leave:
        box.addItem(_LEAVE, _KEEP)
    for label, uid in calendar_choices(plan):
        box.addItem(label, uid)
    shared = {works_on(plan, plan.resource(uid)) for uid in uids}
    if not leave and len(shared) == 1:
        box.setCurrentIndex(max(box.findData(shared.pop()), 0))
    return box


class _PeopleStepDialog(QDialog):
    """A dialog of the people selected whose OK works out one undo step: a refusal is said
    in its red line, the dialog open; :meth:`ask` hands the step back."""

    def __init__(
        self, document: Document, uids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.uids = list(uids)
        self.command: PlanCommand | None = None
        self.error = error_label()

    def _lay_out(self, head: QLabel, form: QFormLayout) -> None:
        """The head, the fields, the red line and OK/Cancel, top to bottom."""
        head.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, on_ok=self._on_ok, read_only=self.document.read_only))
        give_access_keys(self)

    def _step(self) -> PlanCommand | None:
        """The step the fields make (InputError: one that cannot be read)."""
        raise NotImplementedError

    def _on_ok(self) -> None:
        """Work out the step; a refusal is said here, the dialog open."""
        try:
            self.command = self._step()
        except InputError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, document: Document, uids: Sequence[int]
    ) -> PlanCommand | None:
        """Modal dialog: the step its OK makes (None: cancelled or nothing changes); tests
        monkeypatch this."""
        dialog = cls(document, uids, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.command


class SetCalendarDialog(_PeopleStepDialog):
    """Set Calendar: the calendar the people selected work on; their days off stay theirs."""

    def __init__(
        self, document: Document, uids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(document, uids, parent)
        who = counted(len(uids), "person", "people")
        self.setWindowTitle(f"Set Calendar for {who}")
        self.calendar = _calendar_box(document, uids, leave=False)
        form = QFormLayout()
        form.addRow("Base calendar", self.calendar)
        self._lay_out(
            QLabel(f"The {who} selected work on this calendar; their own days off stay."), form
        )
        self.setMinimumWidth(360)

    def _step(self) -> PlanCommand | None:
        data = self.calendar.currentData()
        return set_calendar_command(self.document, self.uids, None if data is None else int(data))


class ManyPeopleDialog(_PeopleStepDialog):
    """Multiple Resource Information: a blank field leaves each person's value, a typed one
    (or a choice) goes to everyone selected; OK is one undo step."""

    def __init__(
        self, document: Document, uids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(document, uids, parent)
        self.setWindowTitle(
            f"Multiple Resource Information: {counted(len(uids), 'person', 'people')}"
        )
        names = [document.plan.resource(uid).name for uid in uids]
        shown = ", ".join(names[:6]) + (f" and {len(names) - 6} more" if len(names) > 6 else "")
        head = QLabel(f"{shown}\nA field left blank stays as each has it; a value goes to all.")
        form = QFormLayout()
        self.texts: dict[RosterColumn, QLineEdit] = {}
        for column in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setPlaceholderText(_LEAVE)
            edit.setToolTip(_TIPS[column])
            self.texts[column] = edit
            form.addRow(FIELD_TITLES[column], edit)
        self.accrue = QComboBox()
        self.accrue.addItem(_LEAVE, None)
        for accrual in CostAccrual:
            self.accrue.addItem(accrual.name.title(), accrual)
        form.addRow("Accrue at", self.accrue)
        self.calendar = _calendar_box(document, uids, leave=True)
        form.addRow("Base calendar", self.calendar)
        self.kind = QComboBox()
        self.kind.addItem(_LEAVE, None)
        for kind in ResourceType:
            self.kind.addItem(kind.name.title(), kind)
        form.addRow("Type", self.kind)
        self._lay_out(head, form)
        self.resize(max(self.sizeHint().width(), 420), self.sizeHint().height())

    def answer(self) -> ManyFields:
        """The fields as filled in."""
        calendar = self.calendar.currentData()
        return ManyFields(
            texts={c: e.text() for c, e in self.texts.items()},
            type=self.kind.currentData(),
            accrue_at=self.accrue.currentData(),
            calendar_set=calendar != _KEEP,
            calendar_uid=None if calendar == _KEEP or calendar is None else int(calendar),
        )

    def _step(self) -> PlanCommand | None:
        return many_command(self.document, self.uids, self.answer())
