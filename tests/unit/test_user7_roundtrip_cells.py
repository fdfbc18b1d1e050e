"""A client's returned workbook: cells that hide which task or person a value belongs to are
refused with one message naming the cell, and nothing is read from that workbook."""

from __future__ import annotations

import shutil
import subprocess
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


def _with_cell_xml(path: Path, sheet_title: str, ref: str, xml: str) -> None:
    """Replace cell ``ref`` of a sheet by raw XML, as Excel saves a formula and its result."""
    import re
    import zipfile

    wb = openpyxl.load_workbook(path)
    index = wb.sheetnames.index(sheet_title) + 1
    part = f"xl/worksheets/sheet{index}.xml"
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    text = members[part].decode()
    text, count = re.subn(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', xml, text, count=1)
    assert count == 1
    members[part] = text.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_a_formula_saved_without_its_value_is_named_not_read_as_empty(tmp_path: Path) -> None:
    # openpyxl and other scripts save '=E2*2' with no result; read as empty, the Duration
    # cell said 'the duration is empty' and a People cell lost its people.
    path = _exported(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    col = _letter(ws, "Duration")
    ws[f"{col}4"] = f"={col}3*2"
    people = _letter(ws, "People")
    wb.save(path)
    with pytest.raises(FileFormatError, match=rf"^Plan!{col}4: the formula ={col}3\*2 has no "):
        read_roundtrip_workbook(path)
    wb = openpyxl.load_workbook(path)
    wb["Plan"][f"{col}4"] = "5d"
    wb["Plan"][f"{people}3"] = f"={people}5"
    wb.save(path)
    with pytest.raises(FileFormatError, match=rf"^Plan!{people}3: the formula ={people}5 has no"):
        read_roundtrip_workbook(path)


def test_a_formula_whose_result_is_an_error_is_named(tmp_path: Path) -> None:
    path = _exported(tmp_path)
    ws = openpyxl.load_workbook(path)["Plan"]
    col = _letter(ws, "People")
    _with_cell_xml(
        path, "Plan", f"{col}3", f'<c r="{col}3" t="e"><f>VLOOKUP(A3,X:Y,2)</f><v>#N/A</v></c>'
    )
    with pytest.raises(FileFormatError, match=rf"^Plan!{col}3: .*#N/A"):
        read_roundtrip_workbook(path)


def test_a_formula_excel_saved_with_its_result_is_read_as_that_result(tmp_path: Path) -> None:
    path = _exported(tmp_path)
    ws = openpyxl.load_workbook(path)["Plan"]
    col = _letter(ws, "Duration")
    _with_cell_xml(
        path, "Plan", f"{col}4", f'<c r="{col}4" t="str"><f>"4"&amp;"d"</f><v>4d</v></c>'
    )
    trip = read_roundtrip_workbook(path)
    assert trip.theirs.task(3).duration_minutes == 4 * 480


_ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet>
<table:table table:name="Other"><table:table-row><table:table-cell
 table:number-rows-spanned="3"/></table:table-row></table:table>
<table:table table:name="Plan">
<table:table-header-rows><table:table-row><table:table-cell><text:p>Task</text:p>
</table:table-cell><table:table-cell><text:p>People</text:p></table:table-cell>
</table:table-row></table:table-header-rows>
<table:table-row table:number-rows-repeated="2"><table:table-cell
 table:number-columns-repeated="2"/></table:table-row>
<table:table-row><table:table-cell><text:p>a</text:p></table:table-cell><table:table-cell
 table:number-rows-spanned="2"><text:p>Ana</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>b</text:p></table:table-cell>
<table:covered-table-cell/></table:table-row>
<table:table-row><table:table-cell table:number-columns-repeated="3"/><table:table-cell
 table:number-columns-spanned="2" table:number-rows-spanned="1"/></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"""


def test_merged_ranges_of_an_ods_sheet(tmp_path: Path) -> None:
    # python-calamine names no merged ranges in an .ods: the client's merged People
    # cells read as 'Ana' on the first row and nobody on the second.
    import zipfile

    from app.io.workbook_ods_merges import ods_merged_ranges

    path = tmp_path / "client.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", _ODS_CONTENT)
    assert ods_merged_ranges(path) == {
        "Other": [((0, 0), (2, 0))],
        "Plan": [((3, 1), (4, 1)), ((5, 3), (5, 4))],
    }


@pytest.mark.slow
@pytest.mark.skipif(
    not (shutil.which("soffice") or shutil.which("libreoffice")),
    reason="LibreOffice (soffice) is not installed",
)
def test_merged_people_cells_in_a_workbook_resaved_as_ods_are_refused(tmp_path: Path) -> None:
    path = _exported(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    col = _letter(ws, "People")
    ws.merge_cells(f"{col}3:{col}4")
    wb.save(path)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    out = tmp_path / "ods"
    subprocess.run(
        [
            str(soffice),
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "ods",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    with pytest.raises(FileFormatError, match=rf"^Plan!{col}3: merged cells \({col}3:{col}4\)"):
        read_roundtrip_workbook(out / "client.ods")
