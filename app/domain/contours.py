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
keeps that work as typed (:mod:`app.domain.edited_work`); a Contoured assignment
without it (an MS Project file without its time-phased rows) is laid out flat.

Each assignment has its own span, as in MS Project (:func:`assignment_pieces`):
it starts with its task and lasts as long as its own work needs at its units
(``actual / units + remaining / (units x mean)`` working minutes of the person),
so a person with less work than the task's longest assignment finishes early.
Work already done (actual work) stays flat as it was done; only the remaining
work follows the contour's ten parts. Usage, workload, over-allocation and the
assignment's dates all read these pieces.
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
        return _MEANS[self._value_]

    @property
    def shaped(self) -> bool:
        """Whether the work is laid out other than evenly: a contour's shape, or Contoured
        (work typed period by period, :mod:`app.domain.edited_work`; hot loops over many
        assignments test ``contour is not WorkContour.FLAT`` first: this costs ~1 us)."""
        return _SHAPED[self._value_]

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
_MEANS = tuple(sum(shape) / (100.0 * len(shape)) for shape in _BY_CODE)
_SHAPED = tuple(
    shape is not _FLAT or contour is WorkContour.CONTOURED
    for contour, shape in zip(WorkContour, _BY_CODE, strict=True)
)


Piece = tuple[datetime, datetime, float, float]  # start, finish, work, share of the peak


def working_spans(
    parts: Sequence[tuple[datetime, datetime]], worktime: WorkTime
) -> tuple[list[tuple[int, int]], int]:
    """``parts`` as spans of ``worktime``'s working-minute index (empty ones left out),
    with the working minutes they hold in all."""
    index = worktime.index
    spans = [(index(to_minutes(s)), index(to_minutes(f))) for s, f in parts if f > s]
    spans = [(a, b) for a, b in spans if b > a]
    return spans, sum(b - a for a, b in spans)


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
    spans, total = working_spans(parts, worktime)
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


def own_need(work: float, units: float, contour: WorkContour, actual: float = 0.0) -> float:
    """Working minutes an assignment needs at its (peak) ``units``: its done work flat, the
    rest by ``contour``; 0 for units of zero or less (it then fills its task)."""
    if units <= 0 or work <= 0:
        return 0.0
    done = min(max(actual, 0.0), work) if contour.shaped else 0.0
    return done / units + (work - done) / (units * contour.mean)


def regular_share(work: float, overtime: float) -> float:
    """The share of ``work`` that is regular (not ``overtime``): what of an assignment's
    need makes its length (MS Project lays overtime within the regular work's span)."""
    if overtime <= 0 or work <= 0:
        return 1.0
    return max(0.0, work - overtime) / work


def _slack(units: float, mean: float) -> float:
    """How far an assignment's need may be from its task's duration and still fill it: a
    minute, plus what rounding work to whole minutes moves (work = round(units x duration))."""
    return 1.0 + 0.5 / (units * mean)


def fills_task(work: float, units: float, contour: WorkContour, duration: float) -> bool:
    """Whether an assignment (no actual work reshaped) spans its whole task at its own units:
    its need is its task's ``duration`` (working minutes) within rounding. The fast flat
    paths of Usage and over-allocation lay only such assignments; the others are laid by
    :func:`assignment_pieces`."""
    if units <= 0 or work <= 0:
        return True
    mean = contour.mean
    return abs(work / (units * mean) - duration) <= _slack(units, mean)


def kept_done(
    work: float, units: float, contour: WorkContour, duration: float, actual: float
) -> float:
    """The done work (``actual``) an assignment keeps flat at its units before its contour:
    all of it when its task was sized so (the contour applied after the work was done:
    :func:`app.domain.assignment_work.contour_edit`); none otherwise, the work done having
    followed the contour as scheduled, as in MS Project (and none on a flat one)."""
    done = min(max(actual, 0.0), work) if contour.shaped else 0.0
    if done > 0 and (
        units <= 0
        or abs(own_need(work, units, contour, done) - duration) > _slack(units, contour.mean)
    ):
        return 0.0
    return done


def peak_units(
    work: float,
    units: float,
    contour: WorkContour,
    duration: float,
    actual: float = 0.0,
    overtime: float = 0.0,
) -> float:
    """The most units an assignment books at once (:func:`assignment_pieces`): its units, or
    a contoured one crowded into its task its units times need / duration; only the regular
    work (work - ``overtime``) needs time, as there."""
    need = own_need(work, units, contour, kept_done(work, units, contour, duration, actual))
    return _crowded(units, need * regular_share(work, overtime), contour, duration)


def _crowded(units: float, need: float, contour: WorkContour, duration: float) -> float:
    """:func:`peak_units` of an assignment that needs ``need`` working minutes at ``units``."""
    if not contour.shaped or duration <= 0 or units <= 0:
        return units
    return units * need / duration if need > duration + _slack(units, contour.mean) else units


