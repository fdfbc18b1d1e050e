"""Format > Progress Lines' choices in the project row (schema v36).

:class:`~app.domain.progress_lines.ProgressLines` <-> the ``progress_*`` columns of
``project``: the current line (on, where), the recurring lines (interval by its
:class:`~app.domain.progress_lines.Every` name, every N, weekday, day of the month, first
day), the picked days (ISO dates, comma separated), actual or baseline plan, dates shown and
the two colours (#rrggbb). A file before v36 draws none, as before. A value this version
cannot read (a later interval, a colour mistyped by hand) falls back to the default: the plan
opens all the same.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from datetime import date
from typing import Any

from app.domain.progress_lines import (
    CURRENT_COLOR,
    OTHER_COLOR,
    CurrentAt,
    Every,
    ProgressLines,
)
from app.store.convert import flag

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")

# (column, its declaration): the columns v36 adds to ``project``, as schema.py declares them
COLUMNS: tuple[tuple[str, str], ...] = (
    ("progress_current", "INTEGER NOT NULL DEFAULT 0"),
    ("progress_current_at", "TEXT NOT NULL DEFAULT 'STATUS_DATE'"),
    ("progress_every", "TEXT NOT NULL DEFAULT 'NONE'"),
    ("progress_count", "INTEGER NOT NULL DEFAULT 1"),
    ("progress_weekday", "INTEGER NOT NULL DEFAULT 4"),
    ("progress_month_day", "INTEGER NOT NULL DEFAULT 1"),
    ("progress_begin", "TEXT"),
    ("progress_dates", "TEXT NOT NULL DEFAULT ''"),
    ("progress_baseline", "INTEGER NOT NULL DEFAULT 0"),
    ("progress_show_dates", "INTEGER NOT NULL DEFAULT 0"),
    ("progress_current_color", f"TEXT NOT NULL DEFAULT '{CURRENT_COLOR}'"),
    ("progress_other_color", f"TEXT NOT NULL DEFAULT '{OTHER_COLOR}'"),
)


def progress_lines_row(lines: ProgressLines) -> dict[str, Any]:
    """The project row's ``progress_*`` columns for ``lines``."""
    return {
        "progress_current": int(lines.current),
        "progress_current_at": lines.current_at.name,
        "progress_every": lines.every.name,
        "progress_count": lines.count,
        "progress_weekday": lines.weekday,
        "progress_month_day": lines.month_day,
        "progress_begin": None if lines.begin is None else lines.begin.isoformat(),
        "progress_dates": ",".join(d.isoformat() for d in lines.dates),
        "progress_baseline": int(lines.baseline),
        "progress_show_dates": int(lines.show_dates),
        "progress_current_color": lines.current_color,
        "progress_other_color": lines.other_color,
    }


def progress_lines_in(r: sqlite3.Row) -> ProgressLines:
    """The progress lines a project row keeps."""
    return ProgressLines(
        current=flag(r["progress_current"]),
        current_at=CurrentAt.__members__.get(r["progress_current_at"], CurrentAt.STATUS_DATE),
        every=Every.__members__.get(r["progress_every"], Every.NONE),
        count=_within(r["progress_count"], 1, 99, 1),
        weekday=_within(r["progress_weekday"], 0, 6, 4),
        month_day=_within(r["progress_month_day"], 1, 31, 1),
        begin=_day(r["progress_begin"]),
        dates=tuple(d for text in r["progress_dates"].split(",") if (d := _day(text))),
        baseline=flag(r["progress_baseline"]),
        show_dates=flag(r["progress_show_dates"]),
        current_color=_color(r["progress_current_color"], CURRENT_COLOR),
        other_color=_color(r["progress_other_color"], OTHER_COLOR),
    )


def _within(value: object, low: int, high: int, default: int) -> int:
    return value if isinstance(value, int) and low <= value <= high else default


def _day(text: object) -> date | None:
    if not isinstance(text, str) or not text:
        return None
    with contextlib.suppress(ValueError):
        return date.fromisoformat(text.strip())
    return None


def _color(text: object, default: str) -> str:
    return text if isinstance(text, str) and _COLOR.fullmatch(text) else default


def add_columns(conn: sqlite3.Connection) -> None:
    """v35 -> v36: the ``progress_*`` columns; a v35 plan draws no progress line."""
    have = {r[1] for r in conn.execute("PRAGMA table_info(project)")}
    for name, declaration in COLUMNS:
        if name not in have:
            conn.execute(f"ALTER TABLE project ADD COLUMN {name} {declaration}")
