"""A client workbook whose hidden _gantry sheet is gone reads the status date back from its
About sheet, as it reads the plan's name and currency: it was exported (791b2fb) but lost,
so the tracking the client sent back was measured to no date at all.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import read_plan, write_plan

STATUS = datetime(2027, 1, 13, 17, 0)
NOW = datetime(2027, 1, 14, 9, 0)


def _plan(status: datetime | None) -> Plan:
    plan = Plan(project=Project(name="Shop", start=datetime(2027, 1, 4, 8), status_date=status))
    plan.append_task(Task(1, "Build", 1, duration_minutes=2400, percent_complete=50.0))
    return plan


def _rebuilt(tmp_path: Path, status: datetime | None, typed: object = None) -> Path:
    """The plan's workbook without its _gantry sheet; ``typed`` in the Status date cell."""
    path = tmp_path / "rebuilt.xlsx"
    write_plan(_plan(status), path, now=NOW)
    wb = openpyxl.load_workbook(path)
    del wb["_gantry"]
    if typed is not None:
        about = wb["About"]
        (row,) = [r for r in about.iter_rows() if r[0].value == "Status date"]
        row[1].value = typed
    wb.save(path)
    return path


def _read(path: Path) -> tuple[Plan, list[str]]:
    said: list[str] = []
    return read_plan(path, warn=said.append), said


def test_s21ti_status_date_comes_back(tmp_path):
    plan, said = _read(_rebuilt(tmp_path, STATUS))
    assert plan.project.status_date == STATUS
    (note,) = [line for line in said if "hidden _gantry" in line]
    assert "the plan's name and status date from the About sheet" in note


def test_s21ti_no_status_date_stays_none(tmp_path):
    plan, said = _read(_rebuilt(tmp_path, None))
    assert plan.project.status_date is None
    (note,) = [line for line in said if "hidden _gantry" in line]
    assert "status date" not in note


def test_s21ti_a_typed_day_is_read_at_the_end_of_the_day(tmp_path):
    plan, _said = _read(_rebuilt(tmp_path, STATUS, typed="2027-01-20"))
    assert plan.project.status_date == datetime(2027, 1, 20, 17, 0)


def test_s21ti_a_status_date_that_is_no_date_names_its_cell(tmp_path):
    with pytest.raises(FileFormatError, match=r"^About!B\d+: 'next Tuesday' is not a date$"):
        _read(_rebuilt(tmp_path, STATUS, typed="next Tuesday"))
