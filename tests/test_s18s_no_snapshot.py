"""A workbook whose hidden _gantry sheet the client deleted keeps its rates and risks.

Found last session: read as any client sheet, such a workbook gave every person a rate of
0 and no risks, without a word. The Team sheet gives each person's role, type, max units,
rate in the unit its cell shows ($1,200.00/d) and a material's label ("14.5 m³"); the
Risks sheet its risks, their tasks by the # of the Plan sheet; a note says what the
workbook no longer holds.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.diff import diff_plans
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.resource import RateUnit, Resource, ResourceType
from app.domain.risk import Risk, RiskStatus
from app.formats import write_plan
from app.io.excel_import import read_workbook
from tests.test_s17exp_team_sheet_materials import _plan as _slab


def _plan() -> Plan:
    plan = _slab()
    ana = plan.resource(1)
    plan.update_resource(
        Resource(
            ana.uid,
            ana.name,
            role="Engineer",
            max_units=0.5,
            standard_rate=150.0,  # per hour, shown per day: $1,200.00/d
            standard_rate_unit=RateUnit.DAY,
        )
    )
    plan.add_resource(Resource(4, "Bea", role="Surveyor", standard_rate=60.0))  # on no task
    plan.add_risk(
        Risk(
            1,
            "Rain",
            0.4,
            5000.0,
            owner="Ana",
            mitigation="Tarps",
            contingency=800.0,
            status=RiskStatus.MITIGATING,
            task_uids=(2,),
            description="Wet season",
        )
    )
    return plan


def _without_snapshot(tmp_path: Path, plan: Plan) -> Path:
    path = tmp_path / "returned.xlsx"
    write_plan(plan, path, now=datetime(2027, 3, 1, 9, 0))
    wb = openpyxl.load_workbook(path)
    del wb["_gantry"]  # the client deleted the hidden sheet
    wb.save(path)
    return path


def test_s18s_rates_and_risks_come_back_from_their_sheets(tmp_path: Path) -> None:
    said: list[str] = []
    plan = read_workbook(_without_snapshot(tmp_path, _plan()), warn=said.append)
    people = {r.name: r for r in plan.resources}
    ana = people["Ana"]
    assert (ana.role, ana.max_units, ana.standard_rate_unit) == ("Engineer", 0.5, RateUnit.DAY)
    assert ana.standard_rate == pytest.approx(150.0)
    assert people["Bea"].standard_rate == pytest.approx(60.0)  # on no task, still listed
    concrete = people["Concrete"]
    assert (concrete.type, concrete.material_label, concrete.standard_rate) == (
        ResourceType.MATERIAL,
        "m³",
        90.0,
    )
    assert people["Permit"].type is ResourceType.COST
    names = {t.uid: t.name for t in plan.tasks}
    quantities = sorted(
        (names[a.task_uid], a.units) for a in plan.assignments if a.resource_uid == concrete.uid
    )
    assert quantities == [("Cure", 2.0), ("Pour", 12.5)]  # Concrete[12.5 m³]: a quantity
    (risk,) = plan.risks
    cure = next(t for t in plan.tasks if t.name == "Cure")
    assert (risk.title, risk.probability, risk.impact, risk.owner, risk.mitigation) == (
        "Rain",
        0.4,
        5000.0,
        "Ana",
        "Tarps",
    )
    assert (risk.contingency, risk.status, risk.task_uids, risk.description) == (
        800.0,
        RiskStatus.MITIGATING,
        (cure.uid,),
        "Wet season",
    )
    assert {r.name: r.uid for r in plan.resources} == {r.name: r.uid for r in _plan().resources}
    changes = diff_plans(_plan(), plan)  # people compared person by person: their uids kept
    assert [(c.entity, c.field) for c in changes if c.entity in ("resource", "risk")] == []
    (note,) = [line for line in said if "_gantry" in line]
    assert "rates" in note
    assert "risks" in note
    assert "not recovered" in note
    assert "calendars" in note


def test_s18s_a_bad_team_cell_names_it_and_reads_nothing(tmp_path: Path) -> None:
    path = _without_snapshot(tmp_path, _plan())
    wb = openpyxl.load_workbook(path)
    ws = wb["Team"]
    col = [c.value for c in ws[1]].index("Type") + 1
    ws.cell(2, col).value = "robot"
    wb.save(path)
    with pytest.raises(FileFormatError) as err:
        read_workbook(path)
    letter = openpyxl.utils.get_column_letter(col)
    assert str(err.value) == f"Team!{letter}2: 'robot' is not a type (Work, Material, Cost)"
