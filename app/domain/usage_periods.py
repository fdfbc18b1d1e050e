"""The columns of the Usage views' grids: a timescale and its periods on the day axis."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[np.int64]
    BoolArray = npt.NDArray[np.bool_]


class Scale(Enum):
    """The timescale of the grid's columns (named as the Gantt's zoom levels)."""

    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"

    @classmethod
    def named(cls, text: str) -> Scale:
        """``day``/``days``, ``week``/``weeks``, ``month``/``months`` (any case); ValueError else."""
        key = text.strip().lower()
        for scale in cls:
            if key in (scale.value, scale.value[:-1]):
                return scale
        raise ValueError(text)


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


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

    def label(self, k: int) -> str:
        """A column heading: ``Mon 5 Jan``, ``5 Jan 2026`` (the week's Monday), ``Jan 2026``."""
        day = self.starts[k]
        if self.scale is Scale.DAYS:
            return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"
        if self.scale is Scale.WEEKS:
            return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
        return f"{_MONTHS[day.month - 1]} {day.year}"

    def last_day(self, k: int) -> date:
        """The last day of period k."""
        return self.starts[k] + timedelta(days=int(self.bounds[k + 1] - self.bounds[k]) - 1)


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
