"""The Plan sheet's Predecessors and the Risks sheet's Tasks cells are formatted Text ('@').

Found: both columns were General, so a client typing ``3`` got the number 3 (it reads back
fine) but ``3,4`` in a locale that groups thousands with a comma became the number 34: one
predecessor, and the wrong one. The cells and the columns (rows a client adds below) are
now Text as the WBS column is, so what is typed stays as typed.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.diff import diff_plans
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.risk import Risk
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook

DAY = 480


def _plan() -> Plan:
    plan = Plan()
    for uid in range(1, 6):
        plan.append_task(Task(uid, f"Step {uid}", 1, duration_minutes=DAY))
    plan.links = [Link(1, 3), Link(2, 3), Link(3, 4)]
    plan.risks = [Risk(1, "Late steel", task_uids=(3, 4)), Risk(2, "Rain")]
    return plan


def _export(tmp_path: Path) -> Path:
    path = tmp_path / "client.xlsx"
    write_plan(_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    return path


def _column(ws, title: str) -> str:  # type: ignore[no-untyped-def]
    header = [c.value for c in ws[1]]
    return openpyxl.utils.get_column_letter(header.index(title) + 1)


def _cells(path: Path, sheet: str, title: str) -> list[tuple[object, str]]:
    ws = openpyxl.load_workbook(path)[sheet]
    letter = _column(ws, title)
    assert ws.column_dimensions[letter].number_format == "@"  # rows typed below the table
    return [(ws[f"{letter}{r}"].value, ws[f"{letter}{r}"].number_format) for r in range(2, 7)]


def test_s19wb_predecessors_and_risk_tasks_are_text(tmp_path: Path) -> None:
    path = _export(tmp_path)
    preds = _cells(path, "Plan", "Predecessors")
    assert [v for v, _ in preds] == [None, None, "1, 2", "3", None]  # "3" text, not 3
    assert {f for _, f in preds} == {"@"}  # the empty ones too: that is where links are typed
    tasks = _cells(path, "Risks", "Tasks")[:2]
    assert tasks == [("3, 4", "@"), (None, "@")]


def test_s19wb_predecessors_typed_as_text_read_as_typed(tmp_path: Path) -> None:
    path = _export(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    ws[f"{_column(ws, 'Predecessors')}6"].value = "3,4"  # Step 5, typed in the Text cell
    wb.save(path)
    trip = read_roundtrip_workbook(path)
    assert sorted(lk.key for lk in trip.theirs.links if lk.successor == 5) == [(3, 5), (4, 5)]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_s19wb_libreoffice_keeps_the_text_cells(tmp_path: Path) -> None:
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
    preds = _cells(resaved, "Plan", "Predecessors")
    assert [v for v, _ in preds] == [None, None, "1, 2", "3", None]
    assert {f for _, f in preds} == {"@"}
    assert _cells(resaved, "Risks", "Tasks")[0] == ("3, 4", "@")
    trip = read_roundtrip_workbook(resaved)
    assert diff_plans(trip.base, trip.theirs) == []  # a re-save changes nothing
