"""Under the C (POSIX) locale the sheet writes its dates in ISO, year first, but a date typed
in another order was refused with "this computer writes day/month/year, as 2026-03-02":
the message contradicted its own example. The C locale now reads year first, and says so."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from PySide6.QtCore import QLocale

from app.domain.errors import InputError
from app.domain.typed_dates import DateOrder
from app.ui.locale_dates import locale_date_order, locale_typed_date


def test_s28r2_c_locale_reads_year_first_as_its_editor_writes() -> None:
    c = QLocale.c()
    assert locale_date_order(c) is DateOrder.YMD
    assert locale_date_order(QLocale("en_GB")) is DateOrder.DMY  # others as before
    assert locale_date_order(QLocale("en_US")) is DateOrder.MDY


def test_s28r2_c_locale_refusal_names_the_order_it_shows() -> None:
    with pytest.raises(InputError) as caught:
        locale_typed_date("2/15/2027", time(8, 0), locale=QLocale.c())
    message = str(caught.value)
    assert "this computer writes year/month/day" in message
    assert "day/month/year" not in message
    assert message.count("2026-03-02") == 1
    assert locale_typed_date("2027/2/15", time(8, 0), locale=QLocale.c()) == datetime(
        2027, 2, 15, 8, 0
    )
