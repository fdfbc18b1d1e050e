"""Migrating files written with older schema versions (1: the first release's layout; 2)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from app.assets import resource_path
from app.domain.errors import NewerVersionError
from app.domain.project import SymbolPosition
from app.store.document import GantryFile, read_plan, write_plan
from app.store.schema import APPLICATION_ID, SCHEMA_VERSION

# Frozen copy of the version 1 tables: durations and lags in days, no risk register.
V1_SCHEMA = """
CREATE TABLE project (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    start TEXT NOT NULL,
    status_date TEXT,
    currency TEXT NOT NULL,
    currency_symbol TEXT NOT NULL,
    calendar_uid INTEGER NOT NULL,
    minutes_per_day INTEGER NOT NULL,
    minutes_per_week INTEGER NOT NULL,
    days_per_month INTEGER NOT NULL,
    default_start_time TEXT NOT NULL,
    default_finish_time TEXT NOT NULL,
    critical_slack_limit_minutes INTEGER NOT NULL,
    author TEXT NOT NULL,
    company TEXT NOT NULL,
    notes TEXT NOT NULL
);

CREATE TABLE tasks (
    uid INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    outline_level INTEGER NOT NULL,
    name TEXT NOT NULL,
    duration_days REAL NOT NULL,
    elapsed INTEGER NOT NULL,
    estimated INTEGER NOT NULL,
    milestone INTEGER NOT NULL,
    manual INTEGER NOT NULL,
    active INTEGER NOT NULL,
    start TEXT,
    finish TEXT,
    constraint_type TEXT NOT NULL,
    constraint_date TEXT,
    deadline TEXT,
    priority INTEGER NOT NULL,
    percent_complete REAL NOT NULL,
    actual_start TEXT,
    actual_finish TEXT,
    fixed_cost REAL NOT NULL,
    fixed_cost_accrual TEXT NOT NULL,
    task_type TEXT NOT NULL,
    effort_driven INTEGER NOT NULL,
    calendar_uid INTEGER,
    ignore_resource_calendar INTEGER NOT NULL,
    leveling_delay_minutes INTEGER NOT NULL,
    notes TEXT NOT NULL
);
CREATE INDEX tasks_position ON tasks (position);

CREATE TABLE links (
    predecessor INTEGER NOT NULL,
    successor INTEGER NOT NULL,
    position INTEGER NOT NULL,
    type TEXT NOT NULL,
    lag_days REAL NOT NULL,
    lag_percent REAL,
    lag_elapsed INTEGER NOT NULL,
    PRIMARY KEY (predecessor, successor)
);

CREATE TABLE calendars (
    uid INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    base_uid INTEGER,
    holiday_country TEXT,
    holiday_subdivision TEXT
);

-- One row per weekday (0 = Monday), inherited = "as in the base calendar".
CREATE TABLE calendar_days (
    calendar_uid INTEGER NOT NULL,
    weekday INTEGER NOT NULL,
    inherited INTEGER NOT NULL,
    PRIMARY KEY (calendar_uid, weekday)
);

-- Working intervals of a weekday, minutes from midnight.
CREATE TABLE calendar_hours (
    calendar_uid INTEGER NOT NULL,
    weekday INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    from_minute INTEGER NOT NULL,
    to_minute INTEGER NOT NULL,
    PRIMARY KEY (calendar_uid, weekday, seq)
);

CREATE TABLE calendar_exceptions (
    calendar_uid INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    start TEXT NOT NULL,
    end TEXT NOT NULL,
    working INTEGER NOT NULL,
    recurrence TEXT,
    period INTEGER,
    weekdays TEXT,
    day_of_month INTEGER,
    week_of_month INTEGER,
    weekday INTEGER,
    month INTEGER,
    occurrences INTEGER,
    PRIMARY KEY (calendar_uid, seq)
);

CREATE TABLE calendar_exception_hours (
    calendar_uid INTEGER NOT NULL,
    exception_seq INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    from_minute INTEGER NOT NULL,
    to_minute INTEGER NOT NULL,
    PRIMARY KEY (calendar_uid, exception_seq, seq)
);

