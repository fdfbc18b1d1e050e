"""Reading single cells of a client's sheet: dates, durations, percentages, people.

Every function raises :class:`CellError` with a message about the value; the
caller adds the sheet, row and column.
"""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Container, Mapping
from datetime import date, datetime, time, timedelta

from app.domain.assigning import own_units, typed_range
from app.domain.bare_units import check_bare_units
from app.domain.day_table import FIRST_YEAR, LAST_YEAR
from app.domain.errors import InputError
from app.domain.material_rates import RatedUnits, rate_label
from app.domain.notation import Duration, PredecessorRef, parse_duration
from app.domain.people_parts import PERSON_RE as _PERSON_RE
from app.domain.people_parts import people_parts as cut_people
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.span_limit import SPAN_SAID, span_limit
from app.io.cell_error import CellError
from app.io.sheet_amounts import typed_amount
from app.io.sheet_money import (
    UnclearCellError,
    plan_currency,
    read_amount,
    read_cost,
    read_number,
)

__all__ = [  # re-exported: the money readers moved to app/io/sheet_money.py
    "CellError",
    "UnclearCellError",
    "plan_currency",
    "read_amount",
    "read_cost",
    "read_number",
]


_EXCEL_EPOCH = datetime(1899, 12, 30)
_DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%d %b %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%B %d, %Y",
    "%Y/%m/%d",  # the year first with slashes (Japan, China)
    "%Y/%m/%d %H:%M",
    "%d-%b-%Y",  # Excel's d-mmm-yy display, typed or saved as text
    "%d-%b-%y",
)


def is_blank(value: object) -> bool:
    """An empty cell (calamine gives empty strings)."""
    return value is None or (isinstance(value, str) and not value.strip())


