"""The command line on spreadsheets: convert prints the mapping, diff of a round trip."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from app.cli import main
from app.formats import write_plan
from tests.unit.excel_plans import sample_plan


def test_convert_client_sheet_prints_the_mapping(shared_data: Path, tmp_path: Path, capsys) -> None:
    src = shared_data / "xlsx" / "packt-tpm-handbook-tables.xlsx"
    out = tmp_path / "plan.xlsx"
    assert main(["convert", str(src), str(out), "--sheet", "Tasks"]) == 0
    printed = capsys.readouterr().out
    assert "sheet 'Tasks', header on row 1" in printed
    assert "Predecessors           <- column E 'Dependencies'" in printed
    assert "33 tasks" in printed


def test_diff_json_of_an_edited_workbook(tmp_path: Path, capsys) -> None:
    old = tmp_path / "plan.xlsx"
    write_plan(sample_plan(), old)
    new = tmp_path / "client.xlsx"
    wb = openpyxl.load_workbook(old)
    wb["Plan"]["D4"].value = "Peer review"
    wb.save(new)
    assert main(["diff", str(old), str(new), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert changes == [
        {
            "entity": "task",
            "uid": 3,
            "name": "Peer review",
            "kind": "changed",
            "field": "name",
            "old": "Review",
            "new": "Peer review",
            "id": 3,  # s27di: its row, beside its uid
        }
    ]


def test_bad_sheet_is_one_line_and_exit_1(tmp_path: Path, capsys) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_text("nope")
    assert main(["convert", str(path), str(tmp_path / "x.gantry")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "bad.xlsx: is a text file, not an Excel workbook" in err
