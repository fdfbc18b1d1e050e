"""Reading the scalar values of MS Project XML: durations, dates, numbers, flags.

Every reader takes a ``where`` text ("Task #12 (UID 40)") so that a bad value
is reported with the element it sits in.
"""

from __future__ import annotations

import re
from datetime import datetime, time
from math import isfinite
from xml.etree.ElementTree import Element

from app.domain.errors import FileFormatError
from app.domain.quoting import quoted
from app.domain.task import DurationUnit

NS = "http://schemas.microsoft.com/project"
Q = "{" + NS + "}"
_QUALIFIED: dict[str, str] = {}


def _qualify(name: str) -> str:
    """The namespaced tag of a child name (memoised)."""
    found = _QUALIFIED[name] = Q + name
    return found


# [0-9], not \d: \d also takes other scripts' digits ('PT\uff11H'), which float() reads.
_DURATION = re.compile(
    r"^(-)?P(?:([0-9]+(?:\.[0-9]+)?)Y)?(?:([0-9]+(?:\.[0-9]+)?)M)?(?:([0-9]+(?:\.[0-9]+)?)D)?"
    r"(?:T(?:([0-9]+(?:\.[0-9]+)?)H)?(?:([0-9]+(?:\.[0-9]+)?)M)?(?:([0-9]+(?:\.[0-9]+)?)S)?)?$"
)

# The texts an integer child may have: XML's integer (ASCII digits, a sign) or, as the
# reader has always taken ('500.0'), an ASCII decimal, rounded. int() and float() alone also
# take '2_0' (20) and other scripts' digits ('\uff12', 2), which no XML number is.
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
# MS Project's UIDs are 32-bit: past this one no file it wrote has (a .gantry keeps 64 bits).
UID_MAX = 2**31 - 1


def xml_integer(text: str) -> int:
    """The integer an XML integer text writes (ASCII digits, a sign, blanks around); any
    other text ('2_0', '\uff12', '2.0') raises ValueError."""
    found = text.strip()
    if not _INTEGER.fullmatch(found):
        raise ValueError(f"not an XML integer: {text!r}")
    return int(found)


def xml_decimal(text: str) -> float:
    """The finite number an XML decimal text writes (ASCII digits, a sign, one '.', an
    exponent, blanks around); any other text ('5_0', '\uff15', 'nan', 'inf', '1e400')
    raises ValueError."""
    found = text.strip()
    number = float(found) if _DECIMAL.fullmatch(found) else None
    if number is None or not isfinite(number):
        raise ValueError(f"not an XML decimal: {text!r}")
    return number


# DurationFormat / LagFormat codes that mean elapsed (calendar) time; +32 = estimated.
ELAPSED_FORMATS = frozenset({4, 6, 8, 10, 12, 20, 36, 38, 40, 42, 44, 52})
PERCENT_FORMATS = frozenset({19, 20, 51, 52})
# the estimated forms ("1d?", +32): minutes to elapsed months, percentages, no unit
ESTIMATED_FORMATS = frozenset({*range(35, 45), 51, 52, 53})
# MS Project's calendar runs 1984-2149: a lag longer than that span (in tenths of a
# minute, as <LinkLag> counts) is no value MS Project wrote.
LAG_LIMIT_TENTHS = 166 * 366 * 24 * 60 * 10
# A percentage lag past this many percent cannot be scheduled on that calendar either.
LAG_LIMIT_PERCENT = 1_000_000

# DurationFormat's unit codes (elapsed is one more; estimated adds 32). 19/20 (percent),
# 21 (no value) and 53 (estimated, no format) name no unit.
_UNIT_CODES = {
    DurationUnit.MINUTES: 3,
    DurationUnit.HOURS: 5,
    DurationUnit.DAYS: 7,
    DurationUnit.WEEKS: 9,
    DurationUnit.MONTHS: 11,
}
_UNITS_BY_CODE = {
    code + extra: unit
    for unit, code in _UNIT_CODES.items()
    for extra in (0, 1, 32, 33)  # plain, elapsed, estimated, elapsed estimated
}


