"""Which Starts a workbook without ``_gantry`` keeps as 'Start No Earlier Than'. MS Project's
Excel import sets one where a Start was typed on a task it schedules; Gantry's own Plan sheet
lists the dates its scheduler worked out, typed by no one. Found: with the Team and Risks
sheets gone too, every one of the demo's 61 tasks came back pinned (21 with them), where the
plan had none."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl

from app.cli import main
from app.domain.task import ConstraintType
from app.formats import read_plan
from app.io.excel_import import read_workbook

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"
_NOTE = (
    "1 task keeps its Start as 'Start No Earlier Than' (links alone place it earlier: a "
    "calendar, a leveling delay or a typed date the Plan sheet does not carry held it there)"
)


def _pinned(plan) -> list[str]:
    return [t.name for t in plan.tasks if t.constraint_type is not ConstraintType.ASAP]


def test_s25wb_gantrys_plan_sheet_alone_pins_only_what_links_do_not_place(
    tmp_path: Path,
) -> None:
    book = tmp_path / "crm.xlsx"
    assert main(["convert", str(DEMO), str(book)]) == 0
    assert _pinned(read_plan(DEMO)) == []
    wb = openpyxl.load_workbook(book)
    for sheet in ("_gantry", "Team", "Risks"):
        del wb[sheet]
    wb.save(book)
    warned: list[str] = []
    plan = read_workbook(book, warn=warned.append)
    assert _pinned(plan) == ["Marketing campaigns module"]  # after a vacation lost
    assert f"crm.xlsx: {_NOTE}: 'Marketing campaigns module'" in warned


def test_s25wb_with_its_team_sheet_too_one_pin_not_21(tmp_path: Path) -> None:
    book = tmp_path / "crm.xlsx"
    assert main(["convert", str(DEMO), str(book)]) == 0
    wb = openpyxl.load_workbook(book)
    del wb["_gantry"]
    wb.save(book)
    warned: list[str] = []
    assert _pinned(read_workbook(book, warn=warned.append)) == ["Marketing campaigns module"]
    assert any(_NOTE in line for line in warned)


def test_s25wb_a_clients_own_workbook_pins_each_start_typed_as_ms_project_does(
    tmp_path: Path,
) -> None:
    """Its own titles (ID, no UID and #): each Start typed is kept, linked or not, summary or
    not (MS Project constrains a Start typed on a summary too); a row without one is not
    pinned, and no note is said."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["ID", "Task", "Duration", "Start", "Predecessors"])
    ws.append([1, "Phase A", None, datetime(2027, 1, 4), None])
    ws.append([2, "  Design", "3d", datetime(2027, 1, 4), None])
    ws.append([3, "  Build", "5d", datetime(2027, 1, 7), "2"])
    ws.append([4, "  Test", "2d", None, "3"])
    book = tmp_path / "client.xlsx"
    wb.save(book)
    warned: list[str] = []
    plan = read_workbook(book, warn=warned.append)
    assert [(t.name, t.constraint_type) for t in plan.tasks] == [
        ("Phase A", ConstraintType.SNET),
        ("Design", ConstraintType.SNET),
        ("Build", ConstraintType.SNET),
        ("Test", ConstraintType.ASAP),
    ]
    assert not any("Start No Earlier Than" in line for line in warned)
