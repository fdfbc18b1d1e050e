"""An assignment's Delay kept by every file a plan travels in: MS Project XML (<Delay> in
tenths of a minute, against MS Project's own assignment Start/Finish), the .gantry file
(schema v40, an older file migrated with no delays) and the workbook's snapshot."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime

import pytest

from app.domain.assignment_dates import assignment_dates
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.io.plan_snapshot import plan_from_json, plan_to_json
from app.store.document import GantryFile, read_plan, write_plan

MONDAY = datetime(2026, 1, 5, 8)


def _plan() -> Plan:
    plan = Plan(project=Project(start=MONDAY))
    plan.append_task(Task(1, "Write", duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * 60))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 16 * 60, delay_minutes=2 * 480))
    plan.add_assignment(Assignment(3, 1, 2, 0.5, 4 * 60, delay_minutes=1440, delay_elapsed=True))
    return plan


def _delays(plan: Plan) -> dict[int, tuple[int, bool]]:
    return {a.uid: (a.delay_minutes, a.delay_elapsed) for a in plan.assignments}


def test_ms_projects_own_delay_gives_its_assignment_start_and_finish(shared_data):
    plan = read_mspdi(shared_data / "mspdi" / "mspdiassignmentfields.xml")
    assert plan.assignment(5).delay_minutes == 55  # <Delay>550</Delay>
    assert plan.assignment(2).delay_minutes == 0
    dates = assignment_dates(plan, schedule(plan))
    # MS Project's <Start>/<Finish> of the two assignments beside it
    assert dates[5] == (datetime(2011, 7, 6, 8, 55), datetime(2011, 7, 7, 13, 55))
    assert dates[2] == (datetime(2011, 7, 6, 8, 0), datetime(2011, 7, 18, 16, 1))


def test_ms_project_xml_writes_delay_in_tenths_of_a_minute(tmp_path):
    out = tmp_path / "plan.xml"
    write_mspdi(_plan(), out)
    text = out.read_text(encoding="utf-8")
    assert re.findall(r"<Delay>(\d+)</Delay>", text) == ["9600", "4800"]  # 1ed as 8 h
    # in the schema's place: after CostRateTable, before Notes/OvertimeWork
    row = re.search(r"<Assignment>\s*<UID>2</UID>.*?</Assignment>", text, re.DOTALL)
    assert row is not None
    tags = re.findall(r"<(\w+)>", row.group(0))
    assert tags.index("CostRateTable") < tags.index("Delay") < tags.index("OvertimeWork")
    again = read_mspdi(out)
    assert _delays(again)[2] == (960, False)
    assert _delays(again)[1] == (0, False)


def test_a_negative_delay_in_a_file_is_refused_naming_the_assignment(tmp_path):
    out = tmp_path / "plan.xml"
    write_mspdi(_plan(), out)
    text = out.read_text(encoding="utf-8").replace("<Delay>9600</Delay>", "<Delay>-10</Delay>")
    out.write_text(text, encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"Assignment #2 \(UID 2\): <Delay> -10 is negative"):
        read_mspdi(out)


def test_the_gantry_file_keeps_delays(tmp_path):
    path = tmp_path / "kept.gantry"
    write_plan(_plan(), path)
    assert _delays(read_plan(path)) == _delays(_plan())


def test_a_v39_file_is_migrated_with_no_delays(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(), path)
    with sqlite3.connect(path) as conn:  # as v39 kept it: no columns
        conn.execute("ALTER TABLE assignments DROP COLUMN delay_minutes")
        conn.execute("ALTER TABLE assignments DROP COLUMN delay_elapsed")
        conn.execute("PRAGMA user_version = 39")
    conn.close()
    with GantryFile.open(path) as opened:
        assert set(_delays(opened.plan).values()) == {(0, False)}
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 40
    conn.close()


def test_the_demo_plan_has_the_columns():
    from app.assets import resource_path

    with sqlite3.connect(resource_path("demo", "crm-rollout.gantry")) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(assignments)")}
    conn.close()
    assert {"delay_minutes", "delay_elapsed"} <= columns


def test_the_workbook_snapshot_carries_delays():
    assert _delays(plan_from_json(plan_to_json(_plan()))) == _delays(_plan())


def test_the_client_workbook_brings_delays_back(tmp_path):
    from app.io.excel_export import write_workbook
    from app.io.excel_import import read_workbook

    out = tmp_path / "plan.xlsx"
    write_workbook(_plan(), out)
    assert _delays(read_workbook(out)) == _delays(_plan())
