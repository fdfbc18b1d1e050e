"""The Plan sheet's WBS column is formatted Text ('@'), so what a client types stays typed.

Found: the WBS cells were written as text but formatted General, so a client who typed
2.10 got the number 2.1 (and 1.10 collided with 1.1). The cells and the column (rows a
client adds below) are now Text; openpyxl, python-calamine and LibreOffice (a re-save)
read them as text. A WBS a spreadsheet did turn into a number reads as best it can: 2.1.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
import python_calamine as pc

from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from tests.test_s17sortrt_sorted_sheet import _append, _outline, _set

DAY = 8 * 60


def _plan() -> Plan:
    """Phase 1 with ten tasks (1.1 ... 1.10), Phase 2 with two (2.1, 2.2)."""
    plan = Plan()
    plan.append_task(Task(1, "Phase 1", 1))
    for k in range(1, 11):
        plan.append_task(Task(1 + k, f"Step {k}", 2, duration_minutes=DAY))
    plan.append_task(Task(20, "Phase 2", 1))
    plan.append_task(Task(21, "Test", 2, duration_minutes=DAY))
    plan.append_task(Task(22, "Approve", 2, duration_minutes=DAY))
    return plan


def _export(tmp_path: Path) -> Path:
    path = tmp_path / "client.xlsx"
    write_plan(_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    return path


def _wbs_column(ws) -> str:  # type: ignore[no-untyped-def]
    header = [c.value for c in ws[1]]
    return openpyxl.utils.get_column_letter(header.index("WBS") + 1)


def _calamine_wbs(path: Path) -> list[object]:
    rows = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Plan").to_python()
    col = list(rows[0]).index("WBS")
    return [row[col] for row in rows[1:]]


def test_s18s2_wbs_cells_and_column_are_text(tmp_path: Path) -> None:
    path = _export(tmp_path)
    ws = openpyxl.load_workbook(path)["Plan"]
    letter = _wbs_column(ws)
    cells = [ws[f"{letter}{r}"] for r in range(2, ws.max_row + 1)]
    assert [c.value for c in cells][-4:] == ["1.10", "2", "2.1", "2.2"]
    assert {c.number_format for c in cells} == {"@"}
    assert {c.data_type for c in cells} == {"s"}
    assert ws.column_dimensions[letter].number_format == "@"  # a row typed below the table
    assert ws[f"{letter}1"].value == "WBS"  # the header keeps its own style
    assert _calamine_wbs(path)[-4:] == ["1.10", "2", "2.1", "2.2"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_s18s2_libreoffice_keeps_the_wbs_text(tmp_path: Path) -> None:
    path = _export(tmp_path)
    out = tmp_path / "lo"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    resaved = out / path.name
    ws = openpyxl.load_workbook(resaved)["Plan"]
    letter = _wbs_column(ws)
    assert {ws[f"{letter}{r}"].number_format for r in range(2, ws.max_row + 1)} == {"@"}
    assert _calamine_wbs(resaved)[-4:] == ["1.10", "2", "2.1", "2.2"]
    trip = read_roundtrip_workbook(resaved)
    assert _outline(trip.theirs) == _outline(trip.base)  # a re-save changes no outline


def test_s18s2_a_wbs_turned_number_reads_as_best_it_can(tmp_path: Path) -> None:
    path = _export(tmp_path)
    _set(path, 3, WBS=2.1)  # 'Step 2' retyped in a General cell: the number 2.1
    trip = read_roundtrip_workbook(path)
    assert trip.theirs.parent(3).name == "Phase 2"
    assert trip.theirs.wbs(3) == "2.1"


def test_s18s2_a_new_row_typed_as_text_goes_where_its_wbs_says(tmp_path: Path) -> None:
    path = _export(tmp_path)
    _append(path, WBS="1.11", Task="Step 11", Duration="1 d")
    trip = read_roundtrip_workbook(path)
    new = next(t for t in trip.theirs.tasks if t.name == "Step 11")
    assert trip.theirs.parent(new.uid).name == "Phase 1"
    assert trip.theirs.wbs(new.uid) == "1.11"


def test_s18s2_a_wbs_a_spreadsheet_made_a_number_moves_nothing(tmp_path: Path) -> None:
    path = _export(tmp_path)
    _set(path, 11, WBS=1.1)  # 'Step 10' (1.10) made the number 1.1, not retyped
    _set(path, 21, WBS=2.0)  # 'Test' (2.1) retyped as 2.0, a number: still a move
    trip = read_roundtrip_workbook(path)
    assert [t.name for t in trip.theirs.tasks][:3] == ["Phase 1", "Step 1", "Step 2"]
    assert trip.theirs.wbs(11) == "1.10"
    assert trip.theirs.parent(21) is None  # 2: a top-level task now, Phase 2's place
