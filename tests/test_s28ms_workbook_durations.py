"""The client workbook's Plan sheet wrote Remaining Duration in days whatever the task's
Duration was in (``4h`` -> ``0.5d``, ``2w`` -> ``10d``), and a summary the window shows as
``82d?`` (an estimated subtask) as ``82d``. Both are now written as the window shows them,
and the workbook still reads back as the plan it was."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import python_calamine as pc

from app.cli import main
from app.domain.diff import diff_plans
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.remaining_duration import remaining_text
from app.domain.scheduler import schedule
from app.domain.task import DurationUnit, Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.store.document import write_plan as save

DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="DC move", start=datetime(2027, 1, 4, 8)))
    plan.append_task(Task(1, "Initiation", 1))
    plan.append_task(Task(2, "Kick-off meeting", 2, duration_minutes=240,
                          duration_unit=DurationUnit.HOURS))  # fmt: skip
    plan.append_task(Task(3, "Inventory network", 2, duration_minutes=10 * DAY,
                          duration_unit=DurationUnit.WEEKS, percent_complete=50.0,
                          actual_start=datetime(2027, 1, 4, 8)))  # fmt: skip
    plan.append_task(Task(4, "Cabling", 2, duration_minutes=3 * DAY, estimated=True))
    return plan


def _column(path: Path, title: str) -> list[object]:
    rows = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Plan").to_python()
    col = rows[0].index(title)
    return [r[col] for r in rows[1:]]


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "dc.xlsx"
    write_plan(_plan(), path, now=datetime(2027, 1, 5, 9))
    return path


def test_s28ms_remaining_duration_is_in_the_tasks_own_unit(exported: Path) -> None:
    assert _column(exported, "Duration") == ["10d?", "4h", "2w", "3d?"]
    # the summary's in the project's unit as before; each task's beside its Duration
    assert _column(exported, "Remaining Duration")[1:] == ["4h", "1w", "3d?"]


def test_s28ms_the_window_shows_the_same_remaining_duration() -> None:
    plan = _plan()
    times = schedule(plan)
    shown = [remaining_text(t, times.get(t.uid), plan.project) for t in plan.tasks[1:]]
    assert shown == ["4h", "1w", "3d?"]


def test_s28ms_an_estimated_summary_is_written_as_the_window_shows_it(tmp_path: Path) -> None:
    plan = _plan()
    plan.append_task(Task(5, "Build", 1))
    plan.append_task(Task(6, "Rack install", 2, duration_minutes=82 * DAY))
    path = tmp_path / "dc.xlsx"
    write_plan(plan, path)
    assert _column(path, "Duration")[0] == "10d?"  # 10d with Cabling's 3d? under it
    assert _column(path, "Duration")[4] == "82d"  # nothing estimated under Build


def test_s28ms_the_workbook_still_reads_back_as_the_plan(exported: Path) -> None:
    trip = read_roundtrip_workbook(exported)
    assert diff_plans(trip.base, trip.theirs) == []
    assert trip.notes == []


def test_s28ms_gantry_diff_of_the_plan_and_its_workbook_says_no_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_path = tmp_path / "dc.gantry"
    save(_plan(), plan_path)
    book = tmp_path / "dc.xlsx"
    assert main(["convert", str(plan_path), str(book)]) == 0
    capsys.readouterr()
    assert main(["diff", str(plan_path), str(book)]) == 0
    assert capsys.readouterr().out.strip() == "no changes"
