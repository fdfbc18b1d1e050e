"""The Team and Risks sheets come back too: the client's edits to people and risks."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.diff import diff_plans
from app.domain.errors import FileFormatError
from app.domain.risk import RiskStatus
from app.formats import read_plan, write_plan
from app.io.excel_import import read_roundtrip_workbook
from tests.unit.excel_plans import sample_plan

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "client.xlsx"
    write_plan(sample_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    return path


def _set(path: Path, sheet: str, row: int, title: str, value: object) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    header = [c.value for c in ws[1]]
    ws.cell(row=row, column=header.index(title) + 1).value = value
    wb.save(path)


def _changes(path: Path) -> set[tuple[object, ...]]:
    trip = read_roundtrip_workbook(path)
    return {(c.entity, c.uid, c.kind, c.field, c.new) for c in diff_plans(trip.base, trip.theirs)}


def test_team_and_risks_carry_hidden_ids(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    for name, first in (("Team", "Name"), ("Risks", "Risk")):
        ws = wb[name]
        assert (ws["A1"].value, ws["B1"].value) == ("UID", first)
        assert ws.column_dimensions["A"].hidden
    assert [c.value for c in wb["Team"]["A"]][1:] == [1, 2]
    assert wb["Risks"]["A2"].value == 1
    assert diff_plans(sample_plan(), read_plan(exported)) == []


def test_edited_people_are_changes(exported: Path) -> None:
    _set(exported, "Team", 2, "Std. rate", 55)
    _set(exported, "Team", 2, "Role", "Architect")
    _set(exported, "Team", 3, "Max units", 0.5)  # a percent cell holds the fraction
    assert _changes(exported) == {
        ("resource", 1, "changed", "standard_rate", 55.0),
        ("resource", 1, "changed", "role", "Architect"),
        ("resource", 2, "changed", "max_units", 0.5),
    }


def test_added_and_deleted_people(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Team"]
    ws.delete_rows(3)  # @Ben, who works on task 4
    ws.append([None, "Carla", "Tester", "work", "80%", 45])
    plan_sheet = wb["Plan"]  # and off task 4's People cell (still naming him: refused)
    plan_sheet.cell(5, [c.value for c in plan_sheet[1]].index("People") + 1).value = None
    wb.save(exported)
    trip = read_roundtrip_workbook(exported)
    got = {(c.entity, c.uid, c.kind) for c in diff_plans(trip.base, trip.theirs)}
    assert got == {
        ("resource", 2, "removed"),
        ("assignment", "4:2", "removed"),
        ("resource", 3, "added"),
    }
    carla = trip.theirs.resource(3)
    assert (carla.name, carla.role, carla.max_units, carla.standard_rate) == (
        "Carla",
        "Tester",
        0.8,
        45.0,
    )


def test_a_person_added_on_team_can_be_named_in_people(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    wb["Team"].append([None, "Carla", None, None, None, 45])
    header = [c.value for c in wb["Plan"][1]]
    wb["Plan"].cell(row=5, column=header.index("People") + 1).value = "@Ben, Carla"
    wb.save(exported)
    trip = read_roundtrip_workbook(exported)
    assert [r.name for r in trip.theirs.resources] == ["Ana", "@Ben", "Carla"]
    assert {(a.task_uid, a.resource_uid) for a in trip.theirs.assignments} == {
        (2, 1),
        (4, 2),
        (4, 3),
    }


def test_edited_added_and_deleted_risks(exported: Path) -> None:
    _set(exported, "Risks", 2, "Probability", "45%")
    _set(exported, "Risks", 2, "Status", "Mitigating")
    _set(exported, "Risks", 2, "Mitigation", "second supplier")
    wb = openpyxl.load_workbook(exported)
    wb["Risks"].append([None, "Key person leaves", 20, 5000, None, "Ana", None, 1000, "open"])
    wb.save(exported)
    assert _changes(exported) == {
        ("risk", 1, "changed", "probability", 0.45),
        ("risk", 1, "changed", "status", "MITIGATING"),
        ("risk", 1, "changed", "mitigation", "second supplier"),
        ("risk", 2, "added", None, None),
    }
    new = read_roundtrip_workbook(exported).theirs.risk(2)
    assert (new.probability, new.impact, new.contingency, new.status) == (
        0.2,
        5000.0,
        1000.0,
        RiskStatus.OPEN,
    )
    wb = openpyxl.load_workbook(exported)
    wb["Risks"].delete_rows(2)
    wb.save(exported)
    assert ("risk", 1, "removed", None, None) in _changes(exported)


@pytest.mark.parametrize(
    ("sheet", "row", "title", "value", "where", "says"),
    [
        ("Risks", 2, "Status", "maybe", "Risks!I2", "is not a status"),
        ("Risks", 2, "Probability", "140%", "Risks!C2", "between 0 and 100 %"),
        ("Risks", 2, "Risk", None, "Risks!B2", "needs a title"),
        ("Team", 3, "Std. rate", -5, "Team!F3", "negative"),
        ("Team", 2, "Max units", "lots", "Team!E2", "not a number"),
        ("Team", 3, "Name", "ana", "Team!B3", "another person is named"),
    ],
)
def test_bad_register_cells_name_the_cell(
    exported: Path, sheet: str, row: int, title: str, value: object, where: str, says: str
) -> None:
    _set(exported, sheet, row, title, value)
    with pytest.raises(FileFormatError) as caught:
        read_roundtrip_workbook(exported)
    assert str(caught.value).startswith(f"{where}: ")
    assert says in str(caught.value)


def test_cli_diff_shows_a_register_edit_and_refuses_a_bad_one(
    exported: Path, tmp_path: Path
) -> None:
    before = tmp_path / "plan.gantry"
    write_plan(sample_plan(), before)
    _set(exported, "Team", 2, "Std. rate", 60)
    cmd = [sys.executable, "-m", "app", "diff", str(before), str(exported), "--json"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert '"field": "standard_rate"' in done.stdout
    _set(exported, "Risks", 2, "Status", "maybe")
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"gantry: {exported.name}: Risks!I2: 'maybe' is not a status "
        "(Open, Mitigating, Occurred, Closed)"
    ]
    assert "Traceback" not in done.stderr


def test_a_workbook_without_register_ids_ignores_their_edits(exported: Path) -> None:
    """Workbooks exported before the Team sheet had ids still import their Plan edits."""
    wb = openpyxl.load_workbook(exported)
    wb["Team"].delete_cols(1)
    wb.save(exported)
    _set(exported, "Team", 2, "Std. rate", 99)
    _set(exported, "Plan", 5, "Duration", "15d")
    assert _changes(exported) == {("task", 4, "changed", "duration_minutes", 7200)}
