"""The month calendar a typed date field pops up under itself (F4, Alt+Down or its arrow)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QCalendarWidget, QVBoxLayout, QWidget


def pop_calendar(
    owner: QWidget,
    selected: QDate,
    on_pick: Callable[[QDate], None],
    day_range: tuple[QDate, QDate] | None = None,
) -> QWidget:
    """Show a calendar under ``owner`` at ``selected``; a day clicked or activated goes to
    ``on_pick`` and closes it. The popup is returned for :func:`popped_calendar`."""
    popup = QWidget(owner, Qt.WindowType.Popup)
    calendar = QCalendarWidget(popup)
    calendar.setLocale(owner.locale())
    if day_range is not None:
        calendar.setDateRange(*day_range)
    calendar.setSelectedDate(selected)
    layout = QVBoxLayout(popup)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(calendar)

    def picked(day: QDate) -> None:
        popup.close()
        on_pick(day)

    calendar.clicked.connect(picked)
    calendar.activated.connect(picked)
    popup.move(owner.mapToGlobal(QPoint(0, owner.height())))
    popup.show()
    calendar.setFocus()
    return popup


def popped_calendar(popup: QWidget | None) -> QCalendarWidget | None:
    """The calendar inside a popup :func:`pop_calendar` showed (None: none yet)."""
    return None if popup is None else popup.findChild(QCalendarWidget)
