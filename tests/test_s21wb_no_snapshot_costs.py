"""A client workbook without its hidden _gantry sheet (rebuilt by the client) lost each
person's overtime rate and cost per use though the Team sheet shows them, and a Cost cell
the client changed on its Plan sheet was dropped without a word. The Team sheet's Ovt. rate
(in the unit its cell shows) and Cost/use are read where the columns are; a Cost cell that
is not what its task costs is named in a note (the sheet cannot tell a changed Cost from a
changed Fixed cost, so neither is guessed: the Fixed cost column is read)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
import python_calamine as pc

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateUnit, Resource, ResourceType
from app.domain.task import Task
from app.formats import read_plan, write_plan

NOW = datetime(2027, 1, 4, 9, 0)


def _plan() -> Plan:
    project = Project(name="Shop", start=datetime(2027, 1, 4, 8), currency_symbol="€")
    plan = Plan(project=project)
    plan.append_task(Task(1, "Build", 1, duration_minutes=480, fixed_cost=100.0))
    plan.append_task(Task(2, "Paint", 1, duration_minutes=480))
    plan.append_task(Task(3, "Haul", 1, duration_minutes=480))
    plan.add_resource(
        Resource(
            1, "Ana", standard_rate=50.0, overtime_rate=75.0,
            overtime_rate_unit=RateUnit.DAY, cost_per_use=20.0,
        )
    )  # fmt: skip
    plan.add_resource(Resource(2, "Sand", ResourceType.MATERIAL, material_label="t",
                               standard_rate=30.0, cost_per_use=5.0))  # fmt: skip
    plan.add_assignment(Assignment(1, 1, 1, 1.0))
    plan.add_assignment(Assignment(2, 3, 2, 2.0))
    return plan


def _rebuilt(tmp_path: Path, edits: dict[tuple[str, int, str], object] | None = None) -> Path:
    """The plan's workbook without its _gantry sheet, ``edits`` typed (sheet, row, title)."""
    path = tmp_path / "rebuilt.xlsx"
    write_plan(_plan(), path, now=NOW)
    wb = openpyxl.load_workbook(path)
    del wb["_gantry"]
    for (sheet, row, title), value in (edits or {}).items():
        ws = wb[sheet]
        ws.cell(row, [c.value for c in ws[1]].index(title) + 1).value = value
    wb.save(path)
    return path


def _read(path: Path) -> tuple[Plan, list[str]]:
    said: list[str] = []
    return read_plan(path, warn=said.append), said


def test_s21wb_overtime_rates_and_costs_per_use_come_back(tmp_path):
    path = _rebuilt(tmp_path)
    team = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Team").to_python()
    assert {"Ovt. rate", "Cost/use"} <= set(team[0])
    plan, said = _read(path)
    ana, sand = plan.resources
    want_ana, want_sand = _plan().resources
    assert (ana.overtime_rate, ana.overtime_rate_unit) == (75.0, RateUnit.DAY)  # 600/d
    assert ana.cost_per_use == want_ana.cost_per_use == 20.0
    assert sand.cost_per_use == want_sand.cost_per_use == 5.0
    (note,) = [line for line in said if "hidden _gantry" in line]
    assert "rates, overtime rates and costs per use from the Team sheet" in note
    assert "overtime rates" not in note.split("not recovered")[1]
    # an unchanged sheet: every Cost cell is what its task costs, so no word of Cost
    assert not [line for line in said if "Cost" in line]


def test_s21wb_an_older_team_sheet_says_they_are_lost(tmp_path):
    path = _rebuilt(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Team"]
    header = [c.value for c in ws[1]]
    ws.delete_cols(header.index("Cost/use") + 1)
    ws.delete_cols(header.index("Ovt. rate") + 1)
    wb.save(path)
    plan, said = _read(path)
    assert plan.resources[0].overtime_rate == 0.0
    (note,) = [line for line in said if "hidden _gantry" in line]
    assert "skills, overtime rates, costs per use, overtime work" in note  # (s25rt: and more)


def test_s21wb_a_changed_cost_cell_is_named_not_dropped(tmp_path):
    path = _rebuilt(tmp_path, {("Plan", 3, "Cost"): 300})
    ws = openpyxl.load_workbook(path)["Plan"]
    letter = ws.cell(1, [c.value for c in ws[1]].index("Cost") + 1).column_letter
    plan, said = _read(path)
    assert [t.fixed_cost for t in plan.tasks] == [100.0, 0.0, 0.0]  # no guess
    (note,) = [line for line in said if "Cost cell" in line]
    assert note.startswith(f"Plan!{letter}3: the Cost cell (300) is not what the task costs (€0.00")
    assert note.endswith("type a change of cost in Fixed cost")


def test_s21wb_many_changed_cost_cells_in_one_note(tmp_path):
    edits = {("Plan", row, "Cost"): 999 for row in (2, 3, 4)}
    _, said = _read(_rebuilt(tmp_path, edits))
    (note,) = [line for line in said if "Cost cells" in line]
    assert note.count("Plan!") == 3


@pytest.mark.parametrize("typed", [{("Plan", 3, "Fixed cost"): 250}])
def test_s21wb_a_changed_fixed_cost_is_read_and_its_stale_cost_named(tmp_path, typed):
    plan, said = _read(_rebuilt(tmp_path, typed))
    assert plan.tasks[1].fixed_cost == 250.0
    assert [line for line in said if "Cost cell (0)" in line]


def test_s21wb_a_cost_items_task_is_passed_over(tmp_path):
    """A cost item's cost is typed on its assignment, which no sheet shows: its task's Cost
    cell always says more than the sheets give back, and is no client's edit."""
    plan = _plan()
    plan.add_resource(Resource(3, "Permit", ResourceType.COST))
    plan.add_assignment(Assignment(3, 2, 3, 1.0, cost=300.0))
    path = tmp_path / "permit.xlsx"
    write_plan(plan, path, now=NOW)
    wb = openpyxl.load_workbook(path)
    del wb["_gantry"]
    wb.save(path)
    _, said = _read(path)
    assert not [line for line in said if "Cost cell" in line]
