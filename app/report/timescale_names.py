"""The Gantt timescale's and the Usage headers' names of days and months in the reader's
locale (``Mo. 4. Jan.``, ``Januar 2027`` in German), as MS Project's timescale follows the
system's language. The C locale keeps Gantry's English (app.domain.day_names.ENGLISH),
byte for byte, as tests, CI and servers have it.

QtCore only, imported at the first call (the command line's text outputs never ask).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.domain.day_names import ENGLISH, DateNames

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

_KNOWN: dict[str, DateNames] = {}
# A Qt date format's parts: a quoted literal, a run of one field letter, any other text.
_PART = re.compile(r"'(?:[^']|'')*'|d+|M+|y+|[^dMy']+")
# What a literal writes right after a field, as part of it: ``日`` of ``d日``, ``.`` of ``d.,``.
_SUFFIX = re.compile(r"[^\s,]*")


def date_names(locale: QLocale | None = None) -> DateNames:
    """``locale``'s names and orders (None: Qt's default, the user's unless a test set one),
    made once per locale."""
    from PySide6.QtCore import QLocale

    locale = QLocale() if locale is None else locale
    if locale.language() == QLocale.Language.C:
        return ENGLISH
    key = locale.name() + "|" + locale.dateFormat(QLocale.FormatType.LongFormat)
    names = _KNOWN.get(key)
    if names is None:
        names = _KNOWN[key] = _made(locale)
    return names


def _made(locale: QLocale) -> DateNames:
    from PySide6.QtCore import QLocale

    short = QLocale.FormatType.ShortFormat
    long = QLocale.FormatType.LongFormat
    months = range(1, 13)
    names = DateNames(
        weekday_abbr=tuple(locale.dayName(day, short) for day in range(1, 8)),
        month_abbr=tuple(locale.monthName(month, short) for month in months),
        alone_abbr=tuple(locale.standaloneMonthName(month, short) for month in months),
        alone_names=tuple(locale.standaloneMonthName(month, long) for month in months),
    )
    parts = _without(_parts(locale.dateFormat(long)), "ddd")  # the weekday goes first
    return DateNames(
        weekday_abbr=names.weekday_abbr,
        month_abbr=names.month_abbr,
        alone_abbr=names.alone_abbr,
        alone_names=names.alone_names,
        day_month_year=_pattern(parts),
        day_month=_pattern(_without(parts, "y")),
        month_year=_pattern(_without(parts, "d")),
        week=_WEEK_WORDS.get(locale.bcp47Name().split("-")[0], ""),
    )


# A calendar week by its number, as planners in each language write it (German MS Project's
# timescale offers "KW 1", French "S1"); Qt's locale data names no week.
_WEEK_WORDS = {
    "de": "KW {week}",
    "fr": "S{week}",
    "nl": "Wk {week}",
    "es": "Sem. {week}",
    "it": "Sett. {week}",
    "pt": "Sem. {week}",
    "da": "Uge {week}",
    "sv": "V. {week}",
    "nb": "Uke {week}",
    "fi": "Vk {week}",
    "pl": "Tydz. {week}",
    "cs": "Týd. {week}",
}


def _parts(text: str) -> list[tuple[str, str]]:
    """A Qt date format as (kind, text) parts: kind ``d``/``M``/``y`` for a field, ``""``
    for literal text (quotes taken off)."""
    out: list[tuple[str, str]] = []
    for m in _PART.finditer(text):
        part = m.group()
        if part[0] in "dMy":
            out.append((part[0], part))
            continue
        if part[0] == "'":
            part = part[1:-1].replace("''", "'")
        if out and not out[-1][0]:  # one literal between two fields (`` de `` of es)
            part = out.pop()[1] + part
        out.append(("", part))
    return out


def _without(parts: list[tuple[str, str]], field: str) -> list[tuple[str, str]]:
    """``parts`` less the fields starting with ``field`` (``ddd``: the weekday, ``d``: the day
    of the month, not the weekday) and the literal that joins each to the rest: the one after
    it (``, `` of ``dddd, d. MMMM``), or at the end the one before it, less what it writes
    right after the field before (`` `` of ``MMMM yyyy``; ``日`` of ``d日dddd`` stays)."""
    out = list(parts)
    k = 0
    while k < len(out):
        kind, text = out[k]
        wanted = text.startswith(field) and (field != "d" or len(text) <= 2)
        if not kind or not wanted:
            k += 1
            continue
        del out[k]
        if k < len(out) and not out[k][0]:
            del out[k]
        elif k > 0 and not out[k - 1][0]:
            kept = _SUFFIX.match(out[k - 1][1])
            if kept and kept.group():
                out[k - 1] = ("", kept.group())
            else:
                del out[k - 1]
                k -= 1
    return out


def _pattern(parts: list[tuple[str, str]]) -> str:
    """The ``str.format`` pattern of ``parts``: ``{day}``, ``{month}`` (the name, for
    ``MMM``), ``{number}`` (the month in figures, for ``M``: ``{number}月``), ``{year}``;
    literal braces doubled."""
    out = []
    for kind, text in parts:
        if kind == "M":
            out.append("{month}" if len(text) >= 3 else "{number}")
        elif kind:
            out.append("{day}" if kind == "d" else "{year}")
        else:
            out.append(text.replace("{", "{{").replace("}", "}}"))
    return "".join(out).strip()
