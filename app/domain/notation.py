"""How users write durations and predecessor lists, as in MS Project: ``5d``, ``4h``, ``3FS+2d``.

Typed dates (``parse_date``, ``DateOrder``) live in app/domain/typed_dates.py and are
importable from here too."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.domain.day_table import FIRST_YEAR, LAST_YEAR
from app.domain.errors import InputError
from app.domain.link import Link, LinkType
from app.domain.money import UnclearNumberError, locale_number
from app.domain.project import Project
from app.domain.quoting import quoted
from app.domain.task import DurationUnit
from app.domain.typed_dates import DateOrder as DateOrder  # dates moved there, kept here too
from app.domain.typed_dates import parse_date as parse_date

_UNITS: dict[str, str] = {
    "m": "m",
    "min": "m",
    "mins": "m",
    "minute": "m",
    "minutes": "m",
    "h": "h",
    "hr": "h",
    "hrs": "h",
    "hour": "h",
    "hours": "h",
    "d": "d",
    "dy": "d",
    "dys": "d",  # MS Project's plural of "dy" ("5 dys"), as "hrs" and "wks"
    "day": "d",
    "days": "d",
    "w": "w",
    "wk": "w",
    "wks": "w",
    "week": "w",
    "weeks": "w",
    "mo": "mo",
    "mon": "mo",
    "mons": "mo",
    "month": "mo",
    "months": "mo",
    # Spanish, Portuguese, French, German
    "dia": "d",
    "dias": "d",
    "día": "d",
    "días": "d",
    "jour": "d",
    "jours": "d",
    "j": "d",
    "tag": "d",
    "tage": "d",
    "t": "d",
    "semana": "w",
    "semanas": "w",
    "semaine": "w",
    "semaines": "w",
    "woche": "w",
    "wochen": "w",
    "hora": "h",
    "horas": "h",
    "heure": "h",
    "heures": "h",
    "stunde": "h",
    "stunden": "h",
    "std": "h",
    "mes": "mo",
    "meses": "mo",
    "mois": "mo",
    "monat": "mo",
    "monate": "mo",
    # as German and French MS Project abbreviate them ("3 Std.", "2 Wo.", "1 Mon.", "3 T.",
    # "2 sem"); a unit's closing dot is dropped before it is looked up (_unit_word)
    "wo": "w",
    "sem": "w",
}
# German MS Project's elapsed units, "f" (fortlaufend) where English puts an "e": "2ft" is
# two elapsed days, as "2ed".
_ELAPSED_UNITS: dict[str, str] = {
    "ft": "d",
    "fstd": "h",
    "fmin": "m",
    "fw": "w",
    "fwo": "w",
    "fmon": "mo",
}

# The day tables hold the years FIRST_YEAR to LAST_YEAR (app.domain.day_table): no longer
# span fits, and past 2^63 minutes the .gantry file could not even store it.
LONGEST_MINUTES = (date(LAST_YEAR + 1, 1, 1) - date(FIRST_YEAR, 1, 1)).days * 24 * 60
_DATES_RUN = f"(dates run to {LAST_YEAR})"

_ECHO_LIMIT = 40  # characters of a typed duration a message echoes

# A number's digits may be grouped by a mark or a space ("1,200", "1.200,5", "1 200", Arabic's
# "1\u066c200\u066b5"): which of them groups and which is the decimal point is the reader's
# locale's (locale_number).
_NUMBER_MARKS = ".,'\u2019\u066b\u066c"
_DURATION_RE = re.compile(
    rf"^\s*([-+]?\d+(?:[{_NUMBER_MARKS}\s]\d+)*)\s*([eE]?)\s*((?:[a-zA-Zíá]+\.?)?)\s*(\??)\s*$"
)
# MS Project's units spelled out: "7 elapsed days" is 7ed, as "7 edays" ("ELAPSED" alike)
_ELAPSED_WORD = re.compile(r"(?i)(?<=[\d\s])elapsed\s+(?=[a-z])")


def _spelled(text: str) -> str:
    """``text`` with an elapsed unit spelled out (``7 elapsed days``) as ``7 edays``."""
    return _ELAPSED_WORD.sub("e", text) if "lapsed" in text.lower() else text


@dataclass(frozen=True, slots=True)
class Duration:
    """A parsed duration: minutes of working time (calendar time when ``elapsed``)."""

    minutes: int
    elapsed: bool = False
    estimated: bool = False
    unit: DurationUnit | None = None  # the unit typed (a bare number: the default unit)


def unit_minutes(unit: str, project: Project, elapsed: bool = False) -> int:
    """Minutes in one unit (``m h d w mo``): working units follow the project settings."""
    if elapsed:
        return {"m": 1, "h": 60, "d": 1440, "w": 10080, "mo": 43200}[unit]
    return {
        "m": 1,
        "h": 60,
        "d": project.minutes_per_day,
        "w": project.minutes_per_week,
        "mo": project.minutes_per_day * project.days_per_month,
    }[unit]


def parse_duration(
    text: str,
    project: Project,
    default_unit: str | None = None,
    what: str = "a duration",
    *,
    group: str | None = None,
    decimal: str = ".",
) -> Duration:
    """Read ``5d``, ``4h``, ``2w``, ``3 days``, ``2ed`` (elapsed), ``3d?``.

    A bare number (``1.5``) is in ``default_unit``, else in the project's
    duration unit ("Duration is entered in", days unless the plan says otherwise).
    InputError past :data:`LONGEST_MINUTES`, naming the length as ``what`` ("a lag").

    ``group`` and ``decimal``: the reader's locale's thousands separator and decimal mark,
    as MS Project reads a duration typed in the regional settings' numbers: ``1,200d`` is
    1200 days in the US, ``1.200d`` in Germany, ``1 200,5d`` in France (see
    :func:`app.domain.money.locale_number`); ``1.500d`` in French (whose marks have no dot)
    is refused as unclear. ``group`` None (the C locale, files, the command line): ``,``
    and ``.`` are both a decimal point, ``1,2d`` and ``1.2d`` alike, and nothing groups.
    """
    if default_unit is None:
        default_unit = project.duration_unit.value
    text = _spelled(text or "")
    m = _DURATION_RE.match(text)
    try:
        number = None if m is None else locale_number(m.group(1), group, decimal)
    except UnclearNumberError as unclear:  # "1.500d" in French: 1500 days or 1.5?
        typed_unit = text[m.end(1) :].strip() if m else ""
        raise UnclearNumberError(
            f"{quoted(text.strip())} is unclear as {what}: {unclear.hint(typed_unit)}",
            unclear.forms,
        ) from None
    if m is None or number is None:
        raise InputError(_not_one(text, what))
    elapsed = bool(m.group(2))
    unit_text = _unit_word(m.group(3))
    if unit_text == "" and elapsed:
        raise InputError(_not_one(text, what))
    if not elapsed and unit_text in _ELAPSED_UNITS:
        elapsed, unit_text = True, _ELAPSED_UNITS[unit_text]
    unit = _UNITS.get(unit_text) if unit_text else default_unit
    if unit is None:
        raise InputError(f"{quoted(text)}: unknown duration unit {quoted(m.group(3))}")
    if number < 0:
        noun = "work" if what == WORK else "a duration"  # the field's word: work is no duration
        raise InputError(f"{quoted(text)}: {noun} cannot be negative")
    size = unit_minutes(unit, project, elapsed)
    if not math.isfinite(number) or number * size > LONGEST_MINUTES:
        raise InputError(_too_long(text, unit, size, elapsed, what, group or ","))
    minutes = round(number * size)
    return Duration(minutes, elapsed, bool(m.group(4)), DurationUnit(unit))


WORK = "work"  # parse_duration's ``what`` for work (parse_work): its messages say "work"


def _not_one(text: str, what: str) -> str:
    """The refusal of text that is no length: "is not work" when work was asked for."""
    if what == WORK:
        return f"{quoted(text)} is not work (try 8h, 1.5d)"
    return f"{quoted(text)} is not a duration (try 5d, 4h, 2w)"


def _unit_word(typed: str) -> str:
    """A typed unit as :data:`_UNITS` holds it: lower case, without the dot that ends a German
    or French abbreviation ("Std." is "std")."""
    return typed.lower().removesuffix(".")


def _too_long(text: str, unit: str, size: int, elapsed: bool, what: str, group: str) -> str:
    """The message for a typed length past :data:`LONGEST_MINUTES`, the bound in its unit
    (its thousands grouped by ``group``)."""
    most = f"{LONGEST_MINUTES // max(size, 1):,}".replace(",", group)
    most = f"{most}{'e' if elapsed else ''}{unit}"
    return (
        f"{quoted(text.strip(), _ECHO_LIMIT)} is too long: {what} can be at most {most} "
        f"{_DATES_RUN}"
    )


def parse_work(
    text: str, project: Project, *, group: str | None = None, decimal: str = "."
) -> Duration:
    """Read work as typed (``40h``, ``5d``); a bare number is in the project's work unit.
    ``group`` and ``decimal``: the reader's number marks, as :func:`parse_duration` takes."""
    return parse_duration(
        text, project, project.work_unit.value, what=WORK, group=group, decimal=decimal
    )


