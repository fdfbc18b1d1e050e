"""A CSV hand-off: File > Export to CSV and ``gantry convert x.csv`` always wrote Fixed
cost, Cost and Notes, so a PM sending a client the task table sent the agency's amounts
and internal notes with it. The workbook's choices that make sense for a table (costs,
notes, the client preset) now leave those columns out of the CSV.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from app import formats
from app.io.csv_plan import write_csv
from app.io.excel_export_choice import CLIENT_HANDOFF, ExportChoice

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"
NOTE = "Internal only: billed at cost plus 40"


def _plan():
    plan = formats.read_plan(DEMO)
    plan.update_task(replace(plan.tasks[3], notes=NOTE, fixed_cost=1234.0))
    return plan


def _table(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize(
    ("choice", "gone"),
    [
        (CLIENT_HANDOFF, ["Fixed cost (EUR)", "Cost (EUR)", "Notes"]),
        (ExportChoice(costs=False), ["Fixed cost (EUR)", "Cost (EUR)"]),
        (ExportChoice(notes=False), ["Notes"]),
    ],
)
def test_s26ex_a_csv_handoff_leaves_the_columns_out(tmp_path, choice, gone):
    out = tmp_path / "client.csv"
    write_csv(_plan(), out, choice=choice)
    rows = _table(out)
    titles = rows[0]
    assert not set(gone) & set(titles)
    assert all(len(r) == len(titles) for r in rows)  # every row as wide as its titles
    text = out.read_text(encoding="utf-8-sig")
    if "Notes" in gone:
        assert NOTE not in text
    if "Cost (EUR)" in gone:
        assert "1234" not in text
    back = formats.read_plan(out)  # it still reads back as the plan's tasks
    assert [t.name for t in back.tasks] == [t.name for t in _plan().tasks]


def test_s26ex_the_full_csv_is_as_before(tmp_path):
    out = tmp_path / "full.csv"
    write_csv(_plan(), out)
    titles = _table(out)[0]
    assert {"Fixed cost (EUR)", "Cost (EUR)", "Notes"} <= set(titles)
    assert NOTE in out.read_text(encoding="utf-8-sig")


def _gantry(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, check=False
    )


def test_s26ex_convert_to_csv_takes_client_no_costs_no_notes(tmp_path):
    source = tmp_path / "A.gantry"
    formats.write_plan(_plan(), source)
    out = tmp_path / "A.csv"
    done = _gantry("convert", str(source), str(out), "--no-costs", "--no-notes", "--client")
    assert done.returncode == 0, done.stderr
    titles = _table(out)[0]
    assert "Notes" not in titles
    assert "Cost (EUR)" not in titles
    assert NOTE not in out.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("option", ["--no-team", "--no-risks", "--no-roundtrip"])
def test_s26ex_workbook_only_options_are_refused_for_csv(tmp_path, option):
    out = tmp_path / "A.csv"
    done = _gantry("convert", str(DEMO), str(out), option)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert option in lines[0]
    assert ".xlsx output only" in lines[0]
    assert not out.exists()
