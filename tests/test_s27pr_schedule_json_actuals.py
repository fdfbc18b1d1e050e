"""``gantry schedule --json`` gives each task's ``actual_start`` and ``actual_finish`` (added
after the other keys, none renamed): the dates the sheet's Actual Start and Actual Finish
show, so a script can tell what progress recorded. A summary's are rolled up from its
subtasks; a task tracked by % complete alone (a plan saved before typing % stored the date)
shows its scheduled Start, as the sheet does; ``null`` is NA."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from app.cli.json_text import dumps
from app.cli.schedule_json import TASK_KEYS, schedule_to_dict, schedule_to_json_data
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.store.document import write_plan
from tests.cli.test_cli import gantry

DAY = 480
MON = datetime(2027, 3, 1, 8, 0)


def _plan() -> Plan:
    """Phase over Survey (done Mon) and Design (40 %, no Actual Start stored); Build not begun."""
    plan = Plan(project=Project(name="Actuals", start=MON))
    plan.append_task(Task(1, "Phase", 1))
    done = MON.replace(hour=17)
    plan.append_task(
        Task(
            2,
            "Survey",
            2,
            duration_minutes=DAY,
            percent_complete=100.0,
            actual_start=MON,
            actual_finish=done,
        )
    )
    plan.append_task(Task(3, "Design", 2, duration_minutes=2 * DAY, percent_complete=40.0))
    plan.append_task(Task(4, "Build", 1, duration_minutes=DAY))
    plan.add_link(Link(2, 3))
    plan.add_link(Link(3, 4))
    return plan


EXPECTED = {
    1: ("2027-03-01T08:00:00", None),  # rolled up: its first subtask's start, not all done
    2: ("2027-03-01T08:00:00", "2027-03-01T17:00:00"),
    3: ("2027-03-02T08:00:00", None),  # % alone: its scheduled Start, as the sheet shows
    4: (None, None),
}


def _actuals(tasks: list[dict[str, object]]) -> dict[object, tuple[object, object]]:
    return {t["uid"]: (t["actual_start"], t["actual_finish"]) for t in tasks}


def test_s27pr_both_writers_give_the_sheets_actual_dates():
    plan = _plan()
    found = schedule(plan)
    whole = schedule_to_dict(plan, found)
    assert _actuals(whole["tasks"]) == EXPECTED
    assert TASK_KEYS[-2:] == ("actual_start", "actual_finish")  # added last, none renamed
    fast = json.loads(dumps(schedule_to_json_data(plan, found), str))
    assert fast == json.loads(json.dumps(whole))


def test_s27pr_a_plan_without_progress_gives_null_actuals():
    plan = _plan()
    for task in plan.tasks:
        plan.update_task(replace(task, percent_complete=0.0, actual_start=None, actual_finish=None))
    tasks = schedule_to_dict(plan, schedule(plan))["tasks"]
    assert set(_actuals(tasks).values()) == {(None, None)}


def test_s27pr_gantry_schedule_json_prints_them(tmp_path):
    path = tmp_path / "actuals.gantry"
    write_plan(_plan(), path)
    done = gantry("schedule", path, "--json")
    assert done.returncode == 0, done.stderr
    assert _actuals(json.loads(done.stdout)["tasks"]) == EXPECTED
