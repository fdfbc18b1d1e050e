"""Rates and numbers as typed in the team roster and the Team member dialog: ``1,200/d``,
``150/w``, ``1.000.001 %`` (moved out of app/ui/team/roster_model.py: they need no Qt).
"""

from __future__ import annotations

import math
import re

from app.domain.errors import InputError
from app.domain.money import NO_MARKS, NumberMarks, UnclearNumberError, locale_number, parse_money
from app.domain.project import Project
from app.domain.quoting import quoted
from app.domain.resource import RateUnit, Resource, ResourceType, check_rate, hourly_rate
from app.domain.typed_money import refuse_unclear_swiss


def typed_number(text: str, what: str, group: str = ",", decimal: str = ".") -> float:
    """A number typed in a cell, with a percent sign or not, read in the locale's marks as
    durations and money are (:func:`app.domain.money.locale_number`): ``group`` (the locale's
    thousands separator: "1,000,001 %", "1.000.001 %" in German) and spaces between
    thousands are left out; a decimal comma is read as a point ("12,5"), as is the locale's
    ``decimal`` (Arabic's "12\u066b5"); a power of ten after it too ("2e6")."""
    typed = text.strip().rstrip("%").strip()
    power = _POWER.search(typed)
    try:
        value = locale_number(typed[: power.start()] if power else typed, group, decimal)
    except UnclearNumberError as unclear:  # "1.500 %" in French
        raise unclear.said_of(text, what) from None
    if value is not None and power:
        value *= float(f"1{power.group()}")  # "1e999": inf, refused below
    if value is None or not math.isfinite(value):  # past a float: no max units
        raise InputError(f"{what}: {quoted(text)} is not a number")
    return value


# The power of ten after a number ("2e6", "1,5E-3").
_POWER = re.compile(r"[eE][-+]?\d{1,6}$")


# A rate's time unit as MS Project's Std. Rate takes it ("1,200/d", "150/w", "$90/hr"),
# by the letters it is typed with.
_RATE_UNITS = {
    "m": RateUnit.MINUTE,
    "min": RateUnit.MINUTE,
    "minute": RateUnit.MINUTE,
    "h": RateUnit.HOUR,
    "hr": RateUnit.HOUR,
    "hour": RateUnit.HOUR,
    "d": RateUnit.DAY,
    "day": RateUnit.DAY,
    "w": RateUnit.WEEK,
    "wk": RateUnit.WEEK,
    "week": RateUnit.WEEK,
    "mo": RateUnit.MONTH,
    "mon": RateUnit.MONTH,
    "month": RateUnit.MONTH,
    "y": RateUnit.YEAR,
    "yr": RateUnit.YEAR,
    "year": RateUnit.YEAR,
    # German and French, as MS Project there shows them (150/Std, 1200/Tag, 600/jour); no
    # "j": a day in French, a year in German
    "std": RateUnit.HOUR,
    "stunde": RateUnit.HOUR,
    "stunden": RateUnit.HOUR,
    "heure": RateUnit.HOUR,
    "t": RateUnit.DAY,
    "tag": RateUnit.DAY,
    "tage": RateUnit.DAY,
    "jour": RateUnit.DAY,
    "wo": RateUnit.WEEK,
    "woche": RateUnit.WEEK,
    "wochen": RateUnit.WEEK,
    "sem": RateUnit.WEEK,
    "semaine": RateUnit.WEEK,
    "monat": RateUnit.MONTH,
    "monate": RateUnit.MONTH,
    "mois": RateUnit.MONTH,
    "jahr": RateUnit.YEAR,
    "jahre": RateUnit.YEAR,
    "an": RateUnit.YEAR,
    "année": RateUnit.YEAR,
}


def rate_unit_named(word: str) -> RateUnit | None:
    """The time unit a rate's word after its slash names, in any case, with or without a
    closing dot or plural s (``Std.``, ``hours``, ``jours``, ``Wo.``); None for no unit word.
    The roster, the Team member dialog and the workbook's Team sheet read the same words."""
    word = word.strip().casefold().removesuffix(".")
    key = _RATE_UNITS.get(word)
    if key is None and len(word) > 2:  # "150/hours", "600/jours"
        key = _RATE_UNITS.get(word.removesuffix("s"))
    return key


def _rate_unit(text: str, resource: Resource, what: str) -> tuple[str, RateUnit | None]:
    """The amount of a typed rate and the time unit it names (None: per hour for a person,
    per unit for a material): ``"1,200/d"`` is ("1,200", DAY)."""
    amount, slash, unit = text.strip().rpartition("/")
    if not slash:
        return text, None
    word = unit.strip().casefold().removesuffix(".")  # "150/Std."
    if resource.type is ResourceType.MATERIAL:
        label = (resource.material_label or "unit").casefold()
        if word in (label, "unit"):
            return amount, None
        raise InputError(f"{what}: {resource.name}'s rate is per {label}: type it as 150/{label}")
    key = rate_unit_named(word)
    if key is None:
        raise InputError(
            f"{what}: {quoted(text.strip())}: a rate is per m, h, d, w, mo or y (150/h, 1,200/d)"
        )
    return amount, key


def typed_amount(
    text: str,
    what: str,
    symbols: tuple[str, ...] = (),
    amount: str | None = None,
    marks: NumberMarks = NO_MARKS,
) -> float:
    """An amount typed in the roster or the Team member dialog (``amount``: the part of
    ``text`` that is the amount, when it is not all of it; ``marks``: the reader's locale's,
    as :func:`app.domain.money.parse_money` takes them); InputError, naming ``text``, if
    it is no amount or is negative."""
    typed = (text if amount is None else amount).strip()
    group, decimal = marks
    try:
        if decimal == "." and group is not None and group not in ",.":  # Swiss: 1'500.00
            refuse_unclear_swiss(typed, symbols, group)  # a German quote's 1.200 unclear
        value = parse_money(typed, symbols, marks)
    except UnclearNumberError as unclear:  # "1.500/d" in French: the hint, not "no amount"
        raise unclear.said_of(text, what) from None
    except InputError as exc:
        if "unclear" in str(exc) or "other way round" in str(exc):
            said = str(exc).replace(quoted(typed), quoted(text.strip()), 1)
            raise InputError(f"{what}: {said}") from None
        raise InputError(f"{what}: {quoted(text.strip())} is not an amount") from None
    if value < 0:
        raise InputError(f"{what} cannot be negative")
    return value


def typed_rate(
    text: str,
    resource: Resource,
    project: Project,
    what: str,
    symbols: tuple[str, ...] = (),
    marks: NumberMarks = NO_MARKS,
) -> tuple[float, RateUnit]:
    """A rate as typed in the roster or the Team member dialog: the hourly rate kept (per unit
    for a material) and the unit to show it in. ``1,200/d`` on 8-hour days is (150.0, DAY);
    a bare amount is per hour, as MS Project reads one (InputError if unreadable). The
    amount is read in ``marks``, the reader's locale's: ``1.200/d`` is 1200 a day in Germany."""
    amount, unit = _rate_unit(text, resource, what)
    value = typed_amount(text, what, symbols, amount, marks)
    unit = unit or RateUnit.HOUR
    try:
        hourly = hourly_rate(value, unit, project)
    except InputError as exc:
        raise InputError(f"{what}: {quoted(text.strip())}: {exc}") from None
    check_rate(hourly, text.strip(), what)
    return hourly, unit


def plain_number(value: float) -> str:
    """A number as an editor shows it: no group separators, no float noise (1000, 133.333)."""
    return f"{round(value, 6):.15g}"
