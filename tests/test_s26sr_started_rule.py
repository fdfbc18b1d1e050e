"""One rule for "this task has started" (app/domain/started.py), shared by the scheduler and
the sheet: a task with % complete and no Actual Start stored (a CSV's, a workbook's, a plan
from before typing % set the date) has started, as in MS Project, where typing % complete
records the task's Start as its Actual Start.

So the summary above such a task counts as started for its slack (only its finish can
still slip) exactly as with that Actual Start typed, in the scheduler's TaskTimes and in
``gantry schedule --json`` (whole-plan columns); and the summary's rolled-up Actual Start,
as the sheet shows it, is the subtask's scheduled Start.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.started import has_started
from app.domain.summary_actuals import shown_actuals, summary_actuals
from app.domain.task import Task
from app.store.document import write_plan
from tests.cli.test_cli import gantry

MON = datetime(2027, 3, 1, 8, 0)
DAY = 480


def _plan(**progress: object) -> Plan:
    """Phase over Design (2d, ``progress``) and Review (1d, free); Build (5d) follows Design.

    Phase may not start late (Design drives Build) but may finish 5 days late (Review
    may): its slack is 0 before it starts, 5d once it has (only the finish can slip).
    """
    plan = Plan(project=Project(name="Started", start=MON))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=2 * DAY, **progress))  # type: ignore[arg-type]
    plan.append_task(Task(3, "Review", 2, duration_minutes=DAY))
    plan.append_task(Task(4, "Build", 1, duration_minutes=5 * DAY))
    plan.add_link(Link(2, 4))
    return plan


def _slacks(plan: Plan) -> dict[int, int | None]:
    found = schedule(plan)
    return {uid: found.get(uid).total_slack_minutes for uid in (1, 2, 3)}


def test_s26sr_the_rule_counts_progress_as_started():
    assert not has_started(Task(1, "T", 1))
    assert has_started(Task(1, "T", 1, percent_complete=40.0))
    assert has_started(Task(1, "T", 1, actual_start=MON))
    assert has_started(Task(1, "T", 1, actual_finish=MON))


def test_s26sr_percent_alone_gives_the_slack_of_the_actual_start_ms_project_records():
    typed = _slacks(_plan(percent_complete=40.0, actual_start=MON))
    assert typed == {1: 5 * DAY, 2: 0, 3: 6 * DAY}  # Phase: only its finish can slip
    assert _slacks(_plan()) == {1: 0, 2: 0, 3: 6 * DAY}  # not started: nor may its start
    assert _slacks(_plan(percent_complete=40.0)) == typed


def test_s26sr_the_summary_rolls_up_the_subtasks_scheduled_start():
    plan = _plan(percent_complete=40.0)
    found = schedule(plan)
    assert shown_actuals(plan.task(2), found.get(2)) == (MON, None)
    assert summary_actuals(plan, found)[1] == (MON, None)


@pytest.mark.parametrize("progress", [{"percent_complete": 40.0}, {}])
def test_s26sr_schedule_json_reads_the_same_slack(tmp_path, progress):
    path = tmp_path / "started.gantry"
    write_plan(_plan(**progress), path)
    done = gantry("schedule", path, "--json")
    assert done.returncode == 0, done.stderr
    tasks = {t["uid"]: t for t in json.loads(done.stdout)["tasks"]}
    assert tasks[1]["total_slack_minutes"] == (5 * DAY if progress else 0)
    assert tasks[2]["total_slack_minutes"] == 0
