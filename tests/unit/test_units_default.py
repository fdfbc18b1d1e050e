"""Default units: "Duration is entered in" and "Work is entered in" (File > Options > Schedule)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from app.domain.notation import (
    format_column_span,
    format_work,
    parse_duration,
    parse_predecessors,
    parse_work,
)
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import DurationUnit, Task
from app.io.gan import read_gan
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.store.document import GantryFile, read_plan, write_plan
from app.store.schema import SCHEMA_VERSION

WEEKS = Project(duration_unit=DurationUnit.WEEKS, work_unit=DurationUnit.DAYS)


def test_defaults_are_days_and_hours_as_in_ms_project() -> None:
    project = Project()
    assert (project.duration_unit, project.work_unit) == (DurationUnit.DAYS, DurationUnit.HOURS)
    assert parse_duration("5", project).minutes == 5 * 480
    assert parse_work("5", project).minutes == 5 * 60


@pytest.mark.parametrize(
    ("unit", "minutes"),
    [
        (DurationUnit.MINUTES, 3),
        (DurationUnit.HOURS, 180),
        (DurationUnit.DAYS, 3 * 480),
        (DurationUnit.WEEKS, 3 * 2400),
        (DurationUnit.MONTHS, 3 * 20 * 480),
    ],
)
def test_a_bare_duration_takes_the_projects_unit(unit: DurationUnit, minutes: int) -> None:
    project = Project(duration_unit=unit)
    typed = parse_duration("3", project)
    assert (typed.minutes, typed.unit) == (minutes, unit)
    # a unit typed still wins, and an explicit default (a sheet's column title) too
    assert parse_duration("3d", project).minutes == 3 * 480
    assert parse_duration("3", project, "h").minutes == 180


def test_bare_work_and_bare_lags_take_their_units() -> None:
    assert parse_work("2", WEEKS).minutes == 2 * 480  # work in days
    assert parse_work("6h", WEEKS).minutes == 360
    assert format_work(2 * 480, WEEKS) == "2d"
    assert format_work(90, Project()) == "1.5h"
    (lag,) = parse_predecessors("3FS+2", Project(duration_unit=DurationUnit.HOURS))
    assert lag.lag_minutes == 120


def test_slack_columns_read_in_the_duration_unit() -> None:
    assert format_column_span(2400, Project()) == "5d"
    assert format_column_span(2400, WEEKS) == "1w"
    assert format_column_span(1200, WEEKS) == "0.5w"
    assert format_column_span(-240, Project(duration_unit=DurationUnit.HOURS)) == "-4h"
    # an explicit unit still wins
    assert format_column_span(2400, WEEKS, DurationUnit.DAYS) == "5d"


def test_a_summarys_span_reads_in_the_duration_unit_unless_days() -> None:
    from app.domain.notation import format_span

    assert format_span(6000, WEEKS) == "2.5w"
    assert format_span(-1200, WEEKS) == "-0.5w"
    assert format_span(1080, Project()) == "2.25d"  # days: as before
    assert format_span(90, Project()) == "1.5h"


def _plan(project: Project) -> Plan:
    return Plan(project=project, tasks=[Task(1, "A", duration_minutes=2400)])


def test_gantry_file_keeps_the_units(tmp_path) -> None:
    path = tmp_path / "units.gantry"
    plan = _plan(WEEKS)
    write_plan(plan, path)
    back = read_plan(path)
    assert (back.project.duration_unit, back.project.work_unit) == (
        DurationUnit.WEEKS,
        DurationUnit.DAYS,
    )
    with GantryFile.open(path) as file:
        file.plan.set_project(replace(file.plan.project, work_unit=DurationUnit.MINUTES))
    assert read_plan(path).project.work_unit is DurationUnit.MINUTES


def test_a_v7_file_opens_in_days_and_hours_and_is_backed_up(tmp_path) -> None:
    path = tmp_path / "v7.gantry"
    write_plan(_plan(Project()), path)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE project DROP COLUMN duration_unit")
    conn.execute("ALTER TABLE project DROP COLUMN work_unit")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    original = path.read_bytes()
    assert read_plan(path).project == Project()  # read-only: migrated in memory
    assert path.read_bytes() == original
    with GantryFile.open(path) as file:
        assert file.plan.project.duration_unit is DurationUnit.DAYS
        file.plan.set_project(replace(file.plan.project, duration_unit=DurationUnit.WEEKS))
    assert (tmp_path / "v7.gantry.v7.bak").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert read_plan(path).project.duration_unit is DurationUnit.WEEKS


@pytest.mark.parametrize("unit", list(DurationUnit))
def test_mspdi_writes_and_reads_both_formats(tmp_path, unit: DurationUnit) -> None:
    path = tmp_path / "units.xml"
    write_mspdi(_plan(Project(duration_unit=unit, work_unit=unit)), path)
    text = path.read_text(encoding="utf-8")
    work_code = {"m": 1, "h": 2, "d": 3, "w": 4, "mo": 5}[unit.value]
    assert f"<WorkFormat>{work_code}</WorkFormat>" in text
    # the schema's order: DaysPerMonth, DurationFormat, WorkFormat, HonorConstraints
    assert (
        text.index("<DaysPerMonth>")
        < text.index("<DurationFormat>")
        < text.index("<WorkFormat>")
        < text.index("<HonorConstraints>")
    )
    back = read_mspdi(path)
    assert (back.project.duration_unit, back.project.work_unit) == (unit, unit)


def test_an_mspdi_file_without_formats_reads_days_and_hours(tmp_path) -> None:
    path = tmp_path / "plain.xml"
    write_mspdi(_plan(Project()), path)
    text = path.read_text(encoding="utf-8")
    cut = text.replace("<DurationFormat>7</DurationFormat>", "", 1)
    cut = cut.replace("<WorkFormat>2</WorkFormat>", "", 1)
    assert cut != text
    path.write_text(cut, encoding="utf-8")
    back = read_mspdi(path)
    assert (back.project.duration_unit, back.project.work_unit) == (
        DurationUnit.DAYS,
        DurationUnit.HOURS,
    )


def test_ganttproject_files_read_in_days_and_hours(shared_data) -> None:
    path = next(iter(sorted((shared_data / "gan").glob("*.gan"))))
    back = read_gan(path)
    assert (back.project.duration_unit, back.project.work_unit) == (
        DurationUnit.DAYS,
        DurationUnit.HOURS,
    )


def test_printed_slack_remaining_and_work_read_in_the_projects_units() -> None:
    from app.domain.link import Link
    from app.domain.scheduler import schedule
    from app.report.columns import CellText

    plan = Plan(project=WEEKS)
    plan.append_task(Task(1, "Long", duration_minutes=4800))  # two weeks
    plan.append_task(Task(2, "Short", duration_minutes=1200, percent_complete=50))
    plan.append_task(Task(3, "Done", duration_minutes=0, milestone=True))
    plan.add_link(Link(1, 3))
    plan.add_link(Link(2, 3))
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(2, "slack") == "1.5w"
    assert cells.text(2, "free_slack") == "1.5w"
    assert cells.text(2, "remaining") == "0.25w"
    assert cells.text(2, "work") == "0d"  # work in days
    plan.set_project(replace(plan.project, duration_unit=DurationUnit.DAYS))
    assert CellText(plan, schedule(plan), {}).text(2, "slack") == "7.5d"
