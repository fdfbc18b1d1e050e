"""A duration, lag or spread of work too long to schedule is refused where it is read or
typed, with the real limit: the plan's working time over the years the scheduler's day
tables cover (app.domain.day_table, 1800 to 2999). The refusals said '100 years', a bound
left from when the tables held 200 years from the plan's first date; the table is now a
window moving within those years, and a 150-year task schedules."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.day_table import FIRST_YEAR, LAST_YEAR
from app.domain.errors import FileFormatError, InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.span_limit import SPAN_SAID, SPAN_YEARS, span_limit
from app.domain.task import Task
from app.formats import read_plan
from tests.gui.test_s14h_assignment_info_limits import _dialog

SAID = "1,200 years of this plan's working time (Gantry schedules from 1800 to 2999)"


def _sheet(tmp_path: Path, duration: str, predecessors: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "Duration", "Predecessors"])
    ws.append(["Design", "5d", None])
    ws.append(["Build", duration, predecessors])
    path = tmp_path / "client.xlsx"
    wb.save(path)
    return path


def test_s19td_the_limit_is_read_from_the_day_tables_years():
    assert SPAN_YEARS == LAST_YEAR - FIRST_YEAR + 1
    assert SPAN_SAID == SAID


def test_s19td_a_duration_past_the_years_names_its_cell_and_the_limit(tmp_path):
    with pytest.raises(FileFormatError) as caught:
        read_plan(_sheet(tmp_path, "500000d"))  # within the notation's bound (1,314,873d)
    assert str(caught.value) == f"Plan!B3: '500000d' is longer than {SAID}"


def test_s19td_a_lag_past_the_years_names_its_cell_and_the_limit(tmp_path):
    with pytest.raises(FileFormatError) as caught:
        read_plan(_sheet(tmp_path, "2d", "2FS+9999999999%"))
    assert str(caught.value) == f"Plan!C3: the lag after task 2 is longer than {SAID}"


def test_s19td_a_150_year_duration_is_read_and_scheduled(tmp_path):
    plan = read_plan(_sheet(tmp_path, "39000d"))  # 150 years of 260 working days
    assert plan.task(2).duration_minutes == 39000 * 480
    finish = schedule(plan).get(2).finish
    assert finish.year - plan.project.start.year >= 149  # past the old 100 years


def test_s19td_a_duration_at_the_limit_schedules_from_the_first_year():
    plan = Plan(project=Project(start=datetime(FIRST_YEAR, 1, 6, 8, 0)))
    plan.append_task(Task(1, "Long", duration_minutes=span_limit(plan.project)))
    assert schedule(plan).get(1).finish.year <= LAST_YEAR


def test_s19td_assignment_information_says_the_years(qtbot):
    dialog = _dialog(qtbot)
    dialog.work.setText("9999999h")
    with pytest.raises(InputError) as refused:
        dialog.command()
    assert str(refused.value) == f"Work: '9999999h' is more than 2496000h, {SAID}"
    dialog = _dialog(qtbot)
    dialog.units.setText("0.0001%")
    with pytest.raises(InputError) as refused:
        dialog.command()
    assert str(refused.value) == f"Units: '0.0001%' would spread the work over more than {SAID}"
