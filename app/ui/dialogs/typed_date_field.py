"""A dialog's date field: text typed as the sheet reads it, shown as the sheet shows it.

The field is a line edit, not Qt's sectioned date editor: Qt's took digits part by
part in a fixed ``ddd yyyy-MM-dd`` form, so ``02/01/2027`` typed over a German start
became ``2026-01-20 2:00`` and ``1 Feb 2027`` was kept as the old date, without a word.
Here the text is read when the field is left or Enter pressed, by the sheet's reader
(app/ui/locale_dates.locale_typed_date: the locale's short date, ISO, month names, a
weekday and a time of day), and shown back in the sheet's short date (``Fri 12/18/2026``,
``Fr. 18.12.2026``; ``Fri 2026-12-18`` in the C locale). Text it cannot read is kept as
typed, framed red with the reason beside the field and in the dialog's error line, and
OK is greyed until it is corrected: nothing is kept or changed silently. A calendar
pops up from the button at the field's end, or Alt+Down / F4; Up and Down step a day.

The field answers the calls the dialogs made of Qt's editor (``date()``,
``dateTime()``, ``setDate()``, ``setDateTime()``, ``dateChanged``,
``dateTimeChanged``, ``setDateRange()``), so they read it as before; but where Qt's
editor always held a date, ``date()`` and ``dateTime()`` here raise InputError for text
that cannot be read, rather than quietly answer the date held before it was typed over.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QEvent, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QIcon, QKeyEvent, QPainter, QPixmap, QPolygon
from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QToolTip,
    QWidget,
)

from app.domain.errors import InputError
from app.domain.quoting import quoted
from app.report.locale_dates import local_date
from app.ui.calendar_popup import pop_calendar, popped_calendar
from app.ui.locale_dates import locale_typed_date

_Day = date  # (the field's date() method hides the name in the class)
_BAD_STYLE = "QLineEdit { border: 2px solid #b00020; }"
# A field whose text cannot be read greys these buttons of its dialog (OK's role).
_HOLDING = "s23dd_held_by"


def _arrow_icon() -> QIcon:
    """The calendar button's mark: a small downward triangle, as Qt's popup editors draw."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.GlobalColor.darkGray)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawPolygon(QPolygon([QPoint(2, 4), QPoint(10, 4), QPoint(6, 9)]))
    painter.end()
    return QIcon(pixmap)


def _qdatetime(moment: datetime) -> QDateTime:
    """A moment as Qt's, to the minute."""
    day = QDate(moment.year, moment.month, moment.day)
    return QDateTime(day, QTime(moment.hour, moment.minute))


