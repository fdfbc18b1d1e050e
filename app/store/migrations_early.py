"""The first schema migrations, v1 -> v20 (shipped; never edited): see :mod:`app.store.migrations`."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Step = Callable[[sqlite3.Connection], None]


def _v2(conn: sqlite3.Connection) -> None:
    """v1 -> v2: durations and lags in working minutes (v1 kept days), and the risk register.

    v1 stored ``tasks.duration_days`` and ``links.lag_days`` as fractional days;
    sub-day tasks need minutes. Days convert at the project's minutes per day.
    v1 also lost empty cost-rate tables; v2 counts them per resource.
    """
    row = conn.execute("SELECT minutes_per_day FROM project WHERE id = 1").fetchone()
    per_day = int(row[0]) if row else 480
    script = f"""
        ALTER TABLE tasks ADD COLUMN duration_minutes INTEGER NOT NULL DEFAULT 0;
        UPDATE tasks SET duration_minutes = CAST(ROUND(duration_days * {per_day}) AS INTEGER);
        ALTER TABLE tasks DROP COLUMN duration_days;
        ALTER TABLE links ADD COLUMN lag_minutes INTEGER NOT NULL DEFAULT 0;
        UPDATE links SET lag_minutes = CAST(ROUND(lag_days * {per_day}) AS INTEGER);
        ALTER TABLE links DROP COLUMN lag_days;
        ALTER TABLE resources ADD COLUMN rate_table_count INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE risks (
            uid INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            probability REAL NOT NULL,
            impact REAL NOT NULL,
            owner TEXT NOT NULL,
            mitigation TEXT NOT NULL,
            contingency REAL NOT NULL,
            status TEXT NOT NULL,
            description TEXT NOT NULL
        );
        CREATE TABLE risk_tasks (
            risk_uid INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            task_uid INTEGER NOT NULL,
            PRIMARY KEY (risk_uid, seq)
        );
        """
    # One statement at a time: executescript() would commit the open transaction.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v3(conn: sqlite3.Connection) -> None:
    """v2 -> v3: finished overtime work per assignment (priced at the overtime rate).

    v2 files knew no actual overtime, so every assignment starts with none:
    their finished work stays regular work.
    """
    conn.execute(
        "ALTER TABLE assignments ADD COLUMN actual_overtime_work_minutes INTEGER NOT NULL DEFAULT 0"
    )


def _v4(conn: sqlite3.Connection) -> None:
    """v3 -> v4: where the currency symbol stands and how many decimals money shows.

    v3 files always showed the symbol first with two decimals: they keep that.
    """
    conn.execute(
        "ALTER TABLE project ADD COLUMN currency_symbol_position TEXT NOT NULL DEFAULT 'BEFORE'"
    )
    conn.execute("ALTER TABLE project ADD COLUMN currency_digits INTEGER NOT NULL DEFAULT 2")


def _v5(conn: sqlite3.Connection) -> None:
    """v4 -> v5: the unit each task's duration is shown in (NULL: Gantry picks one).

    v4 files kept no unit, so their tasks read as before: NULL.
    """
    conn.execute("ALTER TABLE tasks ADD COLUMN duration_unit TEXT")


def _v6(conn: sqlite3.Connection) -> None:
    """v5 -> v6: a baseline's own name (GanttProject's "baseline A", or one a user typed).

    v5 files kept no name, so their baselines keep MS Project's numbered labels.
    """
    conn.execute("ALTER TABLE baselines ADD COLUMN name TEXT NOT NULL DEFAULT ''")


def _v7(conn: sqlite3.Connection) -> None:
    """v6 -> v7: split (interrupted) tasks, one row per pause.

    v6 files knew no splits: every task works without interruption, as before.
    """
    conn.execute(
        """CREATE TABLE IF NOT EXISTS task_splits (
            task_uid INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            after_minutes INTEGER NOT NULL,
            gap_minutes INTEGER NOT NULL,
            PRIMARY KEY (task_uid, seq)
        )"""
    )


def _v8(conn: sqlite3.Connection) -> None:
    """v7 -> v8: the units a bare number is entered in, for durations and for work.

    v7 files read a bare duration as days and bare work as hours: they keep that.
    """
    conn.execute("ALTER TABLE project ADD COLUMN duration_unit TEXT NOT NULL DEFAULT 'DAYS'")
    conn.execute("ALTER TABLE project ADD COLUMN work_unit TEXT NOT NULL DEFAULT 'HOURS'")


def _v9(conn: sqlite3.Connection) -> None:
    """v8 -> v9: recurring tasks keep their pattern, one row per recurring summary.

    v8 files knew no recurring task: every summary is an ordinary one, as before.
    """
    conn.execute(
        """CREATE TABLE IF NOT EXISTS task_recurrences (
            task_uid INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            period INTEGER NOT NULL,
            weekdays TEXT NOT NULL,
            day_of_month INTEGER NOT NULL,
            week_of_month INTEGER NOT NULL,
            weekday INTEGER NOT NULL,
            month INTEGER NOT NULL,
            occurrences INTEGER,
            start TEXT NOT NULL,
            end TEXT,
            duration_minutes INTEGER NOT NULL,
            duration_unit TEXT,
            non_working TEXT NOT NULL
        )"""
    )


def _v10(conn: sqlite3.Connection) -> None:
    """v9 -> v10: an assignment's work contour (MS Project's Flat, Back Loaded, ...) and notes.

    v9 files knew neither: every assignment spreads its work evenly, Flat, without notes.
    """
    columns = {r[1] for r in conn.execute("PRAGMA table_info(assignments)")}
    for name, default in (("contour", "'FLAT'"), ("notes", "''")):
        if name not in columns:  # a file labelled older than it is keeps its column
            conn.execute(
                f"ALTER TABLE assignments ADD COLUMN {name} TEXT NOT NULL DEFAULT {default}"
            )


def _v11(conn: sqlite3.Connection) -> None:
    """v10 -> v11: custom task fields (MS Project's Text1, Flag1...), their aliases and values.

    v10 files knew none: no field is renamed and no task holds a value.
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS custom_fields (name TEXT PRIMARY KEY, alias TEXT NOT NULL)"
    )
    conn.execute(
        """CREATE TABLE IF NOT EXISTS task_custom (
            task_uid INTEGER NOT NULL,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (task_uid, field)
        )"""
    )