# Text dates with slashes: read in the user's order first, the other when that fails.
# with a time of day too, as MS Project's sheet pastes dates into Excel: 3/1/27 8:00 AM
_TIMES = ("", " %H:%M", " %I:%M %p", " %I:%M%p")
_DAY_FIRST = tuple(f"%d/%m/{y}{t}" for t in _TIMES for y in ("%Y", "%y"))
_MONTH_FIRST = tuple(f"%m/%d/{y}{t}" for t in _TIMES for y in ("%Y", "%y"))
SLASHED_DATE = re.compile(
    r"^\s*(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?)?\s*$"
)
# Territories whose locale writes the month first (7/8/2023 is July 8): the US and the
# places that follow its usage. Everywhere else (and "C") reads the day first.
_MONTH_FIRST_TERRITORIES = frozenset({"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "VI"})


def day_first_from_environment(environ: Mapping[str, str] | None = None) -> bool:
    """Whether the user's locale writes the day before the month (``LC_ALL``, ``LC_TIME``, ``LANG``).

    The first of them set wins, as the C library decides; none set, or a "C" or
    "POSIX" locale, reads the day first (Gantry's order before locales were asked).
    """
    env = os.environ if environ is None else environ
    name = next((env[k] for k in ("LC_ALL", "LC_TIME", "LANG") if env.get(k)), "")
    if name.split(".")[0] in ("", "C", "POSIX"):
        return True  # Python's locale tables would take C.UTF-8 for en_US
    code = locale.normalize(name).split(".")[0].split("@")[0]
    _lang, _, territory = code.partition("_")
    return territory.upper() not in _MONTH_FIRST_TERRITORIES


def read_day_first(day_first: bool | None) -> bool:
    """``day_first`` as given, else the environment's (see :func:`day_first_from_environment`)."""
    return day_first_from_environment() if day_first is None else day_first


def ambiguous_date(value: object) -> bool:
    """Whether a cell is text like ``07/08/2023``, which day-first and month-first read apart."""
    if not isinstance(value, str):
        return False
    m = SLASHED_DATE.match(value)
    return m is not None and m.group(1) != m.group(2) and max(int(m[1]), int(m[2])) <= 12


class TimedCell(datetime):
    """A date cell whose number format shows its time of day (``yyyy-mm-dd hh:mm``): at
    00:00 it is that moment, midnight, where a cell showing the date alone is a date
    without a time (which :func:`read_date` gives the column's default time). The
    workbook readers give one for such a cell (app/io/shown_times.py): python-calamine
    reads any cell at 00:00 as a date alone, whatever its format."""

    __slots__ = ()

    @classmethod
    def of(cls, value: date) -> TimedCell:
        """``value`` (a date, or a datetime) as a cell showing its time."""
        moment = value if isinstance(value, datetime) else datetime.combine(value, time(0, 0))
        return cls.combine(moment.date(), moment.time())


def typed_alone(value: object, exported: object) -> object:
    """A changed date cell as the client meant it: at 00:00 in a cell showing its time whose
    exported moment was at another time, a date typed alone (Excel shows it 00:00), which
    :func:`read_date` then gives the column's default time as MS Project gives a date typed
    without one; where the export was at midnight too (a night pour), midnight is kept.
    ``exported``: the cell's value as written (a moment, or its text)."""
    if not isinstance(value, TimedCell) or value.time() != time(0, 0):
        return value
    if isinstance(exported, datetime):
        kept_midnight = exported.time() == time(0, 0)
    else:
        kept_midnight = str(exported or "").endswith(("T00:00", " 00:00", "T00:00:00"))
    return value if kept_midnight else value.date()


def read_date(value: object, at: time, day_first: bool | None = None) -> datetime:
    """A date cell (a date, a datetime, an Excel serial number or text) as a datetime.

    A date without a time of day gets ``at`` (the project's start or finish time): a
    date, a datetime or a serial at 00:00 (what a cell showing the date alone holds), text
    without a time. A time given is kept, 00:00 too: text with one (``2027-10-01 00:00``,
    as Gantry's CSV writes moments) or a :class:`TimedCell`.
    ``day_first``: how to read text like ``07/08/2023`` (None: as the locale in the
    environment writes dates, see :func:`day_first_from_environment`); a text date
    that only one order can read (``13/08/2023``) is read so either way.
    """
    if isinstance(value, date) and not FIRST_YEAR <= value.year <= LAST_YEAR:
        # refused here, naming the cell, not by the scheduler with no cell to name
        raise CellError(
            f"{value:%Y-%m-%d} is outside the years Gantry schedules ({FIRST_YEAR} to {LAST_YEAR})"
        )
    if isinstance(value, datetime):
        timed = isinstance(value, TimedCell)
        value = datetime.combine(value.date(), value.time())  # a plain datetime, not the cell
        if value.year == LAST_YEAR and value >= datetime(LAST_YEAR, 12, 31, 23, 59):
            value = value.replace(second=0, microsecond=0)  # no rounding into year 3000
        else:
            value = (value + timedelta(seconds=30)).replace(second=0, microsecond=0)
        if value.time() == time(0, 0) and not timed:
            return datetime.combine(value.date(), at)
        return value
    if isinstance(value, date):
        return datetime.combine(value, at)
    if isinstance(value, time):  # a date cell's serial below 1 (LibreOffice's 1850) reads so
        raise CellError(
            "a date before 1900 (Excel holds none), or a time with no date; "
            "type the date as text, such as 1850-03-01"
        )
    if isinstance(value, timedelta):  # an [h]:mm cell, as calamine gives it: days since 1899
        value = value / timedelta(days=1)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not 1 <= value < 2958466:
            raise CellError(f"{value!r} is not a date")
        moment = _EXCEL_EPOCH + timedelta(days=float(value))
        return read_date(moment, at)
    text = str(value).strip()
    formats: tuple[str, ...] = _DATE_FORMATS
    if "/" in text:
        day_first = read_day_first(day_first)
        slashed = _DAY_FIRST + _MONTH_FIRST if day_first else _MONTH_FIRST + _DAY_FIRST
        formats = slashed + _DATE_FORMATS
    for fmt in formats:
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        if "%H" in fmt or "%I" in fmt:  # a time typed is kept, midnight too
            return read_date(TimedCell.of(parsed), at)  # a year out of range says so
        return read_date(parsed, at)
    named = _WEEKDAY_FIRST.match(text)
    weekday = _WEEKDAYS.get(named.group(1).casefold()) if named else None
    if named is not None and weekday is not None:
        # as Gantry's own sheet and Copy Tasks write dates: "Mon 2023-01-02"
        try:
            moment = read_date(named.group(2), at, day_first)
        except CellError:
            raise CellError(f"{quoted(text)} is not a date") from None
        if moment.weekday() != weekday and ambiguous_date(named.group(2)):
            # "Mon 02/01/2023": the weekday tells which order the writer used
            other = read_date(named.group(2), at, not read_day_first(day_first))
            moment = other if other.weekday() == weekday else moment
        if moment.weekday() != weekday:
            raise CellError(
                f"{moment:%Y-%m-%d} is a {_DAY_NAMES[moment.weekday()]}, not a {_DAY_NAMES[weekday]}"
            )
        return moment
    raise CellError(f"{quoted(text)} is not a date")


_WEEKDAY_FIRST = re.compile(r"([A-Za-z]+)\.?,?\s+(\S.*)$")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# English day names and their usual short forms -> Python's weekday number
_WEEKDAYS = {
    **{name.casefold(): k for k, name in enumerate(_DAY_NAMES)},
    **{name[:3].casefold(): k for k, name in enumerate(_DAY_NAMES)},
    "tues": 1,
    "thur": 3,
    "thurs": 3,
}


def read_duration(value: object, project: Project, unit: str) -> int:
    """Working minutes of a duration cell: ``5``, ``1.5``, ``2w``, ``3 days``, ``4h``."""
    return read_duration_cell(value, project, unit).minutes


def read_duration_cell(value: object, project: Project, unit: str) -> Duration:
    """A duration cell with what its text says beyond minutes: ``3ed`` elapsed, ``2d?`` estimated."""
    if isinstance(value, bool):
        raise CellError(f"{value!r} is not a duration")
    if isinstance(value, int | float):
        if value < 0:
            raise CellError(f"{value!r}: a duration cannot be negative")
        text = f"{value}{unit}"
    else:
        text = str(value).strip()
    try:
        duration = parse_duration(text, project, default_unit=unit)
    except InputError as exc:
        raise CellError(str(exc)) from None
    return check_duration_span(text if isinstance(value, str) else value, duration, project)


def check_duration_span(text: object, duration: Duration, project: Project) -> Duration:
    """``duration`` unless it is longer than the plan can schedule (CellError quoting ``text``)."""
    if duration.minutes > span_limit(project, duration.elapsed):
        raise CellError(f"{quoted(text)} is longer than {SPAN_SAID}")
    return duration


def check_lag_span(ref: PredecessorRef, predecessor_minutes: int, project: Project) -> None:
    """CellError when a link's lag or lead (``+2d``, ``-50%`` of the predecessor's
    ``predecessor_minutes``) is longer than the plan can schedule."""
    lag = float(abs(ref.lag_minutes))
    if ref.lag_percent is not None:
        lag = max(lag, abs(ref.lag_percent) / 100.0 * predecessor_minutes)
    if lag > span_limit(project, ref.lag_elapsed):
        raise CellError(f"the lag after task {ref.ref} is longer than {SPAN_SAID}")


def read_percent(value: object, fractions: bool) -> float:
    """Percent complete 0..100 from ``0.5`` (a fraction column), ``50``, ``50%``."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        pct = float(value) * (100.0 if fractions else 1.0)
    else:
        text = str(value).strip().rstrip("%").replace(",", ".")
        try:
            pct = float(text)
        except ValueError:
            raise CellError(f"{quoted(value)} is not a percentage") from None
    if not 0.0 <= pct <= 100.0:
        raise CellError(f"{quoted(value)} is not between 0% and 100%")
    return round(pct, 4)


def people_parts(text: str, strict: bool = True) -> list[str]:
    """The people of a People cell and the separators between them, alternating, cut as
    the window's People cell cuts them (:func:`app.domain.people_parts.people_parts`); a
    part that is only a percentage ``strict`` refuses (CellError)."""
    try:
        return cut_people(text, strict)
    except InputError as exc:
        raise CellError(str(exc)) from None


# 1,200: a thousand and two hundred to an English client, 1.2 to a German one
_THOUSANDS = re.compile(r"^\d{1,3},\d{3}$")


def read_decimal(number: str, part: str) -> float:
    """``12.5`` or ``12,5`` (a decimal comma) of the units or quantity in ``part`` (one
    person of a People cell); CellError when the comma could as well group thousands
    (``1,200``), ValueError when ``number`` is no number."""
    if _THOUSANDS.match(number):
        raise CellError(
            f"{quoted(part.strip())}: {number} could be {number.replace(',', '')} or "
            f"{float(number.replace(',', '.')):g}; write the number without a comma"
        )
    return float(number.replace(",", "."))


def typed_units(value: object) -> list[tuple[str, str | None]]:
    """(name, label) of each part of a People cell giving a quantity with its label, as
    Gantry and MS Project write a material's units (``Concrete[12.5 m³]``, ``Sand[3 t]``;
    a range such as ``Cement[2-5 t]`` is none), and (name, None) of each giving a
    percentage (``Ana[50%]``, ``Ana (50%)``): someone who is no material."""
    if not isinstance(value, str) or not ("[" in value or "%" in value):
        return []
    out: list[tuple[str, str | None]] = []
    for part in people_parts(value, strict=False)[::2]:
        m = _PERSON_RE.match(part)
        if m is None or typed_range(part) is not None:
            continue
        if m.group("qty"):
            out.append((m.group("name"), m.group("label")))
        elif m.group("pct") or m.group("round") or m.group("bare"):
            out.append((m.group("name"), None))
    return out


def read_people(
    value: object,
    listed: bool = False,
    known: Container[str] | None = None,
    materials: Container[str] | None = None,
    cell_of: tuple[Plan, int] | None = None,
) -> list[tuple[str, float]]:
    """(name, units) pairs from ``Ana, Ben[50%]``, ``Ana; Ben``, ``Ana / Ben``, ``Ana & Ben``.

    ``,``, ``;`` and line breaks separate people, but not inside brackets (``Ana[12,5%]``
    is one, as the window's People cell reads it), nor as a decimal comma where the cell is
    clearly one person (``Ana (12,5%)``; :func:`people_parts`). ``listed``: the cell is a list
    as Gantry writes one, so ``R&D / QA`` or ``Heating and AC`` is one name. ``known``
    (casefolded names met elsewhere, see :func:`split_on_known`): ``&``, ``/`` and
    `` and `` separate people only where :func:`split_on_known` says so. Without
    ``known``, they always do. ``materials`` (casefolded names of the plan's materials):
    ``Concrete[12.5 m³]`` or ``Concrete[12.5]`` is a quantity of one, as Gantry writes
    it; a quantity on anyone else is refused. Without it, a quantity reads as no person.
    ``cell_of`` (a plan and the task whose cell this is): units typed as the range a
    recurring task's cell shows (``Bob[25-75%]``, ``Cement[2-5 t]``) read as the window's
    People cell reads them (:func:`app.domain.assigning.own_units`): :data:`OWN_UNITS`,
    each occurrence keeping its own; another range is refused as the window refuses it.
    Without ``cell_of`` (a sheet read as any client's) a range is refused saying that only a
    workbook read with its _gantry sheet keeps one.
    """
    out: list[tuple[str, float]] = []
    for chunk in people_parts(str(value))[::2]:
        if not chunk.strip():
            continue
        if listed:
            parts = [chunk]
        elif known is None:
            parts = _JOINERS.split(chunk)
        else:
            parts = split_on_known(chunk, known)
        for part in parts:
            if part.strip():
                out.append(_person(part, materials, cell_of))
    return out


def check_people_cell(value: str) -> None:
    """CellError for what a People cell read as any client's never gives, whoever the sheet
    names: a percentage naming no one (:func:`people_parts`) or a range of units (see
    :func:`read_people`). The people are read once every row's cell is known; this is
    asked row by row, so that such a cell is refused in row order with the others."""
    if "%" not in value and "[" not in value and "(" not in value:
        return
    for chunk in people_parts(value)[::2]:
        if typed_range(chunk) is not None:
            _person(chunk)
        else:  # Ana & Bob[25-75%]
            for part in _JOINERS.split(chunk):
                if typed_range(part) is not None:
                    _person(part)


def _person(
    part: str, materials: Container[str] | None = None, cell_of: tuple[Plan, int] | None = None
) -> tuple[str, float]:
    if cell_of is not None:
        try:
            own = own_units(*cell_of, part)
        except InputError as exc:
            raise CellError(str(exc)) from None
        if own is not None:
            return own[0].name, own[1]
    elif (spread := typed_range(part)) is not None:  # a sheet read as any client's sheet
        name, low, unit = spread
        raise CellError(
            f"{quoted(part.strip())} gives a range of units, as Gantry shows a recurring task's "
            "people; a range is kept only when the workbook is read with its hidden _gantry "
            f"sheet (type one value, such as {name}[{low}{unit}])"
        )
    project = cell_of[0].project if cell_of is not None else None
    symbols = (project.currency_symbol, project.currency) if project is not None else ()
    amount = typed_amount(part, materials, symbols)  # Concrete[12 m³/d], Sub[€45,000]
    if amount is not None:
        return amount
    m = _PERSON_RE.match(part)
    if m is None or (m.group("qty") and materials is None):
        raise CellError(f"cannot read {quoted(part.strip())} as a person (write Ana or Ana[50%])")
    name = m.group("name")
    quantity = m.group("qty") or (m.group("units") if not m.group("pct") else None)
    if materials is not None and quantity and name.casefold() in materials:
        try:  # a material's units are a quantity (12.5 m³), not a percentage
            units = read_decimal(quantity, part)
        except CellError:  # 1,200
            raise
        except ValueError:
            raise CellError(
                f"cannot read {quoted(part.strip())} as a quantity (write Sand[3 t])"
            ) from None
        if units <= 0:
            raise CellError(f"{quoted(part.strip())}: a quantity must be more than zero")
        scale = rate_label(m.group("label") or "")[1]  # Concrete[12 m³/d]: a rate
        return name, RatedUnits(units, scale) if scale else units
    if m.group("qty"):
        raise CellError(
            f"{quoted(part.strip())} gives a quantity, and {quoted(name, NAME_LIMIT)} is no material "
            f"(write {name} or {name}[50%])"
        )
    units = 1.0
    typed = m.group("units") or m.group("round") or m.group("bare")
    if typed:
        try:
            units = read_decimal(typed, part) / 100.0
        except CellError:  # 1,200
            raise
        except ValueError:  # 1.000.5
            raise CellError(
                f"cannot read {quoted(part.strip())} as a person (write Ana or Ana[50%])"
            ) from None
    if units <= 0:
        raise CellError(f"{quoted(part.strip())}: units must be more than zero")
    if m.group("units") and not m.group("pct"):  # Eve[0.5]: as the window's People cell
        try:
            check_bare_units(read_decimal(m.group("units"), part), part, m.group("name"))
        except InputError as exc:
            raise CellError(str(exc)) from None
    return m.group("name"), units


# What some sheets write between two people in one cell, besides , and ;
_JOINERS = re.compile(r"[/&]| and ")
_EACH_JOINER = (_JOINERS, re.compile(r"/"), re.compile(r"&"), re.compile(r" and "))


def person_key(part: str) -> str:
    """The casefolded name of ``Ana[50%]`` (``ana``), as :func:`split_on_known` compares names."""
    m = _PERSON_RE.match(part)
    return (m.group("name") if m else part.strip()).casefold()


def split_on_known(text: str, known: Container[str]) -> list[str]:
    """``text`` (one person as , and ; separate them) split on ``&``, ``/`` or `` and ``
    only when every part is a person in ``known`` (casefolded) and ``text`` is not.

    "Smith & Jones" or "R&D team" stay one name unless Smith and Jones (R and D team)
    are named elsewhere. All joiners are tried at once, then each alone, so that
    "R&D / QA" splits on "/" when R&D and QA are both known.
    """
    if not _JOINERS.search(text) or person_key(text) in known:
        return [text]
    for joiner in _EACH_JOINER:
        parts = [p for p in joiner.split(text) if p.strip()]
        if len(parts) > 1 and all(person_key(p) in known for p in parts):
            return parts
    return [text]


_RANGE_RE = re.compile(r"^\s*(\d+)\s*(?:-|\u2013|to)\s*(\d+)\s*$")


def expand_ranges(text: str) -> str:
    """``1 - 15`` (a range of rows, as some sheets write it) as ``1;2;...;15``."""
    if "-" not in text and "\u2013" not in text and "to" not in text:
        return text
    parts: list[str] = []
    for part in re.split(r"[;,]", text):
        m = _RANGE_RE.match(part)
        if m and int(m.group(1)) < int(m.group(2)):
            parts.extend(str(k) for k in range(int(m.group(1)), int(m.group(2)) + 1))
        else:
            parts.append(part)
    return ";".join(parts)


def ref_text(value: object) -> str:
    """A row id or predecessor cell as text (``2.0`` -> ``2``)."""
    if type(value) is str:  # most cells: skip the checks below
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
