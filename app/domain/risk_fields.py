"""A risk register's own fields as typed and shown (category, response strategy, raised,
next review and closed dates, residual probability and impact, trigger and trigger date): one
rule for the Risks view and ``gantry risk``. Empty text clears a field."""

from __future__ import annotations

import re
from datetime import date
from enum import Enum

from app.domain.errors import InputError
from app.domain.quoting import quoted
from app.domain.risk import Risk, non_negative, read_probability
from app.domain.risk_typing import parse_response

DATE_FIELDS = ("raised", "next_review", "closed_on", "trigger_date")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_risk_day(text: str) -> date | None:
    """A day typed as YYYY-MM-DD or DD.MM.YYYY ("" clears it)."""
    stripped = text.strip()
    if not stripped:
        return None
    dotted = _DOTTED.fullmatch(stripped)
    try:
        if dotted is not None:
            d, m, y = (int(p) for p in dotted.groups())
            return date(y, m, d)
        return date.fromisoformat(stripped)
    except ValueError:
        raise InputError(
            f"{quoted(stripped)} is not a date (type 2027-03-31 or 31.03.2027)"
        ) from None


def parse_field(field: str, text: str, amount: object = None) -> object:
    """The value ``text`` gives the register field ``field``; ``amount``: a callable reading
    money the project's way, for the residual impact."""
    stripped = text.strip()
    if field in ("category", "trigger"):
        return stripped
    if field == "response":
        return parse_response(stripped) if stripped else None
    if field in DATE_FIELDS:
        return parse_risk_day(stripped)
    if field == "residual_probability":
        return read_probability(stripped) if stripped else None
    if field == "residual_impact":
        if not stripped:
            return None
        assert callable(amount)
        return non_negative("the impact", float(amount(stripped)))
    raise InputError(f"{field} is not a risk field")


def shown_day(day: date | None) -> str:
    """A register date as shown: 2027-03-31, or nothing."""
    return "" if day is None else day.isoformat()


def sort_value(risk: Risk, field: str) -> object:
    """What a register column sorts by: the value, none last among numbers and dates."""
    value: object = risk.residual_exposure if field == "residual_exposure" else getattr(risk, field)
    if value is None:
        return "" if field in (*DATE_FIELDS, "response") else -1.0
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value.casefold() if isinstance(value, str) else value
