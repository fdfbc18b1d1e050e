"""Option values several commands read the same way: a day (``--through``, ``--from``) and
task UIDs (``--tasks 3,5,7-9``). Kept apart from the commands so a parser that needs them
(``gantry level``'s range) imports no file formats (app.cli.parser builds it on every run).
"""

from __future__ import annotations

import re
from datetime import date

from app.domain.errors import InputError, OptionError
from app.domain.move_project import EARLIEST_START, LATEST_START
from app.domain.quoting import quoted

# A day as German, Swiss, Austrian, Russian... computers write it: day, month, year between
# dots, in that order wherever dots part them (15.01.2027). A slashed day's order is the
# computer's (3/12/2027), which a command cannot know: refused as before.
_DOTTED_DAY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_day(text: str, flag: str) -> date:
    """A day given as YYYY-MM-DD or DD.MM.YYYY (as ``gantry progress --actual-start`` takes
    it): bad usage for another shape (OptionError, exit 2), a refusal (exit 1) outside MS
    Project's dates, as Move Project refuses a start there."""
    dotted = _DOTTED_DAY.fullmatch(text.strip())
    try:
        if dotted is not None:
            d, m, y = (int(part) for part in dotted.groups())
            day = date(y, m, d)
        else:
            day = date.fromisoformat(text.strip())
    except ValueError:
        raise OptionError(
            f"{flag} {quoted(text)} is not a date (use YYYY-MM-DD or DD.MM.YYYY)"
        ) from None
    if not EARLIEST_START <= day <= LATEST_START:
        raise InputError(
            f"{flag} {day.isoformat()} is outside MS Project's dates "
            f"({EARLIEST_START:%Y-%m-%d} to {LATEST_START:%Y-%m-%d})"
        )
    return day


def parse_uids(text: str) -> list[int]:
    """``--tasks 3,5,7-9``: task UIDs in the order given (bad usage for another shape)."""
    return [uid for _part, uids in parse_uid_parts(text) for uid in uids]


def parse_uid_parts(text: str) -> list[tuple[str, range]]:
    """``--tasks 3,5,7-9``'s parts as typed, each with the UIDs it names (a range's all of
    them, whether the plan has them or not: app/cli/task_ranges.py takes those it has)."""
    parts: list[tuple[str, range]] = []
    for part in text.split(","):
        first, dash, last = part.strip().partition("-")
        try:
            lo = int(first)
            hi = int(last) if dash else lo
        except ValueError:
            raise OptionError(
                f"--tasks {quoted(text)}: {quoted(part.strip())} is not a task UID or a range "
                "of them (use 3,5,7-9)"
            ) from None
        if lo < 0 or hi < lo:
            raise OptionError(f"--tasks {quoted(text)}: {quoted(part.strip())} is no range")
        parts.append((part.strip(), range(lo, hi + 1)))
    return parts
