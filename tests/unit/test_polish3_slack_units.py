"""Slack and Remaining Duration columns read in one unit (days), as MS Project shows them.

Testers saw "144m" beside "1.5d" and "2.8h" beside "0.7d" in one column: a column that
mixes units cannot be scanned or compared by eye.
"""

from __future__ import annotations

from app.domain.link import Link
from app.domain.notation import format_column_span
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import DurationUnit, Task
from app.report.columns import CellText


def test_column_span_writes_days_for_every_length():
    project = Project()
    assert format_column_span(144, project) == "0.3d"
    assert format_column_span(168, project) == "0.35d"
    assert format_column_span(720, project) == "1.5d"
    assert format_column_span(0, project) == "0d"
    assert format_column_span(-240, project) == "-0.5d"
    assert format_column_span(4800, project) == "10d"


def test_column_span_follows_the_project_day_and_another_unit():
    assert format_column_span(300, Project(minutes_per_day=600)) == "0.5d"
    assert format_column_span(90, Project(), DurationUnit.HOURS) == "1.5h"


def mixed_plan() -> Plan:
    """A 10-day task beside a 144-minute one and a 3-hour one, all feeding a milestone."""
    plan = Plan()
    plan.append_task(Task(uid=1, name="Long", duration_minutes=4800))
    plan.append_task(
        Task(uid=2, name="Short", duration_minutes=144, duration_unit=DurationUnit.MINUTES)
    )
    plan.append_task(
        Task(
            uid=3,
            name="Hours",
            duration_minutes=180,
            duration_unit=DurationUnit.HOURS,
            percent_complete=50,
        )
    )
    plan.append_task(Task(uid=4, name="Done", duration_minutes=0, milestone=True))
    for uid in (1, 2, 3):
        plan.add_link(Link(uid, 4))
    return plan


def test_printed_slack_in_days_and_remaining_in_the_tasks_unit():
    plan = mixed_plan()
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(2, "slack") == "9.7d"
    assert cells.text(2, "free_slack") == "9.7d"
    assert cells.text(1, "slack") == "0d"
    # Remaining Duration is in the task's own unit, beside its Duration, as MS Project shows
    # it (s28ms: a 4h task's was written 0.5d in the client workbook)
    assert cells.text(2, "remaining") == "144m"
    assert cells.text(3, "remaining") == "1.5h"  # 90 minutes left
    # the Duration column keeps the unit the user typed
    assert cells.text(2, "duration") == "144m"


def test_an_elapsed_or_estimated_tasks_remaining_duration_keeps_its_marks():
    plan = mixed_plan()
    plan.append_task(
        Task(uid=5, name="Curing", duration_minutes=3 * 1440, elapsed=True, percent_complete=50)
    )
    plan.append_task(Task(uid=6, name="Guess", duration_minutes=960, estimated=True))
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(5, "remaining") == "1.5ed"  # 36 calendar hours, not "4.5d"
    assert cells.text(6, "remaining") == "2d?"
