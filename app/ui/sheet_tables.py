"""The task sheet's tables: MS Project's named sets of columns (View > Tables).

A table is a name and the sheet columns it shows, left to right; each starts
with ID and has the task name, as MS Project's do. The built-in ones are
app/report/tables.py's (one list of each table's fields, shared with the
printout and ``gantry convert --table``), mapped here to the sheet's columns by
:data:`REPORT_KEYS`, the one map between a sheet column and the printed column
of the same field (Print and Copy Picture print the sheet's columns through it).

A user's own table (View > Tables > Save Current Columns as Table…) may name
custom field columns too: a table's columns are the sheet's column numbers.
Nothing here touches Qt; app/ui/table_menu.py applies a table to the sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.view_state import LookRow
from app.report import tables as report_tables
from app.report.saved_view import USER_PREFIX
from app.ui.models.task_edits import Column
from app.ui.models.task_model_baselines import FIELD_COLUMNS
from app.ui.models.task_model_earned import EARNED_KEYS
from app.ui.models.task_model_tracking import TRACKING_KEYS

# Each sheet column with the key the printout (app/report/columns.py) knows it by.
REPORT_KEYS: dict[Column, str] = {
    Column.ID: "id",
    Column.WBS: "wbs",
    Column.NAME: "name",
    Column.DURATION: "duration",
    Column.START: "start",
    Column.FINISH: "finish",
    Column.PREDECESSORS: "predecessors",
    Column.RESOURCES: "resources",
    Column.PERCENT: "percent",
    Column.COST: "cost",
    Column.TOTAL_SLACK: "slack",
    Column.FREE_SLACK: "free_slack",
    Column.EARLY_START: "early_start",
    Column.EARLY_FINISH: "early_finish",
    Column.LATE_START: "late_start",
    Column.LATE_FINISH: "late_finish",
    Column.BASELINE_START: "baseline_start",
    Column.BASELINE_FINISH: "baseline_finish",
    Column.ACTUAL_START: "actual_start",
    Column.ACTUAL_FINISH: "actual_finish",
    Column.CONSTRAINT_TYPE: "constraint",
    Column.CONSTRAINT_DATE: "constraint_date",
    Column.DEADLINE: "deadline",
    Column.SUCCESSORS: "successors",
    Column.PRIORITY: "priority",
    Column.FIXED_COST: "fixed_cost",
    Column.NOTES: "notes",
    Column.TASK_TYPE: "type",
    Column.REMAINING_DURATION: "remaining",
    Column.FINISH_VARIANCE: "finish_variance",
    Column.WORK: "work",
    Column.BASELINE_COST: "baseline_cost",
    Column.COST_VARIANCE: "cost_variance",
    Column.INDICATORS: "indicators",
    Column.HYPERLINK: "hyperlink",
    Column.HYPERLINK_ADDRESS: "hyperlink_address",
    Column.HYPERLINK_SUB_ADDRESS: "hyperlink_sub_address",
    **TRACKING_KEYS,  # the Tracking, Variance, Cost and Work tables' figures
    **EARNED_KEYS,  # the Earned Value tables' (app/domain/earned_value_table.py)
    Column.OVERTIME_WORK: "overtime_work",
    Column.REGULAR_WORK: "regular_work",
    Column.FIXED_COST_ACCRUAL: "fixed_cost_accrual",
    Column.EFFORT_DRIVEN: "effort_driven",
    Column.LEVELING_DELAY: "leveling_delay",
    Column.PRELEVELED_START: "preleveled_start",
    Column.PRELEVELED_FINISH: "preleveled_finish",
    Column.CRITICAL: "critical",
    Column.EV_METHOD: "ev_method",
    **FIELD_COLUMNS,  # Baseline1..10's fields, Start1..10/Finish1..10 (baseline_fields.py)
}
SHEET_COLUMNS: dict[str, Column] = {key: column for column, key in REPORT_KEYS.items()}


@dataclass(frozen=True, slots=True)
class SheetTable:
    """A named set of sheet columns in display order (ID first, the task name among them)."""

    key: str  # stable id, kept in the settings: "entry", "cost", "user:Budget review"
    name: str  # as the menu and the status bar show it
    columns: tuple[int, ...]  # the sheet's column numbers (Column or a custom field's)

    @property
    def is_user(self) -> bool:
        """Whether the user saved this table (a built-in one is not)."""
        return self.key.startswith(USER_PREFIX)


def sheet_table(table: report_tables.TaskTable) -> SheetTable:
    """A built-in table with the sheet's columns for its fields."""
    return SheetTable(table.key, table.name, tuple(SHEET_COLUMNS[k] for k in table.columns))


# View > Tables in MS Project's order (its menu lists them alphabetically but for Entry).
BUILT_IN: tuple[SheetTable, ...] = tuple(sheet_table(t) for t in report_tables.TABLES)
_BY_KEY = {table.key: table for table in BUILT_IN}
ENTRY = _BY_KEY[report_tables.ENTRY.key]
TRACKING = _BY_KEY[report_tables.TRACKING.key]


def built_in(key: str) -> SheetTable | None:
    """The built-in table of that key (None: no such table)."""
    return _BY_KEY.get(key)


def user_table(name: str, columns: tuple[int, ...]) -> SheetTable:
    """A user's table of that name: ID first when it is among ``columns`` (a user may hide
    ID, as in MS Project), then the task name (the outline needs it) whatever the sheet
    showed, then the others in order."""
    name = " ".join(name.split())
    rest = tuple(c for c in dict.fromkeys(columns) if c not in (Column.ID, Column.NAME))
    first = (Column.ID,) if Column.ID in columns else ()
    return SheetTable(USER_PREFIX + name, name, (*first, Column.NAME, *rest))


def find_table(key: str, users: tuple[SheetTable, ...] = ()) -> SheetTable | None:
    """The built-in or user table of that key (None: none, or a user table since deleted)."""
    return _BY_KEY.get(key) or next((t for t in users if t.key == key), None)


def look_rows_from(data: Any) -> tuple[LookRow, ...] | None:
    """The rows the settings kept (None: none kept, a plan kept before tables had looks);
    a row that cannot be read is passed over."""
    if not isinstance(data, list):
        return None
    rows: list[LookRow] = []
    for item in data:
        if not isinstance(item, list) or len(item) != 7:
            continue
        table, key, title, title_align, data_align, wrap, width = item
        if isinstance(table, str) and isinstance(key, str) and isinstance(width, int):
            rows.append(
                (table, key, str(title), str(title_align), str(data_align), bool(wrap), width)
            )
    return tuple(rows)