CREATE TABLE resources (
    uid INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    initials TEXT NOT NULL,
    role TEXT NOT NULL,
    email TEXT NOT NULL,
    max_units REAL NOT NULL,
    standard_rate REAL NOT NULL,
    overtime_rate REAL NOT NULL,
    cost_per_use REAL NOT NULL,
    accrue_at TEXT NOT NULL,
    material_label TEXT NOT NULL,
    calendar_uid INTEGER,
    notes TEXT NOT NULL
);

CREATE TABLE resource_skills (
    resource_uid INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    skill TEXT NOT NULL,
    PRIMARY KEY (resource_uid, seq)
);

CREATE TABLE resource_availability (
    resource_uid INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    start TEXT,
    finish TEXT,
    units REAL NOT NULL,
    PRIMARY KEY (resource_uid, seq)
);

-- Cost-rate tables A..E (table_index 0..4), each a list of dated entries.
CREATE TABLE resource_rates (
    resource_uid INTEGER NOT NULL,
    table_index INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    start TEXT,
    standard_rate REAL NOT NULL,
    overtime_rate REAL NOT NULL,
    cost_per_use REAL NOT NULL,
    PRIMARY KEY (resource_uid, table_index, seq)
);

CREATE TABLE assignments (
    uid INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    task_uid INTEGER NOT NULL,
    resource_uid INTEGER NOT NULL,
    units REAL NOT NULL,
    work_minutes INTEGER NOT NULL,
    actual_work_minutes INTEGER NOT NULL,
    overtime_work_minutes INTEGER NOT NULL,
    cost REAL NOT NULL,
    rate_table INTEGER NOT NULL
);

CREATE TABLE baselines (
    idx INTEGER PRIMARY KEY,
    saved_at TEXT
);

