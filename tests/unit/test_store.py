"""The .gantry store: create, reopen, round-trip every entity, refuse what is not ours."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, datetime, time

import pytest

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.calendar import (
    Calendar,
    CalendarException,
    Recurrence,
    RecurrenceKind,
)
from app.domain.errors import DocumentError, ForeignFileError, LockedError, NewerVersionError
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project, SymbolPosition
from app.domain.resource import Assignment, Availability, RateEntry, Resource, ResourceType
from app.domain.risk import Risk, RiskStatus
from app.domain.task import ConstraintType, CostAccrual, Task, TaskType
from app.store.document import GantryFile, read_plan, write_plan
from app.store.schema import APPLICATION_ID, SCHEMA_VERSION


def rich_plan() -> Plan:
    """A plan where every field holds something other than its default."""
    plan = Plan(
        project=Project(
            name="Ünïcode plan",
            start=datetime(2027, 1, 4, 9, 0),
            status_date=datetime(2027, 2, 1, 17, 0),
            currency="USD",
            currency_symbol="US$",
            currency_symbol_position=SymbolPosition.AFTER_SPACE,
            currency_digits=3,
            calendar_uid=1,
            minutes_per_day=450,
            minutes_per_week=2250,
            days_per_month=21,
            default_start_time=time(9, 0),
            default_finish_time=time(17, 30),
            critical_slack_limit_minutes=60,
            author="Ana",
            company="Northwind",
            notes="line 1\nline 2",
        )
    )
    plan.put_calendar(
        Calendar(
            uid=2,
            name="Night shift",
            base_uid=1,
            week=(((1200, 1440),), None, None, (), None, (), ((0, 240), (300, 480))),
            exceptions=(
                CalendarException("Vacation", date(2027, 3, 1), date(2027, 3, 12)),
                CalendarException(
                    "Saturday release",
                    date(2027, 4, 3),
                    date(2027, 4, 3),
                    working=True,
                    intervals=((480, 720),),
                ),
                CalendarException(
                    "Board meeting",
                    date(2027, 1, 1),
                    date(2027, 12, 31),
                    recurrence=Recurrence(
                        RecurrenceKind.MONTHLY_BY_WEEKDAY,
                        period=2,
                        weekdays=(0, 4),
                        day_of_month=15,
                        week_of_month=5,
                        weekday=4,
                        month=6,
                        occurrences=6,
                    ),
                ),
            ),
            holiday_country="DE",
            holiday_subdivision="BY",
        )
    )
    plan.insert_tasks(
        0,
        [
            Task(uid=10, name="Phase", outline_level=1),
            Task(
                uid=11,
                name="Build = +cost",
                outline_level=2,
                duration_minutes=2700,
                elapsed=True,
                estimated=True,
                manual=True,
                active=False,
                start=datetime(2027, 1, 5, 9, 0),
                finish=datetime(2027, 1, 12, 17, 0),
                constraint_type=ConstraintType.SNET,
                constraint_date=datetime(2027, 1, 5, 9, 0),
                deadline=datetime(2027, 2, 1, 17, 0),
                priority=900,
                percent_complete=42.5,
                actual_start=datetime(2027, 1, 5, 9, 0),
                actual_finish=datetime(2027, 1, 12, 16, 0),
                fixed_cost=1234.56,
                fixed_cost_accrual=CostAccrual.END,
                task_type=TaskType.FIXED_WORK,
                effort_driven=False,
                calendar_uid=2,
                ignore_resource_calendar=True,
                leveling_delay_minutes=120,
                notes="watch out",
            ),
            Task(uid=12, name="Done", outline_level=2, milestone=True, duration_minutes=0),
        ],
    )
    plan.add_link(Link(11, 12, LinkType.SF, lag_minutes=-240, lag_percent=None, lag_elapsed=True))
    plan.add_resource(
        Resource(
            uid=1,
            name="Ana",
            initials="AN",
            role="Architect",
            email="ana@example.com",
            skills=("SQL", "Python"),
            max_units=0.5,
            standard_rate=95.0,
            overtime_rate=120.0,
            cost_per_use=10.0,
            accrue_at=CostAccrual.START,
            calendar_uid=2,
            availability=(
                Availability(datetime(2027, 1, 1), datetime(2027, 6, 30), 0.5),
                Availability(datetime(2027, 7, 1), None, 1.0),
            ),
            rate_tables=(
                (RateEntry(None, 95.0, 120.0, 10.0), RateEntry(datetime(2027, 7, 1), 99.0)),
                (),
                (RateEntry(None, 50.0),),
            ),
            notes="part time",
        )
    )
    plan.add_resource(Resource(uid=2, name="Cable", type=ResourceType.MATERIAL, material_label="m"))
    plan.add_assignment(
        Assignment(
            uid=1,
            task_uid=11,
            resource_uid=1,
            units=0.5,
            work_minutes=1350,
            actual_work_minutes=600,
            overtime_work_minutes=60,
            cost=7.5,
            rate_table=2,
            actual_overtime_work_minutes=45,
        )
    )
    plan.set_baseline(
        Baseline(
            0,
            datetime(2027, 1, 3, 12, 0),
            (
                BaselineEntry(11, datetime(2027, 1, 5, 9), datetime(2027, 1, 12, 17), 2700, 1350),
                BaselineEntry(12, None, None, 0, 0, 99.5),
            ),
        )
    )
    plan.add_risk(
        Risk(
            uid=1,
            title="Data quality",
            probability=0.3,
            impact=20000.0,
            owner="Ana",
            mitigation="profiling",
            contingency=6000.0,
            status=RiskStatus.MITIGATING,
            task_uids=(12, 11),
            description="legacy CRM",
        )
    )
    return plan


def _fields(obj: object) -> dict[str, object]:
    return {name: getattr(obj, name) for name in type(obj).__slots__}  # type: ignore[attr-defined]


def assert_same_plan(a: Plan, b: Plan) -> None:
    """Compare two plans field by field so that a failure names the field."""
    assert _fields(a.project) == _fields(b.project)
    assert [_fields(t) for t in a.tasks] == [_fields(t) for t in b.tasks]
    assert [_fields(x) for x in a.links] == [_fields(x) for x in b.links]
    assert a.calendars.keys() == b.calendars.keys()
    for uid in a.calendars:
        assert _fields(a.calendars[uid]) == _fields(b.calendars[uid])
    assert [_fields(r) for r in a.resources] == [_fields(r) for r in b.resources]
    assert [_fields(x) for x in a.assignments] == [_fields(x) for x in b.assignments]
    assert a.baselines == b.baselines
    assert [_fields(r) for r in a.risks] == [_fields(r) for r in b.risks]
    assert a == b


def test_every_entity_round_trips_field_by_field(tmp_path):
    plan = rich_plan()
    write_plan(plan, tmp_path / "p.gantry")
    assert_same_plan(read_plan(tmp_path / "p.gantry"), plan)


def test_file_is_marked_with_application_id_and_schema_version(tmp_path):
    write_plan(rich_plan(), tmp_path / "p.gantry")
    conn = sqlite3.connect(tmp_path / "p.gantry")
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_each_edit_is_saved_at_once_and_reopens(tmp_path):
    path = tmp_path / "p.gantry"
    plan = rich_plan()
    file = GantryFile.create(path, plan)
    plan.update_task(Task(uid=12, name="Go-live", outline_level=2, milestone=True))
    plan.append_task(Task(uid=13, name="Hypercare", duration_minutes=960))
    plan.add_link(Link(12, 13, LinkType.SS, lag_percent=50.0))
    plan.update_resource(Resource(uid=2, name="Fibre", type=ResourceType.MATERIAL))
    plan.put_calendar(Calendar(uid=3, name="24h", week=(((0, 1440),),) * 7))
    plan.remove_risk(1)
    plan.add_risk(Risk(uid=2, title="Vendor late", task_uids=(13,)), index=0)
    plan.clear_baseline(0)
    plan.set_project(Project(name="Renamed", start=datetime(2027, 1, 11, 8)))
    # Another reader sees every edit while the file is still open: nothing waits for a save.
    assert_same_plan(read_plan(path), plan)
    file.close()
    assert_same_plan(read_plan(path), plan)


def test_outline_operations_keep_rows_and_levels(tmp_path):
    path = tmp_path / "p.gantry"
    plan = Plan()
    plan.insert_tasks(0, [Task(uid=i, name=f"T{i}") for i in range(1, 9)])
    with GantryFile.create(path, plan):
        plan.indent([2, 3])
        plan.indent([3])
        plan.move_tasks([6], 2)
        plan.insert_tasks(0, [Task(uid=20, name="first")])
        plan.outdent([3])
        plan.remove_tasks([4])
        removed = plan.remove_tasks([1])
        plan.restore_tasks(removed)
        got = read_plan(path)
        assert [(t.uid, t.outline_level) for t in got.tasks] == [
            (t.uid, t.outline_level) for t in plan.tasks
        ]
        assert got == plan


def test_resource_insert_and_removal_keep_order(tmp_path):
    path = tmp_path / "p.gantry"
    plan = rich_plan()
    with GantryFile.create(path, plan):
        plan.add_resource(Resource(uid=3, name="Ben"), index=0)
        removed = plan.remove_resource(1)
        assert [r.uid for r in read_plan(path).resources] == [3, 2]
        plan.restore_resource(removed)
        assert_same_plan(read_plan(path), plan)


def test_batch_is_one_transaction(tmp_path):
    path = tmp_path / "p.gantry"
    plan = Plan()
    plan.insert_tasks(0, [Task(uid=i, name=f"T{i}") for i in range(1, 4)])
    file = GantryFile.create(path, plan)
    commits: list[str] = []
    file._conn.set_trace_callback(
        lambda sql: commits.append(sql) if sql.strip().upper().startswith("COMMIT") else None
    )
    with plan.batch():
        plan.update_task(Task(uid=1, name="one"))
        plan.update_task(Task(uid=2, name="two"))
        plan.indent([3])
        # Inside the batch nothing is visible to another connection yet.
        assert [t.name for t in read_plan(path).tasks] == ["T1", "T2", "T3"]
    assert len(commits) == 1
    assert [t.name for t in read_plan(path).tasks] == ["one", "two", "T3"]
    plan.update_task(Task(uid=1, name="uno"))
    assert len(commits) == 2
    file.close()


def test_closed_file_leaves_a_single_file(tmp_path):
    path = tmp_path / "p.gantry"
    plan = rich_plan()
    file = GantryFile.create(path, plan)
    plan.update_task(Task(uid=12, name="x", outline_level=2))
    file.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.gantry"]


def test_text_file_is_foreign(tmp_path):
    path = tmp_path / "notes.gantry"
    path.write_text("hello")
    with pytest.raises(ForeignFileError, match=r"^notes.gantry is not a Gantry plan$"):
        GantryFile.open(path)
    assert not (tmp_path / "notes.gantry.lock").exists()


def test_other_sqlite_file_is_foreign(tmp_path):
    path = tmp_path / "other.gantry"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(ForeignFileError, match=r"other\.gantry is not a Gantry plan"):
        GantryFile.open(path, read_only=True)


def test_newer_file_is_refused_naming_both_versions(tmp_path):
    path = tmp_path / "p.gantry"
    write_plan(rich_plan(), path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 7}")
    conn.close()
    with pytest.raises(NewerVersionError) as err:
        GantryFile.open(path)
    assert str(SCHEMA_VERSION + 7) in str(err.value)
    assert f"up to {SCHEMA_VERSION}" in str(err.value)


def test_second_writer_in_same_process_is_locked_out_and_read_only_works(tmp_path):
    path = tmp_path / "p.gantry"
    write_plan(rich_plan(), path)
    first = GantryFile.open(path)
    with pytest.raises(LockedError, match=r"p\.gantry is already open"):
        GantryFile.open(path)
    viewer = GantryFile.open(path, read_only=True)
    assert viewer.read_only
    assert_same_plan(viewer.plan, first.plan)
    with pytest.raises(DocumentError, match="read-only"):
        viewer.plan.update_task(Task(uid=12, name="nope", outline_level=2))
    assert viewer.plan.task(12).name == "Done"
    viewer.close()
    first.close()
    GantryFile.open(path).close()  # the lock went with the first window


def test_lock_held_by_another_process(tmp_path):
    path = tmp_path / "p.gantry"
    write_plan(rich_plan(), path)
    script = (
        "import sys, time; from pathlib import Path; "
        "from app.store.document import GantryFile; "
        "f = GantryFile.open(Path(sys.argv[1])); print('open', flush=True); "
        "sys.stdin.readline(); f.close()"
    )
    with subprocess.Popen(
        [sys.executable, "-c", script, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdin is not None
        assert child.stdout is not None
        try:
            assert child.stdout.readline().strip() == "open"
            with pytest.raises(LockedError, match=f"process {child.pid}"):
                GantryFile.open(path)
        finally:
            child.stdin.write("\n")
            child.stdin.flush()
            child.wait(timeout=30)
    GantryFile.open(path).close()


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path):
    path = tmp_path / "p.gantry"
    write_plan(rich_plan(), path)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    import json
    import socket

    (tmp_path / "p.gantry.lock").write_text(
        json.dumps({"pid": int(dead.stdout), "host": socket.gethostname()})
    )
    GantryFile.open(path).close()
    assert not (tmp_path / "p.gantry.lock").exists()


def test_save_copy_is_a_consistent_independent_file(tmp_path):
    path = tmp_path / "p.gantry"
    plan = rich_plan()
    with GantryFile.create(path, plan) as file:
        plan.update_task(Task(uid=12, name="before copy", outline_level=2))
        file.save_copy(tmp_path / "copy.gantry")
        plan.update_task(Task(uid=12, name="after copy", outline_level=2))
    copy = read_plan(tmp_path / "copy.gantry")
    assert copy.task(12).name == "before copy"
    assert read_plan(path).task(12).name == "after copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.gantry", "p.gantry"]


def test_create_over_an_open_file_is_locked(tmp_path):
    path = tmp_path / "p.gantry"
    with GantryFile.create(path, rich_plan()), pytest.raises(LockedError):
        write_plan(Plan(), path)


def test_a_crash_inside_a_batch_loses_only_that_batch(tmp_path):
    """The process dies mid-edit: reopening takes over its lock and rolls the edit back."""
    path = tmp_path / "p.gantry"
    write_plan(rich_plan(), path)
    script = (
        "import os, sys; from dataclasses import replace; from pathlib import Path; "
        "from app.store.document import GantryFile; "
        "f = GantryFile.open(Path(sys.argv[1])); p = f.plan; "
        "p.update_task(replace(p.task(12), name='committed')); "
        "b = p.batch(); b.__enter__(); "
        "p.update_task(replace(p.task(12), name='half done')); p.remove_tasks([11]); "
        "os._exit(3)"
    )
    died = subprocess.run([sys.executable, "-c", script, str(path)], check=False)
    assert died.returncode == 3
    assert (tmp_path / "p.gantry.lock").exists()
    with GantryFile.open(path) as file:
        assert file.plan.task(12).name == "committed"
        assert file.plan.has_task(11)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.gantry"]


@pytest.mark.parametrize("name", ["a b (1).gantry", "what?#x%20y.gantry", "Ünï €.gantry"])
def test_awkward_file_names(tmp_path, name):
    path = tmp_path / name
    plan = rich_plan()
    with GantryFile.create(path, plan):
        plan.update_task(Task(uid=12, name="saved", outline_level=2))
    assert read_plan(path).task(12).name == "saved"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_file_read_only_on_disk_is_offered_read_only(tmp_path, monkeypatch):
    import app.store.document as document

    path = tmp_path / "p.gantry"
    write_plan(rich_plan(), path)
    real_access = document.os.access
    monkeypatch.setattr(
        document.os, "access", lambda p, mode: mode != document.os.W_OK and real_access(p, mode)
    )
    with pytest.raises(LockedError, match="read-only on disk"):
        GantryFile.open(path)
    with GantryFile.open(path, read_only=True) as file:
        assert file.plan.task(12).name == "Done"
