"""A day's working hours as the Change Working Time dialog types them: ``08:00-12:00,
13:00-17:00`` (a dot for the colon too, as Finnish and Danish write 08.00); shared by the
[Default] week, the exceptions and the work weeks (working_time_weeks.py)."""

from __future__ import annotations

import re

from app.domain.calendar import Interval
from app.domain.errors import InputError
from app.domain.quoting import quoted

_DOT_TIME = re.compile(r"^(\d{1,2})\.(\d{2})$")  # 08.00, as Finnish and Danish write 08:00


def format_hours(intervals: tuple[Interval, ...]) -> str:
    """``((480, 720), (780, 1020))`` as ``08:00-12:00, 13:00-17:00``."""
    return ", ".join(f"{a // 60:02d}:{a % 60:02d}-{b // 60:02d}:{b % 60:02d}" for a, b in intervals)


def _minute(text: str, where: str) -> int:
    typed = text.strip()
    hours, _colon, minutes = _DOT_TIME.sub(r"\1:\2", typed).partition(":")  # 08.00 too
    try:
        value = int(hours) * 60 + int(minutes or 0)
    except ValueError:
        raise InputError(f"{where}: {quoted(typed)} is not a time like 08:30") from None
    if not 0 <= value <= 24 * 60 or not 0 <= int(minutes or 0) < 60:
        raise InputError(f"{where}: {quoted(typed)} is not a time of day")
    return value


def parse_hours(text: str, where: str) -> tuple[Interval, ...]:
    """``08:00-12:00, 13:00-17:00`` as minute intervals; raises InputError naming ``where``."""
    out: list[Interval] = []
    for part in filter(None, (p.strip() for p in text.replace(";", ",").split(","))):
        first, dash, last = part.partition("-")
        if not dash:
            raise InputError(f"{where}: {quoted(part)} needs a start and an end, like 08:00-12:00")
        a, b = _minute(first, where), _minute(last, where)
        if 0 < b < a:  # a night shift: a day's hours end at midnight
            raise InputError(
                f"{where}: {quoted(part)} crosses midnight, and a day's hours end at 24:00: "
                f"type {first.strip()}-24:00 here and 00:00-{last.strip()} on the next day"
            )
        if b <= a or (out and a < out[-1][1]):
            raise InputError(
                f"{where}: {quoted(part)} must end after it starts and after the hours before"
            )
        out.append((a, b))
    return tuple(out)
