"""The Earned Value tables' fields (BCWS, BCWP, ACWP, SV, CV, EAC, BAC, VAC, CV%, CPI, TCPI,
SV%, SPI, Physical % Complete) as sort values: each task's figure as its sheet column reads
it (:class:`app.domain.earned_value_table.EarnedValueFigures`), measured where the columns
measure: the status date, else the project's Current Date, else the caller's ``now``.

A figure the column leaves blank (a ratio with nothing to divide by, a summary's Physical %
Complete, a task outside the plan's earned value) is None: the sort lists it last.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from app.domain.costs import CostReport, compute_costs
from app.domain.earned_value_table import EARNED_KEYS, EarnedValueFigures
from app.domain.plan import Plan
from app.domain.project import measured_at
from app.domain.schedule import Schedule
from app.domain.task import Task

# The fields by their command-line names: ``cv-percent`` for the printout's cv_percent.
EARNED_SORT_NAMES: dict[str, str] = {key.replace("_", "-"): key for key in EARNED_KEYS}


def earned_sort_values(
    plan: Plan,
    schedule: Schedule,
    key: str,
    costs: Mapping[int, float] | CostReport | None,
    now: datetime | None,
) -> Callable[[Task], float | None]:
    """Each task's figure of Earned Value field ``key`` (EARNED_KEYS'), at the moment the
    sheet's columns use (:func:`app.domain.project.measured_at` of ``now``: the caller's
    clock, to the minute as the sheet reads it); the plan is costed here when the caller
    has no cost report."""
    if now is None and plan.project.status_date is None and plan.project.current_date is None:
        raise ValueError("an earned value sort needs the caller's now (no status date set)")
    when = measured_at(plan.project, now or datetime.min)
    report = costs if isinstance(costs, CostReport) else compute_costs(plan, schedule)
    figures = EarnedValueFigures(plan, schedule, report, when)
    return lambda task: figures.value(key, task.uid)