def format_work(minutes: int, project: Project) -> str:
    """Work in the project's work unit ("Work is entered in", hours unless set otherwise)."""
    return format_duration(minutes, project, unit=project.work_unit)


def format_duration(
    minutes: int,
    project: Project,
    elapsed: bool = False,
    estimated: bool = False,
    unit: DurationUnit | None = None,
) -> str:
    """Write minutes in ``unit`` (``2w``, ``1.5mo``, ``4h``), two decimals at most.

    Without a unit Gantry picks one from the length: whole days as ``5d``,
    else hours or minutes (see :func:`auto_unit`). Conversions follow the
    project's minutes per day, per week and days per month; elapsed time
    uses 24-hour days, 7-day weeks and 30-day months, as MS Project does.
    """
    if unit is None or not unit_minutes(unit.value, project, elapsed):
        unit = auto_unit(minutes, project, elapsed)
    size = unit_minutes(unit.value, project, elapsed)
    if not size:  # a project without working minutes per day: only minutes make sense
        unit, size = DurationUnit.MINUTES, 1
    # hundredths rounded half up in whole numbers, as MS Project shows 1h as 0.13d
    hundredths = (200 * abs(minutes) + size) // (2 * size)
    value = ("-" if minutes < 0 else "") + _num(hundredths / 100)
    return f"{value}{'e' if elapsed else ''}{unit.value}{'?' if estimated else ''}"


