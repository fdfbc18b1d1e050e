"""The columns of the Usage views' grids: a timescale and its periods on the day axis."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import TYPE_CHECKING, TypeVar

import numpy as np

from app.domain.day_names import ENGLISH, DateNames

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[np.int64]
    BoolArray = npt.NDArray[np.bool_]

E = TypeVar("E", bound=Enum)


class Scale(Enum):
    """The timescale of the grid's columns (named as the Gantt's zoom levels)."""

    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"

    @classmethod
    def named(cls, text: str) -> Scale:
        """``day``/``days``, ``week``/``weeks``, ``month``/``months`` (any case); ValueError else."""
        return named_member(cls, text)


def named_member(members: type[E], text: str) -> E:
    """The member of ``members`` whose value ``text`` is, in the singular or the plural (any
    case, spaces around); ValueError else."""
    key = text.strip().lower()
    for member in members:
        singular = str(member.value).removesuffix("s")
        if key in (singular, singular + "s"):
            return member
    raise ValueError(text)


@dataclass(frozen=True, slots=True, eq=False)
class Periods:
    """The columns of one timescale: each period's first day and its bounds on the day axis.

    ``bounds[k]`` .. ``bounds[k + 1]`` (exclusive) are period k's day indices.
    """

    scale: Scale
    starts: tuple[date, ...]
    bounds: IntArray

    def __len__(self) -> int:
        return len(self.starts)

    def label(self, k: int, names: DateNames = ENGLISH) -> str:
        """Period k's column heading (:func:`period_label`)."""
        return period_label(self.starts[k], self.scale, names)

    def last_day(self, k: int) -> date:
        """The last day of period k."""
        return self.starts[k] + timedelta(days=int(self.bounds[k + 1] - self.bounds[k]) - 1)


def period_label(day: date, scale: Scale, names: DateNames = ENGLISH) -> str:
    """The heading of the period starting on ``day``: ``Mon 5 Jan``, ``5 Jan 2026`` (the
    week's Monday), ``Jan 2026``; in ``names``' language and order (``Mo. 5. Jan.``)."""
    if scale is Scale.DAYS:
        return f"{names.weekday(day)} {names.dated(day, year=False)}"
    if scale is Scale.WEEKS:
        return names.dated(day)
    return names.month_heading(day)


def period_start(day: date, scale: Scale) -> date:
    """The first day of the period holding ``day`` (its Monday, its 1st, or itself)."""
    if scale is Scale.WEEKS:
        return day - timedelta(days=day.weekday())
    if scale is Scale.MONTHS:
        return day.replace(day=1)
    return day


def next_period(day: date, scale: Scale) -> date:
    """The first day of the period after the one starting on ``day``."""
    if scale is Scale.WEEKS:
        return day + timedelta(days=7)
    if scale is Scale.MONTHS:
        return date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return day + timedelta(days=1)
