"""Custom field values as text that reads back to the same value, for the formats that
keep them as plain text (GanttProject's custom properties, CSV cells).

A number is written in full (``12``, ``0.1``, ``0.3333333333333333``), not rounded as a
cell shows it, and without exponent; a duration in the plan's words when a reader with 8-hour days (the only
working time a .gan or .csv file tells its reader) gets the same minutes back, else in
hours or minutes.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

from app.domain.custom_values import format_number
from app.domain.errors import InputError
from app.domain.notation import format_duration, parse_duration
from app.domain.project import Project
from app.domain.task import DurationUnit

# What a file without working time of its own is read with: 8-hour days.
READER_PROJECT = Project()

_DECIMAL_RE = re.compile(r"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")


def number_text(value: float) -> str:
    """A number as short as it can be written and still read back exactly, without an
    exponent (``0.00001``, not ``1e-05``: money cells and spreadsheets take it as typed)."""
    short = format_number(value)
    if float(short) == value:
        return short
    return format(Decimal(repr(float(value))), "f")


def read_number(text: str) -> float | None:
    """A number written with a point (``12``, ``-0.5``, ``1e+16``); None when ``text`` is
    none (a comma, a word, infinity)."""
    cleaned = text.strip()
    if not _DECIMAL_RE.match(cleaned):
        return None
    value = float(cleaned)
    return value if math.isfinite(value) else None


def duration_text(minutes: int, project: Project) -> str:
    """Working ``minutes`` as ``project`` writes them ("5d") when that reads back to the same
    minutes in 8-hour days, else in hours ("37.5h"), else in minutes."""
    text = format_duration(minutes, project)
    for unit in (None, DurationUnit.HOURS, DurationUnit.MINUTES):
        if unit is not None:
            text = format_duration(minutes, READER_PROJECT, unit=unit)
        try:
            if parse_duration(text, READER_PROJECT).minutes == minutes:
                return text
        except InputError:
            continue
    return text