CREATE TABLE baseline_entries (
    baseline_idx INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    task_uid INTEGER NOT NULL,
    start TEXT,
    finish TEXT,
    duration_minutes INTEGER NOT NULL,
    work_minutes INTEGER NOT NULL,
    cost REAL NOT NULL,
    PRIMARY KEY (baseline_idx, seq)
);
"""


def _write_v1(path):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.executescript(V1_SCHEMA)
    conn.execute(
        "INSERT INTO project VALUES (1, 'Old plan', '2025-03-03T08:00:00', NULL, 'EUR', '€', 1,"
        " 480, 2400, 20, '08:00', '17:00', 0, '', '', '')"
    )
    task_cols = (
        "uid, position, outline_level, name, duration_days, elapsed, estimated, milestone,"
        " manual, active, start, finish, constraint_type, constraint_date, deadline, priority,"
        " percent_complete, actual_start, actual_finish, fixed_cost, fixed_cost_accrual,"
        " task_type, effort_driven, calendar_uid, ignore_resource_calendar,"
        " leveling_delay_minutes, notes"
    )
    for uid, pos, level, name, days in [
        (1, 0, 1, "Design", 0),
        (2, 1, 2, "Sketch", 2.5),
        (3, 2, 2, "Review", 0.25),
    ]:
        conn.execute(
            f"INSERT INTO tasks ({task_cols}) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 1, NULL, NULL,"
            " 'ASAP', NULL, NULL, 500, 0, NULL, NULL, 0, 'PRORATED', 'FIXED_UNITS', 1, NULL,"
            " 0, 0, '')",
            (uid, pos, level, name, days),
        )
    conn.execute("INSERT INTO links VALUES (2, 3, 0, 'FS', -0.5, NULL, 0)")
    conn.execute("INSERT INTO calendars VALUES (1, 0, 'Standard', NULL, NULL, NULL)")
    for day in range(7):
        conn.execute("INSERT INTO calendar_days VALUES (1, ?, 0)", (day,))
        if day < 5:
            conn.execute("INSERT INTO calendar_hours VALUES (1, ?, 0, 480, 960)", (day,))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_v1_file_is_migrated_after_a_backup(tmp_path):
    path = tmp_path / "old.gantry"
    _write_v1(path)
    original = path.read_bytes()
    with GantryFile.open(path) as file:
        plan = file.plan
        assert [t.duration_minutes for t in plan.tasks] == [0, 1200, 120]
        assert plan.links[0].lag_minutes == -240
        assert plan.risks == []
        assert plan.calendar().week[0] == ((480, 960),)
    backup = sqlite3.connect(tmp_path / "old.gantry.v1.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    assert backup.execute("SELECT name, duration_days FROM tasks ORDER BY position").fetchall() == [
        ("Design", 0),
        ("Sketch", 2.5),
        ("Review", 0.25),
    ]
    backup.close()
    assert path.read_bytes() != original
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    # Migrated for good: the file now reads like any current file, edits included.
    with GantryFile.open(path) as file:
        file.plan.update_task(replace(file.plan.task(2), name="Sketch!"))
    assert read_plan(path).task(2).name == "Sketch!"


def test_read_only_open_migrates_in_memory_and_leaves_the_file_alone(tmp_path):
    path = tmp_path / "old.gantry"
    _write_v1(path)
    original = path.read_bytes()
    plan = read_plan(path)
    assert plan.task(2).duration_minutes == 1200
    assert path.read_bytes() == original
    assert not (tmp_path / "old.gantry.v1.bak").exists()


def test_migration_failure_changes_nothing(tmp_path):
    path = tmp_path / "old.gantry"
    _write_v1(path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE risks (x)")  # the v2 step will collide with this
    conn.commit()
    conn.close()
    with pytest.raises(Exception, match="risks"):
        GantryFile.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    cols = [r[1] for r in conn.execute("PRAGMA table_info(tasks)")]
    assert "duration_days" in cols
    conn.close()
    assert not (tmp_path / "old.gantry.lock").exists()


def test_newer_error_is_a_document_error(tmp_path):
    path = tmp_path / "new.gantry"
    _write_v1(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(NewerVersionError, match="newer Gantry"):
        read_plan(path)


# The assignments table as version 2 left it; v3 adds actual_overtime_work_minutes at the end.
V2_ASSIGNMENT_COLUMNS = [
    "uid",
    "position",
    "task_uid",
    "resource_uid",
    "units",
    "work_minutes",
    "actual_work_minutes",
    "overtime_work_minutes",
    "cost",
    "rate_table",
]


def _columns(conn, table):
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _write_v2(path, plan):
    """A version 2 file: v3 and v4 differ only by the columns their steps add, so take them away."""
    write_plan(plan, path)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE assignments DROP COLUMN actual_overtime_work_minutes")
    conn.execute("ALTER TABLE assignments DROP COLUMN contour")  # v10's
    conn.execute("ALTER TABLE assignments DROP COLUMN notes")  # v10's
    conn.execute("ALTER TABLE assignments DROP COLUMN delay_minutes")  # v40's
    conn.execute("ALTER TABLE assignments DROP COLUMN delay_elapsed")
    conn.execute("ALTER TABLE assignments DROP COLUMN material_rate")  # v46's
    conn.execute("ALTER TABLE assignments DROP COLUMN rate_scale")
    conn.execute("ALTER TABLE assignments DROP COLUMN leveling_delay_minutes")  # v45's
    conn.execute("ALTER TABLE assignments DROP COLUMN delay_unit")  # v48's
    _drop_v4_columns(conn)
    _drop_v5_columns(conn)
    _drop_v6_columns(conn)
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    assert _columns(conn, "assignments") == V2_ASSIGNMENT_COLUMNS
    conn.close()


@pytest.fixture
def demo():
    plan = read_plan(resource_path("demo", "crm-rollout.gantry"))
    # the demo fills every table that v2 had: tasks, links, people, assignments, baseline, risks
    for table in (plan.tasks, plan.links, plan.resources, plan.assignments, plan.risks):
        assert table
    assert plan.baselines
    return plan


def test_v2_file_is_migrated_to_v3_after_a_backup_and_keeps_every_value(tmp_path, demo):
    path = tmp_path / "v2.gantry"
    _write_v2(path, demo)
    before = sqlite3.connect(path)
    rows = before.execute("SELECT * FROM assignments ORDER BY uid").fetchall()
    before.close()
    with GantryFile.open(path) as file:
        assert file.plan == demo
        assert {a.actual_overtime_work_minutes for a in file.plan.assignments} == {0}
        first = file.plan.assignments[0]
        file.plan.update_assignment(replace(first, actual_overtime_work_minutes=90))
    backup = sqlite3.connect(tmp_path / "v2.gantry.v2.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 2
    assert _columns(backup, "assignments") == V2_ASSIGNMENT_COLUMNS
    assert backup.execute("SELECT * FROM assignments ORDER BY uid").fetchall() == rows
    backup.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert _columns(conn, "assignments") == [
        *V2_ASSIGNMENT_COLUMNS,
        "actual_overtime_work_minutes",
        "contour",  # v10's
        "notes",
        "delay_minutes",  # v40's
        "delay_elapsed",
        "leveling_delay_minutes",  # v45's
        "material_rate",  # v46's
        "rate_scale",
        "delay_unit",  # v48's
    ]
    conn.close()
    again = read_plan(path)
    assert again.assignments[0].actual_overtime_work_minutes == 90
    assert again.assignments[1:] == demo.assignments[1:]
    assert again.tasks == demo.tasks
    assert again.risks == demo.risks


def test_v2_file_opened_read_only_is_migrated_in_memory(tmp_path, demo):
    path = tmp_path / "v2.gantry"
    _write_v2(path, demo)
    original = path.read_bytes()
    assert read_plan(path) == demo
    assert path.read_bytes() == original
    assert not (tmp_path / "v2.gantry.v2.bak").exists()


def test_a_v3_file_is_refused_by_a_version_2_reader(tmp_path, demo, monkeypatch):
    """What an older Gantry does with a v3 file: refuses it instead of dropping actual overtime."""
    from app.store import document

    path = tmp_path / "v3.gantry"
    write_plan(demo, path)
    monkeypatch.setattr(document, "SCHEMA_VERSION", 2)
    with pytest.raises(
        NewerVersionError, match=f"file format {SCHEMA_VERSION}; this version reads up to 2"
    ):
        read_plan(path)


def test_bundled_demo_is_saved_at_the_current_schema_version():
    """Else every fresh demo copy is migrated on first open and leaves a backup beside it."""
    conn = sqlite3.connect(f"file:{resource_path('demo', 'crm-rollout.gantry')}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


# The project columns v4 added: where the currency symbol stands, and its decimals.
V4_PROJECT_COLUMNS = ["currency_symbol_position", "currency_digits"]


def _drop_v4_columns(conn):
    for column in V4_PROJECT_COLUMNS:
        conn.execute(f"ALTER TABLE project DROP COLUMN {column}")


def _drop_v5_columns(conn):
    """v5 added the unit each task's duration is shown in."""
    conn.execute("ALTER TABLE tasks DROP COLUMN duration_unit")


