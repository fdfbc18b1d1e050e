"""A calendar's work weeks in a .gantry file (schema v30): Calendar.work_weeks
(app/domain/calendar.py WorkWeek) <-> three tables: the weeks in order, the weekdays each
sets (a day without a row is left unset), and those days' working hours. A file without
rows there (every file before v30, every calendar without work weeks) keeps none."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Sequence

from app.domain.calendar import Interval, WorkWeek
from app.store.convert import date_in, date_out

WEEKS = "calendar_work_weeks"
DAYS = "calendar_work_week_days"
HOURS = "calendar_work_week_hours"
TABLES = (WEEKS, DAYS, HOURS)

WORK_WEEKS_SQL = f"""
CREATE TABLE IF NOT EXISTS {WEEKS} (
    calendar_uid INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    start TEXT NOT NULL,
    end TEXT NOT NULL,
    PRIMARY KEY (calendar_uid, seq)
);

-- A weekday (0 = Monday) the work week sets, its hours below (none: a day off).
CREATE TABLE IF NOT EXISTS {DAYS} (
    calendar_uid INTEGER NOT NULL,
    week_seq INTEGER NOT NULL,
    weekday INTEGER NOT NULL,
    PRIMARY KEY (calendar_uid, week_seq, weekday)
);

CREATE TABLE IF NOT EXISTS {HOURS} (
    calendar_uid INTEGER NOT NULL,
    week_seq INTEGER NOT NULL,
    weekday INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    from_minute INTEGER NOT NULL,
    to_minute INTEGER NOT NULL,
    PRIMARY KEY (calendar_uid, week_seq, weekday, seq)
);
"""

Row = dict[str, object]


def work_week_rows(calendar_uid: int, weeks: Sequence[WorkWeek]) -> list[tuple[str, Row]]:
    """(table, row) for each row of a calendar's work weeks (none when it has none)."""
    out: list[tuple[str, Row]] = []
    for seq, ww in enumerate(weeks):
        out.append(
            (
                WEEKS,
                {
                    "calendar_uid": calendar_uid,
                    "seq": seq,
                    "name": ww.name,
                    "start": date_out(ww.start),
                    "end": date_out(ww.end),
                },
            )
        )
        for weekday, day in enumerate(ww.week):
            if day is None:
                continue
            key: Row = {"calendar_uid": calendar_uid, "week_seq": seq, "weekday": weekday}
            out.append((DAYS, key))
            for k, (a, b) in enumerate(day):
                out.append((HOURS, {**key, "seq": k, "from_minute": a, "to_minute": b}))
    return out


def read_work_weeks(
    rows: Callable[[str], Sequence[sqlite3.Row]],
) -> dict[int, tuple[WorkWeek, ...]]:
    """Every calendar's work weeks by calendar uid (calendars without any left out)."""
    weeks = rows(f"SELECT * FROM {WEEKS} ORDER BY calendar_uid, seq")
    if not weeks:
        return {}
    days: dict[tuple[int, int], set[int]] = defaultdict(set)
    for r in rows(f"SELECT * FROM {DAYS}"):
        days[(r["calendar_uid"], r["week_seq"])].add(r["weekday"])
    hours: dict[tuple[int, int, int], list[Interval]] = defaultdict(list)
    for r in rows(f"SELECT * FROM {HOURS} ORDER BY seq"):
        key = (r["calendar_uid"], r["week_seq"], r["weekday"])
        hours[key].append((r["from_minute"], r["to_minute"]))
    out: dict[int, list[WorkWeek]] = defaultdict(list)
    for r in weeks:
        uid, seq = r["calendar_uid"], r["seq"]
        set_days = days.get((uid, seq), set())
        week = tuple(
            tuple(hours.get((uid, seq, wd), ())) if wd in set_days else None for wd in range(7)
        )
        out[uid].append(WorkWeek(r["name"], date_in(r["start"]), date_in(r["end"]), week))
    return {uid: tuple(found) for uid, found in out.items()}
