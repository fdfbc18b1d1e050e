"""Calendar exceptions of a plan read from a file that share a day, said once on reading.

MS Project lets no two exceptions share a day ("Exceptions cannot overlap": its Change
Working Time refuses them, as ours does), yet a file may hold them: an MS Project XML
written by another tool, a GanttProject file with a yearly holiday and a one-off one on
the same date, a .gantry written by a script. Gantry schedules such a day by the later of
the two in the calendar's list (calendars.DayResolver: a later exception wins over an
earlier one), which no window shows; reading says which calendar, which exceptions, which
days and which one the dates follow, so the user can settle it before MS Project refuses
the file or the days move in another tool.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from app.domain.calendar import Calendar, CalendarException
from app.domain.calendars import occurrences
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.quoting import quoted

OVERLAPS_NAMED = 1  # the overlaps a line names in full, then a count of the others


def overlap_notes(plan: Plan) -> list[str]:
    """One line for each calendar of ``plan`` with exceptions sharing a day, in uid order:
    ``calendar 'Standard': exceptions 'Stocktake' (2027-12-27, working) and 'Shutdown'
    (2027-12-24 to 2028-01-02) overlap on 2027-12-27; Gantry schedules that day by
    'Shutdown', the later: Change Working Time lets no two exceptions share a day, as MS
    Project's, so change one``; [] when none do. Two days off sharing a day say "the later
    (both days off)"."""
    lines: list[str] = []
    for uid in sorted(plan.calendars):
        cal = plan.calendars[uid]
        found = overlaps(cal.exceptions)
        if found:
            lines.append(_said(cal, found))
    return lines


def overlaps(
    exceptions: Iterable[CalendarException],
) -> dict[tuple[int, int], list[date]]:
    """The days each pair of ``exceptions`` shares, by (earlier index, later index), in the
    order they are met; the later holds them as calendars.DayResolver reads them."""
    holder: dict[date, int] = {}
    shared: dict[tuple[int, int], list[date]] = {}
    for k, exc in enumerate(exceptions):
        for day in occurrences(exc):
            earlier = holder.get(day)
            if earlier is not None and earlier != k:
                shared.setdefault((earlier, k), []).append(day)
            holder[day] = k
    return shared


def _said(cal: Calendar, found: dict[tuple[int, int], list[date]]) -> str:
    (first, later), days = next(iter(found.items()))
    a, b = cal.exceptions[first], cal.exceptions[later]
    rest = len(found) - OVERLAPS_NAMED
    more = f" (and {counted(rest, 'other overlap')})" if rest > 0 else ""
    that = "that day" if len(days) == 1 else "those days"
    same = ""
    if _hours(a) == _hours(b):
        same = " (both days off)" if not a.working else " (both the same hours)"
    return (
        f"calendar {quoted(cal.name)}: exceptions {_named(a)} and {_named(b)} overlap on "
        f"{_days(days)}{more}; Gantry schedules {that} by {quoted(b.name or 'unnamed')}, the "
        f"later{same}: Change Working Time lets no two exceptions share a day, as MS "
        "Project's, so change one"
    )


def _hours(exc: CalendarException) -> tuple[tuple[int, int], ...]:
    """The hours ``exc`` gives a day: none for a day off."""
    return tuple(sorted(exc.intervals)) if exc.working else ()


def _named(exc: CalendarException) -> str:
    """``'Shutdown' (2027-12-24 to 2028-01-02)``; ``'Stocktake' (2027-12-27, working)``."""
    span = f"{exc.start}" if exc.start == exc.end else f"{exc.start} to {exc.end}"
    working = ", working" if exc.working else ""
    return f"{quoted(exc.name or 'unnamed')} ({span}{working})"


def _days(days: list[date]) -> str:
    """``2027-12-25``; ``3 days from 2027-12-24 to 2027-12-26``."""
    if len(days) == 1:
        return f"{days[0]}"
    return f"{counted(len(days), 'day')} from {min(days)} to {max(days)}"
