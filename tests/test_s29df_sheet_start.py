"""A ``--no-roundtrip`` workbook of a plan whose task is held before the project's start.

MS Project lets a task sit before the project's Start date (a Start No Earlier Than there,
a task started early): the shared assignment-assignments-*.xml files start on 2016-03-11
and their tasks on 2016-01-04. Read back from the Plan sheet, the plan started with its
first task and ``gantry diff`` said 'Project Start date 2016-03-11 -> 2016-01-04'. The
About sheet's Project start is now kept where every task before it is unlinked (its own
date holds it there, and the read keeps that date); a linked one still starts the plan.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.formats import write_plan
from app.io.excel_import import read_workbook

DAY = 480
EARLY = datetime(2027, 1, 4, 8)
START = datetime(2027, 1, 11, 8)


def _book(tmp_path: Path) -> tuple[Path, Path]:
    plan = Plan(project=Project(name="Early", start=START))
    early = Task(1, "Survey", duration_minutes=2 * DAY)
    plan.append_task(replace(early, constraint_type=ConstraintType.SNET, constraint_date=EARLY))
    plan.append_task(Task(2, "Build", duration_minutes=DAY))
    source = tmp_path / "early.gantry"
    write_plan(plan, source)
    assert schedule(plan).get(1).start == EARLY  # held before the project's start
    book = tmp_path / "early.xlsx"
    assert main(["convert", str(source), str(book), "--no-roundtrip"]) == 0
    return source, book


def test_s29df_the_project_start_after_a_task_held_before_it_comes_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, book = _book(tmp_path)
    plan = read_workbook(book)
    assert plan.project.start == START  # was the first task's Start, 2027-01-04
    times = schedule(plan)
    assert (times.get(1).start, times.get(2).start) == (EARLY, START)
    capsys.readouterr()
    assert main(["diff", str(source), str(book)]) == 0
    assert capsys.readouterr().out.strip() == "no changes"  # was: Start date ... -> ...
