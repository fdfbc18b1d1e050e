"""A custom field's value as ``gantry diff`` writes it: the text its column shows."""

from __future__ import annotations

from datetime import datetime

from app.domain.custom_fields import FieldKind, kind_of
from app.domain.diff import Scalar
from app.domain.plan import Plan
from app.report.columns import custom_text
from app.report.locale_numbers import Marks


def custom_moment(value: Scalar) -> datetime | None:
    """A custom Date field's value as the diff compares it (``2027-01-01T08:00``) as the
    moment it is (None: no such text)."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def custom_cell(field: str, value: Scalar, plan: Plan, marks: Marks) -> str | None:
    """A custom field's value as its column shows it (the report's cell text: ``Fri
    2027-01-01``, ``3``, ``12,5``, ``1,5d``, ``€1,200.00``, ``Yes``; a flag without a value
    ``No``); None where the line quotes it instead: a Text field's text, or no value."""
    kind = kind_of(field)
    if kind is FieldKind.FLAG:
        return custom_text(field, value, plan.project, marks)
    if kind is FieldKind.TEXT or value is None or isinstance(value, bool):
        return None
    if kind is FieldKind.DATE:
        moment = custom_moment(value)
        return None if moment is None else custom_text(field, moment, plan.project, marks)
    if isinstance(value, int | float):
        return custom_text(field, value, plan.project, marks)
    return None
