"""The client workbook on screen and on paper: what stays in view, what each printed page holds.

No renderer prints an .xlsx here, so the printed page is worked out from what
Excel does with the sheet's settings: a column of width ``w`` is some ``7 * w``
pixels (Calibri 11, Excel's default font, has a 7-pixel digit) and a page
holds its printable width at 96 pixels an inch, at 100 % unless the sheet is
fitted to the page width.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.formats import read_plan
from app.io.excel_export import write_workbook
from tests.unit.excel_plans import sample_plan

PIXELS_PER_UNIT = 7.0  # one unit of column width at Excel's default font
PIXELS_PER_INCH = 96.0
A4_LANDSCAPE_INCHES = 297 / 25.4


def printable_pixels(ws: Worksheet) -> float:
    """The width an A4 landscape page prints on, between its margins."""
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    margins = ws.page_margins.left + ws.page_margins.right
    return (A4_LANDSCAPE_INCHES - margins) * PIXELS_PER_INCH


def column_pixels(ws: Worksheet, letter: str) -> float:
    """What a column takes across a printed page (nothing when hidden)."""
    dim = ws.column_dimensions[letter]
    return 0.0 if dim.hidden else float(dim.width) * PIXELS_PER_UNIT


def repeated_columns(ws: Worksheet) -> list[str]:
    """The letters of the columns Excel prints on every page."""
    first, last = ws.print_title_cols.replace("$", "").split(":")
    lo, hi = column_index_from_string(first), column_index_from_string(last)
    return [get_column_letter(k) for k in range(lo, hi + 1)]


@pytest.fixture(autouse=True, scope="module")
def _a4_locale():
    """The sheets print on the locale's paper (s23xp): A4 here, whatever the machine's."""
    with pytest.MonkeyPatch.context() as mp:
        for name in ("LC_ALL", "LC_PAPER"):
            mp.delenv(name, raising=False)
        mp.setenv("LANG", "C.UTF-8")
        yield


def _write(plan, path: Path) -> openpyxl.Workbook:
    write_workbook(plan, path, now=datetime(2026, 1, 2, 9, 30))
    return openpyxl.load_workbook(path)


@pytest.fixture
def sample(tmp_path: Path) -> openpyxl.Workbook:
    return _write(sample_plan(), tmp_path / "sample.xlsx")


@pytest.fixture(scope="module")
def residential(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    plan = read_plan(shared_data / "mpp" / "Residential-Construction.xml")
    return _write(plan, tmp_path_factory.mktemp("wb") / "residential.xlsx")


@pytest.mark.parametrize("book", ["sample", "residential"])
def test_the_plan_sheet_keeps_the_header_and_the_task_names_in_view(book, request):
    ws = request.getfixturevalue(book)["Plan"]
    header = [c.value for c in ws[1]]
    # Only row 1 was frozen: scrolling right to People or Cost took the task names away.
    first_scrolling = get_column_letter(header.index("Task") + 2)
    assert ws.freeze_panes == f"{first_scrolling}2"
    frozen = header[: header.index("Task") + 1]
    assert frozen == ["UID", "#", "WBS", "Task"]


@pytest.mark.parametrize("book", ["sample", "residential"])
def test_each_printed_gantt_page_repeats_only_the_row_number_and_the_name(book, request):
    ws = request.getfixturevalue(book)["Gantt"]
    repeated = repeated_columns(ws)
    # Columns A:D (#, Task, Start, Finish) took over half of every A4 page: the dates
    # print once, on the first page; later pages need only to say which row is which.
    assert [ws.cell(row=2, column=column_index_from_string(c)).value for c in repeated] == [
        "#",
        "Task",
    ]
    assert ws.print_title_rows == "$1:$2"  # months and days on every page too


@pytest.mark.parametrize("book", ["sample", "residential"])
def test_most_of_each_printed_gantt_page_is_timeline(book, request):
    ws = request.getfixturevalue(book)["Gantt"]
    # Fitted to the page width (s23xp; a long plan's splits at month starts, see
    # test_s23xp_workbook_print): the repeated columns leave most of a page to the bars.
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    page = printable_pixels(ws)
    repeated = sum(column_pixels(ws, c) for c in repeated_columns(ws))
    assert repeated <= 0.4 * page
    # and the name column still shows a name of a sensible length
    assert ws.column_dimensions["B"].width >= 40


PRINTED = ("Plan", "Gantt", "Budget", "Cash Flow", "Team", "Risks")


@pytest.mark.parametrize("sheet", PRINTED)
def test_every_printed_page_says_what_it_is_and_which_page(tmp_path, sheet):
    plan = sample_plan()
    plan.set_project(replace(plan.project, name="Kitchen & Bath"))
    ws = _write(plan, tmp_path / "titled.xlsx")[sheet]
    # Pages of five sheets came out of the printer with no project, sheet or page number.
    assert ws.oddHeader.left.text == "Kitchen && Bath"  # a lone & starts a field code
    assert ws.oddHeader.right.text == "&A"  # the sheet's name
    assert ws.oddFooter.center.text == "Page &P of &N"


@pytest.mark.parametrize(("sheet", "columns"), [("Budget", ["WBS", "Task"])])
def test_the_budget_keeps_the_task_in_view_like_the_plan(sample, sheet, columns):
    ws = sample[sheet]
    header = [c.value for c in ws[1]]
    assert header[: len(columns)] == columns
    assert ws.freeze_panes == f"{get_column_letter(len(columns) + 1)}2"


def _centred(cell) -> bool:
    return cell.alignment.horizontal == "center"


@pytest.mark.parametrize(("sheet", "header_row"), [("Plan", 1), ("Gantt", 2)])
def test_numbers_and_dates_do_not_run_into_the_text_beside_them(sample, sheet, header_row):
    ws = sample[sheet]
    header = [c.value for c in ws[header_row]]
    # Printed, a right-aligned '1' or date met the left-aligned WBS, predecessor or name
    # beside it: '1 1.1' read as '11.1', '2027-01-06 2' as one date. Row numbers and
    # dates are centred, under centred titles.
    for title in ("#", "Start", "Finish"):
        col = header.index(title) + 1
        assert _centred(ws.cell(row=header_row, column=col)), title
        cells = [ws.cell(row=r, column=col) for r in range(header_row + 1, header_row + 5)]
        assert all(_centred(c) for c in cells if c.value is not None), title


def test_the_about_sheet_prints_on_one_page_as_a_list(sample):
    ws = sample["About"]
    # It had no print setup: its labels, values and the overflowing round-trip note
    # came out on three pages, numbers and dates flush right, text flush left.
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 1)
    longest = max(len(str(c.value)) for c in ws["B"] if c.value is not None)
    assert ws.column_dimensions["B"].width >= longest
    assert all(c.alignment.horizontal == "left" for c in ws["B"] if c.value is not None)


def _sheet_xml(path: Path, index: int) -> str:
    with zipfile.ZipFile(path) as zf:
        return zf.read(f"xl/worksheets/sheet{index}.xml").decode()


@pytest.mark.parametrize(("sheet", "index", "columns"), [("Plan", 1, "CH"), ("Budget", 3, "A")])
def test_excel_does_not_flag_wbs_codes_and_predecessors_as_numbers_stored_as_text(
    tmp_path, sheet, index, columns
):
    path = tmp_path / "flags.xlsx"
    book = _write(sample_plan(), path)
    ws = book[sheet]
    assert book.sheetnames[index - 1] == sheet
    header = [c.value for c in ws[1]]
    rows = len(sample_plan().tasks)
    # WBS '1', '1.1' and a predecessor '2' are text that looks like a number: Excel put
    # a green 'number stored as text' warning triangle in nearly every row.
    assert {header[column_index_from_string(c) - 1] for c in columns} <= {"WBS", "Predecessors"}
    ignored = re.findall(
        r'<ignoredError sqref="([A-Z0-9:]+)"[^>]*numberStoredAsText="1"', _sheet_xml(path, index)
    )
    assert sorted(ignored) == sorted(f"{c}2:{c}{rows + 1}" for c in columns)
    # where Excel's schema wants it: after the page setup and breaks, before any tables
    xml = _sheet_xml(path, index)
    assert xml.index("<headerFooter") < xml.index("<ignoredErrors")


@pytest.mark.parametrize("book", ["sample", "residential"])
def test_every_bar_cell_holds_something_so_libreoffice_prints_its_page(book, request):
    ws = request.getfixturevalue(book)["Gantt"]
    # LibreOffice leaves out of a printout (and a PDF) every page it finds empty, and a
    # cell with only a fill is empty to it: of Residential Construction's Gantt sheet it
    # printed 6 of 10 pages, leaving out pages of bars with no milestone on them.
    bars = [
        c
        for row in ws.iter_rows(min_row=3, min_col=5)
        for c in row
        if c.fill is not None and c.fill.fill_type  # solid, or hatched where done
    ]
    assert bars
    # a blank text: something to LibreOffice, nothing to see
    assert all(isinstance(c.value, str) and not c.value.strip() for c in bars)


def _excel_page_starts(ws: Worksheet) -> list[int]:
    """The first period column (0-based, after A:D) of each page Excel prints: fitted to
    the page width one page across, else a page after each column break (s23xp)."""
    return [0, *(b.id - 4 for b in ws.col_breaks.brk)]


@pytest.mark.parametrize("book", ["sample", "residential"])
def test_each_printed_gantt_page_names_the_month_of_its_first_column(book, request):
    ws = request.getfixturevalue(book)["Gantt"]
    starts = _excel_page_starts(ws)  # one page across: a long plan's in test_s23xp_workbook_print
    months = [ws.cell(row=1, column=5 + k).value for k in starts]
    # Residential Construction's second page began '21 28 4 11' under no month at all
    assert all(isinstance(m, str) and m[:3].isalpha() and m[-4:].isdigit() for m in months)
    # a label repeated mid-month for the printout is greyed: on screen it reads as a repeat
    for k in starts:
        cell = ws.cell(row=1, column=5 + k)
        day = ws.cell(row=2, column=5 + k).value
        step = 1 if ws.column_dimensions["E"].width < 4 else 7
        if k > 0 and day > step:
            assert cell.font.i, cell.value


@pytest.mark.parametrize("sheet", PRINTED)
def test_printed_tables_keep_their_grid(sample, sheet):
    ws = sample[sheet]
    # On paper the grid was gone: a right-aligned amount ran into the owner or status
    # beside it, and a bar on a later Gantt page had no line back to its task's name.
    assert ws.print_options.gridLines


def test_an_empty_notes_column_does_not_shrink_the_printed_plan(residential):
    ws = residential["Plan"]
    header = [c.value for c in ws[1]]
    notes = get_column_letter(header.index("Notes") + 1)
    assert all(c.value is None for c in ws[notes][1:])  # no task of this plan has notes
    # The Plan prints fitted to the page width: a 30-character empty Notes column took
    # an eighth of it and made every other column's text smaller.
    assert ws.column_dimensions[notes].width <= len("Notes") + 7
    # the print area: the empty Actual Start / Finish columns of a plan without progress
    # are left out (s20rt)
    area = ws.print_area.split("!")[-1].replace("$", "") if ws.print_area else ""
    printed = column_index_from_string(area.split(":")[1].rstrip("0123456789")) if area else 0
    visible = sum(
        column_pixels(ws, get_column_letter(k + 1)) for k in range(printed or len(header))
    )
    scale = printable_pixels(ws) / visible
    assert scale >= 0.6  # Excel's print scale: 11 pt text prints at 6.6 pt or more


def test_a_long_or_odd_project_name_still_makes_a_header_excel_accepts(tmp_path):
    plan = sample_plan()
    plan.set_project(replace(plan.project, name="Phase\x01 " + "x" * 400 + " & more"))
    ws = _write(plan, tmp_path / "long.xlsx")["Plan"]
    left = ws.oddHeader.left.text
    # Excel holds at most 255 characters in a header or footer, and no control characters
    total = sum(
        len(p.text or "") for p in (ws.oddHeader.left, ws.oddHeader.center, ws.oddHeader.right)
    )
    assert total <= 255
    assert left.startswith("Phase xxx")
    assert "\x01" not in left
