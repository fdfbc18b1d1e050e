"""Dates in the reader's locale: ``Mo. 04.01.2027`` in German, ``Mon 1/4/2027`` in American
English, as MS Project writes dates in the system's short date format; the C locale keeps
Gantry's ISO forms (``Mon 2027-01-04``, printed ``2027-01-04``) byte for byte, as tests, CI
and servers have them.

The window's sheet, hover texts and status bar (app/ui/models/task_date_edits.py) and the
printed pages (app/report/columns.py, page_frame.py: ``gantry convert x.pdf``, ``gantry
report``) write dates through :func:`local_date`, so a page prints what the sheet shows.

QtCore only (no widgets), imported at the first call, as app/report/locale_numbers.py: the
command line's text outputs never ask.
"""

from __future__ import annotations

import locale as c_locale
import re
from dataclasses import dataclass
from datetime import date, datetime
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

_QTCORE: ModuleType | None = None  # PySide6.QtCore once asked for


def _qt() -> ModuleType:
    """PySide6.QtCore, imported at the first call and kept: an import per date went through
    PySide's import hook (~10 us), and the sheet writes thousands of dates a paint."""
    global _QTCORE
    if _QTCORE is None:
        import PySide6.QtCore

        _QTCORE = PySide6.QtCore
    return _QTCORE


# The weekday abbreviations strftime's %a writes, per LC_TIME locale (Qt's application sets
# the user's): strftime itself imports ``time`` through PySide's import hook on every call,
# ~0.5 s for 10,000 date cells, so the cells are written without it.
_DAY_NAMES: dict[str | None, tuple[str, ...]] = {}


def _day_names() -> tuple[str, ...]:
    key = c_locale.setlocale(c_locale.LC_TIME)  # a query: the locale as it is
    names = _DAY_NAMES.get(key)
    if names is None:  # 2024-01-01 was a Monday, weekday() 0
        names = tuple(datetime(2024, 1, 1 + day).strftime("%a") for day in range(7))
        _DAY_NAMES[key] = names
    return names


def _iso_date(moment: datetime | date, weekday: bool = True) -> str:
    """``Mon 2026-01-05`` (strftime's ``%a %Y-%m-%d``; without ``weekday`` ``2026-01-05``):
    the C locale's date."""
    text = f"{moment.year}-{moment.month:02d}-{moment.day:02d}"
    return f"{_day_names()[moment.weekday()]} {text}" if weekday else text


def local_date(
    moment: datetime | date | None,
    *,
    weekday: bool = True,
    clock: bool = False,
    locale: QLocale | None = None,
) -> str:
    """A date as the user's locale writes it, with a four-digit year: ``Fr. 27.11.2026`` in
    German, ``Fri 11/27/2026`` in American English, MS Project's regional settings;
    ``weekday``: with the weekday's short name first; ``clock``: with the time (``Fr.
    27.11.2026 17:00``, ``11/27/2026 5:00 PM``; not for a ``date``, which has none). The C
    locale keeps ``Fri 2026-11-27`` (and ``17:00`` after it), as tests and servers have it.
    ``locale`` None: Qt's default (the user's unless a test set one)."""
    if moment is None:
        return ""
    locale = _qt().QLocale() if locale is None else locale
    style = _style(locale)
    if style.days is None:
        text = _iso_date(moment, weekday)
        return f"{text} {moment:%H:%M}" if clock else text
    text = _written(moment, style, locale)
    if weekday:
        text = f"{style.days[moment.weekday()]} {text}"
    if clock and isinstance(moment, datetime):  # (a date has no time)
        qt = _qt()
        hour = qt.QTime(moment.hour, moment.minute)
        text += " " + locale.toString(hour, locale.timeFormat(qt.QLocale.FormatType.ShortFormat))
    return text


def printed_date(moment: datetime | date | None) -> str:
    """A date as a printed page writes it in a table or its header: the locale's short date
    with the year in full (``04.01.2027``, ``1/4/2027``); ``2027-01-04`` in the C locale,
    as pages always printed it. No weekday: the sheet's ``Mon`` would widen every column."""
    return local_date(moment, weekday=False)


def printed_saved(label: str, saved: datetime | None) -> str:
    """A baseline's or interim plan's name as a printout's header gives it: ``Baseline 2,
    saved 2026-11-28 02:20``; the name alone when the time is not known."""
    return label if saved is None else f"{label}, saved {printed_date(saved)} {saved:%H:%M}"


@dataclass(frozen=True, slots=True)
class _DateStyle:
    """How a locale writes a short date: ``days``, its weekdays' short names (None: the C
    locale's ISO form); ``short``, its short format with the year in full; ``parts``, that
    format as Python writes it (``d``, ``dd``, ``M``, ``MM``, ``yyyy`` and literal text;
    None: Qt writes it, for other fields or digits than 0-9)."""

    days: tuple[str, ...] | None
    short: str = ""
    parts: tuple[str, ...] | None = None


# Asked once per locale: the sheet writes thousands of dates a paint, ~15 us each through
# Qt's formatting, ~3 us this way.
_STYLES: dict[str, _DateStyle] = {}
_FORMAT_PART = re.compile(r"'(?:[^']|'')*'|d+|M+|y+|[^dMy']+")
_FIELDS = frozenset(("d", "dd", "M", "MM", "yyyy"))


def _style(locale: QLocale) -> _DateStyle:
    key = locale.name()
    style = _STYLES.get(key)
    if style is None:
        style = _STYLES[key] = _made_style(locale)
    return style


def _made_style(locale: QLocale) -> _DateStyle:
    qlocale = _qt().QLocale
    if locale.language() == qlocale.Language.C:
        return _DateStyle(None)
    short_type = qlocale.FormatType.ShortFormat
    short = short_date_format(locale)
    days = tuple(locale.dayName(day, short_type) for day in range(1, 8))
    parts: list[str] = []
    for m in _FORMAT_PART.finditer(short):
        part = m.group()
        if part[0] == "'":
            parts.append("'" + part[1:-1].replace("''", "'"))  # literal text, marked
        elif part[0] in "dMy":
            if part not in _FIELDS:
                return _DateStyle(days, short)
            parts.append(part)
        else:
            parts.append("'" + part)
    if locale.zeroDigit() != "0":
        return _DateStyle(days, short)
    return _DateStyle(days, short, tuple(parts))


def short_date_format(locale: QLocale) -> str:
    """``locale``'s short date format (Qt's) with the year in full: ``dd.MM.yyyy`` of
    German ``dd.MM.yy``, as no century is guessed; the sheet's dates write it."""
    short = locale.dateFormat(_qt().QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def _written(moment: datetime | date, style: _DateStyle, locale: QLocale) -> str:
    """``moment``'s day in ``style``'s short format (no weekday)."""
    if style.parts is None:
        day = _qt().QDate(moment.year, moment.month, moment.day)
        return locale.toString(day, style.short)
    fields = {
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "M": str(moment.month),
        "MM": f"{moment.month:02d}",
        "yyyy": f"{moment.year:04d}",
    }
    return "".join(part[1:] if part[0] == "'" else fields[part] for part in style.parts)
