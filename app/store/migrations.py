"""Registered schema migrations: each step takes a file from version N-1 to N.

The schema version lives in ``PRAGMA user_version``. Opening an older file
runs every step after its version in one transaction (the caller writes a
backup copy first). Add a step by writing ``_vN`` and registering it in
``MIGRATIONS``; never edit a step that has shipped.

We keep our own small registry instead of sqlite-utils' ``Migrations``
because the version must be the ``user_version`` number that DESIGN.md
promises, and sqlite-utils tracks applied steps by name in a table of its own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from app.store import (
    leveling_assignment_rows,
    leveling_option_rows,
    page_setup_rows,
    progress_line_rows,
)
from app.store.actual_day_rows import add_table as add_actual_days
from app.store.baseline_assignment_rows import BASELINE_ASSIGNMENTS_SQL, BASELINE_PIECES_SQL
from app.store.delay_unit_rows import add_column as add_delay_unit
from app.store.edited_work_rows import EDITED_WORK_SQL
from app.store.interim_rows import INTERIM_SQL, INTERIM_TIMES_SQL
from app.store.material_rate_rows import add_columns as add_material_rates
from app.store.schema import KEPT_LINKS_SQL, SCHEMA_VERSION
from app.store.table_looks_rows import TABLE_LOOKS_SQL
from app.store.work_week_rows import WORK_WEEKS_SQL

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


def _v21(conn: sqlite3.Connection) -> None:
    """v20 -> v21: the unit each lag was typed in (``3FS+1w``), as MS Project's LagFormat.
    A v20 lag keeps none: it shows in the unit its length picks, as before. (An older file's
    links table may have it already: an earlier step made the table anew from the schema.)"""
    if "lag_unit" not in {r[1] for r in conn.execute("PRAGMA table_info(links)")}:
        conn.execute("ALTER TABLE links ADD COLUMN lag_unit TEXT")


def _v22(conn: sqlite3.Connection) -> None:
    """v21 -> v22: each task's WBS code of its own (MS Project's typed or masked codes); a
    v21 task has none and shows its outline number, as before."""
    if "wbs" not in {r[1] for r in conn.execute("PRAGMA table_info(tasks)")}:
        conn.execute("ALTER TABLE tasks ADD COLUMN wbs TEXT NOT NULL DEFAULT ''")


def _v23(conn: sqlite3.Connection) -> None:
    """v22 -> v23: what an MS Project file said of its links that Gantry does not schedule
    by (estimated lags, links from other projects' tasks and their rows), kept to be
    written back to MS Project XML. A v22 file keeps none, as before."""
    for statement in KEPT_LINKS_SQL.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v24(conn: sqlite3.Connection) -> None:
    """v23 -> v24: Leveling Options' "Level only within available slack"; a v23 plan levels
    as before (off, MS Project's default)."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(project)")}
    if "leveling_within_slack" not in columns:
        conn.execute(
            "ALTER TABLE project ADD COLUMN leveling_within_slack INTEGER NOT NULL DEFAULT 0"
        )


def _v25(conn: sqlite3.Connection) -> None:
    """v24 -> v25: Leveling Options' "Level from … To …"; a v24 plan levels the entire
    project, as before (MS Project's default)."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(project)")}
    for name in ("leveling_from", "leveling_to"):
        if name not in columns:
            conn.execute(f"ALTER TABLE project ADD COLUMN {name} TEXT")


def _v26(conn: sqlite3.Connection) -> None:
    """v25 -> v26: Page Setup's margins, header, footer, legend and Print notes, kept with
    the plan; a v25 plan gets those it printed with (10 mm margins, Gantry's header and
    footer, the legend on every page, no notes)."""
    page_setup_rows.add_columns(conn)


def _v27(conn: sqlite3.Connection) -> None:
    """v26 -> v27: the project's Manager beside its Author, as MS Project keeps both; a
    v26 plan has none (its Author stays its author: the report names it so)."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(project)")}
    if "manager" not in columns:
        conn.execute("ALTER TABLE project ADD COLUMN manager TEXT NOT NULL DEFAULT ''")


