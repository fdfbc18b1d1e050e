"""gantry diff PLAN.gantry CLIENT.xlsx on a hand-off written with --no-roundtrip.

Without its _gantry sheet the workbook reads back as its Plan sheet alone: people
numbered as their names appear, assignments without work, no calendars, baselines,
constraints or File > Info. Untouched, it listed every person renamed, Jonas Weber's
assignments removed, Sofia Rossi's days off gone and the baseline removed. Now an
untouched one shows no change, an edited one that edit alone, and a note says what
was not compared.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from app.cli.diff_document import report_between

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"
NOTE = "not compared: client.xlsx leaves them out (no round-trip data)"


def _gantry(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True, check=False
    )


def _handoff(tmp_path: Path) -> tuple[Path, Path]:
    plan = tmp_path / "plan.gantry"
    shutil.copy(DEMO, plan)
    book = tmp_path / "client.xlsx"
    done = _gantry("convert", plan, book, "--client", "--no-roundtrip")
    assert done.returncode == 0, done.stderr
    assert "_gantry" not in load_workbook(book, read_only=True).sheetnames
    return plan, book


def test_s26dj_untouched_no_roundtrip_handoff_shows_no_change(tmp_path: Path) -> None:
    plan, book = _handoff(tmp_path)
    done = _gantry("diff", plan, book)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "no changes"
    assert "work and cost, and the status date " + NOTE in done.stderr  # dates compared (s27dg)
    back = _gantry("diff", book, plan)  # either way round
    assert back.stdout.strip() == "no changes"
    report = report_between(plan, book)  # Project > Compare with Plan
    assert report.rows == ()
    assert any(NOTE in " ".join(fact) for fact in report.facts)


def test_s26dj_one_edit_on_the_plan_sheet_is_the_one_change(tmp_path: Path) -> None:
    plan, book = _handoff(tmp_path)
    wb = load_workbook(book)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    name_col, dur_col = header.index("Task") + 1, header.index("Duration") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, name_col).value == "Risk workshop")
    ws.cell(row, dur_col).value = "3d"
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    done = _gantry("diff", plan, edited)
    assert done.returncode == 0, done.stderr
    changes = [
        ln for ln in done.stdout.splitlines() if ln.startswith(("changed", "added", "removed"))
    ]
    assert len(changes) == 1, done.stdout
    assert "'Risk workshop': Duration" in changes[0]
    assert changes[0].endswith("-> 3d")
