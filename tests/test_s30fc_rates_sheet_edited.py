"""The workbook's Rates sheet is a view: a rate typed there is not read. A client fixing an
invoice rate on it lost the edit without a word (reviewer s30rv, M2). The sheet now says
so under its table, and a read names the first cell edited."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from app.formats import read_plan, write_plan

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


def _read(path: Path) -> list[str]:
    notes: list[str] = []
    read_plan(path, warn=notes.append)
    return notes


def test_s30fc_a_rate_edited_on_the_rates_sheet_is_named(tmp_path):
    path = tmp_path / "plan.xlsx"
    write_plan(read_plan(DEMO), path)
    book = openpyxl.load_workbook(path)
    sheet = book["Rates"]
    said = [c.value for row in sheet.iter_rows() for c in row if c.value]
    assert "This sheet is not read back: change rates on the Team sheet" in said
    assert not any("Rates" in n for n in _read(path))
    sheet["D2"] = float(sheet["D2"].value) + 5
    book.save(path)
    assert "Rates!D2: the Rates sheet is not read; change rates on the Team sheet" in _read(path)
