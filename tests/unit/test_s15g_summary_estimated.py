"""A summary shows its duration as estimated ('28d?') while any subtask's duration is,
as MS Project does: on the sheet, on paper and in the bar's hover text. Display only."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.estimates import has_estimated_subtask
from app.domain.notation import format_summary_duration
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.columns import CellText

DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="Estimates", start=datetime(2026, 3, 2, 8)))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Design", 2))
    plan.append_task(Task(3, "Sketch", 3, duration_minutes=3 * DAY))
    plan.append_task(Task(4, "Review", 3, duration_minutes=2 * DAY))
    plan.append_task(Task(5, "Build", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(6, "Launch", 1, duration_minutes=DAY))
    return plan


def _estimate(plan: Plan, uid: int, estimated: bool = True) -> None:
    plan.update_task(replace(plan.task(uid), estimated=estimated))


def _flags(plan: Plan) -> dict[str, bool]:
    return {
        t.name: has_estimated_subtask(plan.tasks, i)
        for i, t in enumerate(plan.tasks)
        if plan.is_summary(t.uid)
    }


def test_no_estimate_no_mark():
    assert _flags(_plan()) == {"Phase": False, "Design": False}


def test_a_deep_subtask_marks_every_summary_above_it():
    plan = _plan()
    _estimate(plan, 4)  # the last row of Design's subtree
    assert _flags(plan) == {"Phase": True, "Design": True}


def test_a_subtask_elsewhere_marks_only_its_own_summaries():
    plan = _plan()
    _estimate(plan, 5)  # under Phase, not under Design
    assert _flags(plan) == {"Phase": True, "Design": False}
    plan = _plan()
    _estimate(plan, 6)  # a top-level task after Phase
    assert _flags(plan) == {"Phase": False, "Design": False}


def test_a_summary_s_own_flag_is_not_an_estimate():
    plan = _plan()
    _estimate(plan, 2)  # as a file may carry it
    assert _flags(plan) == {"Phase": False, "Design": False}


def test_the_last_task_of_the_plan_counts():
    plan = _plan()
    plan.append_task(Task(7, "Wrap-up", 2, duration_minutes=DAY, estimated=True))  # under Launch
    assert has_estimated_subtask(plan.tasks, plan.index_of(6))


def test_the_text_and_the_printed_column():
    project = _plan().project
    assert format_summary_duration(28 * DAY, project, True) == "28d?"
    assert format_summary_duration(28 * DAY, project, False) == "28d"
    plan = _plan()
    _estimate(plan, 3)
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(1, "duration") == "5d?"  # no links: Build sets the span
    assert cells.text(2, "duration") == "3d?"
    assert cells.text(3, "duration") == "3d?"
    assert cells.text(5, "duration") == "5d"
