"""The streaming .xlsx writer: well-formed parts, values of every kind, never a formula."""

from __future__ import annotations

import contextlib
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
from defusedxml.ElementTree import fromstring
from python_calamine import CalamineWorkbook

from app.io.xlsx_writer import CellFormat, Styled, XlsxBook


def test_values_styles_and_parts(tmp_path: Path) -> None:
    book = XlsxBook()
    ws = book.add_sheet("Data & 'more'")
    bold = book.style(CellFormat(bold=True, fill="FF0000", indent=2))
    date_fmt = book.style(CellFormat(number_format="yyyy-mm-dd"))
    ws.widths = {0: 20.0}
    ws.freeze = (1, 1)
    ws.autofilter = "A1:F2"
    ws.print_title_rows = 1
    ws.print_title_columns = 1
    ws.append(
        ["text", 1, 2.5, True, Styled(datetime(2026, 1, 5, 8, 30), date_fmt), Styled("b", bold)]
    )
    ws.append(
        ["=1+1", "  spaced  ", "line\r\nbreak", 'a<b>&"c"\x01', float("nan"), date(2026, 2, 1)]
    )
    hidden = book.add_sheet("secret")
    hidden.hidden = True
    hidden.append(["x"])
    path = tmp_path / "w.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.endswith((".xml", ".rels")):
                fromstring(zf.read(name))  # every part parses
        assert b"<f>" not in zf.read("xl/worksheets/sheet1.xml")
    wb = openpyxl.load_workbook(path)
    sheet = wb["Data & 'more'"]
    assert [c.value for c in sheet[1]] == ["text", 1, 2.5, True, datetime(2026, 1, 5, 8, 30), "b"]
    assert sheet["F1"].font.b
    assert sheet["F1"].alignment.indent == 2
    assert sheet["A2"].value == "=1+1"
    assert sheet["A2"].data_type == "s"
    assert sheet["B2"].value == "  spaced  "
    assert sheet["C2"].value == "line\r\nbreak"
    assert sheet["D2"].value == 'a<b>&"c"'
    assert sheet["E2"].value is None
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == "A1:F2"
    assert sheet.column_dimensions["A"].width == 20
    assert wb["secret"].sheet_state == "hidden"
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Data & 'more'").to_python()
    assert rows[1][5] in (date(2026, 2, 1), datetime(2026, 2, 1))


def test_a_failed_save_leaves_no_file(tmp_path: Path) -> None:
    book = XlsxBook()
    ws = book.add_sheet("S")
    ws.append([object()])  # written as its text: no failure, but a folder as target fails
    target = tmp_path / "dir.xlsx"
    target.mkdir()
    with contextlib.suppress(OSError):
        book.save(target)
    assert not list(tmp_path.glob(".*.tmp"))
