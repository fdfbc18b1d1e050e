"""Where each bar of a Gantt row goes: task bars, summary brackets, milestones, baseline, slack.

Pure geometry (floats, no Qt): the painter, the mouse hit-testing and the
tests all read the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from app.domain.baseline import BaselineEntry
from app.domain.schedule import TaskTimes
from app.domain.splits import segments
from app.domain.task import Task
from app.domain.worktime import WorkTime, from_minutes, to_minutes
from app.report.timescale import Timescale


class BarKind(Enum):
    """How a row is drawn."""

    TASK = "task"
    SUMMARY = "summary"
    MILESTONE = "milestone"


@dataclass(frozen=True, slots=True)
class BarGeometry:
    """One row's bar. For a milestone ``x0``/``x1`` are the diamond's left and right tips."""

    uid: int
    kind: BarKind
    x0: float
    x1: float
    top: float
    bottom: float
    progress_x: float
    critical: bool
    baseline: tuple[float, float] | None = None
    slack_x1: float | None = None
    delay_x0: float | None = None  # where the task would start without its leveling delay
    # A split task's working parts (x0, x1) each, joined by a dotted line; () when not split
    segments: tuple[tuple[float, float], ...] = ()

    @property
    def mid_y(self) -> float:
        """Vertical centre of the bar."""
        return (self.top + self.bottom) / 2

    @property
    def row_span(self) -> tuple[float, float]:
        """Top and bottom of the bar."""
        return self.top, self.bottom

    def contains(self, x: float, y: float, slop: float = 3.0) -> bool:
        """Whether a point hits the bar."""
        return self.x0 - slop <= x <= self.x1 + slop and self.top - slop <= y <= self.bottom + slop


def bar_geometry(
    task: Task,
    times: TaskTimes,
    scale: Timescale,
    row_top: float,
    row_height: float,
    *,
    summary: bool,
    baseline: BaselineEntry | None = None,
    show_baseline: bool = False,
    preleveled_start: datetime | None = None,
    pieces: Sequence[tuple[datetime, datetime]] = (),
) -> BarGeometry:
    """Geometry of one task's bar in a row that starts at ``row_top``.

    ``preleveled_start``: where a leveled task would start without its delay.
    ``pieces``: a split task's working parts (:func:`split_pieces`).
    """
    x0 = scale.x_of(times.start)
    x1 = scale.x_of(times.finish)
    # Leave room under the bar for the baseline bar when it is shown.
    if show_baseline:
        top, bottom = row_top + row_height * 0.18, row_top + row_height * 0.58
    else:
        top, bottom = row_top + row_height * 0.22, row_top + row_height * 0.74
    kind = BarKind.TASK
    if summary:
        kind = BarKind.SUMMARY
        top, bottom = row_top + row_height * 0.25, row_top + row_height * 0.62
    elif task.milestone or times.duration_minutes == 0:
        kind = BarKind.MILESTONE
        half = (bottom - top) / 2 + 1
        x0, x1 = x0 - half, x0 + half
    pct = max(0.0, min(100.0, task.percent_complete or times.percent_complete))
    progress_x = x0 + (x1 - x0) * pct / 100.0 if kind is BarKind.TASK else x0
    parts: tuple[tuple[float, float], ...] = ()
    if kind is BarKind.TASK and len(pieces) > 1:
        parts = tuple((scale.x_of(a), scale.x_of(b)) for a, b in pieces)
        progress_x = _along(parts, pct)
    base: tuple[float, float] | None = None
    if show_baseline and baseline is not None and baseline.start and baseline.finish:
        base = (scale.x_of(baseline.start), scale.x_of(baseline.finish))
    slack_x1: float | None = None
    if kind is not BarKind.SUMMARY and times.total_slack_minutes > 0:
        slack_x1 = max(scale.x_of(times.late_finish), x1)
    delay_x0: float | None = None
    if preleveled_start is not None and kind is not BarKind.SUMMARY:
        delay_x0 = min(scale.x_of(preleveled_start), x0)
    return BarGeometry(
        task.uid,
        kind,
        x0,
        max(x1, x0 + 1) if kind is BarKind.TASK else x1,
        top,
        bottom,
        progress_x,
        times.critical,
        base,
        slack_x1,
        delay_x0,
        parts,
    )


def split_pieces(
    task: Task, times: TaskTimes, calendar: WorkTime
) -> tuple[tuple[datetime, datetime], ...]:
    """A split task's working parts as (start, finish) moments; () for an unsplit task.

    ``calendar`` is the task's (its own or the project's); an elapsed task's
    pauses are calendar time. The last part ends at the task's finish: a task
    scheduled on its people's calendars (or a manual one) ends where the
    schedule says, not where the task calendar would put it.
    """
    if not task.splits or times.summary or times.duration_minutes <= 0 or task.milestone:
        return ()
    parts = segments(task.splits, times.duration_minutes)
    if len(parts) < 2:
        return ()
    wt = WorkTime.continuous() if task.elapsed else calendar
    w0 = wt.index(to_minutes(times.start))
    pieces = [
        (from_minutes(wt.at_start(w0 + a)), from_minutes(wt.at_end(w0 + b))) for a, b in parts
    ]
    last_start = pieces[-1][0]
    if last_start < times.finish:
        pieces[-1] = (last_start, times.finish)
    return tuple(pieces)


def _along(parts: tuple[tuple[float, float], ...], pct: float) -> float:
    """The x that ``pct`` percent of the work reaches, walking the parts (the pauses hold none)."""
    total = sum(b - a for a, b in parts)
    left = total * pct / 100.0
    for a, b in parts:
        if left <= b - a:
            return a + left
        left -= b - a
    return parts[-1][1]


def progress_for_x(geom: BarGeometry, x: float) -> float:
    """Percent complete a drag of the progress edge to ``x`` means (0..100, whole numbers)."""
    width = geom.x1 - geom.x0
    if width <= 0:
        return 0.0
    return float(round(max(0.0, min(1.0, (x - geom.x0) / width)) * 100))
