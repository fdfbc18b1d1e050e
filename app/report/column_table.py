"""The printable task-table columns: each one's key, title, width and whether it holds figures
(the cell text is app/report/columns.py's :class:`CellText`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.domain.cost_tracking import TITLES as TRACKING_TITLES
from app.domain.cost_tracking import TRACKING_KEYS
from app.domain.earned_value_table import EARNED_KEYS, EARNED_TITLES
from app.report import baseline_columns


@dataclass(frozen=True, slots=True)
class Column:
    """A printable column: stable key, title, width in points (wide enough for its title on
    at most two lines at the print font) and whether it holds figures, right-aligned as the
    sheet shows them."""

    key: str
    title: str
    width: float
    numeric: bool = False


# The columns holding figures: right-aligned in print as the sheet's TextAlignmentRole does.
NUMERIC_KEYS = frozenset(
    {
        "duration",
        "percent",
        "slack",
        "free_slack",
        "priority",
        "fixed_cost",
        "remaining",
        "work",
        "baseline_cost",
        "cost_variance",
        "finish_variance",
        "id",
        "cost",
    }
)
# Titled as the task sheet titles them (app/ui/models/task_edits.HEADERS, held equal by
# tests/test_s16tb2_titles.py): the printout reads like the PM's screen.
COLUMNS: dict[str, Column] = {
    c.key: replace(c, numeric=c.key in NUMERIC_KEYS)
    for c in (
        Column("id", "ID", 26),  # the task's row number, as the sheet's ID column
        Column("wbs", "WBS", 34),
        Column("name", "Task name", 170),
        Column("duration", "Duration", 48),
        Column("start", "Start", 62),
        Column("finish", "Finish", 62),
        Column("predecessors", "Predecessors", 70),
        Column("resources", "People", 100),
        Column("percent", "% Complete", 64),
        Column("cost", "Cost", 64),  # Total Cost: work x rates plus fixed cost, rolled up
        Column("slack", "Total Slack", 52),
        # As the task sheet's optional columns (Insert Column) offer them.
        Column("free_slack", "Free Slack", 52),
        Column("early_start", "Early Start", 62),
        Column("early_finish", "Early Finish", 62),
        Column("late_start", "Late Start", 62),
        Column("late_finish", "Late Finish", 62),
        Column("baseline_start", "Baseline Start", 62),
        Column("baseline_finish", "Baseline Finish", 62),
        Column("actual_start", "Actual Start", 62),
        Column("actual_finish", "Actual Finish", 62),
        Column("constraint", "Constraint Type", 100),
        Column("constraint_date", "Constraint Date", 62),
        Column("deadline", "Deadline", 62),
        Column("successors", "Successors", 70),
        Column("priority", "Priority", 48),
        Column("fixed_cost", "Fixed Cost", 60),
        Column("notes", "Notes", 140),
        Column("type", "Type", 60),
        Column("remaining", "Remaining Duration", 80),
        Column("work", "Work", 48),
        Column("baseline_cost", "Baseline Cost", 72),
        Column("cost_variance", "Cost Variance", 72),
        Column("finish_variance", "Finish Variance", 80),
        # MS Project's Indicators: icons, no text (app/report/indicators.py, indicator_icons.py)
        Column("indicators", "Indicators", 30),
        # MS Project's Hyperlink fields: the text shown (the address without one), its parts
        Column("hyperlink", "Hyperlink", 110),
        Column("hyperlink_address", "Hyperlink Address", 130),
        Column("hyperlink_sub_address", "Hyperlink SubAddress", 80),
    )
}
# MS Project's Tracking, Variance, Cost and Work tables' fields and Fixed Cost Accrual, titled
# and written as the sheet shows them (app/domain/cost_tracking.py).
COLUMNS.update({key: Column(key, TRACKING_TITLES[key], 72, numeric=True) for key in TRACKING_KEYS})
# MS Project's Earned Value tables' fields (app/domain/earned_value_table.py)
COLUMNS.update({key: Column(key, EARNED_TITLES[key], 72, numeric=True) for key in EARNED_KEYS})
COLUMNS["fixed_cost_accrual"] = Column("fixed_cost_accrual", "Fixed Cost Accrual", 60)
COLUMNS["effort_driven"] = Column("effort_driven", "Effort Driven", 48)
# MS Project's Leveling Delay (elapsed days, "14ed") and the dates before leveling (its
# Leveling Gantt's Delay table; app/domain/leveling_fields.py)
COLUMNS["leveling_delay"] = Column("leveling_delay", "Leveling Delay", 52, numeric=True)
COLUMNS["preleveled_start"] = Column("preleveled_start", "Preleveled Start", 62)
COLUMNS["preleveled_finish"] = Column("preleveled_finish", "Preleveled Finish", 62)
# MS Project's Overtime Work and Regular Work (app/domain/overtime_work.py)
COLUMNS["overtime_work"] = Column("overtime_work", "Overtime Work", 52, numeric=True)
COLUMNS["regular_work"] = Column("regular_work", "Regular Work", 52, numeric=True)
COLUMNS["critical"] = Column("critical", "Critical", 40)  # MS Project's Yes/No field
COLUMNS["ev_method"] = Column("ev_method", "Earned Value Method", 80)  # the sheet's words
# MS Project's Baseline1..10 fields and Start1..10/Finish1..10 (app/report/baseline_columns.py)
COLUMNS.update({k: Column(k, *printed) for k, printed in baseline_columns.PRINTED.items()})
# NOT_AVAILABLE: what a date field without a date shows (MS Project's "NA": Preleveled Start
# before leveling, a baseline date not saved)
# MS Project's words for a Yes/No field (Effort Driven)
YES_NO: dict[bool, str] = {True: "Yes", False: "No"}
# Columns drawn as icons rather than text.
ICON_KEYS = frozenset({"indicators"})