class TypedDateField(QLineEdit):
    """A date (``with_time``: and time of day) typed as the sheet reads dates.

    ``time_set``: a time of day was typed, or the time changed, since :meth:`fill`;
    ``opened_on``: the day :meth:`fill` showed; ``at``: the time a new day given alone
    takes (see app/ui/dialogs/dates.read_date); ``problem``: why the text typed cannot
    be read (None: it can).
    """

    dateTimeChanged = Signal(QDateTime)
    dateChanged = Signal(QDate)

    def __init__(self, with_time: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.at: time | None = None
        self.time_set = False
        self.opened_on: date | None = None
        self.problem: str | None = None
        self._value = QDateTime(QDate.currentDate(), QTime(0, 0))
        self._first = QDate(1752, 9, 14)
        self._last = QDate(9999, 12, 31)
        self._shown = ""
        self._popup: QWidget | None = None
        self._held: list[QAbstractButton] = []
        action = self.addAction(_arrow_icon(), QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip("Pick the date in a calendar (Alt+Down)")
        action.triggered.connect(self.show_calendar)
        self.editingFinished.connect(self.commit)
        self.textEdited.connect(self._on_edited)
        self._show()

    # -- what the dialogs ask of a date editor ---------------------------------------
    def dateTime(self) -> QDateTime:
        """The date and time held, the text typed read first; InputError (the reason shown at
        the field) when it cannot be read: the date held before is no answer for text the
        user sees typed over it."""
        if not self.commit():
            raise InputError(self.problem or f"a date is needed here (type {self._example()})")
        return QDateTime(self._value)

    def date(self) -> QDate:
        """The day held, the text typed read first (InputError as :meth:`dateTime`)."""
        return self.dateTime().date()

    def time(self) -> QTime:
        """The time of day held, the text typed read first (InputError as :meth:`dateTime`)."""
        return self.dateTime().time()

    def setDateTime(self, moment: QDateTime | datetime) -> None:
        """Hold ``moment`` (kept within the field's dates), shown as the sheet shows it; a
        new time of day counts as given (as Qt's editor's timeChanged did)."""
        value = moment if isinstance(moment, QDateTime) else _qdatetime(moment)
        self._set(value, typed_time=value.time() != self._value.time())

    def setDate(self, day: QDate | _Day) -> None:
        """Hold ``day`` at the time shown."""
        qday = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
        self._set(QDateTime(qday, self._value.time()), typed_time=False)

    def setTime(self, clock: QTime) -> None:
        self._set(QDateTime(self._value.date(), clock), typed_time=True)

    def fill(self, moment: QDateTime | datetime) -> None:
        """Show ``moment``, the field's own value: its time of day counts as not given."""
        self.setDateTime(moment)
        self.opened_on = self._value.date().toPython()  # type: ignore[assignment]
        self.time_set = False

    def setDateRange(self, first: QDate, last: QDate) -> None:
        self._first, self._last = QDate(first), QDate(last)
        self._set(self._value, typed_time=False)

    def minimumDate(self) -> QDate:
        return QDate(self._first)

    def maximumDate(self) -> QDate:
        return QDate(self._last)

    def setCalendarPopup(self, _on: bool) -> None:
        """The calendar button is always there (Qt's editor's call, kept for callers)."""

    def setDisplayFormat(self, _form: str) -> None:
        """The field writes the sheet's short date, whatever form a caller asks for."""

    # -- reading and showing -----------------------------------------------------------
    def commit(self) -> bool:
        """Read the text typed (nothing typed: nothing to do); False, with the reason shown
        at the field, when it cannot be read."""
        text = self.text()
        if text == self._shown:
            return self.problem is None
        try:
            moment, given = self._read(text)
        except InputError as error:
            self._refuse(str(error))
            return False
        self._clear_problem()
        self._set(_qdatetime(moment), typed_time=given)
        return True

    def _read(self, text: str) -> tuple[datetime, bool]:
        """The moment ``text`` names and whether it gives a time of day."""
        if not text.strip():
            raise InputError(f"a date is needed here (type {self._example()})")
        held = self._value.toPython()
        assert isinstance(held, datetime)
        plain = locale_typed_date(text, held.time(), held.year, self.locale())
        other = time(0, 1) if held.time() == time(0, 0) else time(0, 0)
        given = plain == locale_typed_date(text, other, held.year, self.locale())
        first, last = self._first.toPython(), self._last.toPython()
        assert isinstance(first, date)
        assert isinstance(last, date)
        if not first <= plain.date() <= last:
            raise InputError(
                f"{quoted(text.strip())}: type a date from {local_date(first, locale=self.locale())} "
                f"to {local_date(last, locale=self.locale())}"
            )
        if not self.with_time:
            plain = datetime.combine(plain.date(), held.time())
            given = False
        return plain, given

    def _example(self) -> str:
        return local_date(datetime(2026, 3, 2, 13, 0), clock=self.with_time, locale=self.locale())

    def _set(self, value: QDateTime, typed_time: bool) -> None:
        day = value.date()
        if day < self._first:
            value = QDateTime(self._first, value.time())
        elif day > self._last:
            value = QDateTime(self._last, value.time())
        value = QDateTime(value.date(), QTime(value.time().hour(), value.time().minute()))
        old = self._value
        self._value = value
        self.time_set = self.time_set or typed_time
        self._clear_problem()
        self._show()
        if value != old:
            self.dateTimeChanged.emit(QDateTime(value))
            if value.date() != old.date():
                self.dateChanged.emit(QDate(value.date()))

    def _show(self) -> None:
        moment = self._value.toPython()
        assert isinstance(moment, datetime)
        locale = self.locale()
        shown = local_date(
            moment if self.with_time else moment.date(), clock=self.with_time, locale=locale
        )
        try:  # the sheet's form, where it reads back to the same minute; else ISO
            back = locale_typed_date(shown, moment.time(), None, locale)
        except InputError:
            back = None
        if back is None or back.date() != moment.date() or (self.with_time and back != moment):
            shown = f"{moment:%Y-%m-%d %H:%M}" if self.with_time else f"{moment:%Y-%m-%d}"
        self._shown = shown
        room = self.fontMetrics().horizontalAdvance(shown + "  ") + 32  # + the calendar button
        if self.minimumWidth() < room:  # the whole date and time shown, not cut
            self.setMinimumWidth(room)
        self.setText(shown)
        self.setCursorPosition(0)

    # -- a refusal ---------------------------------------------------------------------
    def _refuse(self, message: str) -> None:
        self.problem = message
        self.setStyleSheet(_BAD_STYLE)
        self.setToolTip(message)
        if self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)
        label = getattr(self.window(), "error", None)
        if isinstance(label, QLabel):
            label.setText(message)
        for box in self.window().findChildren(QDialogButtonBox):
            for button in box.buttons():
                role = box.buttonRole(button)
                if role == QDialogButtonBox.ButtonRole.AcceptRole and button.isEnabled():
                    button.setEnabled(False)
                    self._held.append(button)
                    button.setProperty(_HOLDING, (button.property(_HOLDING) or 0) + 1)

    def _clear_problem(self) -> None:
        if self.problem is None:
            return
        label = getattr(self.window(), "error", None)
        if isinstance(label, QLabel) and label.text() == self.problem:
            label.clear()
        self.problem = None
        self.setStyleSheet("")
        self.setToolTip("")
        for button in self._held:
            count = (button.property(_HOLDING) or 1) - 1
            button.setProperty(_HOLDING, count)
            if count <= 0:
                button.setEnabled(True)
        self._held = []

    def _on_edited(self, text: str) -> None:
        """A problem goes as soon as the text reads."""
        if self.problem is None:
            return
        try:
            self._read(text)
        except InputError:
            return
        self._clear_problem()

    def changeEvent(self, event: QEvent) -> None:
        """Switched off (a deadline unticked), text that did not read goes back to the date
        held: it no longer holds OK."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange and not self.isEnabled() and self.problem:
            self._clear_problem()
            self._show()

    # -- keys and the calendar ---------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.show_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.commit():
            step = 1 if key == Qt.Key.Key_Up else -1
            self._set(self._value.addDays(step), typed_time=False)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectAll()  # tabbed into, or opened on: typed over, as a sheet cell

    def show_calendar(self) -> None:
        """Pop a calendar up under the field; a day clicked is the field's date."""
        if not self.isEnabled():
            return
        self.commit()
        self._popup = pop_calendar(
            self, self._value.date(), self.setDate, (self._first, self._last)
        )

    def calendarWidget(self) -> QCalendarWidget | None:
        """The calendar popped up last (None: none yet)."""
        return popped_calendar(self._popup)
