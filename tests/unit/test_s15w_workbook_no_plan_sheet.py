"""A returned workbook whose Plan sheet the client deleted is refused with one message.

Found by a tester: with the Plan sheet gone, File > Open and `gantry schedule` read
the Gantt sheet instead (the first with a header row), its legend lines
('Critical task: a delay moves the finish', 'Milestone') becoming tasks. The Plan
sheet is the one whose rows Gantry reads back: a PM expects to be told it is
missing, not to get a plan made of the Gantt chart's captions.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.excel_import import inspect_workbook, read_roundtrip_workbook

SAYS = (
    "client.xlsx: the workbook has no Plan sheet; Gantry reads the tasks back from it, "
    "so import the workbook with its Plan sheet as exported"
)


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    plan = Plan(project=Project(name="P"))
    plan.append_task(Task(1, "Design", duration_minutes=480))
    plan.append_task(Task(2, "Build", duration_minutes=960))
    path = tmp_path / "client.xlsx"
    write_plan(plan, path)
    return path


def _without_plan_sheet(path: Path) -> Path:
    wb = openpyxl.load_workbook(path)
    del wb["Plan"]
    wb.save(path)
    return path


@pytest.mark.parametrize("read", [read_plan, read_roundtrip_workbook, inspect_workbook])
def test_every_way_in_refuses_it(exported: Path, read) -> None:
    _without_plan_sheet(exported)
    with pytest.raises(FileFormatError) as caught:
        read(exported)
    assert str(caught.value) == SAYS


def test_the_command_line_says_it_on_one_line(exported: Path, capsys) -> None:
    _without_plan_sheet(exported)
    assert main(["schedule", str(exported)]) == 1
    assert capsys.readouterr().err.splitlines() == [f"gantry: {SAYS}"]


def test_a_renamed_plan_sheet_is_still_read(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    wb["Plan"].title = "Plan (client)"
    wb["Plan (client)"]["D3"] = "Build and test"
    wb.save(exported)
    assert [t.name for t in read_plan(exported).tasks] == ["Design", "Build and test"]
    assert inspect_workbook(exported).roundtrip
