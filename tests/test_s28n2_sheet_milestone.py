"""A task of 2d marked Milestone comes back a milestone from its --no-roundtrip workbook.

A tester's plan (dcm.gantry) had 'Move wave 3', 2d, marked Milestone; ``gantry diff`` of
the plan and its untouched workbook said 'Milestone Yes -> No'. The Plan sheet has no
column for the mark; the Gantt sheet draws the task as a diamond, and that is read back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_workbook

DAY = 480


def _book(tmp_path: Path) -> tuple[Path, Path]:
    plan = Plan(project=Project(name="Moves", start=datetime(2027, 1, 4, 8)))
    plan.append_task(Task(1, "Move wave 2", duration_minutes=3 * DAY))
    plan.append_task(replace(Task(2, "Move wave 3", duration_minutes=2 * DAY), milestone=True))
    plan.append_task(Task(3, "Sign-off", duration_minutes=DAY))
    plan.add_link(Link(1, 2))
    plan.add_link(Link(2, 3))
    source = tmp_path / "moves.gantry"
    write_plan(plan, source)
    book = tmp_path / "moves.xlsx"
    assert main(["convert", str(source), str(book), "--no-roundtrip"]) == 0
    return source, book


def test_a_milestone_with_a_duration_round_trips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, book = _book(tmp_path)
    plan = read_workbook(book)
    wave = plan.tasks[1]
    assert (wave.name, wave.duration_minutes, wave.milestone) == ("Move wave 3", 2 * DAY, True)
    assert not plan.tasks[0].milestone
    assert not plan.tasks[2].milestone
    capsys.readouterr()
    assert main(["diff", str(source), str(book)]) == 0
    assert capsys.readouterr().out.strip() == "no changes"  # was: Milestone Yes -> No


def test_a_gantt_row_moved_since_does_not_mark_another_task(tmp_path: Path) -> None:
    _source, book = _book(tmp_path)
    wb = load_workbook(book)
    gantt = wb["Gantt"]
    rows = [r for r in gantt.iter_rows() if r[0].value == 2]
    rows[0][1].value = "Sign-off"  # its name no longer the task's of that ID
    wb.save(book)
    plan = read_workbook(book)
    assert [t.milestone for t in plan.tasks] == [False, False, False]
