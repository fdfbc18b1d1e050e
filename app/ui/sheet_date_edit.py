"""The sheet's Start and Finish editor: a date typed as free text, as MS Project's cell.

Qt's sectioned date editor put each key into the part the cursor stood in: ``Feb 15,
2027`` typed over a US Start became 2 Dec 2027, and ``15 Feb 2027`` in a British one put
the year into the hour (07:00), without a word. Here the cell's text is typed over as the
Task Name's is, and read when the cell is left by the sheet's reader
(app/ui/locale_dates.locale_typed_date, as the dialogs and paste read a date): month names
in English and the user's language, ISO, the locale's short date, a weekday, a time. A date
without a time takes the project's default start time on a Start and its default end time
on a Finish (the model adds it). Text it cannot read is refused with one message naming the
column (:func:`refusal`), never turned into another date. A Start typed on an automatic task
pins it with Start No Earlier Than, which the status bar then says (:func:`pin_said`).

F4 or Alt+Down pops a calendar up; a day picked there is that day alone (the default time).
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.domain.task import ConstraintType
from app.report.locale_dates import local_date
from app.ui.calendar_popup import pop_calendar, popped_calendar
from app.ui.locale_dates import locale_typed_date
from app.ui.models.task_date_edits import format_date_edit


class SheetDateEdit(QLineEdit):
    """A Start or Finish cell typed as text; ``typed()`` says whether it was changed.

    ``time_set``: the text now typed gives a time of day (False for a date alone, which
    the cell takes at the project's default time).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opened = ""
        self._held = QDateTime()
        self._popup: QWidget | None = None
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip("Pick the date in a calendar (F4 or Alt+Down)")
        action.triggered.connect(self.show_calendar)

    def fill(self, moment: QDateTime, text: str) -> None:
        """Show the cell's ``text`` (its edit text), which holds ``moment``."""
        self._held = QDateTime(moment)
        self._opened = text
        self.setText(text)
        self.selectAll()  # typed over, as the Task Name cell is

    def typed(self) -> bool:
        """Whether the text is not what the cell held when the editor opened."""
        return self.text().strip() != self._opened.strip()

    def read(self, default_time: time) -> datetime:
        """The moment the text names (a date alone at ``default_time``); InputError when it
        names none."""
        held = self._held.toPython() if self._held.isValid() else None
        year = held.year if isinstance(held, datetime) else QDate.currentDate().year()
        return locale_typed_date(self.text(), default_time, year, self.locale())

    @property
    def time_set(self) -> bool:
        """Whether the text gives a time of day (read at two times, it reads the same)."""
        try:
            return self.read(time(0, 0)) == self.read(time(0, 1))
        except InputError:
            return False

    def dateTime(self) -> QDateTime:
        """The moment the text names, a date alone at the time the cell held (invalid when
        the text names none)."""
        at = self._held.time().toPython() if self._held.isValid() else time(0, 0)
        assert isinstance(at, time)
        try:
            moment = self.read(at)
        except InputError:
            return QDateTime()
        return QDateTime(
            QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
        )

    def setDateTime(self, moment: QDateTime) -> None:
        """Type ``moment`` in the cell's form, its time included."""
        value = moment.toPython()
        assert isinstance(value, datetime)
        self.setText(format_date_edit(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F4 and Alt+Down pop the calendar up; the rest is typing."""
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if event.key() == Qt.Key.Key_F4 or (alt and event.key() == Qt.Key.Key_Down):
            self.show_calendar()
            event.accept()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        """Pop a calendar up under the cell; a day picked is typed as that day alone."""
        shown = self.dateTime()

        def picked(day: QDate) -> None:
            self.setText(self._day_text(day))
            self.setFocus()

        self._popup = pop_calendar(
            self, shown.date() if shown.isValid() else QDate.currentDate(), picked
        )

    def calendarWidget(self) -> QCalendarWidget | None:
        """The calendar popped up last (None: none yet)."""
        return popped_calendar(self._popup)

    def _day_text(self, day: QDate) -> str:
        """``day`` as the sheet writes a date (ISO where that would not read back)."""
        plain = day.toPython()
        assert isinstance(plain, date)
        text = local_date(plain, locale=self.locale())
        try:
            back = locale_typed_date(text, time(0, 0), plain.year, self.locale())
        except InputError:
            back = None
        return text if back is not None and back.date() == plain else plain.isoformat()


def refusal(title: str, error: InputError) -> str:
    """The one line a date cell's text that names no date gives, naming the column."""
    return f"{title}: {error}"


def pin_said(plan: Plan, uid: int, before: tuple[object, object], shown_id: object) -> str | None:
    """What the status bar says when a Start typed on task ``uid`` set (or moved) its Start
    No Earlier Than constraint (``before``: its constraint type and date until then), as
    MS Project's indicator says it: "Start No Earlier Than 2/8/2027 set on ID 9 'Cut-over'"
    (the time too when it is not the project's default start time). None: no new pin."""
    task = plan.task(uid)
    pinned = (task.constraint_type, task.constraint_date)
    if task.constraint_type is not ConstraintType.SNET or task.constraint_date is None:
        return None
    if pinned == before:
        return None
    moment = task.constraint_date
    at_default = moment.time() == plan.project.default_start_time
    day = local_date(moment.date() if at_default else moment, weekday=False, clock=not at_default)
    said = f"Start No Earlier Than {day} set on ID {shown_id} {quoted(task.name)}"
    if moment < plan.project.start:
        said += ", before the project start"
    return said
