"""A dialog's typed date field answered date() and dateTime() with the date it held before
for text typed over it that does not read: a caller that asked them rather than
dates.read_date kept the old date without a word. They now raise InputError, the reason
shown at the field; read_date and read_day say the same."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate

from app.domain.errors import InputError
from app.ui.dialogs.dates import date_edit, day_edit, read_date, read_day


def test_s24lo_unreadable_text_raises_instead_of_the_old_date(qtbot):
    field = date_edit(datetime(2027, 3, 1, 8, 0), datetime(2027, 1, 1))
    qtbot.addWidget(field)
    field.setText("31.02.2027x")
    with pytest.raises(InputError) as refused:
        field.dateTime()
    assert str(refused.value) == field.problem
    for ask in (field.date, field.time, lambda: read_date(field)):
        with pytest.raises(InputError):
            ask()
    field.setText("2027-03-04")
    assert field.date() == QDate(2027, 3, 4)
    assert read_date(field) == datetime(2027, 3, 4, 8, 0)


def test_s24lo_an_emptied_day_field_raises_too(qtbot):
    field = day_edit(date(2027, 3, 1))
    qtbot.addWidget(field)
    assert read_day(field) == date(2027, 3, 1)
    field.setText("")
    with pytest.raises(InputError, match="a date is needed here"):
        field.date()
    with pytest.raises(InputError, match="a date is needed here"):
        read_day(field)
