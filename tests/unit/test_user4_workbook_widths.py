"""The client workbook as Excel shows it: columns wide enough for the text in them."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from app.formats import read_plan
from app.io.excel_export import write_workbook

INDENT = 2  # characters an outline level's indent takes, at the least


def _needed(ws: Worksheet, letter: str) -> float:
    """Characters the column's longest cell needs, its indent included."""
    return max(
        len(str(c.value)) + INDENT * int(c.alignment.indent or 0)
        for c in ws[letter][1:]
        if c.value is not None
    )


@pytest.fixture(scope="module")
def residential(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    plan = read_plan(shared_data / "mpp" / "Residential-Construction.xml")
    path = tmp_path_factory.mktemp("wb") / "residential.xlsx"
    write_workbook(plan, path, now=datetime(2026, 1, 2, 9, 30))
    return openpyxl.load_workbook(path)


@pytest.mark.parametrize(
    ("sheet", "letter", "cap"),
    [
        ("Plan", "D", 80),  # task names, indented
        ("Plan", "H", 44),  # predecessors (lists: the printout is fitted to the width)
        ("Plan", "I", 44),  # people
        ("Budget", "B", 80),
        ("Team", "B", 80),
    ],
)
def test_columns_show_their_longest_text(residential, sheet, letter, cap):
    ws = residential[sheet]
    # Residential Construction names run to 56 characters three levels deep: the
    # fixed 48-character Task column cut them off at the Duration cell.
    assert ws.column_dimensions[letter].width >= min(_needed(ws, letter), cap)


def test_a_column_never_grows_past_a_page(tmp_path, shared_data):
    plan = read_plan(shared_data / "mpp" / "Residential-Construction.xml")
    first = plan.tasks[1]
    plan.update_task(replace(first, name="long " * 200, notes="word " * 400))
    path = tmp_path / "long.xlsx"
    write_workbook(plan, path, now=datetime(2026, 1, 2, 9, 30))
    ws = openpyxl.load_workbook(path)["Plan"]
    assert 48 <= ws.column_dimensions["D"].width <= 90
    assert 30 <= ws.column_dimensions["M"].width <= 44


def test_the_gantt_sheet_keeps_room_for_the_timeline_on_each_printed_page(tmp_path, shared_data):
    plan = read_plan(shared_data / "mpp" / "Residential-Construction.xml")
    plan.update_task(replace(plan.tasks[1], name="long " * 200))
    path = tmp_path / "long.xlsx"
    write_workbook(plan, path, now=datetime(2026, 1, 2, 9, 30))
    ws = openpyxl.load_workbook(path)["Gantt"]
    repeated = sum(ws.column_dimensions[c].width for c in "AB")
    assert ws.column_dimensions["B"].width >= 48  # wider than the 40 it had
    # only # and Task repeat on each page now (Start and Finish print once, on the
    # first): see test_workbook_print_layout for the page arithmetic
    assert ws.print_title_cols == "$A:$B"
    assert repeated <= 56  # an A4 landscape page holds some 140 width units


@pytest.mark.parametrize("sheet", ["Plan", "Budget", "Team", "Risks"])
def test_bold_headers_are_not_hidden_behind_their_filter_button(residential, sheet):
    ws = residential[sheet]
    for cell in ws[1]:
        dim = ws.column_dimensions[cell.column_letter]
        if cell.value and not dim.hidden:
            # 'Over-allocated' and 'Probability' filled their column to the last letter,
            # under the filter's drop-down button
            # (a bold letter is some 0.93 of Excel's width unit, the button some 2 units)
            assert dim.width >= len(str(cell.value)) * 0.93 + 2, cell.value
