"""A People cell the client edited in a workbook Gantry exported: joiners split only known people."""

from __future__ import annotations

from openpyxl import load_workbook

from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.io.excel_export import write_workbook
from app.io.excel_import import read_workbook


def _edited(tmp_path, cell: str) -> Plan:
    plan = Plan(tasks=[Task(1, "Dig", 1, duration_minutes=480)])
    plan.resources = [Resource(1, "R&D team"), Resource(2, "Ana"), Resource(3, "Ben")]
    plan.assignments = [Assignment(1, 1, 1, 1.0)]
    path = tmp_path / "client.xlsx"
    write_workbook(plan, path)
    wb = load_workbook(path)
    ws = wb["Plan"]
    col = [c.value for c in ws[1]].index("People") + 1
    assert ws.cell(2, col).value == "R&D team"
    ws.cell(2, col).value = cell
    wb.save(path)
    return read_workbook(path)


def _people(plan: Plan) -> list[str]:
    names = {r.uid: r.name for r in plan.resources}
    return [names[a.resource_uid] for a in plan.assignments if a.task_uid == 1]


def test_a_team_name_with_an_ampersand_stays_whole(tmp_path):
    back = _edited(tmp_path, "R&D team, Ana")
    assert sorted(r.name for r in back.resources) == ["Ana", "Ben", "R&D team"]
    assert _people(back) == ["R&D team", "Ana"]


def test_people_of_the_plan_joined_by_a_joiner_are_split(tmp_path):
    back = _edited(tmp_path, "Ana & Ben")
    assert _people(back) == ["Ana", "Ben"]
    new = _edited(tmp_path, "Smith & Jones")
    assert _people(new) == ["Smith & Jones"]
