"""A person's rates keep the unit they were typed in, in a .gantry file (schema v19); the
rate stays per hour, so costs do not move; a v18 file reads every rate per hour."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import (
    RateEntry,
    RateUnit,
    Resource,
    hourly_rate,
    rate_in_unit,
)
from app.store.document import read_plan, write_plan


def _plan() -> Plan:
    project = Project(name="Rates", start=datetime(2027, 1, 4, 8))
    plan = Plan(project)
    plan.resources = [
        Resource(
            1,
            "Ann Lee",
            standard_rate=150.0,
            standard_rate_unit=RateUnit.DAY,
            overtime_rate=1.375,
            overtime_rate_unit=RateUnit.WEEK,
            rate_tables=(
                (
                    RateEntry(None, 150.0, 1.375, 0.0, RateUnit.DAY, RateUnit.WEEK),
                    RateEntry(datetime(2027, 6, 1), 0.5, 0.0, 0.0, RateUnit.MONTH),
                ),
            ),
        ),
        Resource(2, "Ben", standard_rate=40.0),
    ]
    return plan


def test_units_convert_by_the_projects_hours():
    project = Project()
    assert rate_in_unit(150.0, RateUnit.DAY, project) == 1200.0
    assert hourly_rate(1200.0, RateUnit.DAY, project) == 150.0
    assert rate_in_unit(1.375, RateUnit.WEEK, project) == 55.0
    assert rate_in_unit(0.5, RateUnit.MONTH, project) == 80.0  # 20 days of 8 hours
    assert rate_in_unit(10.0, RateUnit.YEAR, project) == 20_800.0  # 52 weeks of 40 hours
    assert rate_in_unit(1200.0, RateUnit.MINUTE, project) == 20.0
    short = Project(minutes_per_day=450)
    back = rate_in_unit(hourly_rate(1000.0, RateUnit.DAY, short), RateUnit.DAY, short)
    assert back == pytest.approx(1000.0, abs=1e-9)


def test_units_round_trip_a_gantry_file(tmp_path):
    plan = _plan()
    path = tmp_path / "rates.gantry"
    write_plan(plan, path)
    again = read_plan(path)
    ann = again.resource(1)
    assert (ann.standard_rate, ann.standard_rate_unit) == (150.0, RateUnit.DAY)
    assert (ann.overtime_rate, ann.overtime_rate_unit) == (1.375, RateUnit.WEEK)
    assert ann.rate_tables == plan.resource(1).rate_tables
    assert [e.standard_rate_unit for e in ann.rate_tables[0]] == [RateUnit.DAY, RateUnit.MONTH]
    assert again.resource(2).standard_rate_unit is RateUnit.HOUR
    assert again.resources == plan.resources


def _as_v18(path):
    conn = sqlite3.connect(path)
    for table in ("resources", "resource_rates"):
        for column in ("standard_rate_unit", "overtime_rate_unit"):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 18")
    conn.commit()
    conn.close()


def test_a_v18_file_reads_every_rate_per_hour_and_the_same_rates(tmp_path):
    plan = _plan()
    path = tmp_path / "old.gantry"
    write_plan(plan, path)
    _as_v18(path)
    again = read_plan(path)
    ann = again.resource(1)
    assert ann.standard_rate_unit is ann.overtime_rate_unit is RateUnit.HOUR
    assert {e.standard_rate_unit for e in ann.rate_tables[0]} == {RateUnit.HOUR}
    assert (ann.standard_rate, ann.overtime_rate) == (150.0, 1.375)
    assert [e.standard_rate for e in ann.rate_tables[0]] == [150.0, 0.5]
