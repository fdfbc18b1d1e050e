"""A client's sheet whose text dates are written one way is read that way (issue 3).

A client in the US typed Finish dates as text: ``1/25/2027`` (only month first reads it)
and ``2/9/2027``. On a German computer the second was read day first, 2 September: the
task moved 88 working days, and the only warning was a note at the bottom of the Review
dialog. A date that only one order reads now decides the order of every text date of
the sheet; two dates written the two ways are refused, both cells named.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import write_plan
from app.io.csv_plan import read_csv
from app.io.excel_import import read_roundtrip_workbook, read_workbook
from app.io.sheet_date_order import sheet_date_order, written_order
from app.io.sheet_mapping import column_letter

DAY = 480
JAN = datetime(2027, 1, 4, 8, 0)  # Monday


def _plan() -> Plan:
    plan = Plan(project=Project(name="Rollout US", start=JAN))
    for uid, name in ((1, "Discovery"), (2, "Integration"), (3, "Training")):
        plan.append_task(Task(uid, name, 1, duration_minutes=10 * DAY))
    return plan


def _returned(tmp_path: Path, finishes: dict[int, str]) -> tuple[Path, dict[int, str]]:
    """The plan's workbook with Finish cells typed as text by the client; and where each is."""
    path = tmp_path / "client.xlsx"
    write_plan(_plan(), path)
    book = openpyxl.load_workbook(path)
    ws = book["Plan"]
    header = [c.value for c in ws[1]]
    col = header.index("Finish") + 1
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    for uid, text in finishes.items():
        ws.cell(rows[uid], col).value = text
    book.save(path)
    return path, {uid: f"Plan!{column_letter(col - 1)}{rows[uid]}" for uid in finishes}


def test_s23fn_a_month_first_date_tells_how_the_others_read(tmp_path: Path):
    path, where = _returned(tmp_path, {1: "1/25/2027", 2: "2/9/2027"})
    trip = read_roundtrip_workbook(path, day_first=True)  # a German computer
    finishes = schedule(trip.theirs)
    assert finishes.get(1).finish == datetime(2027, 1, 25, 17, 0)
    assert finishes.get(2).finish == datetime(2027, 2, 9, 17, 0)  # not 2 September
    assert trip.theirs.task(2).duration_minutes == 27 * DAY
    said = [n for n in trip.notes if "2/9/2027" in n]
    assert said == [
        f"Dates such as '2/9/2027' were read month first (9 February 2027), as "
        f"'1/25/2027' in {where[1]} is written"
    ]


def test_s23fn_dates_written_both_ways_are_refused_naming_both_cells(tmp_path: Path):
    path, where = _returned(tmp_path, {1: "1/25/2027", 2: "2/9/2027", 3: "25/2/2027"})
    with pytest.raises(FileFormatError) as refused:
        read_roundtrip_workbook(path, day_first=True)
    assert str(refused.value) == (
        f"{where[3]}: '25/2/2027' is written day first, but '1/25/2027' in {where[1]} is "
        "written month first; write the sheet's dates one way (or as 2027-01-25)"
    )


def test_s23fn_without_a_telling_date_the_computers_order_reads_and_says_so(tmp_path: Path):
    path, _where = _returned(tmp_path, {2: "2/9/2027"})
    trip = read_roundtrip_workbook(path, day_first=True)
    assert schedule(trip.theirs).get(2).finish == datetime(2027, 9, 2, 17, 0)
    assert any("as this computer writes dates" in n for n in trip.notes)


def _sheet(tmp_path: Path, rows: list[list[object]]) -> Path:
    path = tmp_path / "tasks.xlsx"
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_s23fn_a_plain_workbook_and_a_csv_read_their_dates_one_way(tmp_path: Path):
    rows = [
        ["Task", "Duration", "Start"],
        ["Kick-off", "1d", "1/25/2027"],
        ["Design", "5d", "2/9/2027"],
    ]
    said: list[str] = []
    plan = read_workbook(_sheet(tmp_path, rows), day_first=True, warn=said.append)
    assert plan.tasks[1].start == datetime(2027, 2, 9, 8, 0)
    assert any("as '1/25/2027' in" in line for line in said)
    csv = tmp_path / "tasks.csv"
    csv.write_text("\n".join(",".join(str(c) for c in row) for row in rows) + "\n")
    assert read_csv(csv, day_first=True).tasks[1].start == datetime(2027, 2, 9, 8, 0)


def test_s23fn_a_plain_sheet_mixing_the_orders_names_the_cells(tmp_path: Path):
    rows = [
        ["Task", "Duration", "Start"],
        ["Kick-off", "1d", "1/25/2027"],
        ["Design", "5d", "13/2/2027"],
    ]
    with pytest.raises(FileFormatError, match=r"^Sheet!C3: '13/2/2027' is written day first"):
        read_workbook(_sheet(tmp_path, rows), day_first=False)


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("1/25/2027", False),
        ("25/1/2027", True),
        ("2/9/2027", None),
        ("12/12/27", None),
        ("2027-01-25", None),
        ("Mon 1/25/2027", None),  # a weekday tells its own cell (read_date)
        (datetime(2027, 1, 25), None),
    ],
)
def test_s23fn_which_order_only_can_read_a_date(text: object, order: bool | None):
    assert written_order(text) is order


def test_s23fn_real_date_cells_leave_the_order_to_the_computer():
    rows = [[datetime(2027, 1, 25)], ["2/9/2027"]]
    told = sheet_date_order(rows, [0], False, lambda i, c: f"A{i}")
    assert (told.day_first, told.told) == (False, None)
