"""Project-wide settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from app.domain.money import SymbolPosition


@dataclass(frozen=True, slots=True)
class Project:
    """Settings of one plan: name, dates, currency, calendar and duration units.

    Dates are project-local wall-clock times, as MS Project stores them.
    Money shows with ``currency_symbol`` at ``currency_symbol_position`` and
    ``currency_digits`` decimals (app.domain.money.format_money); ``currency``
    is the ISO 4217 code, "" when not known.
    """

    name: str = "New project"
    start: datetime = datetime(2026, 1, 5, 8, 0)
    status_date: datetime | None = None
    currency: str = "EUR"
    currency_symbol: str = "€"
    currency_symbol_position: SymbolPosition = SymbolPosition.BEFORE
    currency_digits: int = 2
    calendar_uid: int = 1
    minutes_per_day: int = 480
    minutes_per_week: int = 2400
    days_per_month: int = 20
    default_start_time: time = time(8, 0)
    default_finish_time: time = time(17, 0)
    critical_slack_limit_minutes: int = 0
    author: str = ""
    company: str = ""
    notes: str = ""
