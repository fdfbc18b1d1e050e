"""The client workbook had no status date on its About sheet and no Remaining Duration
column on its Plan sheet, where MS Project's Tracking table has one. Both are exported; a
Remaining Duration the client changes is progress, taken as MS Project takes it: the
duration becomes the work done plus what remains and % complete follows; an unchanged
workbook reads back as the plan it was."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
import python_calamine as pc

from app.domain.diff import diff_plans
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook

NOW = datetime(2027, 1, 6, 9, 0)
STATUS = datetime(2027, 1, 6, 17, 0)
DAY = 480


def _plan(status: datetime | None = STATUS) -> Plan:
    plan = Plan(project=Project(name="Shop", start=datetime(2027, 1, 4, 8), status_date=status))
    plan.append_task(Task(1, "Phase", 1))
    began = datetime(2027, 1, 4, 8)
    plan.append_task(Task(2, "Build", 2, duration_minutes=4 * DAY, percent_complete=50.0,
                          actual_start=began))  # fmt: skip
    plan.append_task(Task(3, "Paint", 2, duration_minutes=3 * DAY, percent_complete=33.0,
                          actual_start=began))  # fmt: skip
    plan.append_task(Task(4, "Clean", 2, duration_minutes=2 * DAY))
    return plan


def _exported(tmp_path: Path, plan: Plan | None = None) -> Path:
    path = tmp_path / "shop.xlsx"
    write_plan(plan or _plan(), path, now=NOW)
    return path


def _typed(path: Path, cells: dict[int, object]) -> str:
    """``cells`` (sheet row -> value) typed in the Remaining Duration column; its letter."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    col = [c.value for c in ws[1]].index("Remaining Duration") + 1
    for row, value in cells.items():
        ws.cell(row, col).value = value
    wb.save(path)
    return ws.cell(1, col).column_letter


def _column(path: Path, title: str) -> list[object]:
    rows = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Plan").to_python()
    col = rows[0].index(title)
    return [r[col] for r in rows[1:]]


def test_s21wb_about_sheet_has_the_status_date(tmp_path):
    path = _exported(tmp_path)
    facts = {r[0].value: r[1].value for r in openpyxl.load_workbook(path)["About"].iter_rows()}
    assert facts["Status date"] == STATUS
    about = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("About").to_python()
    assert {r[0]: r[1] for r in about}["Status date"] == STATUS
    path = _exported(tmp_path, _plan(status=None))
    facts = {r[0].value: r[1].value for r in openpyxl.load_workbook(path)["About"].iter_rows()}
    assert facts["Status date"] is None  # none set: blank


def test_s21wb_plan_sheet_shows_the_remaining_duration(tmp_path):
    path = _exported(tmp_path)
    # the summary's from its rolled-up progress; in one unit, as the window's column
    assert _column(path, "Remaining Duration") == ["2.67d", "2d", "2.01d", "2d"]
    ws = openpyxl.load_workbook(path)["Plan"]
    header = [c.value for c in ws[1]]
    assert header[-3:] == ["Actual Start", "Actual Finish", "Remaining Duration"]


def test_s21wb_an_unchanged_workbook_reads_back_as_the_plan(tmp_path):
    trip = read_roundtrip_workbook(_exported(tmp_path))
    assert diff_plans(trip.base, trip.theirs) == []
    assert trip.notes == []


def test_s21wb_a_remaining_duration_typed_is_progress(tmp_path):
    path = _exported(tmp_path)
    _typed(path, {3: "1d", 5: "3d"})
    theirs = read_roundtrip_workbook(path).theirs
    build, clean = theirs.task(2), theirs.task(4)
    # 4d half done, 1d left: 3d, two thirds done (MS Project's rule)
    assert build.duration_minutes == 3 * DAY
    assert build.percent_complete == pytest.approx(200 / 3)
    # not started: only the duration changes
    assert (clean.duration_minutes, clean.percent_complete) == (3 * DAY, 0.0)


def test_s21wb_no_time_left_finishes_the_task(tmp_path):
    path = _exported(tmp_path)
    _typed(path, {3: "0d"})
    build = read_roundtrip_workbook(path).theirs.task(2)
    assert (build.duration_minutes, build.percent_complete) == (2 * DAY, 100.0)
    assert build.actual_finish == datetime(2027, 1, 5, 17, 0)


def test_s21wb_a_number_typed_is_days(tmp_path):
    path = _exported(tmp_path)
    _typed(path, {5: 5})
    assert read_roundtrip_workbook(path).theirs.task(4).duration_minutes == 5 * DAY


def test_s21wb_a_summarys_remaining_duration_is_told_not_taken(tmp_path):
    path = _exported(tmp_path)
    _typed(path, {2: "9d"})
    trip = read_roundtrip_workbook(path)
    assert diff_plans(trip.base, trip.theirs) == []
    assert trip.notes == [
        "Summary 'Phase': Remaining Duration typed in the workbook is computed from its "
        "subtasks; not taken"
    ]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("soon", "'soon' is not a duration"),
        ("-1d", "a duration cannot be negative"),
    ],
)
def test_s21wb_a_bad_remaining_duration_names_its_cell(tmp_path, typed, message):
    path = _exported(tmp_path)
    letter = _typed(path, {3: typed})
    with pytest.raises(FileFormatError) as caught:
        read_roundtrip_workbook(path)
    assert str(caught.value).startswith(f"Plan!{letter}3: ")
    assert message in str(caught.value)