def _v28(conn: sqlite3.Connection) -> None:
    """v27 -> v28: work typed into a Usage period, kept day by day with its assignment as
    MS Project keeps a Contoured assignment's; a v27 plan has none (its Contoured
    assignments are laid evenly, as before)."""
    conn.execute(EDITED_WORK_SQL)


def _v29(conn: sqlite3.Connection) -> None:
    """v28 -> v29: a calendar may keep no public holidays, not even its base calendar's (a
    contractor working them), and its own replace its base's; a v28 calendar keeps its
    base's unless it names a country of its own."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(calendars)")}
    if "no_public_holidays" not in columns:
        conn.execute(
            "ALTER TABLE calendars ADD COLUMN no_public_holidays INTEGER NOT NULL DEFAULT 0"
        )


def _v30(conn: sqlite3.Connection) -> None:
    """v29 -> v30: a calendar's work weeks (MS Project's Work Weeks tab: a named period with
    its own weekly pattern), app/store/work_week_rows.py; a v29 calendar has none."""
    for statement in WORK_WEEKS_SQL.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v31(conn: sqlite3.Connection) -> None:
    """v30 -> v31: earned value's options (the baseline it reads, the default method) and a
    task's Physical % Complete and own method; a v30 plan reads baseline 0 by % complete,
    as before."""
    project = {r[1] for r in conn.execute("PRAGMA table_info(project)")}
    if "ev_baseline" not in project:
        conn.execute("ALTER TABLE project ADD COLUMN ev_baseline INTEGER NOT NULL DEFAULT 0")
        conn.execute(
            "ALTER TABLE project ADD COLUMN ev_method TEXT NOT NULL DEFAULT 'PERCENT_COMPLETE'"
        )
    tasks = {r[1] for r in conn.execute("PRAGMA table_info(tasks)")}
    if "physical_percent_complete" not in tasks:
        conn.execute(
            "ALTER TABLE tasks ADD COLUMN physical_percent_complete REAL NOT NULL DEFAULT 0"
        )
        conn.execute("ALTER TABLE tasks ADD COLUMN ev_method TEXT")


def _v32(conn: sqlite3.Connection) -> None:
    """v31 -> v32: Field Settings per table (titles, alignments, widths) kept in the plan, as
    MS Project keeps a table's definition in its file (app/store/table_looks_rows.py); a v31
    plan keeps none: the user's settings give them, as before."""
    conn.execute(TABLE_LOOKS_SQL)


def _v33(conn: sqlite3.Connection) -> None:
    """v32 -> v33: Project Information's Current Date; a v32 plan has none (today), as before."""
    project = {r[1] for r in conn.execute("PRAGMA table_info(project)")}
    if "current_date" not in project:
        conn.execute("ALTER TABLE project ADD COLUMN current_date TEXT")


def _v34(conn: sqlite3.Connection) -> None:
    """v33 -> v34: interim plans (Start1..10/Finish1..10, app/store/interim_rows.py); a v33
    plan has none."""
    conn.execute(INTERIM_SQL)


def _v35(conn: sqlite3.Connection) -> None:
    """v34 -> v35: each baseline entry's Baseline Fixed Cost; a v34 plan's read 0, as MS
    Project shows a baseline saved before it kept one ($0.00)."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(baseline_entries)")}
    if "fixed_cost" not in columns:
        conn.execute("ALTER TABLE baseline_entries ADD COLUMN fixed_cost REAL NOT NULL DEFAULT 0")


def _v36(conn: sqlite3.Connection) -> None:
    """v35 -> v36: Format > Progress Lines' choices; a v35 plan draws none, as before."""
    progress_line_rows.add_columns(conn)


def _v37(conn: sqlite3.Connection) -> None:
    """v36 -> v37: when each interim plan was set; a v36 plan's interim plans read no time
    (Set Baseline's lists then count their tasks, as before)."""
    conn.execute(INTERIM_TIMES_SQL)


def _v38(conn: sqlite3.Connection) -> None:
    """v37 -> v38: Leveling Options' basis, "Clear leveling values before leveling" and
    "Leveling calculations"; a v37 plan levels as before (minute by minute, cleared first,
    by hand)."""
    leveling_option_rows.add_columns(conn)


