"""Project Information's Current Date, as MS Project keeps it: with no status date, earned
value and status are measured at the project's Current Date, and only at today when none
is set. Kept in the .gantry file (schema v33; a v32 file has none) and in MSPDI
(<CurrentDate>, read only when set on purpose: MS Project writes the day it saved)."""

from __future__ import annotations

import sqlite3
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, project_earned_value
from app.domain.plan import Plan
from app.domain.project import Project, measured_at, measured_words
from app.domain.scheduler import schedule
from app.domain.status_report import gather_status
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.io.workbook_budget_sheet import status_moment
from app.report.status_pages import subtitle
from app.store.document import read_plan, write_plan
from app.store.schema import SCHEMA_VERSION

MON = datetime(2027, 3, 1, 8, 0)
WED = datetime(2027, 3, 3, 17, 0)
FRI = datetime(2027, 3, 5, 17, 0)
LATER = datetime(2027, 6, 1, 9, 0)  # "today" in these tests: after the plan's end


def _plan(current: datetime | None = None) -> Plan:
    """Wall (fixed cost 1,000 over a week, 20 % done): baseline saved."""
    plan = Plan(project=Project(name="House", start=MON, current_date=current))
    plan.append_task(Task(1, "Wall", duration_minutes=5 * 480, fixed_cost=1000.0))
    found = schedule(plan)
    plan.set_baseline(snapshot(plan, found, compute_costs(plan, found), 0, MON))
    plan.update_task(replace(plan.task(1), percent_complete=20.0, actual_start=MON))
    return plan


def test_s25ip_measured_at_status_date_then_current_date_then_now():
    project = Project(start=MON)
    assert measured_at(project, LATER) == LATER
    assert measured_words(project) == "today"
    project = replace(project, current_date=WED)
    assert measured_at(project, LATER) == WED
    assert measured_words(project) == "the Current Date 2027-03-03"
    project = replace(project, status_date=FRI)
    assert measured_at(project, LATER) == FRI
    assert measured_words(project) == "the status date"


def test_s25ip_earned_value_and_the_status_report_read_the_current_date():
    plan = _plan(WED)
    found = schedule(plan)
    costs = compute_costs(plan, found)
    at_wed = project_earned_value(plan, earned_value(plan, found, costs, WED))
    at_later = project_earned_value(plan, earned_value(plan, found, costs, LATER))
    assert at_wed.spi != pytest.approx(at_later.spi)  # the date matters for this plan
    report = gather_status(plan, found, costs, LATER)
    assert report.status_date == WED
    assert not report.status_date_set
    assert "the plan's Current Date" in subtitle(report)
    assert status_moment(plan, LATER) == WED  # the workbook's Budget sheet
    plan.project = replace(plan.project, current_date=None)
    report = gather_status(plan, found, costs, LATER)
    assert report.status_date == LATER
    assert "(today: the plan has no status date)" in subtitle(report)


def test_s25ip_gantry_info_measures_earned_value_at_the_current_date(tmp_path, capsys):
    path = tmp_path / "house.gantry"
    write_plan(_plan(WED), path)
    assert main(["info", str(path)]) == 0
    said = capsys.readouterr().out
    assert "to the Current Date 2027-03-03" in said
    assert "today" not in said


def test_s25ip_the_gantry_file_keeps_the_current_date(tmp_path):
    path = tmp_path / "house.gantry"
    write_plan(_plan(WED), path)
    assert read_plan(path).project.current_date == WED
    write_plan(_plan(None), path)
    assert read_plan(path).project.current_date is None


def test_s25ip_a_v32_file_opens_with_no_current_date(tmp_path):
    old = tmp_path / "v32.gantry"
    shown = subprocess.run(
        ["git", "show", "125d012d:resources/demo/crm-rollout.gantry"],
        capture_output=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    old.write_bytes(shown.stdout)
    with sqlite3.connect(old) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 32
    conn.close()
    plan = read_plan(old)
    assert plan.project.current_date is None
    plan.project = replace(plan.project, current_date=WED)
    write_plan(plan, tmp_path / "again.gantry")
    assert read_plan(tmp_path / "again.gantry").project.current_date == WED
    with sqlite3.connect(tmp_path / "again.gantry") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 33
    conn.close()


def test_s25ip_mspdi_writes_the_current_date_after_the_status_date_and_reads_it(tmp_path):
    plan = _plan(WED)
    plan.project = replace(plan.project, status_date=FRI)
    path = tmp_path / "house.xml"
    write_mspdi(plan, path)
    text = path.read_text(encoding="utf-8")
    assert "<StatusDate>2027-03-05T17:00:00</StatusDate><CurrentDate>" in "".join(text.split())
    assert read_mspdi(path).project.current_date == WED
    write_mspdi(_plan(None), path)  # none set: none written (MS Project's today)
    assert "<CurrentDate>" not in path.read_text(encoding="utf-8")
    assert read_mspdi(path).project.current_date is None


def test_s25ip_ms_projects_save_day_is_today_and_an_earlier_day_is_kept(shared_data, tmp_path):
    """MS Project writes the day it saved as <CurrentDate> (08:00 on <LastSaved>'s day, in
    every shared file): that reads as today. One set to an earlier day is kept."""
    source = shared_data / "mspdi" / "mspdiresource.xml"
    text = source.read_text(encoding="utf-8")
    assert "<CurrentDate>2010-03-16T08:00:00</CurrentDate>" in text
    assert "<LastSaved>2010-03-16T21:58:00</LastSaved>" in text
    assert read_mspdi(source).project.current_date is None
    edited = tmp_path / "set.xml"
    edited.write_text(
        text.replace("<CurrentDate>2010-03-16T08:00:00", "<CurrentDate>2010-03-01T08:00:00"),
        encoding="utf-8",
    )
    assert read_mspdi(edited).project.current_date == datetime(2010, 3, 1, 8, 0)
    converted = shared_data / "mpp" / "SampleProject.xml"  # a converter's clock, after the save
    if converted.exists():
        assert read_mspdi(converted).project.current_date is None
