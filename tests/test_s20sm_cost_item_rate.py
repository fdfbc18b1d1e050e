"""The Team sheet leaves a cost item's Std. rate blank, as the Team view does (a cost item's
amount is typed per task), and a returned workbook reads that blank as no change (task
s20sm)."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import python_calamine as pc

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.formats import read_plan, write_plan

NOW = datetime(2027, 1, 4, 9, 0)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Shop", currency_symbol="€", start=datetime(2027, 1, 4, 8)))
    plan.append_task(Task(1, "Build", 1, duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Ana", standard_rate=150.0))
    plan.add_resource(Resource(2, "Travel", ResourceType.COST))
    # a cost item holding a rate (as a file may give one): still no Std. rate cell
    plan.add_resource(Resource(3, "Fees", ResourceType.COST, standard_rate=12.5))
    plan.add_assignment(Assignment(1, 1, 1, 1.0))
    return plan


def _std_rates(path) -> list[object]:
    ws = openpyxl.load_workbook(path)["Team"]
    column = [c.value for c in ws[1]].index("Std. rate")
    return [r[column].value for r in ws.iter_rows(min_row=2)]


def test_s20sm_a_cost_items_std_rate_cell_is_blank(tmp_path):
    path = tmp_path / "team.xlsx"
    write_plan(_plan(), path, now=NOW)
    assert _std_rates(path) == [150.0, None, None]
    sheet = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Team").to_python()
    column = sheet[0].index("Std. rate")
    assert [r[column] for r in sheet[1:]] == [150.0, "", ""]


def test_s20sm_the_blank_reads_back_as_no_change(tmp_path):
    path = tmp_path / "team.xlsx"
    write_plan(_plan(), path, now=NOW)
    assert read_plan(path).resources == _plan().resources
    wb = openpyxl.load_workbook(path)  # a client's edit elsewhere on the row is still read
    ws = wb["Team"]
    ws.cell(row=4, column=[c.value for c in ws[1]].index("Role") + 1).value = "Agency"
    wb.save(path)
    fees = read_plan(path).resources[2]
    assert (fees.role, fees.standard_rate, fees.type) == ("Agency", 12.5, ResourceType.COST)


def test_s20sm_a_workbook_written_with_the_rate_still_reads_unchanged(tmp_path):
    """A workbook exported before the cell was left blank holds the cost item's rate."""
    path = tmp_path / "team.xlsx"
    write_plan(_plan(), path, now=NOW)
    wb = openpyxl.load_workbook(path)
    ws = wb["Team"]
    column = [c.value for c in ws[1]].index("Std. rate") + 1
    ws.cell(row=3, column=column).value = 0.0
    ws.cell(row=4, column=column).value = 12.5
    wb.save(path)
    assert read_plan(path).resources == _plan().resources
