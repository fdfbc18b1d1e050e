"""A returned workbook's Plan sheet: a huge lag or duration names its cell; a negative cost is a credit.

As on a client's own sheet (test_s15w_sheet_spans_and_costs.py): '2FS+99999999d'
typed in Predecessors was read, and the review then failed with "dates too far
apart to schedule". A Fixed cost or Cost of -100 is a credit, as MS Project takes one.
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    plan = Plan(project=Project(name="P"))
    plan.append_task(Task(1, "Design", duration_minutes=480, fixed_cost=300.0))
    plan.append_task(Task(2, "Build", duration_minutes=960))
    path = tmp_path / "client.xlsx"
    write_plan(plan, path)
    return path


def _set(path: Path, row: int, title: str, value: object) -> str:
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    cell = ws.cell(row=row, column=header.index(title) + 1)
    cell.value = value
    wb.save(path)
    return f"Plan!{cell.coordinate}"


def _refused(path: Path) -> str:
    with pytest.raises(FileFormatError) as caught:
        read_roundtrip_workbook(path)
    return str(caught.value)


LAG_REFUSED = (
    r"{cell}: (the lag after task 1 is longer than 1,200 years of this plan's working time "
    r"\(Gantry schedules from 1800 to 2999\)"
    r"|'[^']+' is too long: a lag can be at most [\d,]+e?[dw] \(dates run to 2999\))"
)


@pytest.mark.parametrize("lag", ["1FS+99999999d", "1FS+999999999%", "1SS-9999999w"])
def test_a_huge_lag_names_its_cell(exported: Path, lag: str) -> None:
    where = _set(exported, 3, "Predecessors", lag)
    # past the calendars' span the notation refuses it first (app/domain/notation.py)
    assert re.fullmatch(LAG_REFUSED.format(cell=where), _refused(exported))


def test_a_huge_duration_names_its_cell(exported: Path) -> None:
    where = _set(exported, 3, "Duration", "99999999d")
    assert _refused(exported) == (
        f"{where}: '99999999d' is too long: a duration can be at most 1,314,873d "
        "(dates run to 2999)"
    )


@pytest.mark.parametrize("title", ["Fixed cost", "Cost"])
def test_a_negative_cost_is_a_credit(exported: Path, title: str) -> None:
    # MS Project takes a Fixed Cost below zero (a rebate): so does the task sheet (s25f1)
    _set(exported, 3, title, -100)
    assert read_roundtrip_workbook(exported).theirs.task(2).fixed_cost == -100.0


def test_a_long_lag_and_a_lower_cost_are_taken(exported: Path) -> None:
    _set(exported, 3, "Predecessors", "1FS+20w")
    _set(exported, 2, "Fixed cost", 120)
    theirs = read_roundtrip_workbook(exported).theirs
    assert theirs.links[0].lag_minutes == 20 * 2400
    assert theirs.task(1).fixed_cost == 120.0
