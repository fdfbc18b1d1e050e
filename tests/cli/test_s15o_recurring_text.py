"""``gantry schedule`` (text) says how each listed recurring task repeats.

The table listed a weekly review as a plain summary over "Review 1", "Review 2"...,
like any phase: only ``--json`` had the pattern. A line under the table now gives
it in the words of Task > Recurring Task… (DESIGN.md: info lists no tasks, so it
is unchanged).
"""

from __future__ import annotations

from datetime import date, datetime

from app import formats
from app.cli import main
from app.cli.recurring_text import recurring_lines
from app.domain.calendar import Recurrence, RecurrenceKind
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.recurrence_tasks import TaskRecurrence, occurrence_tasks
from app.domain.task import Task
from app.domain.worktime import WorkTime


def _plan(count: int = 3) -> Plan:
    plan = Plan(project=Project(name="Team", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Build", 1, duration_minutes=5 * 480))
    rec = TaskRecurrence(
        Recurrence(RecurrenceKind.WEEKLY, period=1, weekdays=(0, 3), occurrences=count),
        start=date(2026, 3, 2),
        duration_minutes=60,
    )
    work = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    occurrences = occurrence_tasks(rec, "Review", count, 2, plan.project.default_start_time, work)
    plan.insert_tasks(1, [Task(2, "Review", 1), *occurrences])
    plan.set_recurrence(2, rec)
    return plan


def _schedule_text(capsys, tmp_path, plan: Plan, *options: str) -> list[str]:
    path = tmp_path / "team.gantry"
    formats.write_plan(plan, path)
    assert main(["schedule", str(path), *options]) == 0
    return capsys.readouterr().out.splitlines()


def test_the_pattern_follows_the_table(capsys, tmp_path):
    lines = _schedule_text(capsys, tmp_path, _plan())
    said = [line for line in lines if line.startswith("Recurring")]
    assert said == ["Recurring 2 'Review': every week on Mon, Thu, 3 times from 2026-03-02"]
    # under the table, before the project's span
    assert lines.index(said[0]) < len(lines) - 1
    assert lines[-1].startswith("Team: ")


def test_a_plan_without_recurring_tasks_prints_as_before(capsys, tmp_path):
    plan = Plan(project=Project(name="Plain", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Build", 1, duration_minutes=480))
    lines = _schedule_text(capsys, tmp_path, plan)
    assert not any(line.startswith("Recurring") for line in lines)
    assert lines[-2:] == ["", "Plain: 2026-03-02 08:00 to 2026-03-02 17:00"]


def test_a_summary_filtered_out_gets_no_line(capsys, tmp_path):
    lines = _schedule_text(capsys, tmp_path, _plan(), "--flat")  # leaves only
    assert not any(line.startswith("Recurring") for line in lines)


def test_occurrences_deleted_since_are_counted():
    plan = _plan(4)
    assert recurring_lines(plan, [(2, "2"), (1, "1")]) == [
        "Recurring 2 'Review': every week on Mon, Thu, 4 times from 2026-03-02"
    ]
    plan.remove_tasks([plan.children(2)[-1].uid])
    assert recurring_lines(plan, [(2, "2")]) == [
        "Recurring 2 'Review': every week on Mon, Thu, 4 times from 2026-03-02"
        " (3 occurrences in the plan)"
    ]
