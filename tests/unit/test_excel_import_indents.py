"""Cell indents read from the .xlsx parts agree with openpyxl's reading of the same cells."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
from openpyxl.styles import Alignment, Font

from app.io.xlsx_indents import _format_indents, _scan_cells, column_indents


def _openpyxl_indents(path: Path, sheet: str, col: int) -> dict[int, int]:
    """What the import read before: openpyxl in read-only mode, row by row."""
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        out: dict[int, int] = {}
        ws = wb[sheet]
        for i, row in enumerate(ws.iter_rows(min_col=col + 1, max_col=col + 1)):
            if row and getattr(row[0], "alignment", None) is not None:
                indent = int(row[0].alignment.indent or 0)
                if indent:
                    out[i] = indent
        return out
    finally:
        wb.close()


def _book(path: Path, gaps: bool) -> Path:
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "Cover"
    first["A1"] = "Client plan"
    ws = wb.create_sheet("Tasks")
    ws.append(["Project status"])
    ws.append(["ID", "Task", "Duration"])
    row = 3
    for k in range(60):
        if gaps and k % 17 == 5:
            row += 2  # empty rows inside the table
        ws.cell(row=row, column=1, value=k + 1)
        name = ws.cell(row=row, column=2, value=f"Task {k}")
        ws.cell(row=row, column=3, value="2d")
        depth = k % 4
        if depth:
            name.alignment = Alignment(indent=depth, wrap_text=k % 2 == 0)
        if k % 5 == 0:
            name.font = Font(bold=True)  # other formats around the indented ones
        if k % 7 == 0:
            ws.cell(row=row, column=3).alignment = Alignment(indent=3)  # another column
        row += 1
    wb.save(path)
    return path


@pytest.mark.parametrize("gaps", [False, True])
def test_indents_equal_openpyxl(tmp_path: Path, gaps: bool) -> None:
    path = _book(tmp_path / "plan.xlsx", gaps)
    found = column_indents(path, "Tasks", 1)
    assert found is not None
    assert found == _openpyxl_indents(path, "Tasks", 1)
    assert set(found.values()) == {1, 2, 3}


def test_other_columns_and_sheets_are_not_mixed_in(tmp_path: Path) -> None:
    path = _book(tmp_path / "plan.xlsx", False)
    assert column_indents(path, "Tasks", 2) == _openpyxl_indents(path, "Tasks", 2)
    assert column_indents(path, "Cover", 1) == {}


def test_a_layout_it_does_not_follow_is_left_to_openpyxl(tmp_path: Path) -> None:
    path = _book(tmp_path / "plan.xlsx", False)
    assert column_indents(path, "No such sheet", 1) is None
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert column_indents(broken, "Tasks", 1) is None


def test_the_stored_client_plans_agree_with_openpyxl(shared_data: Path) -> None:
    checked = 0
    for path in sorted((shared_data / "xlsx").glob("*.xlsx")):
        book = openpyxl.load_workbook(path, read_only=True)
        names = book.sheetnames
        book.close()
        for sheet in names:
            for col in range(4):
                found = column_indents(path, sheet, col)
                if found is not None:
                    assert found == _openpyxl_indents(path, sheet, col), (path.name, sheet, col)
                    checked += 1
    assert checked > 0


def _rewrite_sheet(src: Path, dst: Path, change) -> None:
    """Copy a workbook, passing the Tasks sheet's XML through ``change``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet2.xml":
                data = change(data)
            zout.writestr(info, data)


def test_the_tag_scan_and_the_full_parse_agree(tmp_path: Path) -> None:
    path = _book(tmp_path / "plan.xlsx", True)
    with zipfile.ZipFile(path) as zf:
        data = zf.read("xl/worksheets/sheet2.xml")
        styles = ElementTree.fromstring(zf.read("xl/styles.xml"))
    indents = _format_indents(styles)
    scanned = _scan_cells(data, 1, indents)
    assert scanned is not None
    assert scanned == _openpyxl_indents(path, "Tasks", 1)
    # a comment sends the sheet to the full parse, which gives the same answer
    assert _scan_cells(b"<!-- note -->" + data, 1, indents) is None
    commented = tmp_path / "commented.xlsx"
    _rewrite_sheet(path, commented, lambda d: d.replace(b"<sheetData>", b"<sheetData><!-- x -->"))
    assert column_indents(commented, "Tasks", 1) == scanned


def test_a_declaration_in_the_sheet_is_never_expanded(tmp_path: Path) -> None:
    path = _book(tmp_path / "plan.xlsx", False)
    evil = tmp_path / "evil.xlsx"
    doctype = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'

    def add_doctype(data: bytes) -> bytes:
        if data.startswith(b"<?xml"):
            end = data.index(b"?>") + 2
            return data[:end] + doctype + data[end:]
        return doctype + data

    _rewrite_sheet(path, evil, add_doctype)
    with zipfile.ZipFile(evil) as zf:
        assert doctype in zf.read("xl/worksheets/sheet2.xml")
    assert column_indents(evil, "Tasks", 1) is None  # refused here; openpyxl decides
