"""A GanttProject holiday with ``year=""`` falls every year, also before the plan's first
task: moved a year earlier (gantry move, MS Project's Move Project), a 2-day task started
the day before the holiday still ends the day after it, as GanttProject draws it. Before,
the yearly holiday began in the year of the first task, and the moved task ran through it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from app.domain.worktime import WorkTime
from app.formats import read_plan
from app.io.gan import read_gan
from tests.cli.test_cli import gantry

_FILE = "blyoa-task-crossing-recurring-holiday.gan"


def test_s19gp_yearly_holiday_holds_in_earlier_years(shared_data: Path) -> None:
    plan = read_gan(shared_data / "gan" / _FILE)
    worktime = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    for year in (2000, 2023, 2024, 2030):
        day = datetime(year, 1, 3, 8, 0)
        assert worktime.next_working(day) > day, year  # 3 January is off every year


def test_s19gp_moved_back_a_year_crosses_the_holiday(shared_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "moved.gantry"
    run = gantry("move", shared_data / "gan" / _FILE, "--start", "2023-01-02", "-o", out)
    assert run.returncode == 0, run.stderr
    task = read_plan(out).tasks[0]
    assert task.start is not None
    assert task.start.date() == date(2023, 1, 2)
    assert task.finish is not None
    assert task.finish.date() == date(2023, 1, 4)  # Mon 2, holiday Tue 3, Wed 4
