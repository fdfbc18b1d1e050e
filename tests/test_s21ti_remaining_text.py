"""Remaining Duration has one rule (app.domain.remaining_duration): the window's column and
printout (app.report.columns) and the client workbook's Plan sheet (app.io.workbook_cells,
which cannot import the report layer) had a copy each, and a cell read back as progress when
it was not the text the sheet wrote: two copies drifting apart would turn every unchanged
workbook into edits."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain import remaining_duration
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.workbook_cells import RemainingTexts
from app.report import columns


def _plan() -> Plan:
    plan = Plan(project=Project(name="Shop", start=datetime(2027, 1, 4, 8)))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Build", 2, duration_minutes=2400, percent_complete=33.3))
    plan.append_task(Task(3, "Cure", 2, duration_minutes=2880, elapsed=True, percent_complete=25))
    plan.append_task(Task(4, "Guess", 2, duration_minutes=960, estimated=True))
    plan.append_task(Task(5, "Done", 2, duration_minutes=480, percent_complete=100))
    return plan


def test_s21ti_one_rule_for_the_column_the_printout_and_the_sheet():
    assert columns.remaining_text is remaining_duration.remaining_text
    plan = _plan()
    sched = schedule(plan)
    texts = RemainingTexts(plan.project)
    shown = {
        t.name: remaining_duration.remaining_text(t, sched.get(t.uid), plan.project)
        for t in plan.tasks
    }
    assert shown == {t.name: texts(t, sched.get(t.uid)) for t in plan.tasks}
    assert shown["Cure"] == "1.5ed"  # elapsed: 2ed, a quarter done
    assert shown["Guess"] == "2d?"  # estimated
    assert shown["Done"] == "0d"


@pytest.mark.parametrize("percent", [0.0, 12.5, 50.0, 99.9, 100.0])
def test_s21ti_without_a_schedule_from_the_task(percent):
    plan = _plan()
    task = replace(plan.task(2), percent_complete=percent)
    texts = RemainingTexts(plan.project)
    assert texts(task, None) == remaining_duration.remaining_text(task, None, plan.project)
