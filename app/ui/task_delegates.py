"""Cell delegates of the task sheet: the outlined Name cell, date, percent, choice and
priority editors."""

from __future__ import annotations

import re
from datetime import datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QKeyEvent, QPainter, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QStyleOptionViewItem,
    QWidget,
)

from app.domain.errors import InputError
from app.domain.typed_dates import DATE_EXAMPLES, parse_date
from app.ui.dialogs.dates import TIME_SECTIONS, DateTyping, TimeGiven, qdatetime
from app.ui.locale_dates import ISO_EDITOR_FORMAT, editor_format, locale_date_order
from app.ui.models.roles import OutlineLevelRole, SummaryRole

if TYPE_CHECKING:
    from app.ui.task_tree import TaskTreeView

_WHOLE = re.compile(r"\s*[-+]?\d+\s*")  # a whole number, in range or not
_SIGN = re.compile(r"\s*[-+]\s*")  # a number's sign typed first
# What separates a date's parts and its time as typed (U+202F: the US's before AM/PM).
_SEPARATORS = frozenset("-/.: \u202f")


class TypedDateTimeEdit(TimeGiven, DateTyping, QDateTimeEdit):
    """The sheet's date editor: a date typed with its separators is that date (DateTyping).

    It shows the date as the cell's edit text writes it, in the user's locale
    (app/ui/locale_dates.editor_format: ``04.01.2027 08:00`` in German), and reads one
    typed so; a year typed first (ISO's ``2027-01-04``, which the sheet reads in every
    locale) turns it to ISO's form, so that the year lands in the year. A separator typed
    right after another is one separator (Hungarian and Korean write ``2027. 01. 04.``).
    On a 12-hour clock (the US's ``8:00 AM``) an hour typed on a 24-hour one is that hour
    (``21:30`` is 9:30 PM, where Qt made it 2:30 AM; ``00:30`` is 12:30 AM).

    It knows whether the time of day was set (typed, stepped or changed in any way)
    since it was filled with the cell's date (TimeGiven, the rule the dialogs' date
    fields share), and whether a date was typed (digits in the day, month or year): a
    new date, or a date typed, with the time left as it was is a date typed without a
    time, which the cell takes at the project's default time (see :class:`DateDelegate`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_typed = False
        self._first_digits: str | None = ""  # digits typed first (None: something else was)
        self._separated = False  # the last key typed was a separator
        self._hour_digit: str | None = None  # a first digit just typed into a 12-hour hour

    def fill(self, moment: QDateTime | datetime) -> None:
        """Show ``moment``, the cell's own date: its time of day counts as not set."""
        super().fill(moment)
        self.date_typed = False
        self._first_digits = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A digit typed into the date types a date, even the one shown (one typed into the
        hour or minute sets the time: TimeGiven)."""
        text = event.text()
        separator = bool(text) and text in _SEPARATORS
        if separator and (self._separated or self._year_first(text)):
            event.accept()  # ". " after a part, or the year typed first: taken
            return
        if self._hour_of_24(text):
            event.accept()
            return
        self._separated = separator
        self._first_digits = (
            self._first_digits + text if text.isdigit() and self._first_digits is not None else None
        )
        if text.isdigit() and self.currentSection() not in TIME_SECTIONS:
            self.date_typed = True
        super().keyPressEvent(event)

    def _hour_of_24(self, text: str) -> bool:
        """Whether ``text``, a digit after one typed into a 12-hour hour, makes an hour of
        a 24-hour clock (0, 13 to 23), which the editor then shows, the minute next (Qt
        moved on after the 2 of 21 and put the 1 into the minute)."""
        first, self._hour_digit = self._hour_digit, None
        if not text.isdigit():
            return False
        if first is None:
            twelve = self.displayedSections() & QDateTimeEdit.Section.AmPmSection
            if twelve and self.currentSection() == QDateTimeEdit.Section.HourSection:
                self._hour_digit = text
            return False
        hour = int(first + text)
        if hour != 0 and not 13 <= hour <= 23:
            return False
        self.setTime(QTime(hour, self.time().minute()))
        minute = QDateTimeEdit.Section.MinuteSection
        self.setCurrentSection(minute)
        self.setSelectedSection(minute)
        self.time_set = True
        self._moved_on = True  # (DateTyping) the ":" typed next is the one this move made
        return True

    def _year_first(self, separator: str) -> bool:
        """Whether ``separator`` follows a year typed first in an editor whose form puts
        the day or month first: the editor turns to ISO's form with that year, the month
        next (the digits went into the day and month; the month and day typed next
        replace them)."""
        digits = self._first_digits
        if digits is None or len(digits) != 4 or separator not in "-/.":
            return False
        if self.displayFormat().startswith("y"):
            return False  # the year is first already (ISO, Korean, Hungarian, Persian)
        day, year = self.date(), int(digits)  # (int reads Arabic-Indic digits too)
        self.setDisplayFormat(ISO_EDITOR_FORMAT)
        last = QDate(year, day.month(), 1).daysInMonth()
        self.setDate(QDate(year, day.month(), min(day.day(), last)))
        month = QDateTimeEdit.Section.MonthSection
        self.setCurrentSection(month)
        self.setSelectedSection(month)
        self._first_digits = None
        self._separated = True
        return True


class DateDelegate(QStyledItemDelegate):
    """Edits a start or finish with a calendar popup; the model reads the text it writes.

    A new day picked, or a date typed (the same day too), with the time of day left
    untouched is handed over as a date alone (``2026-03-12``): the model puts the
    project's Default start time on a Start and its Default end time on a Finish
    (Project Information, 08:00 and 17:00 unless changed), as MS Project does with a
    date typed without a time, instead of keeping the old date's time of day. Left
    untouched, the editor writes nothing.
    """

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        """A date-and-time editor with a calendar."""
        editor = TypedDateTimeEdit(parent)
        editor.setCalendarPopup(True)
        editor.setLocale(QLocale())  # the user's, as the cells (a test may set another)
        editor.setDisplayFormat(editor_format())  # as the cell's edit text: 04.01.2027 08:00
        return editor

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Over the cell, as wide as the date and time need: the Start column is sized for
        the date alone, and the time was cut (``11.01.2027 08:0``)."""
        cell = option.rect
        width = max(cell.width(), editor.sizeHint().width())
        editor.setGeometry(cell.x(), cell.y(), width, cell.height())

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Start from the task's current date."""
        assert isinstance(editor, QDateTimeEdit)
        moment = _cell_moment(index)
        if moment.isValid():
            if isinstance(editor, TypedDateTimeEdit):
                editor.fill(moment)
            else:
                editor.setDateTime(moment)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Hand the chosen date to the model as text (it pushes the undo command); a new
        day, or a date typed, with the time of day untouched goes as the date alone."""
        assert isinstance(editor, QDateTimeEdit)
        text = editor.dateTime().toString("yyyy-MM-dd HH:mm")
        moved = text != _cell_moment(index).toString("yyyy-MM-dd HH:mm")
        if isinstance(editor, TypedDateTimeEdit) and not editor.time_set:
            if moved or editor.date_typed:
                # the model adds the default time of day
                model.setData(index, editor.date().toString("yyyy-MM-dd"))
        elif moved:
            model.setData(index, text, Qt.ItemDataRole.EditRole)


def _cell_moment(index: QModelIndex | QPersistentModelIndex) -> QDateTime:
    """The date a Start or Finish cell holds, read from its edit text: the locale's (``08.01.2027
    17:00``, app/ui/models/task_date_edits.format_date_edit) or ISO; invalid for none. Read as
    ISO alone, a German cell opened its editor on 2000-01-01 and an Enter said that date was
    before the project's start."""
    text = index.data(Qt.ItemDataRole.EditRole) or ""
    try:
        return qdatetime(parse_date(text, time(0, 0), locale_date_order()))
    except InputError:
        return QDateTime()


