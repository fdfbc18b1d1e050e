"""The tables of a .gantry file (current schema version) and the marks that identify it.

Every table mirrors one domain value. Dates are ISO 8601 text (project-local
wall-clock time), enums are stored by name, booleans as 0/1, durations and
work in working minutes. Lists whose order the user sees keep a ``position``.
"""

from __future__ import annotations

from app.store.actual_day_rows import ACTUAL_DAYS_SQL
from app.store.baseline_assignment_rows import BASELINE_ASSIGNMENTS_SQL, BASELINE_PIECES_SQL
from app.store.edited_work_rows import EDITED_WORK_SQL
from app.store.interim_rows import INTERIM_SQL, INTERIM_TIMES_SQL
from app.store.table_looks_rows import TABLE_LOOKS_SQL
from app.store.work_week_rows import WORK_WEEKS_SQL

# 'GANT' in ASCII: PRAGMA application_id marks a SQLite file as a Gantry plan.
APPLICATION_ID = 0x47414E54

# PRAGMA user_version: bumped by every migration in migrations.py.
SCHEMA_VERSION = 52

# What an MS Project file said of its links that Gantry does not schedule by (v23,
# app/domain/kept_links.py, app/store/kept_links_rows.py): estimated lags by link, the
# links from other projects' tasks (type: LinkType name; lag and lag_format as MSPDI holds
# them; pinned: the date the reader pinned the successor to) and those tasks' rows.
KEPT_LINKS_SQL = """
CREATE TABLE IF NOT EXISTS kept_estimated_lags (
    predecessor INTEGER NOT NULL,
    successor INTEGER NOT NULL,
    PRIMARY KEY (predecessor, successor)
);

CREATE TABLE IF NOT EXISTS kept_cross_links (
    seq INTEGER PRIMARY KEY,
    successor INTEGER NOT NULL,
    predecessor INTEGER NOT NULL,
    type TEXT NOT NULL,
    lag INTEGER NOT NULL,
    lag_format INTEGER NOT NULL,
    name TEXT NOT NULL,
    pinned TEXT
);

CREATE TABLE IF NOT EXISTS kept_external_tasks (
    seq INTEGER PRIMARY KEY,
    uid INTEGER NOT NULL,
    name TEXT NOT NULL,
    project TEXT NOT NULL,
    start TEXT,
    finish TEXT,
    duration_minutes INTEGER NOT NULL
);
"""

