"""A custom Date column of a returned workbook tells the sheet's day order as Start and Finish
do (the CSV's did already): a client's ``1/25/2027`` there is written month first, so their
``2/9/2027`` in a Start cell is 9 February, and the custom cells read in that order too."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.custom_fields import CustomField, value_of
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook


def _plan() -> Plan:
    project = Project(
        name="Fields",
        start=datetime(2027, 1, 4, 8),
        custom_fields=(CustomField("Date1", "Due"),),
    )
    plan = Plan(project=project)
    plan.append_task(Task(1, "Pour", duration_minutes=480))
    plan.append_task(Task(2, "Cure", duration_minutes=480))
    return plan


def _returned(tmp_path: Path, cells: dict[tuple[int, str], str]) -> Path:
    path = tmp_path / "fields.xlsx"
    write_plan(_plan(), path)
    book = openpyxl.load_workbook(path)
    ws = book["Plan"]
    titles = [c.value for c in ws[1]]
    for (row, title), text in cells.items():
        ws.cell(row, titles.index(title) + 1).value = text
    book.save(path)
    again = openpyxl.load_workbook(path)["Plan"]
    for (row, title), text in cells.items():
        assert again.cell(row, titles.index(title) + 1).value == text
    return path


def test_s26wb_a_custom_date_tells_the_order_a_start_reads_in(tmp_path: Path) -> None:
    path = _returned(tmp_path, {(2, "Due"): "1/25/2027", (3, "Start"): "2/9/2027"})
    trip = read_roundtrip_workbook(path, day_first=True)  # a UK window: 2/9 would be 2 Sept
    assert value_of(trip.theirs.task(1).custom, "Date1").date() == datetime(2027, 1, 25).date()
    assert trip.theirs.task(2).constraint_date.date() == datetime(2027, 2, 9).date()
    assert any("'1/25/2027' in Plan!" in note for note in trip.notes)


def test_s26wb_a_custom_date_reads_in_the_order_a_start_tells(tmp_path: Path) -> None:
    path = _returned(tmp_path, {(2, "Start"): "1/25/2027", (3, "Due"): "2/9/2027"})
    trip = read_roundtrip_workbook(path, day_first=True)
    assert value_of(trip.theirs.task(2).custom, "Date1").date() == datetime(2027, 2, 9).date()


def test_s26wb_a_custom_date_written_the_other_way_is_refused_naming_both(tmp_path: Path) -> None:
    path = _returned(tmp_path, {(2, "Start"): "1/25/2027", (3, "Due"): "25/2/2027"})
    with pytest.raises(FileFormatError, match=r"'25/2/2027' is written day first, but '1/25/2027'"):
        read_roundtrip_workbook(path, day_first=True)