class TypedSpinBox(QSpinBox):
    """A spin box in which a whole number out of its range can still be typed.

    A plain spin box drops the keystroke that would leave its range: "2000"
    became "200" in a 0-1000 Priority, "150" became "15 %". Here the typed
    text stays as typed (the value keeps the last one in range), Enter
    included, so the model can refuse it with its message.
    """

    def _typed_number(self, text: str) -> bool:
        core = text.removeprefix(self.prefix()).removesuffix(self.suffix())
        return _WHOLE.fullmatch(core) is not None

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Any whole number may be typed; in range it is the value, else it waits."""
        found = super().validate(text, pos)
        state = found[0] if isinstance(found, tuple) else found
        core = text.removeprefix(self.prefix()).removesuffix(self.suffix())
        typing = self._typed_number(text) or _SIGN.fullmatch(core) is not None
        if state != QValidator.State.Acceptable and typing:
            # "-" of "-5" too: dropped, "-5" became "5" without a word
            state = QValidator.State.Intermediate
        return state, text, pos

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter puts the last value in range back; the typed number is kept for the model."""
        typed = self.lineEdit().text()
        super().keyPressEvent(event)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self._typed_number(typed) and self.lineEdit().text() != typed:
            self.lineEdit().setText(typed)


class SpinDelegate(QStyledItemDelegate):
    """Edits a whole number with a spin box from ``low`` to ``high``; a number typed out of
    range goes to the model, which refuses it with one message."""

    low, high, suffix = 0, 100, ""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        """A spin box from ``low`` to ``high``."""
        editor = TypedSpinBox(parent)
        editor.setRange(self.low, self.high)
        editor.setSuffix(self.suffix)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Start from the current value."""
        assert isinstance(editor, QSpinBox)
        editor.setValue(round(float(index.data(Qt.ItemDataRole.EditRole) or 0)))

    def shown(self, index: QModelIndex | QPersistentModelIndex) -> object:
        """What the cell holds, as the editor's text is compared with it."""
        return index.data(Qt.ItemDataRole.EditRole)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Write what was typed through the model when it changed (emptied: left as it was)."""
        assert isinstance(editor, QSpinBox)
        text = editor.cleanText().strip()
        if text and text != self.shown(index):
            model.setData(index, text, Qt.ItemDataRole.EditRole)


class PercentDelegate(SpinDelegate):
    """Edits % complete with a 0-100 spin box; a number typed past 100 goes to the model,
    which refuses it with one message."""

    low, high, suffix = 0, 100, "%"

    def shown(self, index: QModelIndex | QPersistentModelIndex) -> object:
        """The whole percent the spin box showed: the spin box holds whole percents, and
        writing back an untouched 12 would turn a task's 12.5 % into 12 % just by passing
        through the cell."""
        return str(round(float(index.data(Qt.ItemDataRole.EditRole) or 0)))


class OutlineDelegate(QStyledItemDelegate):
    """Draws the Name cell as an outline: indented by level, a triangle on each summary."""

    def __init__(self, view: TaskTreeView) -> None:
        super().__init__(view)
        self._view = view

    def indent_of(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """Pixels left of the name: one step per level, the first holds the triangle."""
        level = index.data(OutlineLevelRole) or 1
        return int(level) * self._view.indentation()

    def branch_rect(self, cell: QRect, index: QModelIndex | QPersistentModelIndex) -> QRect:
        """Where a summary's triangle sits inside its Name cell."""
        step = self._view.indentation()
        left = cell.left() + self.indent_of(index) - step
        return QRect(left, cell.top(), step, cell.height())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Background across the cell, the triangle, then the text past the indentation."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = self._view
        style = widget.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        if index.data(SummaryRole):
            branch = QStyleOption()
            branch.initFrom(widget)
            branch.rect = self.branch_rect(opt.rect, index)
            state = QStyle.StateFlag.State_Item | QStyle.StateFlag.State_Children
            if not self._view.task_model().row_collapsed(index):  # a task's, or a group's
                state |= QStyle.StateFlag.State_Open
            if opt.state & QStyle.StateFlag.State_Selected:
                state |= QStyle.StateFlag.State_Selected
            branch.state = state | (branch.state & QStyle.StateFlag.State_Enabled)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorBranch, branch, painter, widget)
        opt.rect = opt.rect.adjusted(self.indent_of(index), 0, 0, 0)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Room for the text and its indentation."""
        size = super().sizeHint(option, index)
        return QSize(size.width() + self.indent_of(index), size.height())

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Edit the name where it is drawn, right of the indentation."""
        super().updateEditorGeometry(editor, option, index)
        editor.setGeometry(editor.geometry().adjusted(self.indent_of(index), 0, 0, 0))


