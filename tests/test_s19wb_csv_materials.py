"""A material's quantity in a People cell read by the plain sheet import (CSV, a client's
sheet, a workbook without its _gantry sheet): ``Concrete[12.5 m³]`` is a material.

Found: a plan with a material assignment written by ``gantry convert plan.gantry plan.csv``
could not be read back: "mat!I2: cannot read 'Concrete[12.5 m³]' as a person". Gantry
writes a material's units so (and MS Project its Resource Names); the plain import knew no
material. A quantity with its label now makes that name a material with that label, unless
the sheet gives it a percentage elsewhere or its Team sheet lists it (whose Type decides);
a quantity on such a person is refused naming the cell, and a range (``Cement[2-5 t]``)
too, as a range (it read as 2 t through a workbook without its _gantry sheet).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.formats import write_plan as write_any
from app.io.csv_plan import read_csv
from app.io.excel_import import read_workbook
from app.store.document import read_plan, write_plan


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(Task(1, "Pour", 1, duration_minutes=480))
    plan.append_task(Task(2, "Cure", 1, duration_minutes=960))
    plan.add_resource(Resource(1, "Concrete", type=ResourceType.MATERIAL, material_label="m³"))
    plan.add_resource(Resource(2, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 12.5))
    plan.add_assignment(Assignment(2, 1, 2, 0.5))
    plan.add_assignment(Assignment(3, 2, 2, 1.0))
    return plan


def _staffing(plan: Plan) -> list[tuple[str, str, ResourceType, str, float]]:
    res = {r.uid: r for r in plan.resources}
    return sorted(
        (
            plan.task(a.task_uid).name,
            res[a.resource_uid].name,
            res[a.resource_uid].type,
            res[a.resource_uid].material_label,
            a.units,
        )
        for a in plan.assignments
    )


def test_s19wb_gantrys_csv_of_a_material_reads_back(tmp_path: Path, capsys) -> None:
    source, csv_path, back = tmp_path / "slab.gantry", tmp_path / "slab.csv", tmp_path / "b.gantry"
    write_plan(_plan(), source)
    assert main(["convert", str(source), str(csv_path)]) == 0
    assert "Concrete[12.5 m³], Ana[50%]" in csv_path.read_text(encoding="utf-8-sig")
    assert main(["convert", str(csv_path), str(back)]) == 0
    assert _staffing(read_plan(back)) == _staffing(_plan())
    capsys.readouterr()
    assert main(["diff", str(source), str(csv_path)]) == 0
    assert capsys.readouterr().out.strip() == "no changes"


def test_s19wb_a_clients_sheet_names_a_material_as_ms_project_does(tmp_path: Path) -> None:
    path = tmp_path / "client.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Task Name", "Duration", "Resource Names"])
    ws.append(["Pour", "1d", "Cement[2 tons],Ana"])
    ws.append(["Cure", "2d", "Cement[0.5 tons]"])
    wb.save(path)
    plan = read_workbook(path)
    assert _staffing(plan) == [
        ("Cure", "Cement", ResourceType.MATERIAL, "tons", 0.5),
        ("Pour", "Ana", ResourceType.WORK, "", 1.0),
        ("Pour", "Cement", ResourceType.MATERIAL, "tons", 2.0),
    ]


def test_s19wb_a_quantity_on_someone_given_a_percentage_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text('Task,Duration,People\nPour,1d,"Ana[50%]"\nCure,2d,"Ana[3 t]"\n', "utf-8")
    with pytest.raises(FileFormatError) as err:
        read_csv(path)
    assert str(err.value) == (
        "plan!C3: 'Ana[3 t]' gives a quantity, and 'Ana' is no material (write Ana or Ana[50%])"
    )


def _without_snapshot(tmp_path: Path, cell: str) -> Path:
    path = tmp_path / "client.xlsx"
    write_any(_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    wb = openpyxl.load_workbook(path)
    del wb["_gantry"]
    ws = wb["Plan"]
    ws.cell(3, [c.value for c in ws[1]].index("People") + 1).value = cell  # Cure
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("cell", "says"),
    [
        ("Ana[3 t]", "'Ana[3 t]' gives a quantity, and 'Ana' is no material"),  # on the Team
        ("Concrete[2-5 m³]", "'Concrete[2-5 m³]' gives a range of units"),
    ],
)
def test_s19wb_a_workbook_without_its_snapshot_refuses_naming_the_cell(
    tmp_path: Path, cell: str, says: str
) -> None:
    with pytest.raises(FileFormatError) as err:
        read_workbook(_without_snapshot(tmp_path, cell))
    assert str(err.value).startswith(f"Plan!I3: {says}")


def test_s19wb_a_workbook_without_its_snapshot_takes_a_new_material(tmp_path: Path) -> None:
    plan = read_workbook(_without_snapshot(tmp_path, "Concrete[4 m³], Gravel[2 t]"))
    assert _staffing(plan)[:2] == [
        ("Cure", "Concrete", ResourceType.MATERIAL, "m³", 4.0),
        ("Cure", "Gravel", ResourceType.MATERIAL, "t", 2.0),
    ]