def _v39(conn: sqlite3.Connection) -> None:
    """v38 -> v39: each baseline entry's Baseline Fixed Cost Accrual; a v38 plan's read
    none (NULL), so its planned value lays each fixed cost by the task's accrual, as before."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(baseline_entries)")}
    if "fixed_cost_accrual" not in columns:
        conn.execute("ALTER TABLE baseline_entries ADD COLUMN fixed_cost_accrual TEXT")


def _v40(conn: sqlite3.Connection) -> None:
    """v39 -> v40: each assignment's Delay (MS Project's: the person starts that long after
    the task); a v39 plan's people start with their tasks, as before."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(assignments)")}
    for name in ("delay_minutes", "delay_elapsed"):
        if name not in columns:  # a file labelled older than it is keeps its column
            conn.execute(f"ALTER TABLE assignments ADD COLUMN {name} INTEGER NOT NULL DEFAULT 0")


def _v41(conn: sqlite3.Connection) -> None:
    """v40 -> v41: each baseline's assignments (MS Project's assignment Baseline Start,
    Finish, Work, Cost and how the work was laid); a v40 plan's baselines hold none, so
    planned value lays their people as they are now, as before."""
    conn.execute(BASELINE_ASSIGNMENTS_SQL)
    conn.execute(BASELINE_PIECES_SQL)


def _v42(conn: sqlite3.Connection) -> None:
    """v41 -> v42: Page Setup's Page tab (paper, orientation, fit, dates, columns, what
    repeats, the header/footer and blank-page switches), kept with the plan; a v41 plan
    gets what it printed with (A4, Automatic, 1 page wide, the whole project)."""
    page_setup_rows.add_page_columns(conn)


RISK_REGISTER_COLUMNS = (
    ("category", "TEXT NOT NULL DEFAULT ''"),
    ("response", "TEXT"),
    ("raised", "TEXT"),
    ("next_review", "TEXT"),
    ("closed_on", "TEXT"),
    ("residual_probability", "REAL"),
    ("residual_impact", "REAL"),
)


def _v43(conn: sqlite3.Connection) -> None:
    """v42 -> v43: a risk register's own fields (category, response strategy, raised, next
    review and closed dates, residual probability and impact); a v42 plan's risks have none."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(risks)")}
    for name, kind in RISK_REGISTER_COLUMNS:
        if name not in columns:
            conn.execute(f"ALTER TABLE risks ADD COLUMN {name} {kind}")


BUDGET_COLUMNS = (
    ("is_budget", "INTEGER NOT NULL DEFAULT 0"),
    ("budget_cost", "REAL NOT NULL DEFAULT 0"),
    ("budget_work_minutes", "INTEGER NOT NULL DEFAULT 0"),
)


def _v44(conn: sqlite3.Connection) -> None:
    """v43 -> v44: MS Project's budget resources (Budget box, Budget Cost, Budget Work on the
    project summary); a v43 plan's resources are none of them."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(resources)")}
    for name, kind in BUDGET_COLUMNS:
        if name not in columns:
            conn.execute(f"ALTER TABLE resources ADD COLUMN {name} {kind}")


# target version -> the step that reaches it from the version before.
MIGRATIONS: dict[int, Step] = {
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
    21: _v21,
    22: _v22,
    23: _v23,
    24: _v24,
    25: _v25,
    26: _v26,
    27: _v27,
    28: _v28,
    29: _v29,
    30: _v30,
    31: _v31,
    32: _v32,
    33: _v33,
    34: _v34,
    35: _v35,
    36: _v36,
    37: _v37,
    38: _v38,
    39: _v39,
    40: _v40,
    41: _v41,
    42: _v42,
    43: _v43,
    44: _v44,
    45: leveling_assignment_rows.add_columns,
    46: add_material_rates,  # a material used at a rate, Concrete[12 m³/d]
    47: add_actual_days,  # actual work kept day by day (s30ta)
    48: add_delay_unit,  # the unit a Delay was typed in, 1w (delay_unit_rows.py)
}


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Run every step from ``from_version`` to the current version, in one transaction.

    ``conn`` must be in autocommit mode (``isolation_level=None``); on an
    error nothing changes.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
