"""The sheet's optional columns: Insert Column's groups, the widths columns open with, and
which columns a document can show.

The task sheet shows the default ten; the others are MS Project's fields, grouped as its
column picker groups them (app/ui/column_menu.py builds the menu from :data:`COLUMN_GROUPS`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.custom_fields import FieldKind, kind_of
from app.ui.indicator_delegate import width_for
from app.ui.models.custom_columns import custom_name
from app.ui.models.task_edits import Column
from app.ui.models.task_model_baselines import DATE_COLUMNS, FIELD_COLUMNS
from app.ui.models.task_model_earned import EARNED_COLUMNS, EARNED_KEYS
from app.ui.models.task_model_tracking import TRACKING_COLUMNS, TRACKING_KEYS

if TYPE_CHECKING:
    from app.ui.task_tree import TaskTreeView

# Insert Column's submenus, as MS Project's field list groups them.
COLUMN_GROUPS: dict[str, tuple[Column, ...]] = {
    "Schedule": (
        Column.TOTAL_SLACK,
        Column.FREE_SLACK,
        Column.EARLY_START,
        Column.EARLY_FINISH,
        Column.LATE_START,
        Column.LATE_FINISH,
        Column.REMAINING_DURATION,
        Column.LEVELING_DELAY,  # with the dates before leveling, as the Delay table has them
        Column.PRELEVELED_START,
        Column.PRELEVELED_FINISH,
        Column.CRITICAL,  # the critical path in words, as MS Project's Critical field
    ),
    "Baseline and variance": (
        Column.BASELINE_START,
        Column.BASELINE_FINISH,
        Column.FINISH_VARIANCE,
        Column.BASELINE_COST,
        Column.COST_VARIANCE,
    ),
    "Tracking": (Column.ACTUAL_START, Column.ACTUAL_FINISH),
    "Constraints": (Column.CONSTRAINT_TYPE, Column.CONSTRAINT_DATE, Column.DEADLINE),
    "Cost and work": (Column.WORK, Column.FIXED_COST),
    "Task": (
        Column.SUCCESSORS,
        Column.NOTES,
        Column.TASK_TYPE,
        Column.EFFORT_DRIVEN,
        Column.PRIORITY,
    ),
    "Hyperlink": (Column.HYPERLINK, Column.HYPERLINK_ADDRESS, Column.HYPERLINK_SUB_ADDRESS),
}

# Widths in pixels the optional columns open with.
OPTIONAL_WIDTHS: dict[Column, int] = {
    Column.TOTAL_SLACK: 72,
    Column.FREE_SLACK: 72,
    Column.BASELINE_START: 118,
    Column.BASELINE_FINISH: 118,
    Column.FINISH_VARIANCE: 84,
    Column.WORK: 72,
    Column.ACTUAL_START: 118,
    Column.ACTUAL_FINISH: 118,
    Column.CONSTRAINT_TYPE: 150,
    Column.CONSTRAINT_DATE: 118,
    Column.DEADLINE: 118,
    Column.SUCCESSORS: 96,
    Column.NOTES: 180,
    Column.TASK_TYPE: 112,  # a summary's bold "Fixed duration"
    Column.EFFORT_DRIVEN: 96,
    Column.PRIORITY: 60,
    Column.EARLY_START: 118,
    Column.EARLY_FINISH: 118,
    Column.LATE_START: 118,
    Column.LATE_FINISH: 118,
    Column.FIXED_COST: 90,
    Column.BASELINE_COST: 90,
    Column.COST_VARIANCE: 90,
    Column.REMAINING_DURATION: 80,
    Column.HYPERLINK: 160,
    Column.HYPERLINK_ADDRESS: 200,
    Column.HYPERLINK_SUB_ADDRESS: 130,
    Column.LEVELING_DELAY: 84,
    Column.PRELEVELED_START: 118,
    Column.PRELEVELED_FINISH: 118,
    Column.CRITICAL: 64,
}

# MS Project's Tracking, Variance, Cost and Work tables' fields (task_model_tracking.py),
# added to the groups where its column picker lists them, and Fixed Cost Accrual.
COLUMN_GROUPS["Baseline and variance"] += (
    Column.START_VARIANCE,
    Column.DURATION_VARIANCE,
    Column.WORK_VARIANCE,
    Column.BASELINE_DURATION,
    Column.BASELINE_WORK,
)
COLUMN_GROUPS["Tracking"] += (
    Column.ACTUAL_DURATION,
    Column.ACTUAL_WORK,
    Column.REMAINING_WORK,
    Column.PERCENT_WORK_COMPLETE,
)
COLUMN_GROUPS["Cost and work"] += (
    Column.ACTUAL_COST,
    Column.REMAINING_COST,
    Column.FIXED_COST_ACCRUAL,
)
OPTIONAL_WIDTHS.update(
    {
        **dict.fromkeys(TRACKING_KEYS, 80),  # "+1.5d", "120h"
        Column.ACTUAL_COST: 90,
        Column.REMAINING_COST: 90,
        Column.PERCENT_WORK_COMPLETE: 64,
        Column.FIXED_COST_ACCRUAL: 84,
    }
)
# MS Project's Overtime Work and Regular Work (app/ui/models/task_model_overtime.py).
COLUMN_GROUPS["Cost and work"] += (Column.OVERTIME_WORK, Column.REGULAR_WORK)
OPTIONAL_WIDTHS.update(dict.fromkeys((Column.OVERTIME_WORK, Column.REGULAR_WORK), 80))
# MS Project's Earned Value tables' fields (app/ui/models/task_model_earned.py).
COLUMN_GROUPS["Earned value"] = tuple(EARNED_KEYS)
OPTIONAL_WIDTHS.update(dict.fromkeys(EARNED_KEYS, 90))
OPTIONAL_WIDTHS[Column.PHYSICAL_PERCENT] = 64
COLUMN_GROUPS["Earned value"] += (Column.EV_METHOD,)  # which of those BCWP reads
# MS Project's Baseline Fixed Cost (Baseline1..10's are in their baselines' submenus)
COLUMN_GROUPS["Baseline and variance"] += (Column["BASELINE_FIXED_COST"],)
OPTIONAL_WIDTHS[Column.EV_METHOD] = 150
# MS Project's Baseline1..10 fields, shown a submenu per baseline (app/ui/column_menu.py),
# and the interim plans' Start1..10/Finish1..10.
NUMBERED_BASELINES: dict[str, tuple[Column, ...]] = {
    f"Baseline{n}": tuple(c for c in FIELD_COLUMNS if c.name.startswith(f"BASELINE{n}_"))
    for n in range(1, 11)
}
NESTED_GROUPS = {"Baselines 1-10": NUMBERED_BASELINES}
COLUMN_GROUPS["Baselines 1-10"] = tuple(c for cs in NUMBERED_BASELINES.values() for c in cs)
COLUMN_GROUPS["Interim plans"] = tuple(c for c in FIELD_COLUMNS if c.name[0] in "SF")
OPTIONAL_WIDTHS.update({c: 118 if c in DATE_COLUMNS else 90 for c in FIELD_COLUMNS})
# ...listed right after "Baseline and variance", as the fields they number
_ORDER = list(COLUMN_GROUPS)
for _group in ("Interim plans", "Baselines 1-10"):
    _ORDER.remove(_group)
    _ORDER.insert(_ORDER.index("Baseline and variance") + 1, _group)
for _group in _ORDER:  # a dict keeps the order of insertion: taken out, put back in order
    COLUMN_GROUPS[_group] = COLUMN_GROUPS.pop(_group)
# Columns read from the document's costs: not offered by a document without them.
FROM_COSTS = frozenset(
    {Column.COST, Column.WORK, Column.COST_VARIANCE} | TRACKING_COLUMNS | EARNED_COLUMNS
)

CUSTOM_WIDTHS = {
    FieldKind.TEXT: 120,
    FieldKind.NUMBER: 72,
    FieldKind.FLAG: 60,
    FieldKind.DATE: 118,
    FieldKind.COST: 90,
    FieldKind.DURATION: 72,
}


# The widest a sheet column opens or comes back (pixels): a 100,000-character alias asked
# for a 1,018,754 px column, and the layout kept that width by name for later plans.
MAX_COLUMN_WIDTH = 600


def fitted_width(width: int) -> int:
    """A column width no wider than :data:`MAX_COLUMN_WIDTH`."""
    return min(width, MAX_COLUMN_WIDTH)


def opening_width(column: int) -> int:
    """The width a column opens with."""
    name = custom_name(column)
    if name is not None:
        return CUSTOM_WIDTHS[kind_of(name)]
    return OPTIONAL_WIDTHS.get(Column(column), 100)


# Columns shown by default that were added after a header state could be saved, each with
# the column it shows right of: a state saved before it existed shows it there.
NEW_DEFAULTS: dict[Column, Column] = {Column.INDICATORS: Column.ID}
INDICATORS_WIDTH = width_for(2) + 4  # two icons and a half: a third shows cut, as a hint


def insertable(view: TaskTreeView) -> list[Column]:
    """Columns the sheet can show (People and Cost only when the document has them)."""
    model = view.task_model()
    out = []
    for column in Column:
        if column is Column.RESOURCES and not model.people_available():
            continue
        if column in FROM_COSTS and not model.costs_available():
            continue
        out.append(column)
    return out
