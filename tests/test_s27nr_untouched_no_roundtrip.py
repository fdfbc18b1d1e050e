"""An untouched ``--no-roundtrip`` workbook of a plan from MS Project compares as no change.

``gantry diff PLAN client.xlsx`` of such a workbook listed every task's Effort Driven
Yes -> No, the summaries' Type, a BAC of $0 (the sheet shows the baselines' dates, not
their cost) and Actual Finish moves the reader had worked out again instead of reading
the sheet's Actual Start and Actual Finish columns.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.formats import read_plan
from app.io.excel_import import read_workbook

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


def _tracked(shared_data: Path, tmp_path: Path) -> Path:
    """Software-Development-Plan.xml as a .gantry, three tasks under way or done late."""
    plan = tmp_path / "plan.gantry"
    assert (
        main(["convert", str(shared_data / "mpp" / "Software-Development-Plan.xml"), str(plan)])
        == 0
    )
    for args in (
        [
            "--task",
            "8",
            "--actual-start",
            "2012-12-27 08:00",
            "--actual-finish",
            "2013-01-03 12:00",
        ],
        [
            "--task",
            "9",
            "--actual-start",
            "2013-01-04 08:00",
            "--actual-finish",
            "2013-01-09 10:00",
        ],
        ["--task", "10", "--actual-start", "2013-01-09 10:00", "--percent", "50"],
    ):
        assert main(["progress", str(plan), *args]) == 0
    return plan


def _diff(capsys: pytest.CaptureFixture[str], *paths: Path) -> tuple[list[str], str]:
    capsys.readouterr()
    assert main(["diff", *map(str, paths)]) == 0
    said = capsys.readouterr()
    return said.out.splitlines(), said.err


def test_s27nr_untouched_ms_project_workbook_shows_no_change(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _tracked(shared_data, tmp_path)
    book = tmp_path / "client.xlsx"
    assert main(["convert", str(plan), str(book), "--no-roundtrip"]) == 0
    out, err = _diff(capsys, plan, book)
    assert out == ["no changes"]
    assert "task types, Effort Driven" in err  # what is not compared is named
    assert "BAC and EAC" in err
    read = read_workbook(book)
    done = read.task(8)
    assert (str(done.actual_start), str(done.actual_finish)) == (
        "2012-12-27 08:00:00",
        "2013-01-03 12:00:00",
    )
    assert done.duration_minutes == read_plan(plan).task(8).duration_minutes  # across 1 Jan


def test_s27nr_untouched_demo_workbook_shows_no_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "plan.gantry"
    shutil.copy(DEMO, plan)
    book = tmp_path / "client.xlsx"
    assert main(["convert", str(plan), str(book), "--no-roundtrip"]) == 0
    assert _diff(capsys, plan, book)[0] == ["no changes"]


def test_s27nr_a_change_compares_no_bac_against_a_sheet_without_baseline_costs(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _tracked(shared_data, tmp_path)
    book = tmp_path / "client.xlsx"
    assert main(["convert", str(plan), str(book), "--no-roundtrip"]) == 0
    wb = load_workbook(book)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    ws.cell(12, header.index("Fixed cost") + 1).value = 500  # task 11's row: a cost typed
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    out, _err = _diff(capsys, plan, edited)
    figures = next(ln for ln in out if ln.startswith("figures:"))
    assert "Cost" in figures
    assert "BAC" not in figures
    assert "EAC" not in figures
    capsys.readouterr()
    assert main(["diff", str(plan), str(edited), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["figures"]["bac"] == {"old": None, "new": None}
    assert data["figures"]["cost"]["new"] == data["figures"]["cost"]["old"] + 500
