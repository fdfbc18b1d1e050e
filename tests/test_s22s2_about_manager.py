"""A client workbook whose hidden _gantry sheet is gone reads its Manager back from the
About sheet (written there since cc48b9a), as it reads the plan's name and status date:
the plan came back managed by no one, and its status report named the author instead."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import read_plan, write_plan

NOW = datetime(2027, 1, 14, 9, 0)


def _plan(manager: str) -> Plan:
    project = Project(name="Shop", start=datetime(2027, 1, 4, 8), author="Ana Ruiz")
    plan = Plan(project=replace(project, manager=manager))
    plan.append_task(Task(1, "Build", 1, duration_minutes=2400))
    return plan


def _without_gantry(tmp_path: Path, manager: str, typed: str | None = None) -> Path:
    """The plan's workbook without its _gantry sheet; ``typed`` in the Manager cell."""
    path = tmp_path / "rebuilt.xlsx"
    write_plan(_plan(manager), path, now=NOW)
    wb = openpyxl.load_workbook(path)
    del wb["_gantry"]
    if typed is not None:
        (row,) = [r for r in wb["About"].iter_rows() if r[0].value == "Manager"]
        row[1].value = typed
    wb.save(path)
    return path


def _read(path: Path) -> tuple[Plan, str]:
    said: list[str] = []
    plan = read_plan(path, warn=said.append)
    (note,) = [line for line in said if "hidden _gantry" in line]
    return plan, note


def test_s22s2_the_manager_comes_back_without_gantry(tmp_path):
    plan, note = _read(_without_gantry(tmp_path, "Maria Lopez"))
    assert plan.project.manager == "Maria Lopez"
    assert plan.project.author == ""  # the About sheet does not name the author
    assert "the plan's name and manager from the About sheet" in note


def test_s22s2_a_manager_the_client_typed_is_read(tmp_path):
    plan, _note = _read(_without_gantry(tmp_path, "Maria Lopez", typed="  Sam Ode "))
    assert plan.project.manager == "Sam Ode"


def test_s22s2_no_manager_line_reads_none(tmp_path):
    plan, note = _read(_without_gantry(tmp_path, ""))
    assert plan.project.manager == ""
    assert "manager" not in note


def test_s22s2_with_gantry_the_manager_is_kept(tmp_path):
    path = tmp_path / "whole.xlsx"
    write_plan(_plan("Maria Lopez"), path, now=NOW)
    assert read_plan(path).project.manager == "Maria Lopez"
