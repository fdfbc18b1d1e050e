"""Bad workbooks give one FileFormatError naming sheet, row and column, and build nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError
from app.formats import read_plan, write_plan
from app.io.excel_import import read_workbook
from app.io.workbook_limits import WorkbookLimits
from tests.unit.excel_plans import sample_plan


def _save(path: Path, rows: list[list[object]], title: str = "Plan") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_wrong_file_type(tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("just some text, not a workbook")
    with pytest.raises(
        FileFormatError, match=r"notes\.xlsx: is a text file, not an Excel workbook"
    ):
        read_plan(path)


def test_corrupt_workbook(tmp_path: Path) -> None:
    good = _save(tmp_path / "good.xlsx", [["Task", "Duration"], ["a", 1]])
    data = good.read_bytes()
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(FileFormatError, match=r"bad\.xlsx: the workbook is damaged"):
        read_plan(bad)


def test_password_protected_workbook(tmp_path: Path) -> None:
    # An encrypted OOXML workbook is an OLE compound file whatever its extension.
    path = tmp_path / "secret.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    with pytest.raises(FileFormatError, match="password-protected"):
        read_plan(path)


def test_corrupt_xls(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x07" * 4096)
    with pytest.raises(
        FileFormatError, match=r"^old\.xls: the workbook is damaged or not a workbook"
    ):
        read_plan(path)


def test_zip_bomb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
    with pytest.raises(FileFormatError, match="zip bomb"):
        read_plan(path)


def test_total_size_limit(tmp_path: Path) -> None:
    path = _save(tmp_path / "big.xlsx", [["Task", "Duration"], ["a", 1]])
    with pytest.raises(FileFormatError, match="unpacks to"):
        read_workbook(path, limits=WorkbookLimits(max_uncompressed_bytes=1000))


def test_too_many_rows(tmp_path: Path) -> None:
    path = tmp_path / "rows.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Huge")
    ws.append(["Task", "Duration"])
    for k in range(1200):
        ws.append([f"t{k}", 1])
    wb.save(path)
    with pytest.raises(FileFormatError, match=r"Huge: 1,201 rows is more than the 1,000"):
        read_workbook(path, limits=WorkbookLimits(max_rows=1000))


def test_a_million_row_sheet_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "million.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "Duration"])
    ws.append(["a", 1])
    ws.cell(row=1_048_576, column=1, value="last row")
    wb.save(path)
    with pytest.raises(FileFormatError, match=r"^Plan: 1,048,576 rows is more than the 200,000"):
        read_plan(path)


def test_text_in_a_date_column(tmp_path: Path) -> None:
    path = _save(
        tmp_path / "d.xlsx",
        [
            ["Project X"],
            ["Task", "Duration", "Start"],
            ["a", 1, "2026-01-05"],
            ["b", 2, "next week"],
        ],
    )
    with pytest.raises(FileFormatError) as err:
        read_workbook(path)
    assert str(err.value) == "Plan!C4: 'next week' is not a date"


def test_bad_duration_names_the_cell(tmp_path: Path) -> None:
    path = _save(tmp_path / "d.xlsx", [["Task", "Duration"], ["a", "soon"]])
    with pytest.raises(FileFormatError, match=r"^Plan!B2: 'soon' is not a duration"):
        read_workbook(path)


def test_predecessor_cycle(tmp_path: Path) -> None:
    path = _save(
        tmp_path / "c.xlsx",
        [
            ["ID", "Task", "Duration", "Predecessors"],
            [1, "a", 1, "3"],
            [2, "b", 1, "1"],
            [3, "c", 1, "2"],
        ],
    )
    with pytest.raises(
        FileFormatError,
        match=r"^Plan!D\d: predecessors form a cycle: 'a' -> 'b' -> 'c' -> 'a'|^Plan!D\d: predecessors form a cycle",
    ):
        read_workbook(path)


def test_unknown_predecessor(tmp_path: Path) -> None:
    path = _save(
        tmp_path / "u.xlsx", [["Task", "Duration", "Predecessors"], ["a", 1, ""], ["b", 1, "7"]]
    )
    with pytest.raises(FileFormatError, match=r"^Plan!C3: no task with id 7$"):
        read_workbook(path)


def test_merged_cells_in_task_rows(tmp_path: Path) -> None:
    path = tmp_path / "m.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    for row in (["Big title", None], ["Task", "Duration"], ["a", 1], ["b", None], ["c", 2]):
        ws.append(row)
    ws.merge_cells("A1:B1")  # a merged title above the header is fine
    ws.merge_cells("B4:B5")
    wb.save(path)
    with pytest.raises(FileFormatError, match=r"^Plan!B4: merged cells \(B4:B5\)"):
        read_workbook(path)


def test_roundtrip_errors_name_the_cell_and_change_nothing(tmp_path: Path) -> None:
    path = tmp_path / "rt.xlsx"
    plan = sample_plan()
    write_plan(plan, path)
    before = list(plan.tasks)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    ws.cell(row=5, column=header.index("Finish") + 1).value = "next week"
    wb.save(path)
    col = openpyxl.utils.get_column_letter(header.index("Finish") + 1)
    with pytest.raises(FileFormatError, match=rf"^Plan!{col}5: 'next week' is not a date$"):
        read_plan(path)
    assert plan.tasks == before


def test_roundtrip_cycle_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rt.xlsx"
    write_plan(sample_plan(), path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    ws.cell(row=3, column=header.index("Predecessors") + 1).value = "4"  # task #2 after #4
    wb.save(path)
    with pytest.raises(FileFormatError, match="predecessors form a cycle"):
        read_plan(path)


def test_damaged_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "rt.xlsx"
    write_plan(sample_plan(), path)
    wb = openpyxl.load_workbook(path)
    wb["_gantry"]["B1"].value = '{"version": 1, "tasks": [{"$c": "Popen", "f": {}}]}'
    wb.save(path)
    with pytest.raises(FileFormatError, match="snapshot is damaged"):
        read_plan(path)
