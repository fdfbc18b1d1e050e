"""The Team sheet shows a material and a cost item as the Team view does (task s17exp).

A material read "Work (h)" 0 and "Max units" 100 %: it has no max units (blank, as in
MS Project's resource sheet) and its work is the quantity assigned, in its label. A cost
item has neither. Blank cells read back as no edit.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl

from app.domain.diff import diff_plans
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook

DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="Slab", start=datetime(2027, 3, 1, 8)))
    plan.append_task(Task(1, "Pour", 1, duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Cure", 1, duration_minutes=DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0, max_units=0.5))
    plan.add_resource(
        Resource(2, "Concrete", ResourceType.MATERIAL, standard_rate=90.0, material_label="m³")
    )
    plan.add_resource(Resource(3, "Permit", ResourceType.COST))
    plan.add_assignment(Assignment(1, 1, 1, 0.5, DAY))
    plan.add_assignment(Assignment(2, 1, 2, 12.5))
    plan.add_assignment(Assignment(3, 2, 2, 2.0))
    plan.add_assignment(Assignment(4, 1, 3, 1.0, cost=300.0))
    return plan


def _team(path: Path) -> dict[str, dict[str, object]]:
    ws = openpyxl.load_workbook(path)["Team"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    return {r[1]: dict(zip(rows[0], r, strict=False)) for r in rows[1:]}


def test_s17exp_a_material_has_its_quantity_and_no_max_units(tmp_path):
    path = tmp_path / "slab.xlsx"
    write_plan(_plan(), path, now=datetime(2027, 3, 1, 9, 0))
    team = _team(path)
    # the column is "Work" since s18s: "Work (h)" read a material's 14.5 m³ as hours
    assert (team["Ana"]["Max units"], team["Ana"]["Work"]) == (0.5, 8)
    assert team["Concrete"]["Max units"] is None
    assert team["Concrete"]["Work"] == "14.5 m³"  # 12.5 + 2 over its two tasks
    assert team["Permit"]["Max units"] is None
    assert team["Permit"]["Work"] is None


def test_s17exp_the_blank_cells_read_back_as_no_edit(tmp_path):
    path = tmp_path / "slab.xlsx"
    write_plan(_plan(), path, now=datetime(2027, 3, 1, 9, 0))
    trip = read_roundtrip_workbook(path)
    assert diff_plans(trip.base, trip.theirs) == []
