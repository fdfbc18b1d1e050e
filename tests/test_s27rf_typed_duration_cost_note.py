"""A ``--no-roundtrip`` workbook where the client typed only a Duration (s27rw finding 2b):
the read named the task's Cost cell and its summary's ("Cost cells differ ... type a change
of cost in Fixed cost") though Cost was never touched: the cells still hold the cost at the
duration exported. They are compared with that cost now; a Cost cell really changed is
still named."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import openpyxl

from app.cli import main
from app.formats import read_plan

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"
SPEC = 9  # the sheet row of 'Requirements specification' (6d, Aisha Khan at 50 %)


def _typed(tmp_path: Path, cells: dict[tuple[int, str], object]) -> Path:
    plan = tmp_path / "plan.gantry"
    shutil.copy(DEMO, plan)
    path = tmp_path / "nr.xlsx"
    assert main(["convert", str(plan), str(path), "--no-roundtrip"]) == 0
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    titles = [c.value for c in ws[1]]
    assert ws.cell(SPEC, titles.index("Task") + 1).value == "Requirements specification"
    for (row, title), value in cells.items():
        ws.cell(row, titles.index(title) + 1).value = value
    wb.save(path)
    return path


def _cost_notes(path: Path) -> list[str]:
    said: list[str] = []
    read_plan(path, warn=said.append)
    return [line for line in said if "Cost cell" in line]


def test_s27rf_a_typed_duration_names_no_cost_cell(tmp_path: Path) -> None:
    path = _typed(tmp_path, {(SPEC, "Duration"): "7d"})
    plan = read_plan(path)
    assert plan.tasks[SPEC - 2].duration_minutes == 7 * 480  # the typed Duration is read
    assert _cost_notes(path) == []


def test_s27rf_a_typed_finish_names_no_cost_cell(tmp_path: Path) -> None:
    path = _typed(tmp_path, {(SPEC, "Finish"): datetime(2027, 1, 29, 17, 0)})
    assert _cost_notes(path) == []


def test_s27rf_a_cost_typed_beside_a_duration_is_still_named(tmp_path: Path) -> None:
    path = _typed(tmp_path, {(SPEC, "Duration"): "7d", (SPEC, "Cost"): 5000})
    (note,) = _cost_notes(path)
    assert note.startswith("Plan!L9: the Cost cell (5000) is not what the task costs")  # alone
