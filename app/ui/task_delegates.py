"""Cell delegates of the task sheet: the outlined Name cell, date, percent, choice and
priority editors."""

from __future__ import annotations

import re
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QPainter, QValidator
from PySide6.QtWidgets import (
    QComboBox,
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
from app.ui.dialogs.dates import qdatetime
from app.ui.locale_dates import locale_date_order
from app.ui.models.roles import OutlineLevelRole, SummaryRole, TaskUidRole
from app.ui.models.task_edits import Column
from app.ui.sheet_date_edit import SheetDateEdit, pin_said, refusal

if TYPE_CHECKING:
    from app.ui.task_tree import TaskTreeView

_WHOLE = re.compile(r"\s*[-+]?\d+\s*")  # a whole number, in range or not
_SIGN = re.compile(r"\s*[-+]\s*")  # a number's sign typed first
# What separates a date's parts and its time as typed (U+202F: the US's before AM/PM).
_SEPARATORS = frozenset("-/.: \u202f")


class DateDelegate(QStyledItemDelegate):
    """Edits a start or finish as text typed over the cell (app/ui/sheet_date_edit.py), with
    a calendar on F4; the model reads the text it writes.

    A date typed without a time (``Feb 15, 2027``, ``15.02.2027``) goes to the model as
    typed: it puts the project's Default start time on a Start and its Default end time on
    a Finish (Project Information, 08:00 and 17:00 unless changed), as MS Project does with
    a date typed without a time. Text that names no date is refused here, with one message
    naming the column, and the cell is left as it was; left untouched, the editor writes
    nothing.
    """

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        """A line edit with a calendar button, in the user's locale."""
        editor = SheetDateEdit(parent)
        editor.setLocale(QLocale())  # the user's, as the cells (a test may set another)
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
        if isinstance(editor, QLineEdit):
            room = editor.fontMetrics().horizontalAdvance(editor.text() + "  ") + 32
            width = max(width, room)  # + the calendar button
        editor.setGeometry(cell.x(), cell.y(), width, cell.height())

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Start from the cell's text, selected, so that typing replaces it."""
        if isinstance(editor, SheetDateEdit):
            editor.fill(_cell_moment(index), str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Hand the typed text to the model (it pushes the undo command and adds the default
        time to a date alone); text naming no date is refused with the column named."""
        assert isinstance(editor, SheetDateEdit)
        if not editor.typed():
            return
        try:
            editor.read(time(0, 0))
        except InputError as error:
            title = model.headerData(index.column(), Qt.Orientation.Horizontal) or "Date"
            refused = getattr(model, "sig_error", None)
            if refused is not None:
                refused.emit(refusal(str(title), error))
            return
        document = getattr(model, "document", None)
        uid = index.data(TaskUidRole)
        if document is None or uid is None or index.column() != Column.START:
            model.setData(index, editor.text().strip(), Qt.ItemDataRole.EditRole)
            return
        task = document.plan.task(int(uid))
        before = (task.constraint_type, task.constraint_date)
        shown_id = model.index(index.row(), Column.ID, index.parent()).data()
        if model.setData(index, editor.text().strip(), Qt.ItemDataRole.EditRole):
            said = pin_said(document.plan, int(uid), before, shown_id)
            noticed = getattr(model, "sig_notice", None)
            if said is not None and noticed is not None:
                noticed.emit(said)  # as MS Project's indicator: the pin is not silent


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
