"""A baseline cleared (or set) on a 61-task plan: the text and the printout summarise, the
CSV and the workbook list every task.

Each task's saved values are listed (be34a1a9), five rows a task: 50 tasks made a 12-page
PDF. The text and a printed report now list a baseline's first 10 tasks, then one line
counting the rest with how many in all; the CSV, the .xlsx and --json keep every one.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.cli.diff_listed import LISTED_TASKS

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"
TASKS = 61  # the demo's baseline holds every task


@pytest.fixture
def cleared(tmp_path: Path) -> tuple[Path, Path]:
    plan, cleared = tmp_path / "plan.gantry", tmp_path / "cleared.gantry"
    shutil.copy(DEMO, plan)
    shutil.copy(DEMO, cleared)
    assert main(["baseline", str(cleared), "--clear"]) == 0
    return plan, cleared


def _tasks(items: list[str]) -> set[str]:
    return {i.split("'")[1] for i in items if i.startswith("Baseline (0) of ID")}  # s27di


def test_s27dg_text_lists_ten_tasks_then_counts_the_rest(
    cleared: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["diff", *map(str, cleared)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("removed  Baseline (0)")
    items = [ln[9:].split(": ")[0] for ln in lines if ln.startswith("changed ")]
    assert len(_tasks(items)) == LISTED_TASKS == 10
    more = [ln for ln in lines if ln.startswith("more ")]
    assert more == [
        "more     Baseline (0), saved 2026-11-20 16:00: and 51 more tasks not listed "
        "(61 in all; a .csv or .xlsx report lists every one)"
    ]
    assert main(["diff", *map(str, cleared), "--json"]) == 0  # machine form: every one
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert len({c["uid"] for c in changes if c["kind"] == "changed"}) == TASKS
    assert not [c for c in changes if c["kind"] == "more"]


def test_s27dg_csv_and_xlsx_list_every_task(cleared: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "changes.csv"
    assert main(["diff", *map(str, cleared), "-o", str(out)]) == 0
    with out.open(encoding="utf-8-sig") as read:
        rows = list(csv.reader(read))
    assert len(_tasks([r[1] for r in rows if len(r) > 1 and r[0] == "changed"])) == TASKS
    assert not [r for r in rows if r and r[0] == "more"]
    book = tmp_path / "changes.xlsx"
    assert main(["diff", *map(str, cleared), "-o", str(book)]) == 0
    cells = [[c.value for c in row] for row in load_workbook(book)["Changes"].iter_rows()]
    assert len(_tasks([str(r[1]) for r in cells if r[0] == "changed"])) == TASKS


def test_s27dg_pdf_counts_past_ten_tasks(cleared: tuple[Path, Path], tmp_path: Path) -> None:
    pdf = tmp_path / "changes.pdf"
    assert main(["diff", *map(str, cleared), "-o", str(pdf)]) == 0
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler missing")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "and 51 more tasks not listed" in text
    assert "'Project closed'" not in text  # the last task: counted, not listed
    pages = text.count("\f")
    assert pages <= 4, pages  # 12 when 50 tasks were listed
