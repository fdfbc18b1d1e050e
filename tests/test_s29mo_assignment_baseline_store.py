"""Assignment baselines are kept in the .gantry file (schema v41), saved whole or as changed,
and a v40 file (none kept) opens as before and is migrated."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime

from app.domain.baseline_clear import cleared_baseline
from app.domain.baselines import snapshot
from app.domain.calendar import standard_calendar
from app.domain.contours import WorkContour
from app.domain.costs import compute_costs
from app.domain.edited_work import WorkPiece
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.plan_snapshot import plan_from_json, plan_to_json
from app.store.document import GantryFile, read_plan, write_plan
from app.store.schema import SCHEMA_VERSION

MON = datetime(2027, 3, 1, 8, 0)
TYPED = (WorkPiece(MON, datetime(2027, 3, 1, 17, 0), 240.0),)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Build", start=MON), calendars={1: standard_calendar()})
    plan.append_task(Task(1, "Build", 1, duration_minutes=10 * 480))
    plan.append_task(Task(2, "Test", 1, duration_minutes=2 * 480))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0, overtime_rate=75.0))
    plan.add_assignment(
        Assignment(1, 1, 1, 1.0, 80 * 60, overtime_work_minutes=480, contour=WorkContour.BELL)
    )
    plan.add_assignment(Assignment(2, 2, 1, 0.5, 8 * 60))
    _baseline(plan, 0)
    return plan


def _baseline(plan: Plan, index: int) -> None:
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), index, MON))


def test_s29mo_the_gantry_file_keeps_each_persons_baseline(tmp_path):
    plan = _plan()
    # a contoured person's typed periods are kept too
    plan.baselines[0] = replace(
        plan.baselines[0],
        assignments=(
            replace(
                plan.baselines[0].assignments[0], contour=WorkContour.CONTOURED, edited_work=TYPED
            ),
            plan.baselines[0].assignments[1],
        ),
    )
    path = tmp_path / "kept.gantry"
    write_plan(plan, path)
    back = read_plan(path).baselines[0]
    assert back == plan.baselines[0]
    first = back.assignments[0]
    assert (first.work_minutes, first.overtime_work_minutes, first.units) == (4800, 480, 1.0)
    assert first.edited_work == TYPED
    assert plan_from_json(plan_to_json(plan)).baselines == plan.baselines  # workbook snapshot


def test_s29mo_set_and_clear_baseline_in_an_open_file_are_saved(tmp_path):
    path = tmp_path / "open.gantry"
    write_plan(_plan(), path)
    with GantryFile.open(path) as opened:
        plan = opened.plan
        plan.assignments[1] = replace(plan.assignments[1], units=1.0)
        _baseline(plan, 0)  # saved again: Test's person now at 100 %
        _baseline(plan, 1)
        cleared = cleared_baseline(plan, 1, [2])
        assert cleared is not None
        cleared.take_off(plan)
        opened.save()
        expected = {i: plan.baselines[i] for i in (0, 1)}
    back = read_plan(path)
    assert back.baselines[0] == expected[0]
    assert [e.units for e in back.baselines[0].assignments] == [1.0, 1.0]
    assert [e.task_uid for e in back.baselines[1].assignments] == [1]


def test_s29mo_a_v40_file_holds_no_assignment_baselines_and_is_migrated(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(), path)
    with sqlite3.connect(path) as conn:  # as v40 kept it: no tables for them
        conn.execute("DROP TABLE baseline_assignments")
        conn.execute("DROP TABLE baseline_assignment_pieces")
        conn.execute("PRAGMA user_version = 40")
    conn.close()
    with GantryFile.open(path) as opened:
        assert opened.plan.baselines[0].assignments == ()
        assert len(opened.plan.baselines[0].entries) == 2
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT COUNT(*) FROM baseline_assignments").fetchone() == (0,)
    conn.close()


def test_s29mo_the_demo_plan_has_the_tables():
    from app.assets import resource_path

    with sqlite3.connect(resource_path("demo", "crm-rollout.gantry")) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert {"baseline_assignments", "baseline_assignment_pieces"} <= tables