def _v12(conn: sqlite3.Connection) -> None:
    """v11 -> v12: a Text field's value list (MS Project's lookup table) and whether only its
    values may be typed.

    v11 files knew none: every field takes any text, as before.
    """
    columns = {r[1] for r in conn.execute("PRAGMA table_info(custom_fields)")}
    if "restricted" not in columns:
        conn.execute("ALTER TABLE custom_fields ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0")
    conn.execute(
        """CREATE TABLE IF NOT EXISTS custom_field_values (
            field TEXT NOT NULL,
            seq INTEGER NOT NULL,
            value TEXT NOT NULL,
            description TEXT NOT NULL,
            PRIMARY KEY (field, seq)
        )"""
    )


def _v13(conn: sqlite3.Connection) -> None:
    """v12 -> v13: the plan's Leveling Options (order, splits in remaining work).

    v12 files kept them in the user's settings, not the plan: they open with MS Project's
    defaults (Standard, splits allowed).
    """
    columns = {r[1] for r in conn.execute("PRAGMA table_info(project)")}
    if "leveling_order" not in columns:
        conn.execute(
            "ALTER TABLE project ADD COLUMN leveling_order TEXT NOT NULL DEFAULT 'STANDARD'"
        )
    if "leveling_split_remaining" not in columns:
        conn.execute(
            "ALTER TABLE project ADD COLUMN leveling_split_remaining INTEGER NOT NULL DEFAULT 1"
        )


def _v14(conn: sqlite3.Connection) -> None:
    """v13 -> v14: each resource's Can Level (MS Project's flag); v13 resources can all be leveled."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(resources)")}
    if "can_level" not in columns:
        conn.execute("ALTER TABLE resources ADD COLUMN can_level INTEGER NOT NULL DEFAULT 1")


def _v15(conn: sqlite3.Connection) -> None:
    """v14 -> v15: each task's hyperlink (MS Project's Insert > Hyperlink); v14 tasks have none."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(tasks)")}
    for name in ("hyperlink_text", "hyperlink_address", "hyperlink_sub_address"):
        if name not in columns:
            conn.execute(f"ALTER TABLE tasks ADD COLUMN {name} TEXT NOT NULL DEFAULT ''")


