"""``gantry schedule --json`` names a recurring task's pattern.

A recurring task (Task > Recurring Task…) printed as a plain summary with its
occurrences: a script could not tell a weekly meeting from a phase, nor read
how often it repeats. Its entry now has a ``recurrence`` object (DESIGN.md:
keys may be added); every other task prints as before, on both JSON writers.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

import pytest

from app import formats
from app.cli import main
from app.domain.calendar import Recurrence, RecurrenceKind
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.recurrence_tasks import TaskRecurrence, occurrence_tasks
from app.domain.splits import Split
from app.domain.task import Task
from app.domain.worktime import WorkTime


def _plan(split: bool = False) -> Plan:
    plan = Plan(project=Project(name="Team", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Build", 1, duration_minutes=5 * 480))
    rec = TaskRecurrence(
        Recurrence(RecurrenceKind.WEEKLY, period=1, weekdays=(0,), occurrences=3),
        start=date(2026, 3, 2),
        duration_minutes=60,
    )
    work = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    occurrences = occurrence_tasks(rec, "Review", 3, 2, plan.project.default_start_time, work)
    plan.insert_tasks(1, [Task(2, "Review", 1), *occurrences])
    plan.set_recurrence(2, rec)
    if split:  # a split task sends the document through the general writer
        plan.update_task(replace(plan.task(1), splits=(Split(480, 480),)))
    return plan


def _schedule_json(capsys, tmp_path, plan: Plan) -> dict:
    path = tmp_path / "team.gantry"
    formats.write_plan(plan, path)
    assert main(["schedule", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("split", [False, True], ids=["fast-writer", "general-writer"])
def test_the_recurring_summary_names_its_pattern(capsys, tmp_path, split):
    data = _schedule_json(capsys, tmp_path, _plan(split))
    by_name = {t["name"]: t for t in data["tasks"]}
    review = by_name["Review"]
    assert review["recurrence"] == {
        "text": "every week on Mon, 3 times from 2026-03-02",
        "kind": "weekly",
        "every": 1,
        "weekdays": ["Mon"],
        "start": "2026-03-02",
        "end": None,
        "occurrences": 3,
        "duration_minutes": 60,
        "non_working": "move",
    }
    assert [t["name"] for t in data["tasks"]] == [
        "Build",
        "Review",
        "Review 1",
        "Review 2",
        "Review 3",
    ]
    for name in ("Build", "Review 1", "Review 3"):
        assert "recurrence" not in by_name[name]


def test_a_plan_without_recurring_tasks_prints_as_before(capsys, tmp_path):
    plan = _plan()
    plan.set_recurrence(2, None)
    data = _schedule_json(capsys, tmp_path, plan)
    assert all("recurrence" not in t for t in data["tasks"])


def test_the_fast_text_equals_the_general_writer_with_custom_values_too():
    from app.cli.json_text import dumps
    from app.cli.schedule_command import json_default
    from app.cli.schedule_json import schedule_to_dict, schedule_to_json_data
    from app.domain.scheduler import schedule

    plan = _plan()
    plan.update_task(replace(plan.task(2), custom=(("Text1", "weekly"),)))
    result = schedule(plan)
    fast = dumps(schedule_to_json_data(plan, result), json_default)
    assert fast == dumps(schedule_to_dict(plan, result), json_default)
    review = json.loads(fast)["tasks"][1]
    assert list(review)[-2:] == ["custom", "recurrence"]