def duration_unit(code: int) -> DurationUnit | None:
    """The display unit a DurationFormat code names (None: no unit, Gantry picks)."""
    return _UNITS_BY_CODE.get(code)


# The project's WorkFormat codes ("Work is entered in"): 1=m, 2=h, 3=d, 4=w, 5=mo.
_WORK_CODES = {
    DurationUnit.MINUTES: 1,
    DurationUnit.HOURS: 2,
    DurationUnit.DAYS: 3,
    DurationUnit.WEEKS: 4,
    DurationUnit.MONTHS: 5,
}
_WORK_UNITS = {code: unit for unit, code in _WORK_CODES.items()}


def work_unit(code: int) -> DurationUnit:
    """The unit a project's WorkFormat code names (hours, MS Project's default, if unknown)."""
    return _WORK_UNITS.get(code, DurationUnit.HOURS)


def work_format(unit: DurationUnit) -> int:
    """The WorkFormat code of a unit."""
    return _WORK_CODES[unit]


def duration_format(unit: DurationUnit, elapsed: bool, estimated: bool) -> int:
    """The DurationFormat code of a unit, elapsed or not, estimated or not."""
    return _UNIT_CODES[unit] + (1 if elapsed else 0) + (32 if estimated else 0)


class Reader:
    """Typed access to the children of one element."""

    __slots__ = ("_texts", "elem", "where")

    def __init__(self, elem: Element, where: str) -> None:
        self.elem = elem
        self.where = where
        self._texts: dict[str, str | None] | None = None

    def text(self, name: str) -> str | None:
        """Stripped text of a child, None when absent or empty."""
        texts = self._texts
        if texts is None:
            # One pass over the children instead of a linear find() per field;
            # the first of duplicate elements wins.
            texts = self._texts = {child.tag: child.text for child in reversed(self.elem)}
        value = texts.get(_QUALIFIED.get(name) or _qualify(name))
        if value is None:
            return None
        return value.strip() or None

    def has(self, name: str) -> bool:
        """The child is there, even empty."""
        return self.elem.find(_QUALIFIED.get(name) or _qualify(name)) is not None

    def string(self, name: str, default: str = "") -> str:
        """Text of a child or a default."""
        value = self.text(name)
        return default if value is None else value

    def _bad(self, name: str, value: str, what: str) -> FileFormatError:
        return FileFormatError(f"{self.where}: <{name}> {quoted(value)} is not {what}")

    def integer(self, name: str, default: int | None = None) -> int | None:
        """An integer child."""
        value = self.text(name)
        if value is None:
            return default
        try:
            if _INTEGER.fullmatch(value):
                return int(value)
            if _DECIMAL.fullmatch(value):
                return round(float(value))
        except (ValueError, OverflowError):  # past int()'s digits, '1e400'
            pass
        raise self._bad(name, value, "a whole number")

    def required_int(self, name: str) -> int:
        """An integer child that must be present."""
        found = self.integer(name)
        if found is None:
            raise FileFormatError(f"{self.where}: <{name}> is missing")
        return found

    def uid(self, name: str = "UID") -> int:
        """A UID child that must be present and within MS Project's 32 bits (a negative one is
        read: the readers refuse it with :func:`app.io.negative_uids.negative_uid`)."""
        value = self.text(name) or ""
        # digits past int()'s limit (4300) are past UID_MAX too, not 'not a whole number'
        past = _INTEGER.fullmatch(value) and len(value.lstrip("+0")) > 20 and value[0] != "-"
        found = UID_MAX + 1 if past else self.required_int(name)
        if found > UID_MAX:
            shown = value if len(value) <= 24 else f"{value[:20]}… ({len(value)} digits)"
            raise FileFormatError(
                f"{self.where}: <{name}> {shown} is past the largest UID MS Project keeps"
                f" ({UID_MAX:,})"
            )
        return found

    def number(self, name: str, default: float = 0.0) -> float:
        """A decimal child."""
        value = self.text(name)
        if value is None:
            return default
        try:  # not float(): it takes '5_0', other scripts' digits, 'nan', 'inf'
            return xml_decimal(value)
        except ValueError:
            raise self._bad(name, value, "a number") from None

    def amount(self, name: str, default: float = 0.0) -> float:
        """A decimal child that cannot be negative (units, rates, costs)."""
        found = self.number(name, default)
        if found < 0:
            raise FileFormatError(
                f"{self.where}: <{name}> {quoted(self.text(name))} cannot be negative"
            )
        return found

    def flag(self, name: str, default: bool = False) -> bool:
        """A 0/1 child."""
        value = self.text(name)
        if value is None:
            return default
        if value in ("1", "true"):
            return True
        if value in ("0", "false"):
            return False
        raise self._bad(name, value, "0 or 1")

    def date(self, name: str) -> datetime | None:
        """A local date-time child (seconds dropped: MS Project works in minutes)."""
        value = self.text(name)
        if value is None:
            return None
        try:
            found = datetime.fromisoformat(value)
        except ValueError:
            raise self._bad(name, value, "a date") from None
        return found.replace(second=0, microsecond=0, tzinfo=None)

    def clock(self, name: str) -> int | None:
        """A time of day as minutes from midnight."""
        value = self.text(name)
        if value is None:
            return None
        try:
            t = time.fromisoformat(value)
        except ValueError:
            raise self._bad(name, value, "a time of day") from None
        return t.hour * 60 + t.minute

    def exact_duration(self, name: str) -> float | None:
        """A ``PTnHnMnS`` duration in minutes with its seconds kept (negative refused): work
        done, which MS Project keeps to fractions of a minute."""
        value = self.text(name)
        if value is None:
            return None
        minutes = parse_exact_duration(value)
        if minutes is None:
            raise self._bad(name, value, "a duration")
        if minutes < 0:
            raise FileFormatError(f"{self.where}: <{name}> {quoted(value)} is a negative duration")
        return minutes

    def duration(self, name: str) -> int | None:
        """A ``PTnHnMnS`` duration in minutes (negative refused)."""
        value = self.text(name)
        if value is None:
            return None
        minutes = parse_duration(value)
        if minutes is None:
            raise self._bad(name, value, "a duration")
        if minutes < 0:
            raise FileFormatError(f"{self.where}: <{name}> {quoted(value)} is a negative duration")
        return minutes


