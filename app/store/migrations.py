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

from app.store import (
    leveling_assignment_rows,
    leveling_option_rows,
    page_setup_rows,
    progress_line_rows,
    risk_trigger_rows,
)
from app.store.actual_day_rows import add_table as add_actual_days
from app.store.baseline_assignment_rows import BASELINE_ASSIGNMENTS_SQL, BASELINE_PIECES_SQL
from app.store.delay_unit_rows import add_column as add_delay_unit
from app.store.edited_work_rows import EDITED_WORK_SQL
from app.store.honor_rows import add_column as add_honor_constraints
from app.store.interim_rows import INTERIM_SQL, INTERIM_TIMES_SQL
from app.store.material_rate_rows import add_columns as add_material_rates
from app.store.migrations_early import EARLY_STEPS, Step
from app.store.schema import KEPT_LINKS_SQL, SCHEMA_VERSION
from app.store.table_looks_rows import TABLE_LOOKS_SQL
from app.store.work_week_rows import WORK_WEEKS_SQL


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
    **EARLY_STEPS,
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
    49: page_setup_rows.add_v49_columns,  # Page Setup's first page number and header picture
    50: page_setup_rows.add_v50_columns,  # task page breaks; Manual page breaks, active only
    51: risk_trigger_rows.add_columns,  # a risk's trigger and trigger date (s31rk)
    52: add_honor_constraints,  # "Tasks will always honor their constraint dates" (s31hc)
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
