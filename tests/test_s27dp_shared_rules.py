"""Rules that two places used to write each on its own, now one: what a hand-off workbook
says it left out (gantry info and gantry diff read it alike), and whether a process that
left a lock or a draft beside a plan still runs."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import openpyxl

from app import formats
from app.cli.info_command import run_info
from app.io.excel_export import write_workbook
from app.io.excel_export_choice import ExportChoice
from app.io.handoff_choice import left_out_said
from app.io.handoff_facts import costs_left_out
from app.io.workbook_about_sheet import ABOUT_SHEET
from app.store.processes import running

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


def _cost_said(path: Path) -> str:
    out = io.StringIO()
    assert run_info(Namespace(file=path, sheet=None), out) == 0
    lines = dict(line.split(":", 1) for line in out.getvalue().splitlines())
    return lines["Cost"].strip()


def test_s27dp_info_reads_what_diff_reads_when_the_about_sheet_is_gone(tmp_path):
    out = tmp_path / "client.xlsx"
    write_workbook(formats.read_plan(DEMO), out, choice=ExportChoice(costs=False))
    book = openpyxl.load_workbook(out)
    del book[ABOUT_SHEET]  # a client tidied the workbook; the hidden _gantry sheet stays
    book.save(out)
    assert "rates and costs" in left_out_said(out)  # what gantry diff goes by
    assert costs_left_out(out)
    assert _cost_said(out) == "not in this workbook"


def test_s27dp_a_full_workbook_and_other_files_leave_no_cost_out(tmp_path):
    full = tmp_path / "full.xlsx"
    write_workbook(formats.read_plan(DEMO), full, choice=ExportChoice())
    assert not costs_left_out(full)
    assert not costs_left_out(DEMO)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    assert not costs_left_out(broken)


def test_s27dp_a_process_runs_until_it_ends():
    assert running(os.getpid())
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert not running(int(child.stdout))
