"""gantry diff PLAN.gantry CLIENT.xlsx on a client hand-off: only what the workbook carried.

A hand-off sent without rates, risks or notes read back without them; the diff listed
~120 false changes (every rate to €0, the risks removed, 'Cost €207,210 -> €0'). Each
option is diffed untouched (no change) and with one real edit (that edit alone).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


def _gantry(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True, check=False
    )


def _handoff(tmp_path: Path, options: tuple[str, ...]) -> tuple[Path, Path]:
    plan = tmp_path / "plan.gantry"
    shutil.copy(DEMO, plan)
    book = tmp_path / "client.xlsx"
    done = _gantry("convert", plan, book, *options)
    assert done.returncode == 0, done.stderr
    return plan, book


def _edit(book: Path, title: str, row: int, value: object) -> Path:
    wb = load_workbook(book)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    ws.cell(row, header.index(title) + 1).value = value
    edited = book.with_name("edited.xlsx")
    wb.save(edited)
    return edited


OPTIONS = [("--client",), ("--no-costs",), ("--people", "names")]


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: " ".join(o))
def test_s26hd_untouched_handoff_shows_no_change_and_says_what_was_not_compared(
    tmp_path: Path, options: tuple[str, ...]
) -> None:
    plan, book = _handoff(tmp_path, options)
    done = _gantry("diff", plan, book)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "no changes"
    assert "rates and costs" in done.stderr
    assert "not compared: client.xlsx leaves them out" in done.stderr
    # either way round
    back = _gantry("diff", book, plan)
    assert back.stdout.strip() == "no changes"


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: " ".join(o))
def test_s26hd_one_edit_in_a_handoff_is_the_only_change(
    tmp_path: Path, options: tuple[str, ...]
) -> None:
    plan, book = _handoff(tmp_path, options)
    edited = _edit(book, "Task", 3, "Kick-off, renamed by the client")
    done = _gantry("diff", plan, edited, "--json")
    assert done.returncode == 0, done.stderr
    changes = json.loads(done.stdout)["changes"]
    assert [(c["entity"], c["field"], c["new"]) for c in changes] == [
        ("task", "name", "Kick-off, renamed by the client")
    ]


def test_s26hd_longer_task_in_a_handoff_without_costs_claims_no_cost_to_zero(
    tmp_path: Path,
) -> None:
    plan, book = _handoff(tmp_path, ("--no-costs",))
    edited = _edit(book, "Duration", 4, "7d")
    done = _gantry("diff", plan, edited)
    assert done.returncode == 0, done.stderr
    figures = [line for line in done.stdout.splitlines() if line.startswith("figures:")]
    assert figures == ["figures: Work 2106h -> 2138h (+32h)"]
    assert "€0" not in done.stdout
    assert "resource" not in done.stdout
    assert "\nremoved  risk" not in done.stdout


def test_s26hd_full_export_is_still_compared_whole(tmp_path: Path) -> None:
    plan, book = _handoff(tmp_path, ())
    edited = _edit(book, "Duration", 4, "7d")
    done = _gantry("diff", plan, edited)
    assert "not compared" not in done.stderr
    assert "figures: Cost " in done.stdout


def test_s26hd_json_figures_give_no_money_for_a_handoff_without_costs(tmp_path: Path) -> None:
    plan, book = _handoff(tmp_path, ("--no-costs",))
    edited = _edit(book, "Duration", 4, "7d")
    figures = json.loads(_gantry("diff", plan, edited, "--json").stdout)["figures"]
    assert figures["cost"] == {"old": None, "new": None}
    assert figures["work_minutes"] == {"old": 2106 * 60, "new": 2138 * 60}
    assert [t["cost"] for t in figures["tasks"]] == [{"old": None, "new": None}]
