"""A rate typed into a cost item's Std. rate cell on a returned workbook's Team sheet was
kept, unseen: a cost item has no rate (MS Project prices it on each assignment) and the
Team sheet leaves the cell blank. It is refused naming the cell, as its Ovt. rate and
Cost/use cells are; left blank, it changes nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource, ResourceType
from app.domain.task import Task
from app.formats import read_plan, write_plan

NOW = datetime(2027, 1, 4, 9, 0)
REFUSED = "Team!F3: 'Travel' is a cost item: it has no rate"


def _plan() -> Plan:
    plan = Plan(project=Project(name="Shop", start=datetime(2027, 1, 4, 8)))
    plan.append_task(Task(1, "Build", 1, duration_minutes=480))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_resource(Resource(2, "Travel", ResourceType.COST))
    return plan


def _typed(tmp_path: Path, value: object) -> Path:
    path = tmp_path / "team.xlsx"
    write_plan(_plan(), path, now=NOW)
    wb = openpyxl.load_workbook(path)
    ws = wb["Team"]
    column = [c.value for c in ws[1]].index("Std. rate") + 1
    assert ws.cell(3, column).value is None  # exported blank
    ws.cell(3, column).value = value
    wb.save(path)
    return path


@pytest.mark.parametrize("value", [120, "120", "€120/d"])
def test_s21wb_a_rate_typed_for_a_cost_item_is_refused(tmp_path, value):
    path = _typed(tmp_path, value)
    with pytest.raises(FileFormatError) as caught:
        read_plan(path)
    assert str(caught.value) == REFUSED


def test_s21wb_the_cli_says_it_in_one_line(tmp_path, capsys):
    path = _typed(tmp_path, 120)
    out = tmp_path / "back.gantry"
    assert main(["convert", str(path), str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert REFUSED in err[0]
    assert not out.exists()


def test_s21wb_a_blank_rate_cell_of_a_cost_item_changes_nothing(tmp_path):
    path = _typed(tmp_path, None)
    assert read_plan(path).resources == _plan().resources
