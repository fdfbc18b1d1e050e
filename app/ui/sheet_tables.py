"""The task sheet's tables: MS Project's named sets of columns (View > Tables).

A table is a name and the sheet columns it shows, left to right; each starts
with ID and has the task name, as MS Project's do. The built-in ones are
MS Project's task tables with the fields Gantry has (no Physical % Complete);
their columns carry the sheet's own titles ("Baseline Cost" for the Cost
table's "Baseline"). Entry is the sheet a plan opens with: MS Project's Entry
columns (Indicators, Task Name, Duration, Start, Finish, Predecessors, Resource
Names) with the WBS, % Complete and Cost columns Gantry has always shown, so
going back to Entry gives the sheet as it first opened.

A user's own table (View > Tables > Save Current Columns as Table…) may name
custom field columns too: a table's columns are the sheet's column numbers.
Nothing here touches Qt; app/ui/table_menu.py applies a table to the sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.ui.models.task_edits import DEFAULT_COLUMNS, Column

USER_PREFIX = "user:"  # a user table's key: "user:" and its name


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


def _table(key: str, name: str, *columns: Column) -> SheetTable:
    return SheetTable(key, name, (Column.ID, Column.NAME, *columns))


ENTRY = SheetTable("entry", "Entry", tuple(DEFAULT_COLUMNS))
TRACKING = _table(
    "tracking",
    "Tracking",
    Column.ACTUAL_START,
    Column.ACTUAL_FINISH,
    Column.PERCENT,
    Column.ACTUAL_DURATION,
    Column.REMAINING_DURATION,
    Column.ACTUAL_COST,
    Column.ACTUAL_WORK,
)
# View > Tables in MS Project's order (its menu lists them alphabetically but for Entry).
BUILT_IN: tuple[SheetTable, ...] = (
    _table(
        "cost",
        "Cost",
        Column.FIXED_COST,
        Column.FIXED_COST_ACCRUAL,
        Column.COST,
        Column.BASELINE_COST,
        Column.COST_VARIANCE,
        Column.ACTUAL_COST,
        Column.REMAINING_COST,
    ),
    ENTRY,
    _table(
        "schedule",
        "Schedule",
        Column.START,
        Column.FINISH,
        Column.LATE_START,
        Column.LATE_FINISH,
        Column.FREE_SLACK,
        Column.TOTAL_SLACK,
    ),
    _table(
        "summary",
        "Summary",
        Column.DURATION,
        Column.START,
        Column.FINISH,
        Column.PERCENT,
        Column.COST,
        Column.WORK,
    ),
    TRACKING,
    _table(
        "variance",
        "Variance",
        Column.START,
        Column.FINISH,
        Column.BASELINE_START,
        Column.BASELINE_FINISH,
        Column.START_VARIANCE,
        Column.FINISH_VARIANCE,
    ),
    _table(
        "work",
        "Work",
        Column.WORK,
        Column.BASELINE_WORK,
        Column.WORK_VARIANCE,
        Column.ACTUAL_WORK,
        Column.REMAINING_WORK,
        Column.PERCENT_WORK_COMPLETE,
    ),
)
_BY_KEY = {table.key: table for table in BUILT_IN}


def built_in(key: str) -> SheetTable | None:
    """The built-in table of that key (None: no such table)."""
    return _BY_KEY.get(key)


def user_table(name: str, columns: tuple[int, ...]) -> SheetTable:
    """A user's table of that name; ID and the task name first whatever the sheet showed."""
    name = " ".join(name.split())
    rest = tuple(c for c in dict.fromkeys(columns) if c not in (Column.ID, Column.NAME))
    return SheetTable(USER_PREFIX + name, name, (Column.ID, Column.NAME, *rest))


def find_table(key: str, users: tuple[SheetTable, ...] = ()) -> SheetTable | None:
    """The built-in or user table of that key (None: none, or a user table since deleted)."""
    return _BY_KEY.get(key) or next((t for t in users if t.key == key), None)
