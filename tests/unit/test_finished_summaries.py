"""A phase whose subtasks are all done reads as done: not critical, 100 % on paper too."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.schedule import ScheduleTimes
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.columns import CellText


def _plan(done: bool) -> Plan:
    plan = Plan(project=Project(name="P", start=datetime(2026, 3, 2, 8)))
    plan.append_task(Task(1, "Phase 1", 1))
    plan.append_task(Task(2, "Dig", 2, duration_minutes=960))
    plan.append_task(Task(3, "Pour", 2, duration_minutes=480))
    plan.append_task(Task(4, "Phase 2", 1))
    plan.append_task(Task(5, "Build", 2, duration_minutes=2400))
    plan.add_link(Link(2, 3))
    plan.add_link(Link(3, 5))
    if done:
        first = schedule(plan)
        for uid in (2, 3):
            t = first.get(uid)
            plan.update_task(
                replace(
                    plan.task(uid),
                    percent_complete=100.0,
                    actual_start=t.start,
                    actual_finish=t.finish,
                )
            )
    return plan


def test_a_finished_phase_is_not_critical_in_rows_and_in_columns():
    before = schedule(_plan(done=False))
    assert before.get(1).critical  # all on the critical path while the work lies ahead
    after = schedule(_plan(done=True))
    assert after.get(1).percent_complete == 100.0
    assert not after.get(1).critical
    assert after.get(4).critical  # the phase still to do stays critical
    times = schedule(_plan(done=True)).times
    assert isinstance(times, ScheduleTimes)
    columns = times.columns()
    assert columns is not None
    assert columns.critical[0] is False  # the bulk path agrees with the row path
    assert columns.critical[3] is True


def test_printed_percent_of_a_summary_is_rolled_up(qapp):
    plan = _plan(done=True)
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(1, "percent") == "100%"
    assert cells.text(5, "percent") == "0%"