class ChoiceDelegate(QStyledItemDelegate):
    """Picks one of a column's values from a list (Constraint Type, Type), as MS Project's
    combo cells do; the model reads the label it writes.

    ``summary_labels``: the shorter list a summary row accepts (a summary takes only As
    Soon As Possible or Start No Earlier Than), offered there instead of ``labels``.
    """

    def __init__(
        self,
        labels: list[str],
        parent: QObject | None = None,
        summary_labels: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._labels = labels
        self._summary_labels = summary_labels

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        """A drop-down list of the labels (a summary's own, when it accepts fewer)."""
        editor = QComboBox(parent)
        labels = self._labels
        if self._summary_labels is not None and index.data(SummaryRole):
            labels = list(self._summary_labels)
            current = str(index.data(Qt.ItemDataRole.EditRole) or "")
            if current and current not in labels:  # read from a file: closing keeps it
                labels.append(current)
        editor.addItems(labels)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Start from the cell's value."""
        assert isinstance(editor, QComboBox)
        at = editor.findText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        if at >= 0:
            editor.setCurrentIndex(at)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Hand the chosen label to the model when it is another value."""
        assert isinstance(editor, QComboBox)
        text = editor.currentText()
        if text != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, text, Qt.ItemDataRole.EditRole)


class OptionalDateDelegate(QStyledItemDelegate):
    """Edits a date that may be absent (actual dates, constraint date, deadline) as text:
    a date, or nothing (MS Project's "NA") to clear it."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        """A line edit that reads 2026-03-02 or 2026-03-02 13:00; empty clears the date."""
        editor = QLineEdit(parent)
        editor.setPlaceholderText("NA")
        # the computer's own order beside ISO, as the cell reads both (app/ui/locale_dates.py)
        example = DATE_EXAMPLES[locale_date_order()]
        editor.setToolTip(
            f"A date such as 2026-03-02, {example} or 2026-03-02 13:00; empty for none"
        )
        return editor

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Hand the text to the model unless it is what the cell held."""
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if text != (index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, text, Qt.ItemDataRole.EditRole)


class PriorityDelegate(SpinDelegate):
    """Edits a priority with a 0-1000 spin box, as in MS Project; a number typed out of
    range goes to the model, which refuses it with one message."""

    low, high = 0, 1000
