"""MS Project's tracking, variance, cost and work fields of one task, as the task sheet and
the printout show them (its Tracking, Variance, Cost and Work tables).

Every figure is read from what the Budget view already works out, never worked out
again another way: the variances are those of :func:`app.domain.baselines.variances` (the
Baseline variance tab's: the same differences, on the same project calendar, for the one
task a cell asks about instead of every task), actual and remaining cost and work the
:class:`~app.domain.costs.CostReport`'s (the cost breakdown's Actual and Remaining),
baseline figures baseline 0's entries. Durations are in working minutes (an elapsed
task's own Actual Duration, Baseline Duration and Duration Variance in elapsed minutes,
as its Duration is), work in minutes, money in the plan's currency.

:class:`TrackingFigures` holds one plan state's figures; each cell is O(1) (baseline 0's
entries indexed once, when first asked).
:func:`tracking_text` writes a figure as MS Project shows it: durations in the plan's
duration unit ("3d"; an elapsed task's in 24-hour units, "2ed", as its Remaining Duration
already reads), work in its work unit ("24h"), money through the caller's formatter,
variances signed ("+2d", "-1,000.00"). The Start Variance stays working time on the
project calendar for every task, as MS Project shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from app.domain.baseline import BaselineEntry
from app.domain.baselines import Variance
from app.domain.costs import CostReport
from app.domain.notation import format_column_span, format_work
from app.domain.percent_shown import half_up
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.workload import DayCalendar


class Kind(Enum):
    """How a figure is written."""

    SPAN = "span"  # working minutes of duration: the plan's duration unit
    WORK = "work"  # minutes of work: the plan's work unit
    MONEY = "money"
    PERCENT = "percent"
    RATIO = "ratio"  # an index (CPI, SPI): two decimals


@dataclass(frozen=True, slots=True)
class Figure:
    """One cell's value: its amount, how it is written, whether it is a signed variance,
    and whether a span is elapsed time (24-hour days: "2ed")."""

    value: float
    kind: Kind
    signed: bool = False
    elapsed: bool = False


# The fields, by the keys the printout knows them by (app/report/columns.py), in the
# order MS Project's tables list them.
TRACKING_KEYS: tuple[str, ...] = (
    "start_variance",
    "duration_variance",
    "work_variance",
    "actual_duration",
    "actual_work",
    "remaining_work",
    "actual_cost",
    "remaining_cost",
    "baseline_duration",
    "baseline_work",
    "percent_work_complete",
)
TITLES: dict[str, str] = {
    "start_variance": "Start Variance",
    "duration_variance": "Duration Variance",
    "work_variance": "Work Variance",
    "actual_duration": "Actual Duration",
    "actual_work": "Actual Work",
    "remaining_work": "Remaining Work",
    "actual_cost": "Actual Cost",
    "remaining_cost": "Remaining Cost",
    "baseline_duration": "Baseline Duration",
    "baseline_work": "Baseline Work",
    "percent_work_complete": "% Work Complete",
}
# The keys that read the baseline: blank on a task the baseline does not hold.
_BASELINE_KEYS = frozenset(
    {"start_variance", "duration_variance", "work_variance", "baseline_duration", "baseline_work"}
)


class TrackingFigures:
    """The tracking figures of one plan state: plan, schedule and its cost report.

    Made again (or dropped) whenever the costs are new.
    """

    def __init__(self, plan: Plan, schedule: Schedule, costs: CostReport) -> None:
        self.plan = plan
        self.schedule = schedule
        self.costs = costs
        self._calendar: DayCalendar | None = None
        self._indexes: dict[datetime, int] = {}
        self._entries: dict[int, BaselineEntry] | None = None

    def variance(self, uid: int) -> Variance | None:
        """Current minus baseline 0 (None: the baseline does not hold the task, or it is not
        scheduled), as :func:`app.domain.baselines.variances` works it out: start and finish
        in working minutes on the project calendar (positive: late)."""
        entry = self.entry(uid)
        times = self.schedule.get(uid)
        if entry is None or times is None:
            return None
        costs = self.costs
        return Variance(
            self._between(times.start, entry.start),
            self._between(times.finish, entry.finish),
            times.duration_minutes - entry.duration_minutes,
            costs.task_work_minutes.get(uid, 0) - entry.work_minutes,
            costs.task_cost.get(uid, 0.0) - entry.cost,
        )

    def _between(self, now: datetime, then: datetime | None) -> int | None:
        """Working minutes from ``then`` to ``now`` on the project calendar (None: no date)."""
        if then is None:
            return None
        if now == then:
            return 0
        if self._calendar is None:
            self._calendar = DayCalendar(self.plan, None)
        indexes, work_index = self._indexes, self._calendar.work_index
        for moment in (now, then):
            if moment not in indexes:
                indexes[moment] = work_index(moment)
        return indexes[now] - indexes[then]

    def entry(self, uid: int) -> BaselineEntry | None:
        """Baseline 0's entry of the task (a summary's holds its own roll-up)."""
        if self._entries is None:
            base = self.plan.baselines.get(0)
            self._entries = {e.task_uid: e for e in base.entries} if base is not None else {}
        return self._entries.get(uid)

    def figure(self, key: str, uid: int) -> Figure | None:
        """The figure of field ``key`` for task ``uid``; None for a blank cell."""
        costs = self.costs
        if key in _BASELINE_KEYS:
            return self._baseline_figure(key, uid)
        if key == "actual_duration":
            return Figure(self.actual_duration(uid), Kind.SPAN, elapsed=self.elapsed(uid))
        if key == "actual_work":
            return Figure(costs.task_actual_work_minutes.get(uid, 0), Kind.WORK)
        if key == "remaining_work":
            return Figure(self.remaining_work(uid), Kind.WORK)
        if key == "actual_cost":
            return Figure(costs.task_actual_cost.get(uid, 0.0), Kind.MONEY)
        if key == "remaining_cost":
            return Figure(costs.remaining_cost(uid), Kind.MONEY)
        if key == "percent_work_complete":
            return Figure(self.percent_work_complete(uid), Kind.PERCENT)
        raise KeyError(key)

    def _baseline_figure(self, key: str, uid: int) -> Figure | None:
        if key == "baseline_duration" or key == "baseline_work":
            entry = self.entry(uid)
            if entry is None:
                return None
            if key == "baseline_duration":
                return Figure(entry.duration_minutes, Kind.SPAN, elapsed=self.elapsed(uid))
            return Figure(entry.work_minutes, Kind.WORK)
        v = self.variance(uid)
        if v is None:
            return None
        if key == "start_variance":
            return None if v.start_minutes is None else Figure(v.start_minutes, Kind.SPAN, True)
        if key == "duration_variance":
            return Figure(v.duration_minutes, Kind.SPAN, True, self.elapsed(uid))
        return Figure(v.work_minutes, Kind.WORK, True)

    def elapsed(self, uid: int) -> bool:
        """Whether the task's durations are elapsed time: its own Duration is (a summary's
        never is, its span being working time).

        The baseline keeps minutes, not their kind: an elapsed task's baseline duration is
        read as elapsed minutes, as it was saved while the task was elapsed (a task turned
        elapsed after the baseline was saved reads its old working minutes as elapsed ones).
        """
        times = self.schedule.get(uid)
        if times is not None and times.summary:
            return False
        return self.plan.task(uid).elapsed

    def actual_duration(self, uid: int) -> int:
        """Duration x % complete (MS Project's Actual Duration), in working minutes (an
        elapsed task's in elapsed ones); the complement of the Remaining Duration column (a
        summary's by its rolled-up %)."""
        times = self.schedule.get(uid)
        if times is not None and times.summary:
            minutes, pct = times.duration_minutes, times.percent_complete
        else:
            task = self.plan.task(uid)
            minutes = times.duration_minutes if times is not None else task.duration_minutes
            pct = task.percent_complete
        return minutes - round(minutes * (100 - pct) / 100)

    def remaining_work(self, uid: int) -> int:
        """Work less actual work (never below zero)."""
        costs = self.costs
        work = costs.task_work_minutes.get(uid, 0)
        return max(0, work - costs.task_actual_work_minutes.get(uid, 0))

    def percent_work_complete(self, uid: int) -> float:
        """Actual work over work, in percent (0 without work, as MS Project shows it; a
        milestone's is its % complete, as MS Project writes it in PercentWorkComplete, so a
        % Work Complete typed on one reads back)."""
        costs = self.costs
        work = costs.task_work_minutes.get(uid, 0)
        if work <= 0:
            times = self.schedule.get(uid)
            task = self.plan.task(uid)
            if task.milestone and (times is None or not times.summary):
                return task.percent_complete
            return 0.0
        return min(100.0, 100.0 * costs.task_actual_work_minutes.get(uid, 0) / work)


def tracking_text(figure: Figure | None, plan: Plan, money: Callable[[float], str]) -> str:
    """A figure as MS Project shows it ("" for none); ``money`` writes an amount."""
    if figure is None:
        return ""
    project = plan.project
    value = figure.value
    if figure.kind is Kind.PERCENT:
        return f"{half_up(value)}%"
    if figure.kind is Kind.RATIO:
        return f"{round(value, 2) + 0.0:.2f}"  # no "-0.00": 0 less a hair is 0
    if figure.kind is Kind.MONEY:
        amount = round(value, project.currency_digits)
        text = money(abs(amount) if figure.signed else amount)
    elif figure.kind is Kind.WORK:
        amount = int(value)
        text = format_work(abs(amount) if figure.signed else amount, project)
    else:
        amount = int(value)
        text = format_column_span(
            abs(amount) if figure.signed else amount, project, elapsed=figure.elapsed
        )
    if not figure.signed:
        return text
    return ("+" if amount > 0 else "-" if amount < 0 else "") + text
