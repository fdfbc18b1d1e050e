"""The time axis of a Gantt chart: zoom levels, date <-> x mapping and the two header tiers.

Pure Python (no Qt but the locale's names of days and months, app/report/timescale_names.py)
so that the screen, the printer and the tests share one mapping. x is in the chart's own units (screen pixels or printer points), 0
at :attr:`Timescale.origin`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from app.domain.day_names import ENGLISH, MONTH_NAMES, DateNames
from app.report.timescale_names import date_names


class Unit(Enum):
    """A calendar unit the timescale can be divided in (value: rough length in days)."""

    HOUR = 1 / 24
    DAY = 1.0
    WEEK = 7.0
    MONTH = 30.4
    QUARTER = 91.3
    YEAR = 365.25


@dataclass(frozen=True, slots=True)
class ZoomLevel:
    """A named zoom: the upper and lower header tier and the natural width of one day."""

    name: str
    top: Unit
    bottom: Unit
    px_per_day: float


ZOOM_LEVELS: tuple[ZoomLevel, ...] = (
    ZoomLevel("hours", Unit.DAY, Unit.HOUR, 24 * 28.0),
    ZoomLevel("days", Unit.WEEK, Unit.DAY, 30.0),
    ZoomLevel("weeks", Unit.MONTH, Unit.WEEK, 9.0),
    ZoomLevel("months", Unit.QUARTER, Unit.MONTH, 2.4),
    ZoomLevel("quarters", Unit.YEAR, Unit.QUARTER, 0.8),
)

# A lower-tier cell narrower than this is unreadable: use a coarser level.
MIN_CELL = 25.0


def level_named(name: str) -> ZoomLevel:
    """The zoom level with this name (``hours`` ... ``quarters``)."""
    for level in ZOOM_LEVELS:
        if level.name == name:
            return level
    raise KeyError(name)


def level_for(px_per_day: float) -> ZoomLevel:
    """The finest zoom level whose lower-tier cells stay readable at this scale."""
    for level in ZOOM_LEVELS:
        if level.bottom.value * px_per_day >= MIN_CELL:
            return level
    return ZOOM_LEVELS[-1]


def floor_unit(moment: datetime, unit: Unit) -> datetime:
    """Start of the unit that holds ``moment`` (weeks start on Monday)."""
    day = datetime(moment.year, moment.month, moment.day)
    if unit is Unit.HOUR:
        return day.replace(hour=moment.hour)
    if unit is Unit.DAY:
        return day
    if unit is Unit.WEEK:
        return day - timedelta(days=day.weekday())
    if unit is Unit.MONTH:
        return day.replace(day=1)
    if unit is Unit.QUARTER:
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    return day.replace(month=1, day=1)


def next_unit(start: datetime, unit: Unit) -> datetime:
    """Start of the unit after the one beginning at ``start``."""
    if unit is Unit.HOUR:
        return start + timedelta(hours=1)
    if unit is Unit.DAY:
        return start + timedelta(days=1)
    if unit is Unit.WEEK:
        return start + timedelta(days=7)
    months = {Unit.MONTH: 1, Unit.QUARTER: 3, Unit.YEAR: 12}[unit]
    total = start.year * 12 + start.month - 1 + months
    return start.replace(year=total // 12, month=total % 12 + 1, day=1)


def unit_labels(start: datetime, unit: Unit, names: DateNames = ENGLISH) -> tuple[str, ...]:
    """Captions of one timescale cell, longest first; the painter takes the first that fits.
    Days and months in ``names``' language and order (``Mo. 4. Jan.``, ``Januar 2027``).

    "Week 1", "W1" and "Q1" are English words: a reader in another language has a week
    named by its calendar week where ``names`` know its word (``KW 1, 4. Jan. 2027``,
    ``S1``), else by its Monday (``Mo. 4. Jan. 2027``), and a quarter by its months
    (``Jan\u2013Mär 2027``, ``1\u20133``), from Qt's names, as Qt's locale data names no
    week or quarter."""
    if unit is Unit.HOUR:
        return (f"{start.hour:02d}:00", f"{start.hour:02d}", str(start.hour))
    if unit is Unit.DAY:
        wd = names.weekday(start)
        return (
            f"{wd} {names.dated(start)}",
            f"{wd} {names.dated(start, year=False)}",
            f"{wd} {start.day}",
            str(start.day),
            wd[0],
        )
    if unit is Unit.WEEK:
        if names.week and not english_words(names):  # KW 13 in German, S13 in French
            called = names.week.format(week=start.isocalendar().week)
            dated, short = names.dated(start), names.dated(start, year=False)
            return (f"{called}, {dated}", f"{called}, {short}", called, str(start.day))
        if not english_words(names):  # named by its Monday, as MS Project's week labels
            wd = names.weekday(start)
            dated = names.dated(start)
            return (f"{wd} {dated}", dated, names.dated(start, year=False), str(start.day))
        week = start.isocalendar().week
        return (
            f"Week {week}, {names.dated(start)}",
            names.dated(start),
            names.dated(start, year=False),
            f"W{week}",
            str(start.day),
        )
    if unit is Unit.MONTH:
        month = names.alone_abbr[start.month - 1]
        return (
            names.month_heading(start, full=True),
            names.month_heading(start),
            month,
            month[0],
        )
    if unit is Unit.QUARTER:
        q = (start.month - 1) // 3 + 1
        if not english_words(names):  # its months, in the reader's names: "Jan\u2013Mär 2027"
            months = names.alone_abbr[start.month - 1 : start.month + 2]
            span = f"{months[0]}\u2013{months[-1]}"
            numbers = f"{start.month}\u2013{start.month + 2}"
            heading = names.month_year.format(month=span, number=numbers, year=start.year)
            return (heading, span, numbers)
        return (f"Q{q} {start.year}", f"Q{q}", str(q))
    return (str(start.year), f"'{start.year % 100:02d}")


# What each of :func:`unit_labels`' forms names, form by form: a cell cut by a page edge
# may take a shorter form only of the kind its tier shows ("23 Mar" cut to "23", never to
# "W13" among "30 Mar" and "6 Apr"); "both" (the week number and its date) allows either.
# The lone initials ("M" for May, "W" for Wednesday) and a quarter's bare number are kinds
# of their own: a reader takes "3" among "Q2" and "Q4" for nothing.
_LABEL_KINDS: dict[Unit, tuple[str, ...]] = {
    Unit.HOUR: ("time", "time", "time"),
    Unit.DAY: ("date", "date", "date", "date", "initial"),
    Unit.WEEK: ("both", "date", "date", "number", "date"),
    Unit.MONTH: ("name", "name", "name", "initial"),
    Unit.QUARTER: ("quarter", "quarter", "number"),
    Unit.YEAR: ("year", "year"),
}


# The forms of a reader without the English words (:func:`english_words`): a week's are
# all its dates, a quarter's its months.
_LOCAL_KINDS: dict[Unit, tuple[str, ...]] = {
    Unit.WEEK: ("date", "date", "date", "date"),
    Unit.QUARTER: ("quarter", "quarter", "quarter"),
}


def label_kinds(unit: Unit, names: DateNames = ENGLISH) -> tuple[str, ...]:
    """What each caption form of :func:`unit_labels` in ``names`` names, in the same order."""
    if unit in _LOCAL_KINDS and not english_words(names):
        if unit is Unit.WEEK and names.week:  # KW 13 and its date, or the number alone
            return ("both", "both", "number", "date")
        return _LOCAL_KINDS[unit]
    return _LABEL_KINDS[unit]


def english_words(names: DateNames) -> bool:
    """Whether ``names``' reader reads English ("Week", "Q1"): their months are January to
    December (C's and every English locale's; no other language names them so)."""
    return names.alone_names == MONTH_NAMES


@dataclass(frozen=True, slots=True)
class TierCell:
    """One cell of a timescale tier, from ``x0`` to ``x1``; ``kinds``: what each of its
    ``labels`` names (:func:`label_kinds`; empty when not known)."""

    start: datetime
    x0: float
    x1: float
    labels: tuple[str, ...]
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Timescale:
    """Linear calendar-time axis: ``px_per_day`` units per day, x = 0 at ``origin``."""

    origin: datetime
    px_per_day: float
    level: ZoomLevel

    @classmethod
    def at_level(cls, origin: datetime, level: ZoomLevel) -> Timescale:
        """A timescale at a zoom level's natural scale."""
        return cls(origin, level.px_per_day, level)

    @classmethod
    def fitting(cls, start: datetime, finish: datetime, width: float) -> Timescale:
        """A timescale on which ``start``..``finish`` spans exactly ``width``."""
        days = max((finish - start).total_seconds() / 86400.0, 1 / 24)
        px = max(width, 1.0) / days
        return cls(start, px, level_for(px))

    def x_of(self, moment: datetime) -> float:
        """Horizontal position of a moment."""
        return (moment - self.origin).total_seconds() / 86400.0 * self.px_per_day

    def moment_at(self, x: float) -> datetime:
        """The moment at a horizontal position."""
        return self.origin + timedelta(days=x / self.px_per_day)

    def snap(self, moment: datetime) -> datetime:
        """The nearest boundary of the lower tier's unit (the unit bars move by)."""
        unit = self.level.bottom
        lo = floor_unit(moment, unit)
        hi = next_unit(lo, unit)
        return lo if moment - lo < hi - moment else hi

    def tier(
        self, unit: Unit, x0: float, x1: float, names: DateNames | None = None
    ) -> list[TierCell]:
        """Cells of one tier covering ``x0``..``x1``, captioned in ``names`` (None: the
        reader's locale's, :func:`app.report.timescale_names.date_names`)."""
        names = date_names() if names is None else names
        cells: list[TierCell] = []
        kinds = label_kinds(unit, names)
        start = floor_unit(self.moment_at(x0), unit)
        while True:
            end = next_unit(start, unit)
            a, b = self.x_of(start), self.x_of(end)
            if a >= x1:
                break
            cells.append(TierCell(start, a, b, unit_labels(start, unit, names), kinds))
            start = end
        return cells

    def tiers(self, x0: float, x1: float) -> tuple[list[TierCell], list[TierCell]]:
        """The upper and lower tier over ``x0``..``x1``, in the reader's locale."""
        names = date_names()
        return self.tier(self.level.top, x0, x1, names), self.tier(self.level.bottom, x0, x1, names)

    def zoomed(self, steps: int) -> Timescale:
        """The timescale ``steps`` levels finer (negative: coarser), clamped to the ends."""
        i = ZOOM_LEVELS.index(self.level) - steps
        i = min(max(i, 0), len(ZOOM_LEVELS) - 1)
        level = ZOOM_LEVELS[i]
        return Timescale(self.origin, level.px_per_day, level)
