"""How ``gantry diff`` names a changed field and writes the values a sheet shows as words.

A project manager reads ``Duration 0.5d -> 7d`` and ``Work 4h -> 56h``, as the task sheet,
the Team view, the Risks view and Assignment Information title them, never the name the
plan keeps the field under (``duration_minutes``): the titles are the Import review's too
(app/report/change_titles.py). ``--json`` keeps the field names and values: they are the
machine contract (DESIGN.md).
"""

from __future__ import annotations

from app.domain.diff import PlanChange, Scalar
from app.domain.diff_calendars import FIELD as DAYS_OFF
from app.domain.diff_work_weeks import FIELD as WORK_WEEKS
from app.domain.plan import Plan
from app.domain.task import ConstraintType
from app.report.change_titles import (
    RESOURCE_TITLES,
    RISK_TITLES,
    diff_title,
    only_the_date,
    value_word,
)
from app.report.columns import CONSTRAINT_NAMES, YES_NO
from app.report.material_words import material_amount

__all__ = ["RESOURCE_TITLES", "RISK_TITLES", "diff_title", "shown_word"]  # as read before

_DATES = frozenset(
    {
        ("project", "start"),
        *(("task", f) for f in ("start", "finish", "deadline", "actual_start", "actual_finish")),
        ("baseline", "saved_at"),  # an interim plan set again (app/domain/diff_baselines.py)
    }
)
_PERCENTS = frozenset({("resource", "max_units"), ("assignment", "units")})
_MATERIAL = frozenset({("assignment", "units"), ("assignment", "material_rate")})


def shown_word(change: PlanChange, value: Scalar, plan: Plan) -> str | None:
    """A value the sheets show as a word, a date or a percentage, as they show it: ``Yes``,
    ``2026-03-02 08:00`` (``NA``: none),
    ``Start no earlier than 2024-06-17 08:00`` (the date alone when only it changed),
    ``Fixed work``, ``150%``, ``Back Loaded``, a summary task by its ID in ``plan`` as
    ``ID 3 'Design'``, a calendar by
    its name, days off as typed (``none``) (None: another value)."""
    key = (change.entity, change.field)
    if key in _DATES:  # as gantry schedule and info write a moment
        return "NA" if value is None else str(value).replace("T", " ")
    if isinstance(value, bool):
        return YES_NO[value]
    if key in _MATERIAL and isinstance(value, int | float):  # 60 m³, 12 m³/d
        said = material_amount(str(change.uid), change.field or "", value, plan)
        if said is not None:
            return said
    if key in _PERCENTS and isinstance(value, int | float):
        return f"{round(value * 100, 1):g}%"
    if key == ("task", "parent"):
        if value is None:
            return "none (top level)"
        if isinstance(value, int) and plan.has_task(value):
            return f"ID {plan.index_of(value) + 1} '{plan.task(value).name}'"  # its row there
        return None
    if change.field == "calendar_uid" and isinstance(value, int) and value in plan.calendars:
        return f"'{plan.calendars[value].name}'"
    if change.field == "calendar_uid" and value is None:  # a person's: the project's own
        return f"'{plan.calendar().name}'" if change.entity == "resource" else "none"
    if change.field in (DAYS_OFF, WORK_WEEKS):  # as typed, entries split by "; "
        return "none" if not value else f"'{value}'"
    if not isinstance(value, str):
        return None
    if key == ("task", "constraint"):
        kind, _, moment = value.partition(" ")
        if kind not in ConstraintType.__members__:
            return None
        if only_the_date(change) and moment:  # Constraint Date 2027-01-04 08:00 -> ...
            return moment.replace("T", " ")
        return f"{CONSTRAINT_NAMES[ConstraintType[kind]]} {moment.replace('T', ' ')}".strip()
    return value_word(change.field, value, change.entity)
