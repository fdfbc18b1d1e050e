"""A returned workbook with several bad cells tells them together, and changes nothing: the
window one a line, the command line in its one line (the first in full, then the others'
cells). Before, only the first was told: the client fixed it, sent it back, heard of the
next."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from app.assets import resource_path
from app.cli import main
from app.domain.diff import diff_plans
from app.domain.merge import copy_plan
from app.formats import read_plan
from app.io.roundtrip_refusals import LIMIT
from app.ui.document import Document
from app.ui.exchange import actions as exchange
from app.ui.exchange.actions import ExchangeDialogs

BAD = {  # task -> (column, value the client typed)
    "System test": ("Duration", "soon"),
    "Integration test": ("Start", "31/02/2027"),
    "Security test": ("% Complete", 1.5),
    "Hypercare": ("Duration", "-3d"),
    "Go-live": ("Predecessors", "999"),
}


@pytest.fixture
def returned(tmp_path: Path) -> tuple[Path, Path]:
    plan = tmp_path / "demo.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), plan)
    workbook = tmp_path / "demo.xlsx"
    assert main(["convert", str(plan), str(workbook)]) == 0
    wb = openpyxl.load_workbook(workbook)
    ws = wb["Plan"]
    col = {c.value: k + 1 for k, c in enumerate(ws[1])}
    rows = {ws.cell(r, col["Task"]).value: r for r in range(2, ws.max_row + 1)}
    for name, (title, value) in BAD.items():
        ws.cell(rows[name], col[title]).value = value
    wb.save(workbook)
    return plan, workbook


def test_s22ri_the_cli_names_every_bad_cell_in_one_line(returned, tmp_path, capsys):
    _plan, workbook = returned
    out = tmp_path / "back.gantry"
    capsys.readouterr()
    assert main(["convert", str(workbook), str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "gantry: demo.xlsx: Plan!E43: 'soon' is not a duration (try 5d, 4h, 2w) "
        "(and 4 more cells: Plan!F44, Plan!J46, Plan!E59, Plan!H58)"
    ]
    assert not out.exists()


def test_s22ri_the_window_lists_the_bad_cells_and_changes_nothing(qtbot, returned, monkeypatch):
    plan, workbook = returned
    document = Document(read_plan(plan), plan)
    before = copy_plan(document.plan)
    told: list[str] = []
    monkeypatch.setattr(ExchangeDialogs, "error", classmethod(lambda cls, p, m: told.append(m)))
    assert exchange.run_import(None, document, workbook) is None
    [message] = told
    lines = message.splitlines()
    assert lines[0] == "demo.xlsx: the workbook was not imported:"
    assert [line.partition(": ")[0] for line in lines[1:]] == [
        "Plan!E43", "Plan!F44", "Plan!J46", "Plan!E59", "Plan!H58",
    ]  # fmt: skip
    assert lines[1] == "Plan!E43: 'soon' is not a duration (try 5d, 4h, 2w)"
    assert diff_plans(before, document.plan, exact=True) == []


def test_s22ri_past_the_limit_the_rest_is_counted_not_listed(tmp_path, returned, capsys):
    _plan, workbook = returned
    wb = openpyxl.load_workbook(workbook)
    ws = wb["Plan"]
    col = {c.value: k + 1 for k, c in enumerate(ws[1])}
    for r in range(2, 2 + LIMIT + 3):
        ws.cell(r, col["Notes"]).value = None  # not refused: a note may be emptied
        ws.cell(r, col["Duration"]).value = "soon"
    wb.save(workbook)
    capsys.readouterr()
    assert main(["convert", str(workbook), str(tmp_path / "back.gantry")]) == 1
    err = capsys.readouterr().err.strip()
    assert f"(and {LIMIT - 1}+ more cells: " in err
    assert err.endswith(", …)")
