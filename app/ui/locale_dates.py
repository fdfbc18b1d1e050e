"""The order the computer writes short dates in, from Qt's locale: how a date typed into
the sheet or a dialog's text field reads ("3/12/2026" is 3 December day first, 12 March
month first), as MS Project follows the Windows regional settings."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale

from app.domain.custom_fields import CustomValues, value_of
from app.domain.typed_dates import DateOrder


def locale_date_order(locale: QLocale | None = None) -> DateOrder:
    """The order of day, month and year in ``locale``'s short date format (default: the
    user's, QLocale()): ``dd/MM/yyyy`` (en_GB) and ``dd.MM.yy`` (de_DE) day first,
    ``M/d/yy`` (en_US) month first, ``yyyy/MM/dd`` (ja_JP) and ``yyyy-MM-dd`` (en_CA) year
    first. A format that leaves one out reads day first."""
    text = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    day, month, year = text.find("d"), text.find("M"), text.find("y")
    if min(day, month, year) < 0:
        return DateOrder.DMY
    if year < month and year < day:
        return DateOrder.YMD
    return DateOrder.MDY if month < day else DateOrder.DMY


def held_year(custom: CustomValues, name: str) -> int | None:
    """The year of the date custom field ``name`` holds (None: it holds none): a date typed
    into it without a year takes it, as the sheet's own date cells take theirs."""
    value = value_of(custom, name)
    return value.year if isinstance(value, datetime) else None
