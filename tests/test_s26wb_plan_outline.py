"""The Plan sheet of an exported workbook groups its rows in Excel's outline by WBS depth, as
the Budget sheet does, so a client collapses the plan to its phases with the buttons beside
the rows. Reading the workbook back takes nothing from the groups: collapsed, ungrouped or
regrouped, the outline comes from the rows, their indents and the WBS as before."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from app.cli import main
from app.domain.merge import copy_plan, three_way
from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.excel_import import read_roundtrip_workbook

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "plan.xlsx"
    assert main(["convert", str(DEMO), str(path)]) == 0
    return path


def _groups(path: Path, sheet: str = "Plan") -> dict[str, int]:
    """Each task row's Excel outline level, by its WBS."""
    ws = openpyxl.load_workbook(path)[sheet]
    col = [c.value for c in ws[1]].index("WBS") + 1
    return {
        str(ws.cell(r, col).value): ws.row_dimensions[r].outlineLevel
        for r in range(2, ws.max_row + 1)
        if ws.cell(r, col).value is not None
    }


def test_s26wb_the_plan_sheet_groups_its_rows_by_wbs_depth(exported: Path) -> None:
    groups = _groups(exported)
    assert len(groups) == 61
    assert all(level == wbs.count(".") for wbs, level in groups.items())
    assert (groups["1"], groups["1.1"], groups["2"], groups["2.8"]) == (0, 1, 0, 1)
    ws = openpyxl.load_workbook(exported)["Plan"]
    assert ws.sheet_properties.outlinePr.summaryBelow is False  # the button by the summary
    assert _groups(exported, "Budget") == groups  # as the Budget sheet's


def test_s26wb_a_deep_outline_groups_as_deep_as_excel_goes(tmp_path: Path) -> None:
    plan = Plan()
    for level in range(1, 10):
        plan.append_task(Task(level, f"Level {level}", level, duration_minutes=480))
    path = tmp_path / "deep.xlsx"
    write_plan(plan, path)
    assert list(_groups(path).values()) == [0, 1, 2, 3, 4, 5, 6, 7, 7]
    trip = read_roundtrip_workbook(path)
    assert three_way(trip.base, trip.theirs, copy_plan(plan)) == []


def test_s26wb_the_groups_a_client_collapses_or_changes_are_not_read(exported: Path) -> None:
    book = openpyxl.load_workbook(exported)
    ws = book["Plan"]
    for r in range(3, 11):  # phase 1 collapsed: its rows hidden, as Excel's "-" button does
        ws.row_dimensions[r].hidden = True
    ws.row_dimensions[12].outlineLevel = 0  # 'Solution architecture' ungrouped
    ws.row_dimensions[20].outlineLevel = 3  # 'Build and configuration' grouped deeper
    returned = exported.with_name("returned.xlsx")
    book.save(returned)
    again = openpyxl.load_workbook(returned)["Plan"]
    assert (again.row_dimensions[12].outlineLevel, again.row_dimensions[20].outlineLevel) == (
        0,
        3,
    )
    assert again.row_dimensions[3].hidden
    sheet = CalamineWorkbook.from_path(str(returned)).get_sheet_by_name("Plan").to_python()
    assert sheet[11][3] == "Solution architecture"  # the values as written
    trip = read_roundtrip_workbook(returned)
    assert trip.notes == []
    assert three_way(trip.base, trip.theirs, copy_plan(read_plan(DEMO))) == []
