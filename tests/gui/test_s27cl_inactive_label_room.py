"""An inactive task draws no slack line (app/domain/inactive_slack.py), so its people's names
follow its bar: the printed chart and the PNG kept room after its slack's end for names drawn
elsewhere, a blank stretch past the project's finish."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.chart_options import ChartOptions
from app.report.export import Picture, picture_layout
from app.report.gantt_pages import GanttPageLayout
from app.report.options import PrintOptions


def _plan(active: bool) -> Plan:
    """A 20-day task, and a 2-day one with a long name on it and weeks of slack."""
    plan = Plan(project=Project(name="Slack", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Long work", 1, duration_minutes=20 * 480))
    plan.append_task(Task(2, "Dropped idea", 1, duration_minutes=2 * 480, active=active))
    plan.add_resource(Resource(1, "Alexandra Konstantinopoulou"))
    plan.add_assignment(Assignment(1, 2, 1, work_minutes=2 * 480))
    return plan


def _printed_finish(plan: Plan, show_slack: bool) -> datetime:
    options = PrintOptions()
    options = replace(options, chart=replace(options.chart, show_slack=show_slack))
    return GanttPageLayout(plan, schedule(plan), options, 780.0, 540.0).finish


def test_s27cl_an_inactive_tasks_names_leave_no_gap_after_the_finish(qtbot):
    plan = _plan(active=False)
    assert schedule(plan)[2].total_slack_minutes > 0  # worked out, never drawn
    assert _printed_finish(plan, show_slack=True) == _printed_finish(plan, show_slack=False)


def test_s27cl_an_active_tasks_names_after_its_slack_still_get_room(qtbot):
    plan = _plan(active=True)
    assert _printed_finish(plan, show_slack=True) > _printed_finish(plan, show_slack=False)


@pytest.mark.parametrize("active", [False, True])
def test_s27cl_the_png_ends_as_the_printout(qtbot, active):
    plan = _plan(active)
    sched = schedule(plan)
    scales = [
        picture_layout(plan, sched, Picture(chart=ChartOptions(show_slack=s))).timescale
        for s in (True, False)
    ]  # the same width over more days: a chart ending later
    assert (scales[0].px_per_day == scales[1].px_per_day) is not active
