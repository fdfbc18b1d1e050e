"""A summary's slack follows its subtasks' progress, as MS Project rolls it up, not the summary
row's own stored actual start: a Gantry plan (whose summaries hold no actual dates) and the same
plan read back from MS Project XML (whose summary rows carry the rolled-up actual start) give
the same summary slack, and both give MS Project's."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.scheduling.incremental import IncrementalScheduler
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from tests.conformance.oracle import stored_tasks

DAY = 480
MON = datetime(2027, 3, 1, 8, 0)


def _without_summary_progress(plan: Plan, summaries: set[int]) -> Plan:
    """The plan with its summary rows' own actual dates and % taken out (a Gantry plan's)."""
    plan.update_tasks(
        replace(plan.task(uid), actual_start=None, actual_finish=None, percent_complete=0.0)
        for uid in summaries
    )
    return plan


@pytest.mark.parametrize(
    "name", ["mpp/Software-Development.xml", "mspdi/mspditimephasedsegments.xml"]
)
def test_s18t_summary_slack_rolls_up_from_subtasks_as_ms_project(shared_data, name):
    path = shared_data / name
    stored = [s for s in stored_tasks(path) if s.summary and not s.manual]
    summaries = {s.uid for s in stored}
    plan = _without_summary_progress(read_mspdi(path), summaries)
    assert any(t.actual_start is not None for t in plan.tasks)  # subtasks under way
    result = schedule(plan)
    as_read = schedule(read_mspdi(path))
    for s in stored:
        ours = result[s.uid]
        assert (ours.total_slack_minutes, ours.critical) == (s.total_slack, s.critical), s.name
        assert ours == as_read[s.uid]


def _phase_plan() -> Plan:
    """Phase over Build (started) and Check, then Ship with 5 days' room to the end."""
    plan = Plan(project=Project(name="Phase", start=MON))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(
        Task(2, "Build", 2, duration_minutes=3 * DAY, percent_complete=40.0, actual_start=MON)
    )
    plan.append_task(Task(3, "Check", 2, duration_minutes=2 * DAY))
    plan.append_task(Task(4, "Long", 1, duration_minutes=15 * DAY))
    plan.links = [Link(2, 3)]
    return plan


def test_s18t_summary_slack_survives_ms_project_xml(tmp_path):
    plan = _phase_plan()
    before = schedule(plan)
    assert before[1].total_slack_minutes == 10 * DAY  # finish slack: its start is history
    path = tmp_path / "phase.xml"
    write_mspdi(plan, path)
    back = read_mspdi(path)
    assert back.task(1).actual_start == MON  # the summary row carries the rolled-up start
    after = schedule(back)
    for uid in (1, 2, 3, 4):
        assert after[uid].total_slack_minutes == before[uid].total_slack_minutes
        assert after[uid].critical == before[uid].critical


def test_s18t_summary_slack_follows_an_edit_of_its_subtask():
    """The incremental scheduler's summary slack (one row, every row's columns carried from
    before the edit) agrees with a full schedule as a subtask starts and stops again."""
    plan = _phase_plan()
    plan.update_tasks([replace(plan.task(2), actual_start=None, percent_complete=0.0)])
    inc = IncrementalScheduler(plan)
    for started in (MON, None, MON):
        inc.schedule.times.columns()  # worked out: the next results patch them
        task = replace(plan.task(2), actual_start=started, percent_complete=40.0 if started else 0)
        plan.update_tasks([task])
        got = inc.tasks_changed([2])
        full = schedule(plan)
        assert got.times.columns().total_slack_minutes == full.times.columns().total_slack_minutes
        assert got[1] == full[1]
        # started or not, the phase may finish 10 days later (its start is history once
        # Build started: a slack from the start would read 0, Build's late start being its start)
        assert full[1].total_slack_minutes == 10 * DAY
