"""The client's side of the workbook round trip (s24xc, exploratory): edits a client makes in
Excel or LibreOffice that the PM did not get back. Each test was a fault found here, marked
xfail(strict); s24wb2 fixed them and took the markers off (tests/test_s24w2_*.py go further)."""

from __future__ import annotations

from copy import copy
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.errors import AppError
from app.formats import read_plan
from app.io.excel_import import read_roundtrip_workbook

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    """The demo plan as the workbook the PM sends (Plan row 6: task 5 'As-is process
    mapping' under summary 1; row 10: task 9, the summary's last subtask)."""
    path = tmp_path / "plan.xlsx"
    assert main(["convert", str(DEMO), str(path)]) == 0
    return path


def _returned(path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    book = openpyxl.load_workbook(path)
    edit(book["Plan"])
    out = path.with_name("returned.xlsx")
    book.save(out)
    return out


def _applied_order(path: Path) -> list[tuple[int, int]]:
    return [(t.uid, t.outline_level) for t in read_plan(path).tasks]


def test_s24xc_a_row_moved_within_its_summary_comes_back(exported: Path) -> None:
    def move(ws) -> None:  # type: ignore[no-untyped-def]
        cells = [(c.value, c._style) for c in ws[6]]  # task 5, cut ...
        ws.delete_rows(6)
        ws.insert_rows(9)  # ... and inserted after task 8 (WBS left as it was)
        for col, (value, style) in enumerate(cells, start=1):
            ws.cell(9, col).value, ws.cell(9, col)._style = value, style

    returned = _returned(exported, move)
    read = [t.uid for t in read_roundtrip_workbook(returned).theirs.tasks][:9]
    assert read == [1, 2, 3, 4, 6, 7, 8, 5, 9]  # the reader sees the move ...
    assert [uid for uid, _ in _applied_order(returned)][:9] == read  # ... the plan loses it


def test_s24xc_an_indent_added_in_excel_is_not_lost(exported: Path) -> None:
    def indent(ws) -> None:  # type: ignore[no-untyped-def]
        cell = ws["D10"]  # task 9 'Requirements signed off', indent 1
        alignment = copy(cell.alignment)
        alignment.indent = 2  # Excel's Increase Indent: a subtask of task 8
        cell.alignment = alignment

    returned = _returned(exported, indent)
    try:
        levels = dict(_applied_order(returned))
    except AppError:
        return  # refused, naming the cell: the client learns the outline is the WBS
    assert levels[9] == 3


def test_s24xc_a_ref_error_in_predecessors_is_refused(exported: Path) -> None:
    def broken(ws) -> None:  # type: ignore[no-untyped-def]
        ws["H9"] = "#REF!"  # openpyxl writes an error cell (t="e"), as a pasted #REF! is

    returned = _returned(exported, broken)
    with pytest.raises(AppError, match=r"Plan!H9"):
        read_plan(returned)  # today: task 8's two links silently removed
