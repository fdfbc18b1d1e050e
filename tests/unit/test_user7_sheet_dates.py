"""Dates as Gantry itself writes them ('Mon 2023-01-02') read back from a client's sheet.

A PM copied the task sheet (Edit > Copy Tasks), pasted it into a workbook for a client
and imported the client's copy: 'Pasted!E2: 'Mon 2023-01-02' is not a date'.
"""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import openpyxl
import pytest

from app.io.excel_import import read_workbook
from app.io.sheet_values import CellError, read_date

AT = time(8, 0)


@pytest.mark.parametrize(
    "text",
    ["Mon 2023-01-02", "Monday 2023-01-02", "mon, 2023-01-02", "Mon 02/01/2023", "MON 2023-01-02"],
)
def test_a_date_with_its_weekday_reads_as_that_date(text):
    assert read_date(text, AT) == datetime(2023, 1, 2, 8, 0)


def test_a_weekday_that_is_not_the_dates_is_refused():
    with pytest.raises(CellError, match="2023-01-02 is a Monday, not a Tuesday"):
        read_date("Tue 2023-01-02", AT)


def test_a_word_that_is_no_weekday_is_still_not_a_date():
    with pytest.raises(CellError, match="'Soon 2023-01-02' is not a date"):
        read_date("Soon 2023-01-02", AT)


def test_rows_copied_from_the_task_sheet_import(tmp_path: Path):
    rows = [
        ["ID", "WBS", "Task name", "Duration", "Start", "Finish", "Predecessors"],
        ["1", "1", "Design", "3d", "Mon 2023-01-02", "Wed 2023-01-04", ""],
        ["2", "2", "Build", "2d", "Thu 2023-01-05", "Fri 2023-01-06", "1"],
    ]
    wb = openpyxl.Workbook()
    wb.active.title = "Pasted"
    for row in rows:
        wb.active.append(row)
    path = tmp_path / "pasted.xlsx"
    wb.save(path)
    plan = read_workbook(path)
    assert [t.name for t in plan.tasks] == ["Design", "Build"]
    assert plan.task(1).constraint_date == datetime(2023, 1, 2, 8, 0)
