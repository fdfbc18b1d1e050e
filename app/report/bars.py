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
from app.domain.inactive_slack import shows_slack
from app.domain.schedule import TaskTimes
from app.domain.splits import segments, waiting_segments, working_parts
from app.domain.task import Task
from app.domain.worktime import WorkTime
from app.report.timescale import Timescale

# A milestone's baseline diamond's half width, in row heights: it fits the row under the
# task's own diamond (which reaches 58 % of the row with baselines shown)
_BASELINE_DIAMOND = 0.19


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
    # The working minutes each of ``segments`` holds (the share of % complete it carries)
    segment_work: tuple[float, ...] = ()
    # The Leveling Gantt's bar of the task before leveling (x0, x1), above its bar
    preleveled: tuple[float, float] | None = None
    preleveled_top: float = 0.0  # its top; its bottom is a little above the bar's top

    @property
    def mid_y(self) -> float:
        """Vertical centre of the bar."""
        return (self.top + self.bottom) / 2

    @property
    def baseline_diamond(self) -> tuple[float, float, float] | None:
        """A milestone's baseline diamond as its centre x, centre y and half width, just
        under the task's own diamond; None when it has none (or is not a milestone)."""
        if self.kind is not BarKind.MILESTONE or self.baseline is None:
            return None
        b0, b1 = self.baseline
        half = (b1 - b0) / 2
        return b0 + half, self.bottom + 0.5 + half, half

    @property
    def row_span(self) -> tuple[float, float]:
        """Top and bottom of the bar."""
        return self.top, self.bottom

    def contains(self, x: float, y: float, slop: float = 3.0) -> bool:
        """Whether a point hits the bar."""
        return self.x0 - slop <= x <= self.x1 + slop and self.top - slop <= y <= self.bottom + slop


def drawn_as_milestone(task: Task, times: TaskTimes) -> bool:
    """Whether a task that is not a summary is drawn as a diamond: ticked milestone or no time."""
    return task.milestone or times.duration_minutes == 0


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
    before_leveling: tuple[datetime, datetime] | None = None,
    leveling_rows: bool = False,
    progress_at: datetime | None = None,
) -> BarGeometry:
    """Geometry of one task's bar in a row that starts at ``row_top``.

    ``preleveled_start``: where a leveled task would start without its delay.
    ``pieces``: a split task's working parts (:func:`split_pieces`).
    ``leveling_rows``: the Leveling Gantt's rows, the bar lower to leave room above it for
    the bar of the task before leveling (``before_leveling``: its start and finish).
    ``progress_at``: where the task's work is complete through (its progress point,
    app/domain/progress_points.py: % complete of its working time on its calendar, across
    its parts), where the progress bar ends, as MS Project's. Without it (no calendar at
    hand) the bar fills its share of the parts' work as drawn.
    """
    x0 = scale.x_of(times.start)
    x1 = scale.x_of(times.finish)
    # Leave room under the bar for the baseline bar when it is shown (and above it for the
    # bar before leveling).
    if leveling_rows:
        low = 0.68 if show_baseline else 0.86
        top, bottom = row_top + row_height * 0.42, row_top + row_height * low
    elif show_baseline:
        top, bottom = row_top + row_height * 0.18, row_top + row_height * 0.58
    else:
        top, bottom = row_top + row_height * 0.22, row_top + row_height * 0.74
    kind = BarKind.TASK
    if summary:
        kind = BarKind.SUMMARY
        top, bottom = row_top + row_height * 0.25, row_top + row_height * 0.62
    elif drawn_as_milestone(task, times):
        kind = BarKind.MILESTONE
        half = (bottom - top) / 2 + 1
        # At the finish, as MS Project's Milestone bar style runs From Finish To Finish: a
        # two-day review ticked Milestone shows its diamond where the sign-off happens.
        x0, x1 = x1 - half, x1 + half
    pct = max(0.0, min(100.0, task.percent_complete or times.percent_complete))
    progress_x = x0 + (x1 - x0) * pct / 100.0 if kind is BarKind.TASK else x0
    parts: tuple[tuple[float, float], ...] = ()
    work: tuple[float, ...] = ()
    if kind is BarKind.TASK and len(pieces) > 1:
        parts = tuple((scale.x_of(a), scale.x_of(b)) for a, b in pieces)
        work = _part_work(task, times, parts)
        progress_x = _along(parts, work, pct)
    if kind is BarKind.TASK and progress_at is not None:
        # Nothing done: the bar's start (a start off working time is not moved to the
        # next working minute); all done: its end; else the progress point on the bar.
        end = max(x1, x0 + 1)
        progress_x = x0 if pct <= 0 else end if pct >= 100 else scale.x_of(progress_at)
        progress_x = max(x0, min(end, progress_x))
    base: tuple[float, float] | None = None
    if show_baseline and baseline is not None and baseline.start and baseline.finish:
        if kind is BarKind.MILESTONE:
            # MS Project's Tracking Gantt: a grey diamond at the baseline finish, under the
            # task's own (its Baseline Milestone style), not a bar as long as no time at all
            bx, half = scale.x_of(baseline.finish), row_height * _BASELINE_DIAMOND
            base = (bx - half, bx + half)
        else:
            base = (scale.x_of(baseline.start), scale.x_of(baseline.finish))
    slack_x1: float | None = None
    if kind is not BarKind.SUMMARY and times.total_slack_minutes > 0 and shows_slack(task):
        slack_x1 = max(scale.x_of(times.late_finish), x1)
    delay_x0: float | None = None
    if preleveled_start is not None and kind is not BarKind.SUMMARY:
        delay_x0 = min(scale.x_of(preleveled_start), x0)
    before: tuple[float, float] | None = None
    if before_leveling is not None and kind is not BarKind.SUMMARY:
        before = (scale.x_of(before_leveling[0]), scale.x_of(before_leveling[1]))
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
        work,
        before,
        row_top + row_height * 0.06,
    )


