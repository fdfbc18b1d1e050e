"""Progress lines travel with the plan: the .gantry file (schema v36) and the workbook's
snapshot keep them, as MS Project keeps them in its project file."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime

from app.domain.plan import Plan
from app.domain.progress_lines import CurrentAt, Every, ProgressLines
from app.domain.project import Project
from app.domain.task import Task
from app.io.plan_snapshot import plan_from_json, plan_to_json
from app.store.document import read_plan, write_plan

LINES = ProgressLines(
    current=True,
    current_at=CurrentAt.CURRENT_DATE,
    every=Every.WEEKLY,
    count=2,
    weekday=0,
    begin=date(2027, 3, 1),
    dates=(date(2027, 3, 10), date(2027, 3, 24)),
    baseline=True,
    show_dates=True,
    current_color="#008000",
    other_color="#808080",
)


def _plan(lines: ProgressLines) -> Plan:
    plan = Plan(project=Project(name="Kept", start=datetime(2027, 3, 1, 8), progress_lines=lines))
    plan.append_task(Task(1, "Build", 1))
    return plan


def test_s27pl_gantry_file_keeps_the_lines(tmp_path) -> None:
    path = tmp_path / "plan.gantry"
    write_plan(_plan(LINES), path)
    assert read_plan(path).project.progress_lines == LINES


def test_s27pl_plan_without_lines_reads_none(tmp_path) -> None:
    path = tmp_path / "plan.gantry"
    write_plan(_plan(ProgressLines()), path)
    assert not read_plan(path).project.progress_lines.any_on


def test_s27pl_unreadable_values_fall_back(tmp_path) -> None:
    """A value typed by hand into the file (a later interval, a colour name) leaves the
    plan opening with the default for it."""
    path = tmp_path / "plan.gantry"
    write_plan(_plan(LINES), path)
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE project SET progress_every = 'HOURLY', progress_current_color = 'red',"
        " progress_dates = '2027-03-10,not a day'"
    )
    conn.commit()
    conn.close()
    got = read_plan(path).project.progress_lines
    assert got == replace(LINES, every=Every.NONE, current_color="#e02020", dates=LINES.dates[:1])


def test_s27pl_workbook_snapshot_keeps_the_lines() -> None:
    plan = plan_from_json(plan_to_json(_plan(LINES)))
    assert plan.project.progress_lines == LINES
