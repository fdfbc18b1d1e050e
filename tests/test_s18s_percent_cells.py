"""A number in a cell formatted as a percentage means what the cell shows.

Found last session: a client typed 1.5 into a % Complete cell formatted ``0%``; Excel shows
150 %, and the import read 1.5 %. python-calamine reads values without formats, so the
column's number formats are read from the .xlsx itself (workbook_number_formats): a 150 %
complete is refused naming its cell, and 40 % reads 40 % in any case.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
import python_calamine as pc

from app.domain.diff import diff_plans
from app.domain.errors import FileFormatError
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook, read_workbook
from app.io.workbook_number_formats import column_formats, shows_percent
from tests.unit.excel_plans import sample_plan


def _cell(path: Path, sheet: str, title: str, row: int = 2) -> str:
    ws = openpyxl.load_workbook(path)[sheet]
    col = [c.value for c in ws[1]].index(title) + 1
    return f"{openpyxl.utils.get_column_letter(col)}{row}"


def _type(path: Path, sheet: str, cell: str, value: object, number_format: str | None = None):
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    ws[cell].value = value
    if number_format is not None:
        ws[cell].number_format = number_format
    wb.save(path)
    seen = openpyxl.load_workbook(path)[sheet][cell]
    return seen.value, seen.number_format


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "client.xlsx"
    write_plan(sample_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    return path


def test_s18s_150_percent_complete_in_a_percent_cell_is_refused_naming_it(
    exported: Path,
) -> None:
    cell = _cell(exported, "Plan", "% Complete", 3)
    assert _type(exported, "Plan", cell, 1.5) == (1.5, "0%")  # Excel shows 150%
    book = pc.CalamineWorkbook.from_path(str(exported))
    col = openpyxl.utils.column_index_from_string(cell[0]) - 1
    assert book.get_sheet_by_name("Plan").to_python()[2][col] == 1.5  # the value alone
    with pytest.raises(FileFormatError) as err:
        read_roundtrip_workbook(exported)
    assert str(err.value) == f"Plan!{cell}: '150%' is not between 0% and 100%"


def test_s18s_a_percent_cell_reads_as_it_shows(exported: Path) -> None:
    cell = _cell(exported, "Plan", "% Complete", 3)
    _type(exported, "Plan", cell, 0.4)
    trip = read_roundtrip_workbook(exported)
    uid = trip.base.tasks[1].uid
    assert trip.theirs.task(uid).percent_complete == 40


def test_s18s_a_plain_cell_keeps_reading_40_as_40_percent(exported: Path) -> None:
    cell = _cell(exported, "Plan", "% Complete", 3)
    _type(exported, "Plan", cell, 40, "General")  # the client made the cell plain
    trip = read_roundtrip_workbook(exported)
    assert trip.theirs.task(trip.base.tasks[1].uid).percent_complete == 40


def test_s18s_a_probability_of_150_percent_is_refused(exported: Path) -> None:
    cell = _cell(exported, "Risks", "Probability")
    assert _type(exported, "Risks", cell, 1.5)[1] == "0%"
    with pytest.raises(FileFormatError) as err:
        read_roundtrip_workbook(exported)
    assert str(err.value) == f"Risks!{cell}: '150%' is not between 0 and 100 %"
    _type(exported, "Risks", cell, 0.45)
    trip = read_roundtrip_workbook(exported)
    changes = [(c.field, c.new) for c in diff_plans(trip.base, trip.theirs)]
    assert changes == [("probability", 0.45)]


def _client_sheet(path: Path, percent: object, number_format: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Task", "Duration", "% Complete"])
    ws.append(["Survey", "2d", percent])
    ws["C2"].number_format = number_format
    wb.save(path)
    return path


def test_s18s_a_client_sheet_reads_its_percent_cells_as_shown(tmp_path: Path) -> None:
    path = _client_sheet(tmp_path / "own.xlsx", 1.5, "0%")
    with pytest.raises(FileFormatError) as err:
        read_workbook(path)
    assert str(err.value) == "Sheet!C2: '150%' is not between 0% and 100%"
    path = _client_sheet(tmp_path / "own2.xlsx", 0.25, "0.0%")
    assert read_workbook(path).tasks[0].percent_complete == 25
    path = _client_sheet(tmp_path / "own3.xlsx", 25, "General")  # a plain 25 is 25 %
    assert read_workbook(path).tasks[0].percent_complete == 25


@pytest.mark.parametrize(
    ("code", "percent"),
    [
        ("0%", True),
        ("0.00%", True),
        ("#,##0.0 %;[Red]-#,##0.0 %", True),
        ('0" %"', False),  # a quoted % is text: the number is not scaled
        ("0\\%", False),
        ("General", False),
        ("$#,##0.00", False),
    ],
)
def test_s18s_which_formats_show_a_percentage(code: str, percent: bool) -> None:
    assert shows_percent(code) is percent


def test_s18s_column_formats_reads_the_exported_percent_column(exported: Path) -> None:
    ws = openpyxl.load_workbook(exported)["Plan"]
    col = [c.value for c in ws[1]].index("% Complete")
    formats = column_formats(exported, "Plan", col)
    assert formats is not None
    assert {formats[r - 1] for r in range(2, ws.max_row + 1)} == {"0%"}