def auto_unit(minutes: int, project: Project, elapsed: bool = False) -> DurationUnit:
    """The unit Gantry writes a length in when the task keeps none.

    Whole days (and quarter days from one day up) in days, whole weeks from
    four weeks up in weeks when they are not whole days, whole or quarter
    hours in hours, anything else in minutes. Every choice is exact at two
    decimals, so the text reads back to the same minutes.
    """
    per_day = 1440 if elapsed else project.minutes_per_day
    per_week = 10080 if elapsed else project.minutes_per_week
    if minutes == 0:
        return DurationUnit.DAYS
    if (
        per_week
        and per_day
        and minutes % per_week == 0
        and minutes // per_week >= 4
        and minutes % per_day
    ):
        return DurationUnit.WEEKS
    if per_day and minutes % per_day == 0:
        return DurationUnit.DAYS
    if per_day and minutes >= per_day and (minutes * 4) % per_day == 0:
        return DurationUnit.DAYS
    if minutes % 60 == 0 or (minutes >= 60 and (minutes * 4) % 60 == 0):
        return DurationUnit.HOURS
    return DurationUnit.MINUTES


def format_span(minutes: int, project: Project) -> str:
    """A length the scheduler computed (a summary's span, slack) as MS Project shows it.

    Days with at most two decimals from one day up (``29.19d``, never
    ``233.5h``); shorter or whole lengths as :func:`format_duration` writes
    them. What the user typed keeps :func:`format_duration`'s exact spelling.
    A plan whose durations are entered in another unit shows spans in it
    (``2.5w``), as MS Project shows a summary's duration in the default unit.
    """
    if minutes < 0:
        return "-" + format_span(-minutes, project)
    if project.duration_unit is not DurationUnit.DAYS:
        return format_duration(minutes, project, unit=project.duration_unit)
    per_day = project.minutes_per_day
    if not per_day or minutes < per_day or minutes % per_day == 0:
        return format_duration(minutes, project)
    hundredths = (200 * minutes + per_day) // (2 * per_day)  # half up, as MS Project rounds
    return f"{_num(hundredths / 100)}d"


