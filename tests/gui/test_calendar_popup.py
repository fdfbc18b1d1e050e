"""The calendar a sheet date cell pops up (F4) types the day picked, as the dialogs' fields do."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime, Qt

from app.ui.sheet_date_edit import SheetDateEdit


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_f4_pops_a_calendar_and_the_day_picked_is_typed_alone(qtbot):
    cell = SheetDateEdit()
    qtbot.addWidget(cell)
    cell.fill(QDateTime(datetime(2026, 3, 2, 8, 0)), "2026-03-02 08:00")
    cell.show()
    assert cell.calendarWidget() is None
    qtbot.keyClick(cell, Qt.Key.Key_F4)
    calendar = cell.calendarWidget()
    assert calendar is not None
    assert calendar.isVisible()
    assert calendar.selectedDate().toPython() == datetime(2026, 3, 2).date()
    calendar.clicked.emit(calendar.selectedDate().addDays(3))
    assert not calendar.isVisible()
    assert cell.typed()
    assert cell.dateTime().date().toPython() == datetime(2026, 3, 5).date()
    assert not cell.time_set  # a day alone: the cell takes the default time
