"""A CSV's Actual Start and Actual Finish columns (MS Project's Tracking table exports them)
are read as the window's cells take those dates, where they used to be dropped without a
word; and a task read with an Actual Finish alone is finished as MS Project makes it: 100 %,
started at its scheduled Start (app/io/read_progress.py), so a predecessor slipping later
moves neither."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.errors import FileFormatError
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import read_plan
from app.io.read_progress import start_tasks_under_way
from tests.cli.test_cli import gantry

DAY = 480
MON = datetime(2027, 3, 1, 8, 0)
HEADER = "Task,Duration,Start,Predecessors,% Complete,Actual Start,Actual Finish"


def _csv(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "tracking.csv"
    path.write_text("\n".join((HEADER, *rows)) + "\n", encoding="utf-8")
    return path


def _by_name(plan: Plan) -> dict[str, Task]:
    return {t.name: t for t in plan.tasks}


def test_s27pr_the_actual_dates_are_read_as_typed_in_the_sheet(tmp_path):
    path = _csv(
        tmp_path,
        "Survey,1d,2027-03-01,,100,2027-03-01 10:00,2027-03-02 10:00",  # a day, two hours late
        "Design,2d,,1,50,2027-03-02 10:00,NA",
        "Build,3d,,2,0,NA,NA",
    )
    tasks = _by_name(read_plan(path))
    survey, design, build = tasks["Survey"], tasks["Design"], tasks["Build"]
    assert (survey.actual_start, survey.actual_finish) == (
        datetime(2027, 3, 1, 10, 0),
        datetime(2027, 3, 2, 10, 0),
    )
    assert (survey.percent_complete, survey.duration_minutes) == (100.0, DAY)
    assert (design.actual_start, design.actual_finish, design.percent_complete) == (
        datetime(2027, 3, 2, 10, 0),
        None,
        50.0,
    )
    assert (build.actual_start, build.actual_finish, build.percent_complete) == (None, None, 0)


def test_s27pr_an_actual_finish_alone_finishes_the_task_from_its_scheduled_start(tmp_path):
    path = _csv(
        tmp_path,
        "Survey,1d,2027-03-01,,0,,2027-03-03",  # finished Wed 17:00, no % and no start given
        "Design,2d,,1,0,,",
    )
    tasks = _by_name(read_plan(path))
    survey = tasks["Survey"]
    assert survey.percent_complete == 100.0
    assert survey.actual_start == MON
    assert survey.actual_finish == datetime(2027, 3, 3, 17, 0)
    assert survey.duration_minutes == 3 * DAY  # its actual duration, as the sheet makes it


def test_s27pr_a_cell_that_is_no_date_is_refused_naming_it(tmp_path):
    path = _csv(tmp_path, "Survey,1d,2027-03-01,,40,soon,")
    with pytest.raises(FileFormatError, match=r"tracking!F2"):
        read_plan(path)
    done = gantry("schedule", path)
    assert done.returncode == 1
    assert "tracking!F2" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_s27pr_a_finish_before_the_start_is_refused_naming_the_cell(tmp_path):
    path = _csv(tmp_path, "Survey,1d,2027-03-01,,,2027-03-03 08:00,2027-03-02 17:00")
    with pytest.raises(FileFormatError, match=r"tracking!G2.*before"):
        read_plan(path)


def test_s27pr_a_plan_read_with_an_actual_finish_alone_is_finished_and_stays_put():
    # what any reader that keeps % complete but not both dates hands start_tasks_under_way
    plan = Plan(project=Project(name="Read", start=MON))
    plan.append_task(Task(1, "Survey", 1, duration_minutes=DAY))
    done = datetime(2027, 3, 3, 17, 0)
    plan.append_task(Task(2, "Design", 1, duration_minutes=2 * DAY, actual_finish=done))
    plan.add_link(Link(1, 2))
    start = schedule(plan).get(2).start
    start_tasks_under_way(plan)
    design = plan.task(2)
    assert (design.percent_complete, design.actual_start, design.actual_finish) == (
        100.0,
        start,
        done,
    )
    plan.update_task(replace(plan.task(1), duration_minutes=5 * DAY))
    assert schedule(plan).get(2).start == start
