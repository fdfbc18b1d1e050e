"""Plain conversions between stored column values and domain values (dates, enums, flags)."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import Enum
from typing import TypeVar

E = TypeVar("E", bound=Enum)


def dt_out(value: datetime | None) -> str | None:
    """A moment as ISO text (project-local wall clock; fractions of a second only if any)."""
    return None if value is None else value.isoformat()


def dt_in(value: object) -> datetime | None:
    """Read a stored moment."""
    return None if value is None else datetime.fromisoformat(str(value))


def date_out(value: date) -> str:
    """A day as ISO text."""
    return value.isoformat()


def date_in(value: object) -> date:
    """Read a stored day."""
    return date.fromisoformat(str(value))


def time_out(value: time) -> str:
    """A time of day as ``HH:MM:SS`` (ISO)."""
    return value.isoformat()


def time_in(value: object) -> time:
    """Read a stored time of day."""
    return time.fromisoformat(str(value))


def enum_in(kind: type[E], value: object) -> E:
    """Read an enum stored by name."""
    return kind[str(value)]


def flag(value: object) -> bool:
    """Read a 0/1 column."""
    return bool(value)


def opt_int(value: object) -> int | None:
    """Read a nullable integer column."""
    return None if value is None else int(str(value))


def opt_float(value: object) -> float | None:
    """Read a nullable real column."""
    return None if value is None else float(str(value))