@dataclass(frozen=True, slots=True)
class DeadlineMark:
    """Where a task's deadline arrow goes on its row (MS Project's green down arrow)."""

    uid: int
    x: float  # the deadline moment: the arrow's tip
    top: float
    bottom: float
    deadline: datetime
    missed: bool  # the task finishes after it

    @property
    def half_width(self) -> float:
        """Half the arrow head's width."""
        return (self.bottom - self.top) * 0.4

    def contains(self, x: float, y: float, slop: float = 2.0) -> bool:
        """Whether a point hits the arrow."""
        w = self.half_width + slop
        return self.x - w <= x <= self.x + w and self.top - slop <= y <= self.bottom + slop


def deadline_mark(
    task: Task, times: TaskTimes | None, scale: Timescale, row_top: float, row_height: float
) -> DeadlineMark | None:
    """The deadline arrow of a task's row, or None when the task has no deadline."""
    if task.deadline is None:
        return None
    missed = times is not None and times.finish > task.deadline
    return DeadlineMark(
        task.uid,
        scale.x_of(task.deadline),
        row_top + row_height * 0.08,
        row_top + row_height * 0.84,
        task.deadline,
        missed,
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
    wt = WorkTime.continuous() if task.elapsed else calendar
    return working_parts(task.splits, times.duration_minutes, times.start, times.finish, wt)


def _part_work(
    task: Task, times: TaskTimes, parts: tuple[tuple[float, float], ...]
) -> tuple[float, ...]:
    """The working minutes each drawn part holds (its width when the counts do not match)."""
    work = segments(task.splits, times.duration_minutes)
    if len(work) != len(parts):  # under way, its work left waiting for its links: one more
        work = waiting_segments(task, times.duration_minutes, 1)
    if len(work) != len(parts):
        return tuple(b - a for a, b in parts)
    return tuple(float(b - a) for a, b in work)


def _along(parts: tuple[tuple[float, float], ...], work: tuple[float, ...], pct: float) -> float:
    """The x that ``pct`` percent of the work reaches, walking the parts (the pauses hold none).

    Each part carries its share of the work, so a task 40 % done whose first
    part holds 2 days of its 5 shows that part done and no more, however long
    the nights and weekends drawn inside the parts are.
    """
    total = sum(work)
    if total <= 0:
        return parts[0][0]
    left = total * pct / 100.0
    for (a, b), w in zip(parts, work, strict=True):
        if left <= w:
            return a + (b - a) * (left / w if w > 0 else 0.0)
        left -= w
    return parts[-1][1]


def progress_for_x(geom: BarGeometry, x: float) -> float:
    """Percent complete a drag of the progress edge to ``x`` means (0..100, whole numbers).

    On a split bar the parts hold the work, in order, and a pause none: a drag
    into a pause means the work of the parts before it.
    """
    if geom.segments:
        return float(round(_share_at(geom, x) * 100))
    width = geom.x1 - geom.x0
    if width <= 0:
        return 0.0
    return float(round(max(0.0, min(1.0, (x - geom.x0) / width)) * 100))


def _share_at(geom: BarGeometry, x: float) -> float:
    """The share of the work done when the progress edge is at ``x`` (the inverse of :func:`_along`)."""
    work = geom.segment_work or tuple(b - a for a, b in geom.segments)
    total = sum(work)
    if total <= 0:
        return 0.0
    done = 0.0
    for (a, b), w in zip(geom.segments, work, strict=True):
        if x >= b:
            done += w
        elif x > a:
            done += w * (x - a) / (b - a)
    return max(0.0, min(1.0, done / total))