def format_summary_duration(minutes: int, project: Project, estimated: bool) -> str:
    """A summary's duration as MS Project shows it: its span (:func:`format_span`), marked
    ``?`` while a subtask's duration is estimated (``28d?``)."""
    span = format_span(minutes, project)
    return f"{span}?" if estimated else span


def format_column_span(
    minutes: int,
    project: Project,
    unit: DurationUnit | None = None,
    elapsed: bool = False,
    estimated: bool = False,
) -> str:
    """A computed length in a column that must read in one unit (slack, remaining duration).

    MS Project shows these columns in the project's duration unit (``unit`` None:
    ``project.duration_unit``, days unless the plan says otherwise: "0.3 days" beside
    "1.5 days"), never minutes beside days: two decimals at most (``0.3d``, ``9.7d``,
    ``-0.5d``). An elapsed task's remaining time is in 24-hour units (``1.5ed``), an
    estimated one's marked (``2d?``), as MS Project does.
    """
    return format_duration(
        minutes, project, elapsed, estimated, project.duration_unit if unit is None else unit
    )


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


@dataclass(frozen=True, slots=True)
class PredecessorRef:
    """One entry of a predecessor list: row id, type and lag."""

    ref: str  # the task's row id (or WBS code) as the user wrote it
    type: LinkType = LinkType.FS
    lag_minutes: int = 0
    lag_percent: float | None = None
    lag_elapsed: bool = False
    lag_unit: DurationUnit | None = None  # the unit the lag was typed in (None: a percentage)


# A link type as MS Project writes it in English, German (Ende-Anfang, Anfang-Anfang,
# Ende-Ende, Anfang-Ende) and French (fin à début, début à début, fin à fin, début à fin):
# "10EA+2t" is "10FS+2d". The sheet writes the English letters back.
_LINK_TYPES = {
    **{kind.name: kind for kind in LinkType},
    "EA": LinkType.FS,
    "AA": LinkType.SS,
    "EE": LinkType.FF,
    "AE": LinkType.SF,
    "FD": LinkType.FS,
    "DD": LinkType.SS,
    "DF": LinkType.SF,
}
_PRED_RE = re.compile(
    r"^\s*([0-9][0-9.]*)\s*(" + "|".join(_LINK_TYPES) + r")?\s*"
    rf"(?:([-+])\s*(\d+(?:[{_NUMBER_MARKS}]\d+)*)\s*(e?%|e?(?:[a-zA-Z]+\.?)?))?\s*$",
    re.IGNORECASE,
)
_PRED_HINT = "try 3, 3FS+2d, 4SS-1d"


def parse_predecessors(
    text: str, project: Project, *, group: str | None = None, decimal: str = "."
) -> list[PredecessorRef]:
    """Read ``3``, ``3FS+2d``, ``4SS-1d``, ``5FF+50%``, ``5SS+50e%`` (an elapsed percentage,
    counted around the clock), lists split by ``;`` or ``,``; German and French link types
    and units as MS Project there takes them (``10EA+2t``, ``10AA+1,5t``, ``4DD+2 sem``).

    A lag's figure is read in ``group`` and ``decimal``, the reader's marks, as
    :func:`parse_duration` reads a Duration cell: ``3FS+1,200d`` is 1200 days in the US,
    ``3FS+1,5d`` 1.5 days in Germany and the US. With no ``group`` (the C locale, files)
    a comma before three digits is refused as unclear (grouping or decimals?), the rest as
    before: ``3FS+1,5d`` and ``3FS+1.5d`` are 1.5 days."""
    out: list[PredecessorRef] = []
    if not text or not text.strip():
        return out
    for part in _list_parts(text):
        if not part.strip():
            continue
        part = _spelled(part)
        m = _PRED_RE.match(part)
        if not m:
            raise InputError(f"{quoted(part.strip())} is not a predecessor ({_PRED_HINT})")
        ref, kind, sign, amount, unit = m.groups()
        link_type = _LINK_TYPES[kind.upper()] if kind else LinkType.FS
        lag_minutes, lag_percent, lag_elapsed = 0, None, False
        lag_unit: DurationUnit | None = None
        if sign:
            factor = -1 if sign == "-" else 1
            # no marks given: no group either, so a comma before three digits is unclear
            lag_group = "" if group is None else group
            if unit in ("%", "e%", "E%"):
                try:
                    percent = locale_number(amount, lag_group, decimal)
                except UnclearNumberError as unclear:
                    raise unclear.said_of(part, unit=unit) from None
                if percent is None:
                    raise InputError(f"{quoted(part.strip())} is not a predecessor ({_PRED_HINT})")
                lag_percent = factor * percent
                lag_elapsed = unit != "%"
                if not math.isfinite(lag_percent):  # digits past a float: no calendar holds it
                    raise InputError(
                        f"{quoted(part.strip(), _ECHO_LIMIT)}: the lag is too long {_DATES_RUN}"
                    )
            else:
                typed = f"{amount}{unit or project.duration_unit.value}"
                try:
                    d = parse_duration(
                        typed, project, what="a lag", group=lag_group, decimal=decimal
                    )
                except UnclearNumberError as unclear:  # quoting all the entry: "3FS+1,200d"
                    raise unclear.said_of(part, unit=unit or "") from None
                lag_minutes, lag_elapsed, lag_unit = factor * d.minutes, d.elapsed, d.unit
        out.append(
            PredecessorRef(
                ref.rstrip("."), link_type, lag_minutes, lag_percent, lag_elapsed, lag_unit
            )
        )
    return out