def parse_duration(value: str) -> int | None:
    """Minutes of an ISO 8601 duration as MS Project writes it; None if unreadable."""
    exact = parse_exact_duration(value)
    return None if exact is None else round(exact)


def parse_exact_duration(value: str) -> float | None:
    """Minutes of an ISO 8601 duration with its seconds kept (``PT2H0M5.07S``: 120.0845);
    None if unreadable. MS Project keeps work done to fractions of a minute."""
    m = _DURATION.match(value.strip())
    if not m or value.strip() in ("P", "PT", "-P"):
        return None
    sign, years, months, days, hours, mins, secs = m.groups()
    total = (
        float(years or 0) * 365 * 1440
        + float(months or 0) * 30 * 1440
        + float(days or 0) * 1440
        + float(hours or 0) * 60
        + float(mins or 0)
        + float(secs or 0) / 60
    )
    return -total if sign else total


def format_duration(minutes: float) -> str:
    """Minutes as ``PTnHnMnS``: whole minutes as ``PT2H0M0S``, a fraction of one in seconds
    to the hundredth, as MS Project writes work done (``PT2H0M5.07S``)."""
    sign = "-" if minutes < 0 else ""
    hundredths = round(abs(minutes) * 6000)  # hundredths of a second
    whole, rest = divmod(hundredths, 6000)
    hours, mins = divmod(whole, 60)
    secs = "0" if not rest else f"{rest / 100:.2f}".rstrip("0").rstrip(".")
    return f"{sign}PT{hours}H{mins}M{secs}S"


def money(value: float) -> str:
    """An amount as MSPDI's cost fields hold it: in hundredths, with MS Project's two
    decimals of them where the amount has them (111.0845 is ``11108.45``)."""
    hundredths = round(value * 10000)  # of a hundredth
    whole, rest = divmod(abs(hundredths), 100)
    sign = "-" if hundredths < 0 else ""
    return f"{sign}{whole}" if not rest else f"{sign}{whole}.{rest:02d}".rstrip("0")
