"""Work contours: how an assignment's work is shaped over its time (MS Project's Work Contour).

MS Project cuts an assignment's working time into ten equal parts and books, in
each, a fixed share of the assignment's peak units. The shares below were read
off MS Project's own time-phased work in files it saved (each contour applied
to 80 hours at 100 %): Back Loaded ran 10, 15, 25, 50, 50, 75, 75, 100, 100,
100 % of the peak over its ten parts, and so on. Their mean is the share of
the peak the assignment averages, so a contoured assignment keeping its work
and peak units lasts ``work / (units x mean)``: 80 h Back Loaded at 100 % is
133 h 20 min, as the file says.

"Contoured" is MS Project's name for work edited by hand, day by day. Gantry
keeps no per-day work, so such an assignment is laid out flat; the contour is
kept so that it goes back to MS Project as it came.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import Enum

from app.domain.worktime import WorkTime, from_minutes, to_minutes

SEGMENTS = 10  # MS Project's parts of an assignment's working time


class WorkContour(Enum):
    """An assignment's work contour; values are MSPDI's ``<WorkContour>`` codes."""

    FLAT = 0
    BACK_LOADED = 1
    FRONT_LOADED = 2
    DOUBLE_PEAK = 3
    EARLY_PEAK = 4
    LATE_PEAK = 5
    BELL = 6
    TURTLE = 7
    CONTOURED = 8

    @property
    def label(self) -> str:
        """The name MS Project shows: ``Back Loaded``."""
        return self.name.replace("_", " ").title()

    @property
    def shape(self) -> tuple[int, ...]:
        """Percent of the peak units booked in each of the ten parts (flat for Contoured)."""
        return _BY_CODE[self._value_]

    @property
    def mean(self) -> float:
        """The share of the peak units the assignment averages (1.0 for Flat)."""
        shape = self.shape
        return sum(shape) / (100.0 * len(shape))

    @property
    def shaped(self) -> bool:
        """Whether the work is laid out other than evenly (hot loops over many assignments
        test ``contour is not WorkContour.FLAT`` first: this property costs ~1 us)."""
        return _BY_CODE[self._value_] is not _FLAT

    @classmethod
    def from_code(cls, code: int) -> WorkContour:
        """The contour of an MSPDI code; ValueError for a code MS Project does not write."""
        return cls(code)

    @classmethod
    def labelled(cls, text: str) -> WorkContour:
        """The contour named ``text`` (``Back Loaded``, ``back loaded``, ``BackLoaded``)."""
        key = "".join(text.split()).casefold().replace("_", "")
        for contour in cls:
            if contour.name.replace("_", "").casefold() == key:
                return contour
        raise ValueError(text)


_FLAT = (100,) * SEGMENTS
_SHAPES: dict[WorkContour, tuple[int, ...]] = {
    WorkContour.BACK_LOADED: (10, 15, 25, 50, 50, 75, 75, 100, 100, 100),
    WorkContour.FRONT_LOADED: (100, 100, 100, 75, 75, 50, 50, 25, 15, 10),
    WorkContour.DOUBLE_PEAK: (25, 50, 100, 50, 25, 25, 50, 100, 50, 25),
    WorkContour.EARLY_PEAK: (25, 50, 100, 100, 75, 50, 50, 25, 15, 10),
    WorkContour.LATE_PEAK: (10, 15, 25, 50, 50, 75, 100, 100, 50, 25),
    WorkContour.BELL: (10, 20, 40, 80, 100, 100, 80, 40, 20, 10),
    WorkContour.TURTLE: (25, 50, 75, 100, 100, 100, 100, 75, 50, 25),
}

_BY_CODE = tuple(_SHAPES.get(contour, _FLAT) for contour in WorkContour)


Piece = tuple[datetime, datetime, float, float]  # start, finish, work, share of the peak


def contour_pieces(
    parts: Sequence[tuple[datetime, datetime]],
    worktime: WorkTime,
    work: float,
    contour: WorkContour,
) -> list[Piece]:
    """An assignment's ``work`` laid over its working ``parts`` by ``contour``.

    ``parts``: the task's span, or a split task's working parts, in order. The
    working minutes of ``worktime`` (the person's calendar) inside them are cut
    into ten equal parts (on whole minutes) and part k gets work in proportion to
    its length times its share of the peak, so the pieces add up to ``work``
    exactly. Each piece lies inside one of ``parts``; a piece crossing a pause
    is cut in two. Within one of ``parts`` each piece starts where the one before
    ends. Empty when the parts hold no working time.
    """
    index = worktime.index
    spans = [(index(to_minutes(s)), index(to_minutes(f))) for s, f in parts if f > s]
    spans = [(a, b) for a, b in spans if b > a]
    total = sum(b - a for a, b in spans)
    if total <= 0 or work <= 0:
        return []
    shape = contour.shape
    cuts = [round(total * k / SEGMENTS) for k in range(SEGMENTS + 1)]
    weights = [shape[k] * (cuts[k + 1] - cuts[k]) for k in range(SEGMENTS)]
    whole = sum(weights)
    pieces: list[Piece] = []
    done = 0  # working minutes of the parts before the current span
    for a, b in spans:
        for k in range(SEGMENTS):
            lo = max(cuts[k], done)
            hi = min(cuts[k + 1], done + b - a)
            if hi <= lo:
                continue
            share = weights[k] / whole * (hi - lo) / (cuts[k + 1] - cuts[k])
            start = from_minutes(worktime.at_start(a + lo - done))
            # Inside one span the pieces abut: one ending on a Friday night lasts until the
            # next starts on Monday morning, as the person is not free in between.
            last = hi == done + b - a
            finish = from_minutes((worktime.at_end if last else worktime.at_start)(a + hi - done))
            pieces.append((start, finish, work * share, shape[k] / 100.0))
        done += b - a
    return pieces
