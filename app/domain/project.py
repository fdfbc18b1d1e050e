"""Project-wide settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time


@dataclass(frozen=True, slots=True)
class Project:
    """Settings of one plan: name, dates, currency, calendar and duration units.

    Dates are project-local wall-clock times, as MS Project stores them.
    """

    name: str = "New project"
    start: datetime = datetime(2026, 1, 5, 8, 0)
    status_date: datetime | None = None
    currency: str = "EUR"
    currency_symbol: str = "€"
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