def _v16(conn: sqlite3.Connection) -> None:
    """v15 -> v16: which splits resource leveling made (Clear Leveling takes them out);
    v15 files knew only the user's own splits."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(task_splits)")}
    if "leveling" not in columns:
        conn.execute("ALTER TABLE task_splits ADD COLUMN leveling INTEGER NOT NULL DEFAULT 0")


def _v17(conn: sqlite3.Connection) -> None:
    """v16 -> v17: value lists of Number, Cost, Date and Duration fields, in the table Text
    fields' lists use (each value as task_custom holds it). Nothing to change in a v16 file
    (its lists are all Text); the version keeps a v16 build from misreading such a list."""
    conn.execute("SELECT 1 FROM custom_field_values LIMIT 1")


def _v18(conn: sqlite3.Connection) -> None:
    """v17 -> v18: the plan's "New tasks are effort driven" and "Default task type".

    A v17 plan made every new task effort driven with fixed units: it keeps doing so (its
    tasks keep their own flags), so a task added to it behaves like the ones it has. New
    plans start with MS Project 2010's choice instead (not effort driven).
    """
    columns = {r[1] for r in conn.execute("PRAGMA table_info(project)")}
    if "new_tasks_effort_driven" not in columns:
        conn.execute(
            "ALTER TABLE project ADD COLUMN new_tasks_effort_driven INTEGER NOT NULL DEFAULT 1"
        )
    if "default_task_type" not in columns:
        conn.execute(
            "ALTER TABLE project ADD COLUMN default_task_type TEXT NOT NULL DEFAULT 'FIXED_UNITS'"
        )


def _v19(conn: sqlite3.Connection) -> None:
    """v18 -> v19: the unit each rate is shown in (1,200/d), for a person and each row of
    their cost rate tables. The rates stay per hour, so costs do not change; v18 rates were
    all shown per hour and keep that."""
    for table in ("resources", "resource_rates"):
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        for name in ("standard_rate_unit", "overtime_rate_unit"):
            if name not in columns:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} TEXT NOT NULL DEFAULT 'HOUR'")


def _v20(conn: sqlite3.Connection) -> None:
    """v19 -> v20: the task sheet's table, filter, sort and group (and its folded groups and
    the user's tables) kept in the plan, as MS Project keeps them. A v19 file keeps none:
    it opens as the user's settings left it, as before."""
    for statement in _V20_TABLES:
        conn.execute(statement)


_V20_TABLES = (
    """CREATE TABLE IF NOT EXISTS views (
        view TEXT PRIMARY KEY, table_key TEXT NOT NULL, filter_kind TEXT,
        filter_resource_uid INTEGER, filter_from TEXT, filter_to TEXT,
        filter_text TEXT NOT NULL, filter_field TEXT NOT NULL, sort_keys TEXT NOT NULL,
        sort_keep_outline INTEGER NOT NULL, group_keys TEXT NOT NULL,
        group_name TEXT NOT NULL, group_keep_hierarchy INTEGER NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS view_columns (view TEXT NOT NULL, seq INTEGER NOT NULL,
        key TEXT NOT NULL, width INTEGER NOT NULL, PRIMARY KEY (view, seq))""",
    """CREATE TABLE IF NOT EXISTS view_folded_groups (view TEXT NOT NULL,
        seq INTEGER NOT NULL, depth INTEGER NOT NULL, label TEXT NOT NULL,
        PRIMARY KEY (view, seq, depth))""",
    """CREATE TABLE IF NOT EXISTS user_tables (position INTEGER PRIMARY KEY,
        name TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS user_table_columns (table_position INTEGER NOT NULL,
        seq INTEGER NOT NULL, key TEXT NOT NULL, PRIMARY KEY (table_position, seq))""",
)


# target version -> the step that reaches it from the version before.
EARLY_STEPS: dict[int, Step] = {
    2: _v2,
    3: _v3,
    4: _v4,
    5: _v5,
    6: _v6,
    7: _v7,
    8: _v8,
    9: _v9,
    10: _v10,
    11: _v11,
    12: _v12,
    13: _v13,
    14: _v14,
    15: _v15,
    16: _v16,
    17: _v17,
    18: _v18,
    19: _v19,
    20: _v20,
}
