"""A client's returned workbook: cells that hide which task or person a value belongs to are
refused with one message naming the cell, and nothing is read from that workbook."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from tests.unit.excel_plans import sample_plan


def _exported(tmp_path: Path) -> Path:
    path = tmp_path / "client.xlsx"
    write_plan(sample_plan(), path)
    return path


def _letter(ws: openpyxl.worksheet.worksheet.Worksheet, title: str) -> str:
    header = [c.value for c in ws[1]]
    return openpyxl.utils.get_column_letter(header.index(title) + 1)


def test_people_cells_merged_over_two_tasks_are_refused(tmp_path: Path) -> None:
    # Rows 3 and 4 hold '=HYPERLINK...' (Ana) and 'Review' (nobody). Merged, the lower row
    # reads as empty: before, the review silently took the merge for a People edit.
    path = _exported(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    col = _letter(ws, "People")
    ws.merge_cells(f"{col}3:{col}4")
    wb.save(path)
    with pytest.raises(
        FileFormatError, match=rf"^Plan!{col}3: merged cells \({col}3:{col}4\) in the task rows"
    ):
        read_roundtrip_workbook(path)


def test_merged_cells_in_the_team_sheet_are_refused(tmp_path: Path) -> None:
    path = _exported(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Team"]
    col = _letter(ws, "Role")
    ws.merge_cells(f"{col}2:{col}3")
    wb.save(path)
    with pytest.raises(FileFormatError, match=rf"^Team!{col}2: merged cells"):
        read_roundtrip_workbook(path)


def test_merged_cells_gantry_does_not_read_are_fine(tmp_path: Path) -> None:
    # A column of the client's own and a title row above the table change nothing Gantry reads.
    path = _exported(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    extra = openpyxl.utils.get_column_letter(ws.max_column + 2)
    ws[f"{extra}1"] = "Client remarks"
    ws[f"{extra}2"] = "all fine"
    ws.merge_cells(f"{extra}2:{extra}4")
    wb.save(path)
    trip = read_roundtrip_workbook(path)
    assert trip.theirs.tasks == trip.base.tasks
    assert trip.theirs.assignments == trip.base.assignments