def assignment_pieces(
    parts: Sequence[tuple[datetime, datetime]],
    worktime: WorkTime,
    work: float,
    units: float,
    contour: WorkContour,
    duration: float,
    actual: float = 0.0,
    overtime: float = 0.0,
) -> list[Piece]:
    """An assignment's own span, as pieces ``(start, finish, work, units booked)``.

    ``parts``: its task's span (or a split task's working parts) on ``worktime``, the
    person's calendar; ``duration``: the task's scheduled duration (working minutes).
    The assignment starts with the task and lasts :func:`own_need` working minutes: a
    need shorter than the task ends early; one as long or longer fills the task's
    working time (longer: its work is crowded in; a contoured one then books its peak
    units times need / duration, as its days hold that much. A flat one books its units
    as MS Project does: mspdiassignmentfields.xml lays 80 h at 100 % into a 71 h task,
    8 h 54 a day, with PeakUnits 100 % and no over-allocation). The done work (``actual``, contoured assignments only) comes first,
    flat at the units, when the task was sized so (the contour applied after the
    work was done: :func:`app.domain.assignment_work.contour_edit`); the rest follows
    the contour's ten equal parts of the time left. Otherwise the done work followed
    the contour as scheduled and the contour covers it all. A piece crossing a pause is cut in two. Empty when the parts hold no
    working time. ``overtime`` (part of ``work``): as in MS Project only the regular work
    (work - overtime) makes the assignment's length at its units; the overtime is laid
    over that same span (:mod:`app.domain.overtime_work`).
    """
    spans, total = working_spans(parts, worktime)
    if total <= 0 or work <= 0:
        return []
    shape = contour.shape
    mean = contour.mean
    done = kept_done(work, units, contour, duration, actual)
    peak = 0.0
    if units > 0:
        full = own_need(work, units, contour, done)
        need = full * regular_share(work, overtime)
        used = total if need >= duration - _slack(units, mean) else max(1, min(total, round(need)))
        head = round(used * (done / units) / full) if full > 0 else 0
        peak = _crowded(units, need, contour, duration)  # its peak_units
    else:
        used = total
        head = round(total * done / work)
    # Segments on the assignment's own working time: the done work, then ten contour parts.
    segments: list[tuple[int, int, float, float]] = []
    if done > 0 and head > 0:
        segments.append((0, head, done, peak))
    else:
        head = 0
    rest = work - done if head > 0 else work
    left = used - head
    cuts = [head + round(left * k / SEGMENTS) for k in range(SEGMENTS + 1)]
    weights = [shape[k] * (cuts[k + 1] - cuts[k]) for k in range(SEGMENTS)]
    whole = sum(weights)
    if whole <= 0:
        if segments:
            lo, hi, w, u = segments[0]
            segments[0] = (lo, hi, w + rest, u)
    else:
        for k in range(SEGMENTS):
            if cuts[k + 1] > cuts[k]:
                share = rest * weights[k] / whole
                segments.append((cuts[k], cuts[k + 1], share, peak * shape[k] / 100.0))
    return _on_spans(segments, spans, used, worktime)


def _on_spans(
    segments: list[tuple[int, int, float, float]],
    spans: list[tuple[int, int]],
    used: int,
    worktime: WorkTime,
) -> list[Piece]:
    """Segments of an assignment's own working time (minutes from its start) placed on its
    task's working spans (work indexes of the person's calendar), cut at the pauses."""
    pieces: list[Piece] = []
    done = 0
    for a, b in spans:
        if done >= used:
            break
        for lo_seg, hi_seg, work, units in segments:
            lo = max(lo_seg, done)
            hi = min(hi_seg, done + b - a)
            if hi <= lo:
                continue
            part = work * (hi - lo) / (hi_seg - lo_seg)
            start = from_minutes(worktime.at_start(a + lo - done))
            last = hi == done + b - a or hi == used
            finish = from_minutes((worktime.at_end if last else worktime.at_start)(a + hi - done))
            pieces.append((start, finish, part, units))
        done += b - a
    return pieces


def span_pieces(
    parts: Sequence[tuple[datetime, datetime]],
    worktime: WorkTime,
    work: float,
    contour: WorkContour,
    fraction: float,
) -> list[Piece]:
    """``work`` laid by ``contour`` over the first ``fraction`` (at most 1) of the working
    time of ``parts``: an assignment's own span laid over its task's (baseline) span, for
    planned value; the pieces' last item is the contour's share of the peak."""
    spans, total = working_spans(parts, worktime)
    if total <= 0 or work <= 0:
        return []
    used = total if fraction >= 1.0 else max(1, min(total, round(total * fraction)))
    shape = contour.shape
    cuts = [round(used * k / SEGMENTS) for k in range(SEGMENTS + 1)]
    weights = [shape[k] * (cuts[k + 1] - cuts[k]) for k in range(SEGMENTS)]
    whole = sum(weights)
    segments = [
        (cuts[k], cuts[k + 1], work * weights[k] / whole, shape[k] / 100.0)
        for k in range(SEGMENTS)
        if cuts[k + 1] > cuts[k]
    ]
    return _on_spans(segments, spans, used, worktime)