def _drop_v6_columns(conn):
    """v6 added a baseline's own name (and v8 the project's units, gone from older files)."""
    conn.execute("ALTER TABLE baselines DROP COLUMN name")
    drop_v8_columns(conn)


def drop_v8_columns(conn):
    """v8 added the units a bare duration and bare work are entered in."""
    conn.execute("ALTER TABLE project DROP COLUMN duration_unit")
    conn.execute("ALTER TABLE project DROP COLUMN work_unit")


def _write_v3(path, plan):
    """A version 3 file: v4 differs only by the project columns its step adds."""
    write_plan(plan, path)
    conn = sqlite3.connect(path)
    _drop_v4_columns(conn)
    _drop_v5_columns(conn)
    _drop_v6_columns(conn)
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    assert not set(V4_PROJECT_COLUMNS) & set(_columns(conn, "project"))
    conn.close()


def test_v3_file_opens_with_the_symbol_first_and_two_decimals(tmp_path, demo):
    pounds = replace(demo.project, currency="GBP", currency_symbol="£")
    demo.set_project(pounds)
    path = tmp_path / "v3.gantry"
    _write_v3(path, demo)
    original = path.read_bytes()
    plan = read_plan(path)  # read-only: migrated in memory
    assert path.read_bytes() == original
    assert plan.project == pounds
    assert plan.project.currency_symbol_position is SymbolPosition.BEFORE
    assert plan.project.currency_digits == 2
    assert plan == demo
    with GantryFile.open(path) as file:
        assert file.plan == demo
        file.plan.set_project(
            replace(pounds, currency_symbol_position=SymbolPosition.AFTER_SPACE, currency_digits=0)
        )
    backup = sqlite3.connect(tmp_path / "v3.gantry.v3.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 3
    backup.close()
    again = read_plan(path)
    assert again.project.currency_symbol_position is SymbolPosition.AFTER_SPACE
    assert again.project.currency_digits == 0
    assert again.project.currency_symbol == "£"


def _write_v4(path, plan):
    """A version 4 file: v5 differs only by the tasks' duration_unit column."""
    write_plan(plan, path)
    conn = sqlite3.connect(path)
    _drop_v5_columns(conn)
    _drop_v6_columns(conn)
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    assert "duration_unit" not in _columns(conn, "tasks")
    conn.close()


def test_v4_file_opens_with_no_unit_kept_and_then_keeps_a_typed_unit(tmp_path, demo):
    from app.domain.task import DurationUnit

    assert {t.duration_unit for t in demo.tasks} == {None}
    path = tmp_path / "v4.gantry"
    _write_v4(path, demo)
    original = path.read_bytes()
    assert read_plan(path) == demo  # read-only: migrated in memory, the file untouched
    assert path.read_bytes() == original
    uid = next(t.uid for t in demo.tasks if t.duration_minutes and not demo.is_summary(t.uid))
    with GantryFile.open(path) as file:
        assert file.plan == demo
        task = file.plan.task(uid)
        file.plan.update_task(replace(task, duration_unit=DurationUnit.WEEKS))
    backup = sqlite3.connect(tmp_path / "v4.gantry.v4.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 4
    assert "duration_unit" not in _columns(backup, "tasks")
    backup.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT duration_unit FROM tasks WHERE uid = ?", (uid,)).fetchone() == (
        "WEEKS",
    )
    conn.close()
    again = read_plan(path)
    assert again.task(uid).duration_unit is DurationUnit.WEEKS
    assert [t for t in again.tasks if t.uid != uid] == [t for t in demo.tasks if t.uid != uid]


def _write_v5(path, plan):
    """A version 5 file: v6 differs only by the baselines' name column."""
    write_plan(plan, path)
    conn = sqlite3.connect(path)
    _drop_v6_columns(conn)
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    assert "name" not in _columns(conn, "baselines")
    conn.close()


def test_v5_file_opens_with_numbered_baselines_and_then_keeps_a_name(tmp_path, demo):
    assert {b.name for b in demo.baselines.values()} == {""}
    path = tmp_path / "v5.gantry"
    _write_v5(path, demo)
    original = path.read_bytes()
    assert read_plan(path) == demo  # read-only: migrated in memory
    assert path.read_bytes() == original
    index = min(demo.baselines)
    with GantryFile.open(path) as file:
        assert file.plan == demo
        file.plan.set_baseline(replace(file.plan.baselines[index], name="Signed-off plan"))
    backup = sqlite3.connect(tmp_path / "v5.gantry.v5.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 5
    assert "name" not in _columns(backup, "baselines")
    backup.close()
    again = read_plan(path)
    assert again.baselines[index].name == "Signed-off plan"
    assert again.baselines[index].label() == "Signed-off plan"
    assert again.baselines[index].entries == demo.baselines[index].entries
