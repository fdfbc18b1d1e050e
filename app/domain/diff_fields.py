"""What diff compares of each kind of thing, and the form a value is compared in.

The field tables :mod:`app.domain.diff` reads (task fields and how to read each, the
pseudo-fields' attributes a change applies to, the link, resource, assignment and
risk fields) and :func:`norm`, the comparable form of a value. Kept apart from the
comparing itself so that each file holds one thing; every name here is importable
from :mod:`app.domain.diff` too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from enum import Enum

from app.domain.task import ConstraintType, Task

Scalar = str | int | float | bool | None


def norm(value: object) -> Scalar:
    """The comparable, JSON-friendly form of a field value."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        rounded = round(value, 4)
        return int(rounded) if rounded.is_integer() else rounded
    if isinstance(value, datetime):
        moment = (value + timedelta(seconds=30)).replace(second=0, microsecond=0)
        return moment.isoformat(timespec="minutes")
    if isinstance(value, Enum):
        return str(value.name)
    if isinstance(value, str):
        return "\n".join(line.rstrip() for line in value.strip().replace("\r\n", "\n").split("\n"))
    if isinstance(value, tuple | list):
        return ", ".join(str(norm(v)) for v in value)
    return str(value)


# --------------------------------------------------------------------- fields

TaskField = Callable[[Task, bool], object]


def _constraint(task: Task, summary: bool) -> object:
    if task.constraint_type is ConstraintType.ASAP:
        return "ASAP"
    if task.constraint_type is ConstraintType.ALAP:
        return "ALAP"
    return f"{task.constraint_type.name} {norm(task.constraint_date)}"


def _unless_summary(attr: str) -> TaskField:
    def get(task: Task, summary: bool) -> object:
        return None if summary else getattr(task, attr)

    return get


def _manual_only(attr: str) -> TaskField:
    def get(task: Task, summary: bool) -> object:
        return getattr(task, attr) if task.manual and not summary else None

    return get


def _plain(attr: str) -> TaskField:
    def get(task: Task, summary: bool) -> object:
        return getattr(task, attr)

    return get


# Field name -> how to read it. Summaries roll up duration, dates and progress,
# and automatic tasks get their dates from the scheduler: those are not compared.
TASK_FIELDS: dict[str, TaskField] = {
    "name": _plain("name"),
    "duration_minutes": _unless_summary("duration_minutes"),
    "elapsed": _unless_summary("elapsed"),
    "estimated": _unless_summary("estimated"),
    "milestone": _plain("milestone"),
    "manual": _plain("manual"),
    "active": _plain("active"),
    "start": _manual_only("start"),
    "finish": _manual_only("finish"),
    "constraint": _constraint,
    "deadline": _plain("deadline"),
    "priority": _plain("priority"),
    # Level resources' result: the finish can move by weeks, so it is a change to show.
    "leveling_delay_minutes": _unless_summary("leveling_delay_minutes"),
    "percent_complete": _unless_summary("percent_complete"),
    "actual_start": _unless_summary("actual_start"),
    "actual_finish": _unless_summary("actual_finish"),
    "fixed_cost": _plain("fixed_cost"),
    "fixed_cost_accrual": _plain("fixed_cost_accrual"),
    "task_type": _plain("task_type"),
    "effort_driven": _plain("effort_driven"),
    "calendar_uid": _plain("calendar_uid"),
    "notes": _plain("notes"),
    "hyperlink": _plain("hyperlink"),  # Insert > Hyperlink, shown as "Text <address#sub>"
    # what earned value measures: the figure typed for the work's own progress and the
    # task's own Earned Value method (None: the project's), app/domain/earned_value_method.py
    "physical_percent_complete": _plain("physical_percent_complete"),
    "ev_method": _plain("ev_method"),  # compared as :func:`_own_method` reads it
}

# Pseudo-fields and the Task attributes they stand for (used to apply a change).
TASK_FIELD_ATTRS: dict[str, tuple[str, ...]] = {
    "constraint": ("constraint_type", "constraint_date"),
    # a new duration comes with the unit it was typed in ("2w" stays weeks); the unit
    # alone is how the duration is shown, not a change a user reviews
    "duration_minutes": ("duration_minutes", "duration_unit"),
    "parent": ("outline_level",),
}

# A new rate comes with the unit it was typed in (1,300/d stays per day); the unit alone is
# how the rate is shown, not a change a user reviews.
RESOURCE_FIELD_ATTRS: dict[str, tuple[str, ...]] = {
    "standard_rate": ("standard_rate", "standard_rate_unit"),
    "overtime_rate": ("overtime_rate", "overtime_rate_unit"),
}

LINK_FIELDS = ("type", "lag_minutes", "lag_percent", "lag_elapsed")
# A new lag comes with the unit it was typed in (+2w stays weeks), as a new duration does.
# The unit alone is a change too (field ``lag_unit``) when the lag shows differently: +5d
# made +1w, or +5d with no unit (picked from its length) typed +1w; not +2d typed +2d
# (app/domain/diff_lags.py). A format that keeps no unit (.gan) compares none (Held).
# Either is applied as the whole lag, so that a clash accepted gives the lag the review
# showed (the client's +1w, not the +10d made here read in weeks).
LINK_FIELD_ATTRS: dict[str, tuple[str, ...]] = {
    "lag_minutes": ("lag_minutes", "lag_unit"),
    "lag_unit": ("lag_minutes", "lag_unit"),
}
RESOURCE_FIELDS = (
    "name",
    "type",
    "initials",
    "role",
    "email",
    "skills",
    "max_units",
    "standard_rate",
    "overtime_rate",
    "cost_per_use",
    "accrue_at",
    "material_label",
    "calendar_uid",
    "availability",
    "rate_tables",
    "notes",
    "can_level",
    "is_budget",  # MS Project's budget resources (app/domain/budget_resources.py)
    "budget_cost",
    "budget_work_minutes",
)
# contour and notes: MS Project's work contour (Back Loaded...) and Assignment Information notes;
# overtime work changes the cost and the span, actual work the actual cost (the invoice)
ASSIGNMENT_FIELDS = (
    "units",
    "material_rate",  # a material used at a rate, Concrete[12 m³/d] (material_rates.py)
    "rate_scale",
    "work_minutes",
    "overtime_work_minutes",
    "actual_work_minutes",
    "cost",
    "rate_table",
    "contour",
    "notes",
    "delay_minutes",  # MS Project's assignment Delay (app/domain/assignment_delay.py)
    "delay_elapsed",
    "leveling_delay_minutes",  # leveling's delay of the person (leveling_assignments.py)
)
ACTUAL_WORK = "actual_work_minutes"
# The project's earned value settings (Project Information, as MS Project's options).
EV_PROJECT_FIELDS = ("ev_baseline", "ev_method")
RISK_FIELDS = (
    "title",
    "probability",
    "impact",
    "owner",
    "mitigation",
    "contingency",
    "status",
    "task_uids",
    "description",
    "category",
    "response",
    "raised",
    "next_review",
    "closed_on",
    "residual_probability",
    "residual_impact",
    "trigger",
    "trigger_date",
)
