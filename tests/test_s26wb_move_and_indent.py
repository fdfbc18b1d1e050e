"""A client who moves a row and indents a summary in the same returned workbook: both are
taken (Excel's cut and insert carries the Task cell's indent with the row, so each row's
indent still stands by its task). Only when the rows' values moved without their format
(Paste Values) are the indents not read, and the review says so and why."""

from __future__ import annotations

from copy import copy
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.io.excel_import import read_roundtrip_workbook

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"
DESIGN = range(11, 19)  # the subtasks of 'Solution design' (uid 10, row 11)


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "plan.xlsx"
    assert main(["convert", str(DEMO), str(path)]) == 0
    return path


def _save(book: openpyxl.Workbook, path: Path) -> Path:
    out = path.with_name("returned.xlsx")
    book.save(out)
    check = openpyxl.load_workbook(out)["Plan"]  # as the client's Excel would show it
    assert check["D11"].value is not None
    return out


def _indent(ws, cell: str, indent: int) -> None:  # type: ignore[no-untyped-def]
    alignment = copy(ws[cell].alignment)
    alignment.indent = indent
    ws[cell].alignment = alignment


def test_s26wb_a_row_moved_and_a_summary_indented_are_both_taken(exported: Path) -> None:
    book = openpyxl.load_workbook(exported)
    ws = book["Plan"]
    cells = [(c.value, c._style) for c in ws[6]]  # 'As-is process mapping', cut with its format
    ws.delete_rows(6)
    ws.insert_rows(9)  # after 'Requirements specification'
    for col, (value, style) in enumerate(cells, start=1):
        ws.cell(9, col).value, ws.cell(9, col)._style = value, style
    assert ws["D11"].value == "Solution design"
    _indent(ws, "D11", 1)
    trip = read_roundtrip_workbook(_save(book, exported))
    order = [t.uid for t in trip.theirs.tasks]
    assert order[:10] == [1, 2, 3, 4, 6, 7, 8, 5, 9, 10]  # the move
    parents = trip.theirs.parent_uids()
    assert parents[10] == 1  # the indent
    assert all(parents[uid] == 10 for uid in DESIGN)  # its branch along
    assert trip.notes == [
        "Plan!D11: 'Solution design' is now a subtask of 'Initiation and discovery' (outline "
        "level 2), as the cell's indent shows; its 8 subtasks move with it"
    ]


def test_s26wb_rows_moved_as_values_only_leave_the_indents_unread_and_say_why(
    exported: Path,
) -> None:
    book = openpyxl.load_workbook(exported)
    ws = book["Plan"]
    # rows 10 and 11 swapped by their values only: each format stays where it stood
    ten, eleven = [c.value for c in ws[10]], [c.value for c in ws[11]]
    for col, (a, b) in enumerate(zip(ten, eleven, strict=True), start=1):
        ws.cell(10, col).value, ws.cell(11, col).value = b, a
    trip = read_roundtrip_workbook(_save(book, exported))
    assert [t.uid for t in trip.theirs.tasks][8:10] == [10, 9]
    assert trip.theirs.task(10).outline_level == 1  # not taken from row 10's indent
    said = [n for n in trip.notes if "indents" in n]
    assert len(said) == 1
    assert said[0].startswith("Plan!D10: rows were moved and this Task cell's indent is not as")
    assert "are not read as the outline" in said[0]
    assert "the moves are taken" in said[0]
