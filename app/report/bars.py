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
from app.domain.splits import working_parts
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
    progress_at: datetime | None,
    baseline: BaselineEntry | None = None,
    show_baseline: bool = False,
    preleveled_start: datetime | None = None,
    pieces: Sequence[tuple[datetime, datetime]] = (),
    before_leveling: tuple[datetime, datetime] | None = None,
    leveling_rows: bool = False,
) -> BarGeometry:
    """Geometry of one task's bar in a row that starts at ``row_top``.

    ``preleveled_start``: where a leveled task would start without its delay.
    ``pieces``: a split task's working parts (:func:`split_pieces`).
    ``leveling_rows``: the Leveling Gantt's rows, the bar lower to leave room above it for
    the bar of the task before leveling (``before_leveling``: its start and finish).
    ``progress_at``: where the task's work is complete through (its progress point,
    app/domain/progress_points.py: % complete of its working time on its calendar, across
    its parts), where the progress bar ends, as MS Project's; None for a task not under
    way (its bar empty, or full when done). There is no other rule: a share of the bar's
    span would end a task under way across a weekend inside the weekend.
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
    parts: tuple[tuple[float, float], ...] = ()
    if kind is BarKind.TASK and len(pieces) > 1:
        parts = tuple((scale.x_of(a), scale.x_of(b)) for a, b in pieces)
    progress_x = x0
    if kind is BarKind.TASK:
        # Nothing done: the bar's start (a start off working time is not moved to the
        # next working minute); all done: its end; else the progress point on the bar.
        end = max(x1, x0 + 1)
        if pct >= 100:
            progress_x = end
        elif pct > 0 and progress_at is not None:
            progress_x = max(x0, min(end, scale.x_of(progress_at)))
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
