"""What the status report says about deadlines and scheduling issues.

A deadline missed months after the status date is news to the client today: every task
whose finish is past its deadline is listed, whatever its distance from the status date,
as the Gantt marks it (:func:`missed_deadline`, the Missed Deadlines filter's rule). The
other conflicts are the scheduler's own issues (``Schedule.issues``, which the window's
"Scheduling issues" counts): a constraint the links push a task past shows as negative
slack, and the report names it as the status bar does.
"""

from __future__ import annotations

from app.domain.plan import Plan
from app.domain.schedule import IssueKind, Schedule, TaskTimes
from app.domain.status_lines import DeadlineLine, IssueLine, SlackLine
from app.domain.status_tasks import is_done
from app.domain.task import Task
from app.domain.workload import DayCalendar
from app.domain.worktime import MINUTES_PER_DAY

MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY  # an elapsed week


def missed_deadline(task: Task, times: TaskTimes | None) -> bool:
    """Whether an active task finishes after its deadline (the Gantt's red deadline mark,
    the scheduler's "finishes after its deadline")."""
    deadline = task.deadline
    return deadline is not None and task.active and times is not None and times.finish > deadline


def deadline_lines(plan: Plan, schedule: Schedule, cal: DayCalendar) -> tuple[DeadlineLine, ...]:
    """Every active task finishing after its deadline, the latest first (then by row):
    how late in working minutes of the project calendar ``cal``."""
    out: list[DeadlineLine] = []
    for row, task in enumerate(plan.tasks, start=1):
        if task.deadline is None:
            continue
        times = schedule.get(task.uid)
        if times is None or not missed_deadline(task, times):
            continue
        out.append(
            DeadlineLine(
                uid=task.uid,
                row=row,
                name=task.name,
                deadline=task.deadline,
                finish=times.finish,
                late_minutes=cal.between(task.deadline, times.finish),
                done=is_done(task),
                milestone=task.milestone,
                summary=times.summary,
            )
        )
    out.sort(key=lambda d: (-d.late_minutes, d.deadline - d.finish, d.row))
    return tuple(out)


def issue_lines(plan: Plan, schedule: Schedule) -> tuple[IssueLine, ...]:
    """The scheduler's issues but missed deadlines (listed by :func:`deadline_lines`),
    in its order."""
    rows = {t.uid: r for r, t in enumerate(plan.tasks, start=1)}
    out: list[IssueLine] = []
    for issue in schedule.issues:
        if issue.kind is IssueKind.DEADLINE or issue.task_uid not in rows:
            continue
        out.append(
            IssueLine(
                uid=issue.task_uid,
                row=rows[issue.task_uid],
                name=plan.task(issue.task_uid).name,
                message=issue.message,
            )
        )
    return tuple(out)


def negative_slack_lines(plan: Plan, schedule: Schedule) -> tuple[SlackLine, ...]:
    """Active tasks without subtasks, not done, with negative total slack: the links cannot
    meet a deadline or a date constraint (the constrained task keeps its date, its
    predecessors show the conflict). The most behind first, then by row.

    An elapsed task's slack is in elapsed minutes (24-hour days, as its Total Slack column
    shows it in ``ed``), another's in working minutes: an elapsed week is weighed as a
    working week of the plan, so a chain's working and elapsed tasks behind by the same
    span rank alike."""
    week = plan.project.minutes_per_week / MINUTES_PER_WEEK  # working minutes per elapsed one
    out: list[SlackLine] = []
    for row, task in enumerate(plan.tasks, start=1):
        times = schedule.get(task.uid)
        if times is None or times.summary or not task.active or is_done(task):
            continue
        if times.total_slack_minutes < 0:
            out.append(SlackLine(task.uid, row, task.name, times.total_slack_minutes, task.elapsed))
    out.sort(key=lambda s: (s.slack_minutes * (week if s.elapsed else 1), s.row))
    return tuple(out)


def key_deadline(deadlines: tuple[DeadlineLine, ...]) -> DeadlineLine | None:
    """The latest deadline missed by a milestone or a summary (a handover, a phase's end):
    what the project's finish is measured against beside its baseline (None: none is)."""
    keys = [d for d in deadlines if d.milestone or d.summary]
    return max(keys, key=lambda d: (d.deadline, -d.row)) if keys else None
