"""The values a status report is made of: headline figures, milestone, task, person and phase lines.

Gathered by :func:`app.domain.status_report.gather_status`; drawn by app.report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.earned_value import SCurve
from app.domain.earned_value_figures import EarnedValue
from app.domain.project import Project
from app.domain.risk import Risk


@dataclass(frozen=True, slots=True)
class Headline:
    """The project's figures at the status date (money in the project's currency).

    Without a baseline, ``budget``, the baseline finish and the earned-value
    figures are None, as the Budget view shows them "n/a".
    """

    start: datetime
    finish: datetime
    baseline_finish: datetime | None
    finish_variance_minutes: int | None  # working minutes, positive = later than the baseline
    percent_complete: float
    budget: float | None
    forecast: float
    actual: float
    eac: float | None
    vac: float | None
    cpi: float | None
    spi: float | None
    # the window's "Scheduling issues": missed deadlines and constraint conflicts
    issue_count: int = 0
    # the baseline ``budget`` and the earned-value figures are of (0: Baseline, 1: Baseline1)
    budget_baseline: int = 0
    # the latest deadline of a milestone or summary that is missed (None: none is), whose
    # task is ``deadline_task``: that task's forecast finish, how late it is in working
    # minutes, and its baseline finish (a baseline that misses the deadline too leaves the
    # finish variance at 0d)
    deadline: datetime | None = None
    deadline_task: str = ""
    deadline_variance_minutes: int | None = None
    deadline_finish: datetime | None = None
    deadline_baseline_finish: datetime | None = None
    # the project's earned-value totals (BAC, BCWS, BCWP, ACWP) the EAC, CPI and SPI above
    # are worked out from; None without a baseline
    earned: EarnedValue | None = None


@dataclass(frozen=True, slots=True)
class MilestoneLine:
    """A milestone: when it is forecast, when the baseline had it, and whether it is late.

    ``overdue``: not reached although its date is on or before the status date.
    """

    uid: int
    row: int  # the ID column (1-based row)
    name: str
    forecast: datetime
    baseline: datetime | None
    variance_minutes: int | None
    done: bool
    overdue: bool

    @property
    def late(self) -> bool:
        """Overdue, or forecast after its baseline date."""
        return self.overdue or (self.variance_minutes or 0) > 0


@dataclass(frozen=True, slots=True)
class TaskLine:
    """A task the report names: late, or critical and under way."""

    uid: int
    row: int
    name: str
    start: datetime
    finish: datetime
    percent_complete: float
    expected_percent: float
    critical: bool
    started: bool
    finish_variance_minutes: int | None

    @property
    def overdue(self) -> bool:
        """Should be finished by now (its expected share is all of it)."""
        return self.expected_percent >= 100.0


@dataclass(frozen=True, slots=True)
class DeadlineLine:
    """A task that finishes after its deadline (MS Project's Deadline field, the Gantt's
    missed-deadline mark), whenever that is: how late, in working minutes of the project
    calendar from the deadline to its finish (actual once done)."""

    uid: int
    row: int
    name: str
    deadline: datetime
    finish: datetime
    late_minutes: int
    done: bool
    milestone: bool
    summary: bool


@dataclass(frozen=True, slots=True)
class SlackLine:
    """A task not done whose total slack is negative: its links cannot meet a deadline or a
    date constraint by ``slack_minutes`` (negative), as its Total Slack column says it: an
    elapsed task's in elapsed minutes (24-hour days, shown in ``ed``), another's in working
    minutes."""

    uid: int
    row: int
    name: str
    slack_minutes: int
    elapsed: bool


@dataclass(frozen=True, slots=True)
class IssueLine:
    """A scheduling issue other than a missed deadline, as the window's status bar lists it
    (a date constraint the links cannot meet, a link the scheduler ignores)."""

    uid: int
    row: int
    name: str
    message: str


@dataclass(frozen=True, slots=True)
class PersonLoad:
    """Someone booked beyond their max units (or working on a day off) from the status date
    on, and in which weeks."""

    uid: int
    name: str
    peak_units: float
    max_units: float
    weeks: tuple[date, ...]  # Mondays
    task_names: tuple[str, ...]
    off_time: str = ""  # 'works on a day off' in one of them (overallocation_sweep.off_time_words)


@dataclass(frozen=True, slots=True)
class PhaseLine:
    """A row of the summary Gantt (outline levels 1 and 2)."""

    uid: int
    name: str
    level: int
    start: datetime
    finish: datetime
    baseline_start: datetime | None
    baseline_finish: datetime | None
    percent_complete: float
    summary: bool
    milestone: bool
    critical: bool
    # where a task under way is complete through (app/domain/progress_points.py): its
    # progress line ends there, as on the Gantt; None: not under way, or a summary
    complete_through: datetime | None = None


@dataclass(frozen=True, slots=True)
class TaskCounts:
    """How many tasks (leaves) have each MS Project Status at the status date."""

    complete: int
    on_schedule: int  # under way (or due to start) and where the schedule has them
    late: int
    future: int  # not due to start yet


@dataclass(frozen=True, slots=True)
class StatusReport:
    """Everything a stakeholder status report shows, ready to be laid out.

    Long lists keep their first rows (a report of a large plan has room for a
    few) and say how many there are in all.
    """

    project: Project
    status_date: datetime
    status_date_set: bool  # False: no status date in the plan, "now" was used
    report_date: date
    has_baseline: bool
    headline: Headline
    milestones_passed: tuple[MilestoneLine, ...]  # every late one first, then the latest
    milestones_next: tuple[MilestoneLine, ...]
    late_tasks: tuple[TaskLine, ...]  # the first ``late_count`` (at most ``list_limit``)
    late_count: int
    task_counts: TaskCounts
    critical_in_progress: tuple[TaskLine, ...]
    critical_count: int
    people: tuple[PersonLoad, ...]
    risks: tuple[Risk, ...]
    open_risks: int
    phases: tuple[PhaseLine, ...]
    phase_count: int  # rows at outline levels 1-2; more than ``phases`` when only level 1 is kept
    curve: SCurve | None  # PV, EV and AC over time, as the Budget view draws them (a baseline)
    other_baselines: tuple[str, ...] = ()  # labels of the saved baselines 1-10 (the report reads 0)
    baseline: str = ""  # Baseline (0)'s name ("Baseline" without one)
    baseline_saved: datetime | None = None  # when it was saved (the report writes the date)
    # the baseline budget and earned value read when it is not Baseline (0) (Project Options'
    # "Baseline for Earned Value calculations", report --baseline N): its name, when saved
    ev_baseline: str = ""
    ev_baseline_saved: datetime | None = None
    reserve: float = 0.0  # risk.contingency_reserve: the contingency of the risks not closed
    exposure: float = 0.0  # risk.open_exposure: their exposure, probability x impact
    milestones_earlier: int = 0  # milestones reached before those listed, counted only
    deadlines: tuple[DeadlineLine, ...] = ()  # every missed one, the latest first
    issues: tuple[IssueLine, ...] = ()  # the other scheduling issues, in the scheduler's order
    # tasks not done with negative total slack: a deadline or constraint their links cannot
    # meet, the most behind first (status_deadlines.negative_slack_lines)
    slack_tasks: tuple[SlackLine, ...] = ()

    @property
    def negative_slack(self) -> int:
        """How many tasks not done have negative total slack."""
        return len(self.slack_tasks)
