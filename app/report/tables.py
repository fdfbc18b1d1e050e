"""MS Project's built-in task tables (View > Tables) as printed column keys.

One list of which fields each table has, for the window's sheet (app/ui/sheet_tables.py
maps each key to its sheet column), the printout and ``gantry convert … --table``,
which must not import the window. The keys are :data:`app.report.columns.COLUMNS`'.

The tables are MS Project's task tables with the fields Gantry has; each starts with
ID and has the task name. The Earned Value tables read app/domain/earned_value_table.py. Entry is the sheet a plan
opens with: MS Project's Entry columns (Indicators, Task Name, Duration, Start,
Finish, Predecessors, Resource Names) with the WBS, % Complete and Cost columns
Gantry has always shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.errors import OptionError
from app.domain.quoting import quoted


@dataclass(frozen=True, slots=True)
class TaskTable:
    """A built-in table: stable key, the name the menu shows, its column keys left to right."""

    key: str
    name: str
    columns: tuple[str, ...]


def _table(key: str, name: str, *columns: str) -> TaskTable:
    return TaskTable(key, name, ("id", "name", *columns))


ENTRY = TaskTable(
    "entry",
    "Entry",
    (
        "id",
        "indicators",
        "wbs",
        "name",
        "duration",
        "start",
        "finish",
        "predecessors",
        "resources",
        "percent",
        "cost",
    ),
)
TRACKING = _table(
    "tracking",
    "Tracking",
    "actual_start",
    "actual_finish",
    "percent",
    "actual_duration",
    "remaining",
    "actual_cost",
    "actual_work",
)
# View > Tables in MS Project's order (its menu lists them alphabetically but for Entry).
TABLES: tuple[TaskTable, ...] = (
    _table(
        "cost",
        "Cost",
        "fixed_cost",
        "fixed_cost_accrual",
        "cost",
        "baseline_cost",
        "cost_variance",
        "actual_cost",
        "remaining_cost",
    ),
    # MS Project's Delay table, its Leveling Gantt's: Indicators, Task Name, Leveling Delay,
    # Duration, Start, Finish, Successors, Resource Names
    _table(
        "delay",
        "Delay",
        "leveling_delay",
        "duration",
        "start",
        "finish",
        "successors",
        "resources",
    ),
    _table(
        "earned_value",
        "Earned Value",
        "bcws",
        "bcwp",
        "acwp",
        "sv",
        "cv",
        "eac",
        "bac",
        "vac",
    ),
    _table(
        "earned_value_cost",
        "Earned Value Cost Indicators",
        "bcws",
        "bcwp",
        "cv",
        "cv_percent",
        "cpi",
        "bac",
        "eac",
        "vac",
        "tcpi",
    ),
    _table(
        "earned_value_schedule",
        "Earned Value Schedule Indicators",
        "bcws",
        "bcwp",
        "sv",
        "sv_percent",
        "spi",
    ),
    ENTRY,
    _table(
        "schedule",
        "Schedule",
        "start",
        "finish",
        "late_start",
        "late_finish",
        "free_slack",
        "slack",
    ),
    _table("summary", "Summary", "duration", "start", "finish", "percent", "cost", "work"),
    TRACKING,
    _table(
        "variance",
        "Variance",
        "start",
        "finish",
        "baseline_start",
        "baseline_finish",
        "start_variance",
        "finish_variance",
    ),
    _table(
        "work",
        "Work",
        "work",
        "baseline_work",
        "work_variance",
        "actual_work",
        "remaining_work",
        "percent_work_complete",
    ),
)
_BY_KEY = {table.key: table for table in TABLES}


def table_keys() -> tuple[str, ...]:
    """The built-in tables' keys, as ``--table`` takes them, alphabetically."""
    return tuple(sorted(_BY_KEY))


def task_table(key: str) -> TaskTable:
    """The built-in table of that key (any case); OptionError naming the known ones."""
    found = _BY_KEY.get(key.strip().lower())
    if found is None:
        raise OptionError(f"unknown table {quoted(key)} (choose from {', '.join(table_keys())})")
    return found