# A lag's amount at the end of an entry ("3FS+1" of "3FS+1,5d"), and what after a comma can
# only be the rest of it, never an entry of its own ("5d", "25e%": an entry is a row number
# and a link type).
_LAG_AMOUNT_END = re.compile(r"[-+]\s*\d+(?:[.'\u2019\u066c]\d+)*$")
_DECIMALS_AND_UNIT = re.compile(r"\d+\s*(?:e?%|e?[a-zA-Z]+\.?)\s*$")


def _list_parts(text: str) -> list[str]:
    """A predecessor list's entries, split at ``;`` and ``,``; a comma inside a lag is its
    decimal comma ("3FS+1,5d" is one entry, a lag of 1.5 days, as a German user writes it,
    and "3FS+1.200,5d" one of 1200.5 days) or its group ("3FS+1,200d" in the US), while
    "3FS+1,5" stays entries 3FS+1 and 5."""
    parts: list[str] = []
    for part in re.split(r"([;,])", text):
        if part in (";", ","):
            parts.append(part)
            continue
        joins = len(parts) >= 2 and parts[-1] == "," and _LAG_AMOUNT_END.search(parts[-2])
        if joins and _DECIMALS_AND_UNIT.match(part) and not _PRED_RE.match(part):
            parts.pop()
            parts[-1] = f"{parts[-1]},{part}"
        else:
            parts.append(part)
    return [part for part in parts if part not in (";", ",")]


# Between the entries of a predecessor list as shown: MS Project's with the English list
# separator ("9,10,11"). Typing takes "," and ";" alike (parse_predecessors).
PREDECESSOR_SEPARATOR = ","


def join_predecessors(parts: Iterable[str]) -> str:
    """A predecessor or successor list as MS Project shows it: ``9,10,11``, ``3FS+2d,5``."""
    return PREDECESSOR_SEPARATOR.join(parts)


def format_predecessor(
    ref: str,
    link_type: LinkType,
    lag_minutes: int,
    lag_percent: float | None,
    lag_elapsed: bool,
    project: Project,
    lag_unit: DurationUnit | None = None,
) -> str:
    """Write one predecessor the way MS Project shows it: ``3``, ``3SS``, ``3FS+2d``, ``3FF-50%``.

    The lag is in ``lag_unit``, the unit it was typed in (``3FS+1w``); None: picked from
    its length.
    """
    lag = ""
    if lag_percent:
        sign = "+" if lag_percent > 0 else "-"
        lag = f"{sign}{_num(abs(lag_percent))}{'e%' if lag_elapsed else '%'}"
    elif lag_minutes:
        lag = ("+" if lag_minutes > 0 else "-") + format_duration(
            abs(lag_minutes), project, lag_elapsed, unit=lag_unit
        )
    kind = "" if link_type is LinkType.FS and not lag else link_type.name
    return f"{ref}{kind}{lag}"


def format_link(ref: str, link: Link, project: Project) -> str:
    """:func:`format_predecessor` of ``link``, its other end written ``ref`` (a row number)."""
    return format_predecessor(
        ref,
        link.type,
        link.lag_minutes,
        link.lag_percent,
        link.lag_elapsed,
        project,
        link.lag_unit,
    )
