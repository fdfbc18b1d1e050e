"""Which way the user writes dates, from Qt's locale: how an import reads '07/08/2023'."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def locale_day_first(locale: QLocale | None = None) -> bool:
    """Whether ``locale`` (default: the user's) writes the day before the month.

    Read off its short date format: ``dd/MM/yyyy`` (en_GB) is day first, ``M/d/yy``
    (en_US) and ``yyyy/MM/dd`` (ja_JP) month first. A format naming neither is day first.
    """
    text = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    day, month = text.find("d"), text.find("M")
    return day < 0 or month < 0 or day < month