SCHEMA_SQL = (
    """
-- page_*: File > Page Setup (v26, app/store/page_setup_rows.py): margins in mm, the
-- texts of the header and footer as typed (fields: &[Page]...), the legend, Print notes
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
    manager TEXT NOT NULL DEFAULT '',  -- File > Info's Manager, MS Project's <Manager> (v27)
    notes TEXT NOT NULL,
    currency_symbol_position TEXT NOT NULL,
    currency_digits INTEGER NOT NULL,
    -- "Duration is entered in" / "Work is entered in": DurationUnit names
    duration_unit TEXT NOT NULL,
    work_unit TEXT NOT NULL,
    leveling_order TEXT NOT NULL DEFAULT 'STANDARD',  -- Leveling Options (v13): LevelingOrder
    leveling_split_remaining INTEGER NOT NULL DEFAULT 1,
    leveling_within_slack INTEGER NOT NULL DEFAULT 0,  -- "Level only within available slack" (v24)
    leveling_from TEXT,  -- "Level from … To …" (v25): ISO days; both NULL: entire project
    leveling_to TEXT,
    -- basis, clear first, automatic (v38, app/store/leveling_option_rows.py)
    leveling_basis TEXT NOT NULL DEFAULT 'MINUTE',
    leveling_clear_first INTEGER NOT NULL DEFAULT 1,
    leveling_automatic INTEGER NOT NULL DEFAULT 0,
    -- "Leveling can adjust individual assignments on a task" (v45, leveling_assignment_rows.py)
    leveling_adjust_assignments INTEGER NOT NULL DEFAULT 0,
    -- "New tasks are effort driven" / "Default task type" (v18): 0/1, TaskType name
    new_tasks_effort_driven INTEGER NOT NULL DEFAULT 1,
    default_task_type TEXT NOT NULL DEFAULT 'FIXED_UNITS',
    page_margin_top_mm REAL NOT NULL DEFAULT 10,
    page_margin_bottom_mm REAL NOT NULL DEFAULT 10,
    page_margin_left_mm REAL NOT NULL DEFAULT 10,
    page_margin_right_mm REAL NOT NULL DEFAULT 10,
    page_header_left TEXT NOT NULL DEFAULT '&[Project]',
    page_header_center TEXT NOT NULL DEFAULT 'Status date: &[Status Date]',
    page_header_right TEXT NOT NULL DEFAULT 'Printed: &[Date]',
    page_footer_left TEXT NOT NULL DEFAULT '&[Project]',
    page_footer_center TEXT NOT NULL DEFAULT 'Page &[Page] of &[Pages]',
    page_footer_right TEXT NOT NULL DEFAULT '',
    page_legend TEXT NOT NULL DEFAULT 'EVERY_PAGE',
    page_legend_text TEXT NOT NULL DEFAULT '',
    page_print_notes INTEGER NOT NULL DEFAULT 0,
    -- Page Setup's Page tab (v42, app/store/page_setup_rows.py): orientation NULL is
    -- Automatic, pages tall NULL as needed, scale NULL fit, dates NULL the whole project,
    -- columns (a JSON list of keys) NULL the sheet's
    page_paper TEXT NOT NULL DEFAULT 'A4',
    page_orientation TEXT,
    page_pages_wide INTEGER NOT NULL DEFAULT 1,
    page_pages_tall INTEGER,
    page_scale REAL,
    page_date_from TEXT,
    page_date_to TEXT,
    page_columns TEXT,
    page_repeat_columns INTEGER NOT NULL DEFAULT 1,
    page_repeat_timescale INTEGER NOT NULL DEFAULT 1,
    page_print_header INTEGER NOT NULL DEFAULT 1,
    page_print_footer INTEGER NOT NULL DEFAULT 1,
    page_blank_pages INTEGER NOT NULL DEFAULT 1,
    page_usage_blank_pages INTEGER NOT NULL DEFAULT 0,
    -- v49: "First page number" (NULL Auto), the header picture's path ('' none) and part
    page_first_number INTEGER,
    page_logo TEXT NOT NULL DEFAULT '',
    page_logo_part TEXT NOT NULL DEFAULT 'left',
    -- v50: Print's "Manual page breaks" and the Dates' "Only tasks active in these dates"
    page_manual_breaks INTEGER NOT NULL DEFAULT 1,
    page_active_only INTEGER NOT NULL DEFAULT 0,
    -- v52: "Tasks will always honor their constraint dates" (app/store/honor_rows.py)
    honor_constraints INTEGER NOT NULL DEFAULT 1,
    -- "Baseline for Earned Value calculations" (0-10), "Default task Earned Value method"
    -- (EarnedValueMethod name) (v31)
    ev_baseline INTEGER NOT NULL DEFAULT 0,
    ev_method TEXT NOT NULL DEFAULT 'PERCENT_COMPLETE',
    current_date TEXT,  -- Project Information's Current Date (v33); NULL: today
    -- progress_*: Format > Progress Lines (v36, app/store/progress_line_rows.py)
    progress_current INTEGER NOT NULL DEFAULT 0,
    progress_current_at TEXT NOT NULL DEFAULT 'STATUS_DATE',
    progress_every TEXT NOT NULL DEFAULT 'NONE',
    progress_count INTEGER NOT NULL DEFAULT 1,
    progress_weekday INTEGER NOT NULL DEFAULT 4,
    progress_month_day INTEGER NOT NULL DEFAULT 1,
    progress_begin TEXT,
    progress_dates TEXT NOT NULL DEFAULT '',
    progress_baseline INTEGER NOT NULL DEFAULT 0,
    progress_show_dates INTEGER NOT NULL DEFAULT 0,
    progress_current_color TEXT NOT NULL DEFAULT '#e02020',
    progress_other_color TEXT NOT NULL DEFAULT '#2060c0'
);

-- hyperlink_*: Insert > Hyperlink (v15), text to display, address, sub-address (all empty: none)
CREATE TABLE tasks (
    uid INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    outline_level INTEGER NOT NULL,
    name TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
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
    notes TEXT NOT NULL,
    duration_unit TEXT,
    hyperlink_text TEXT NOT NULL DEFAULT '',
    hyperlink_address TEXT NOT NULL DEFAULT '',
    hyperlink_sub_address TEXT NOT NULL DEFAULT '',
    wbs TEXT NOT NULL DEFAULT '',  -- MS Project's WBS code of its own (v22); '': the outline number
    -- Physical % Complete and the task's own Earned Value method (NULL: the project's) (v31)
    physical_percent_complete REAL NOT NULL DEFAULT 0,
    ev_method TEXT,
    level_assignments INTEGER NOT NULL DEFAULT 1,  -- MS Project's Level Assignments (v45)
    page_break INTEGER NOT NULL DEFAULT 0  -- Insert Page Break: a new page at this row (v50)
);

-- A split task's interruptions (app.domain.splits), in order: work stops after
-- after_minutes of the task's duration and pauses gap_minutes of working time.
CREATE TABLE task_splits (
    task_uid INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    after_minutes INTEGER NOT NULL,
    gap_minutes INTEGER NOT NULL,
    -- 1: resource leveling made it (v16); Clear Leveling takes it out again
    leveling INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (task_uid, seq)
);

-- A recurring task's pattern, one row per recurring summary (app.domain.recurrence_tasks);
-- its occurrences are ordinary task rows under it. weekdays: "0,3" (Monday = 0).
CREATE TABLE task_recurrences (
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
);

-- Custom fields (schema v11): the renamed ones ("Text1" shown as "Owner") and the
-- values tasks hold, as text by the field's kind (app/store/custom_rows.py).
CREATE TABLE custom_fields (
    name TEXT PRIMARY KEY,
    alias TEXT NOT NULL,
    restricted INTEGER NOT NULL DEFAULT 0
);

-- A field's value list (schema v12: Text fields), in the order the user gave it; since
-- v17 Number, Cost, Date and Duration fields too, each value as task_custom holds it.
CREATE TABLE custom_field_values (
    field TEXT NOT NULL,
    seq INTEGER NOT NULL,
    value TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (field, seq)
);

CREATE TABLE task_custom (
    task_uid INTEGER NOT NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (task_uid, field)
);

CREATE TABLE links (
    predecessor INTEGER NOT NULL,
    successor INTEGER NOT NULL,
    position INTEGER NOT NULL,
    type TEXT NOT NULL,
    lag_minutes INTEGER NOT NULL,
    lag_percent REAL,
    lag_elapsed INTEGER NOT NULL,
    -- the unit the lag was typed in (v21, DurationUnit name, MS Project's LagFormat);
    -- NULL: picked from the length
    lag_unit TEXT,
    PRIMARY KEY (predecessor, successor)
);

-- no_public_holidays (v29) 1: none, not even the base calendar's (a holiday_country
-- replaces the base's; neither: the base's).
CREATE TABLE calendars (
    uid INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    base_uid INTEGER,
    holiday_country TEXT,
    holiday_subdivision TEXT,
    no_public_holidays INTEGER NOT NULL DEFAULT 0
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

-- standard_rate_unit, overtime_rate_unit (here and in resource_rates, v19): the unit each
-- rate is shown in (RateUnit by name: 1,200/d); the rates themselves stay per hour.
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
    notes TEXT NOT NULL,
    -- How many cost-rate tables (A..E) the resource has, empty ones included.
    rate_table_count INTEGER NOT NULL,
    can_level INTEGER NOT NULL DEFAULT 1,  -- MS Project's Can Level (v14)
    standard_rate_unit TEXT NOT NULL DEFAULT 'HOUR',
    overtime_rate_unit TEXT NOT NULL DEFAULT 'HOUR',
    -- MS Project's Budget box (v44): its Budget Cost / Budget Work on the project summary
    is_budget INTEGER NOT NULL DEFAULT 0,
    budget_cost REAL NOT NULL DEFAULT 0,
    budget_work_minutes INTEGER NOT NULL DEFAULT 0
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
    standard_rate_unit TEXT NOT NULL DEFAULT 'HOUR',
    overtime_rate_unit TEXT NOT NULL DEFAULT 'HOUR',
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
    rate_table INTEGER NOT NULL,
    material_rate REAL NOT NULL DEFAULT 0,  -- a material used at a rate (v46)
    rate_scale TEXT NOT NULL DEFAULT '',
    actual_overtime_work_minutes INTEGER NOT NULL,
    contour TEXT NOT NULL DEFAULT 'FLAT',
    notes TEXT NOT NULL DEFAULT '',
    delay_minutes INTEGER NOT NULL DEFAULT 0,  -- MS Project's assignment Delay (v40)
    delay_elapsed INTEGER NOT NULL DEFAULT 0,
    leveling_delay_minutes INTEGER NOT NULL DEFAULT 0,  -- MS Project's Leveling Delay (v45)
    delay_unit TEXT  -- the unit the Delay was typed in, 1w (v48, delay_unit_rows.py)
);

CREATE TABLE baselines (
    idx INTEGER PRIMARY KEY,
    saved_at TEXT,
    name TEXT NOT NULL DEFAULT ''
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
    -- Baseline Fixed Cost (v35): the task's own Fixed Cost when saved; 0 in older files
    fixed_cost REAL NOT NULL DEFAULT 0,
    -- Baseline Fixed Cost Accrual (v39): START, PRORATED or END when saved; NULL in older
    -- files and for entries read from MS Project XML (the task's accrual now is used)
    fixed_cost_accrual TEXT,
    PRIMARY KEY (baseline_idx, seq)
);

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
    description TEXT NOT NULL,
    -- a register's own fields (v43): category, response strategy (AVOID...), dates
    -- (YYYY-MM-DD), residual probability and impact after the response (NULL: none)
    category TEXT NOT NULL DEFAULT '',
    response TEXT,
    raised TEXT,
    next_review TEXT,
    closed_on TEXT,
    residual_probability REAL,
    residual_impact REAL,
    -- what tells the team the risk is happening, and the day to look for it by (v51)
    trigger TEXT NOT NULL DEFAULT '',
    trigger_date TEXT
);

-- How the task sheet is shown (v20, app/store/view_state.py): MS Project keeps each view's
-- table, filter, sort and group in its file. One row per view ("gantt"); none: never kept.
-- filter_kind: FilterKind value (NULL: All Tasks); sort_keys "start,finish:desc" ("": by
-- ID); group_keys "duration/2400:desc,text1" ("": No Group), as the command line writes them.
CREATE TABLE views (
    view TEXT PRIMARY KEY,
    table_key TEXT NOT NULL,
    filter_kind TEXT,
    filter_resource_uid INTEGER,
    filter_from TEXT,
    filter_to TEXT,
    filter_text TEXT NOT NULL,
    filter_field TEXT NOT NULL,
    sort_keys TEXT NOT NULL,
    sort_keep_outline INTEGER NOT NULL,
    group_keys TEXT NOT NULL,
    group_name TEXT NOT NULL,
    group_keep_hierarchy INTEGER NOT NULL
);

-- A view's sheet columns left to right: app/ui/sheet_layout.py's keys, widths in pixels.
CREATE TABLE view_columns (
    view TEXT NOT NULL,
    seq INTEGER NOT NULL,
    key TEXT NOT NULL,
    width INTEGER NOT NULL,
    PRIMARY KEY (view, seq)
);

-- A view's folded group header rows, each by its path: one row per label, outermost first.
CREATE TABLE view_folded_groups (
    view TEXT NOT NULL,
    seq INTEGER NOT NULL,
    depth INTEGER NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (view, seq, depth)
);

-- View > Tables > Save Table…: the user's tables and their column keys (v20).
CREATE TABLE user_tables (
    position INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE user_table_columns (
    table_position INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (table_position, seq)
);

CREATE TABLE risk_tasks (
    risk_uid INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    task_uid INTEGER NOT NULL,
    PRIMARY KEY (risk_uid, seq)
);
"""
    + KEPT_LINKS_SQL
    + EDITED_WORK_SQL
    + ACTUAL_DAYS_SQL
    + WORK_WEEKS_SQL
    + TABLE_LOOKS_SQL
    + INTERIM_SQL
    + INTERIM_TIMES_SQL
    + BASELINE_ASSIGNMENTS_SQL
    + BASELINE_PIECES_SQL
)
