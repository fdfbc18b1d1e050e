"""What the scheduler computes for each task (kept apart from what the user entered)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class TaskTimes:
    """Computed dates and slack of one task. Slack is in working minutes."""

    start: datetime
    finish: datetime
    duration_minutes: int
    early_start: datetime
    early_finish: datetime
    late_start: datetime
    late_finish: datetime
    total_slack_minutes: int = 0
    free_slack_minutes: int = 0
    critical: bool = False
    summary: bool = False
    work_minutes: int = 0
    percent_complete: float = 0.0


@dataclass(frozen=True, slots=True)
class ScheduleIssue:
    """A conflict the scheduler reports (constraint against link, missed deadline...)."""

    task_uid: int
    message: str


@dataclass
class Schedule:
    """The result of scheduling a plan: times per task uid and the project's span."""

    start: datetime
    finish: datetime
    times: dict[int, TaskTimes] = field(default_factory=dict)
    issues: list[ScheduleIssue] = field(default_factory=list)

    def __getitem__(self, uid: int) -> TaskTimes:
        return self.times[uid]

    def get(self, uid: int) -> TaskTimes | None:
        """Times of a task, if it was scheduled."""
        return self.times.get(uid)

    def critical_uids(self) -> list[int]:
        """Tasks on the critical path (summaries excluded)."""
        return [u for u, t in self.times.items() if t.critical and not t.summary]
