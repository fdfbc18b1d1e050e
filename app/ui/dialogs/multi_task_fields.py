"""The fields of Task Information for several tasks (MS Project's Multiple Task Information).

Each field shows the tasks' value where they all agree and is blank where they
differ (a check box partly checked). ``value()`` gives what the user set, or
:data:`LEAVE` when the field was left as shown: only the fields changed are
applied, so values that differ stay different.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from datetime import datetime, time
from typing import Any, Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from app.ui.dialogs.dates import date_edit, qdatetime, read_date

MIXED_HINT = "differs among the tasks"


class _Leave:
    """What a field left as shown answers: no change to the tasks."""

    def __repr__(self) -> str:
        return "LEAVE"


LEAVE: Final = _Leave()


def common(values: Iterable[Any]) -> tuple[bool, Any]:
    """Whether the values all agree, and the value if they do (None otherwise, or if none)."""
    found: list[Any] = []
    for value in values:
        if not found:
            found.append(value)
        elif value != found[0]:
            return False, None
    return True, (found[0] if found else None)


class MixedCheck(QCheckBox):
    """A check box: checked or not where the tasks agree, partly checked where they differ."""

    def __init__(self, text: str, values: Sequence[bool]) -> None:
        super().__init__(text)
        same, value = common(values)
        if same:
            self.setChecked(bool(value))
        else:
            self.setTristate(True)
            self.setCheckState(Qt.CheckState.PartiallyChecked)
        self._initial = self.checkState()

    def value(self) -> bool | _Leave:
        """Checked or not, once the user changed it (partly checked: as they are)."""
        state = self.checkState()
        if state == self._initial or state == Qt.CheckState.PartiallyChecked:
            return LEAVE
        return state == Qt.CheckState.Checked


class MixedCombo(QComboBox):
    """A list: the tasks' common choice, or a blank line first where they differ."""

    def __init__(self, choices: Iterable[tuple[str, Hashable]], values: Sequence[Any]) -> None:
        super().__init__()
        self._data: list[Any] = []
        same, value = common(values)
        if not same or not values:
            self.addItem("")
            self._data.append(LEAVE)
        for label, data in choices:
            self.addItem(label)
            self._data.append(data)
        start = self._data.index(value) if same and value in self._data else 0
        self.setCurrentIndex(start)
        self._initial = start

    def current(self) -> Any:
        """The data of the line shown (LEAVE for the blank one)."""
        return self._data[self.currentIndex()]

    def select(self, data: Any) -> None:
        """Show the line of ``data``."""
        self.setCurrentIndex(self._data.index(data))

    def value(self) -> Any:
        """The choice, once the user picked another line than the one shown at first."""
        if self.currentIndex() == self._initial:
            return LEAVE
        return self.current()


class MixedSpin(QSpinBox):
    """A number from ``low`` to ``high``: blank (one below ``low``) where the tasks differ."""

    def __init__(self, low: int, high: int, values: Sequence[int], suffix: str = "") -> None:
        super().__init__()
        same, value = common(values)
        self.setSuffix(suffix)
        if same and values:
            self.setRange(low, high)
            self.setValue(value)
        else:
            self.setRange(low - 1, high)
            self.setSpecialValueText(" ")  # the value below the range reads blank
            self.setValue(low - 1)
        self._initial = self.value()
        self._blank = low - 1

    def changed(self) -> int | _Leave:
        """The number, once the user changed it (back to blank: as they are)."""
        number = self.value()
        if number in (self._initial, self._blank):
            return LEAVE
        return number


class MixedText(QLineEdit):
    """A line of text: the tasks' common text, blank where they differ."""

    def __init__(self, values: Sequence[str]) -> None:
        same, value = common(values)
        super().__init__(value if same and value is not None else "")
        if not same:
            self.setPlaceholderText(MIXED_HINT)
        self._initial = self.text().strip()

    def value(self) -> str | _Leave:
        """The text, once the user changed it."""
        text = self.text().strip()
        return LEAVE if text == self._initial else text


class MixedDate:
    """A check box and a date: checked with the tasks' date where they agree. The dialog
    lays them out (the check box as the form's label, so the dates line up with the fields).

    ``clearable`` (a deadline): unchecked means none, and partly checked means
    "as they are" where the tasks differ. Otherwise (a start, a constraint
    date) unchecked means "as they are": a date is only ever set.
    ``at``: the time of day a new day picked or typed alone takes (the sheet's rule).
    """

    def __init__(
        self,
        label: str,
        values: Sequence[datetime | None],
        fallback: datetime,
        clearable: bool = False,
        at: time | None = None,
    ) -> None:
        same, value = common(values)
        self.clearable = clearable
        self.check = QCheckBox(label)
        shown = value if same and value is not None else _first(values, fallback)
        # a new day given alone reads at ``at`` (the project's default start or end time)
        self.edit = date_edit(shown, fallback, at)
        if same and value is not None:
            self.check.setChecked(True)
        elif not same and clearable:
            self.check.setTristate(True)
            self.check.setCheckState(Qt.CheckState.PartiallyChecked)
        self._initial_state = self.check.checkState()
        self._initial = read_date(self.edit) if same and value is not None else None
        self._mixed = not same
        self.check.checkStateChanged.connect(self._on_check_changed)
        self._on_check_changed()

    def setEnabled(self, on: bool) -> None:
        """Both parts on or off (Qt's name, as the widgets it stands beside)."""
        self.check.setEnabled(on)
        self.edit.setEnabled(on and self.check.checkState() == Qt.CheckState.Checked)

    def _on_check_changed(self) -> None:
        self.edit.setEnabled(self.check.checkState() == Qt.CheckState.Checked)

    def set_value(self, moment: datetime) -> None:
        """Check it at ``moment``."""
        self.check.setCheckState(Qt.CheckState.Checked)
        self.edit.setDateTime(qdatetime(moment))

    def value(self) -> datetime | _Leave | None:
        """The date set (None: cleared, only when ``clearable``), or LEAVE."""
        state = self.check.checkState()
        if state == Qt.CheckState.Checked:
            moment = read_date(self.edit)
            return LEAVE if moment == self._initial and not self._mixed else moment
        if state == Qt.CheckState.PartiallyChecked or not self.clearable:
            return LEAVE
        return LEAVE if self._initial_state == Qt.CheckState.Unchecked else None


def _first(values: Sequence[datetime | None], fallback: datetime) -> datetime:
    return next((v for v in values if v is not None), fallback)


class MixedNotes(QPlainTextEdit):
    """The tasks' common note, blank where they differ; typed into, it replaces every note."""

    def __init__(self, values: Sequence[str]) -> None:
        same, value = common(values)
        super().__init__(value if same and value is not None else "")
        self._mixed = not same
        self.setTabChangesFocus(True)  # Tab leaves the note (it typed a tab: a trap)
        if self._mixed:
            self.setPlaceholderText(
                "The notes differ among the tasks: what is typed here replaces them all"
            )
        self._initial = self.toPlainText()
        self._edited = False
        self.textChanged.connect(self._on_text_changed)

    def _on_text_changed(self) -> None:
        self._edited = True

    def value(self) -> str | _Leave:
        """The note, once typed into (cleared when the notes differed: every note cleared)."""
        text = self.toPlainText()
        if not self._edited or (text == self._initial and not self._mixed):
            return LEAVE
        return text
