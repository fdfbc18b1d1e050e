"""Change Working Time's exceptions in words, and the ways a new one repeats, as MS
Project's Details offer them: every day, every week on its weekday, every month on its
date or on its n-th weekday (every first Friday), every year on its date (the Christmas
shutdown). Dates are written as the sheet writes them (``24.12.2026`` in German)."""

from __future__ import annotations

from datetime import date

from app.domain.calendar import CalendarException, Recurrence, RecurrenceKind
from app.domain.day_names import WEEKDAY_NAMES
from app.report.locale_dates import local_date

_ORDINALS = ("first", "second", "third", "fourth", "last")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day(day: date) -> str:
    return local_date(day, weekday=False)


def _nth(day: date) -> int:
    """Which of its month's weekdays ``day`` is: 1 to 4, 5 for the last (a fifth is last)."""
    nth = (day.day - 1) // 7 + 1
    return 5 if nth >= 5 else nth


def repeat_choices(first: date) -> list[tuple[str, Recurrence | None]]:
    """The ways an exception starting on ``first`` may repeat, in words, with the
    recurrence each makes (None: once, the days from first to last)."""
    weekday = WEEKDAY_NAMES[first.weekday()]
    nth = _nth(first)
    last_week = (first.day + 7) > _month_length(first)
    choices: list[tuple[str, Recurrence | None]] = [
        ("Once (each day from first to last)", None),
        ("Every day", Recurrence(RecurrenceKind.DAILY)),
        (
            f"Every week on {weekday}",
            Recurrence(RecurrenceKind.WEEKLY, weekdays=(first.weekday(),)),
        ),
        (
            f"Every month on day {first.day}",
            Recurrence(RecurrenceKind.MONTHLY_BY_DATE, day_of_month=first.day),
        ),
        (
            f"Every month on the {_ORDINALS[min(nth, 5) - 1]} {weekday}",
            Recurrence(
                RecurrenceKind.MONTHLY_BY_WEEKDAY, week_of_month=nth, weekday=first.weekday()
            ),
        ),
    ]
    if last_week and nth != 5:
        choices.append(
            (
                f"Every month on the last {weekday}",
                Recurrence(
                    RecurrenceKind.MONTHLY_BY_WEEKDAY, week_of_month=5, weekday=first.weekday()
                ),
            )
        )
    choices.append(
        (
            f"Every year on {first.day} {_MONTHS[first.month - 1]}",
            Recurrence(RecurrenceKind.YEARLY_BY_DATE, day_of_month=first.day, month=first.month),
        )
    )
    return choices


def _month_length(day: date) -> int:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return (following - date(day.year, day.month, 1)).days


def repeat_words(rec: Recurrence) -> str:
    """``every year on 24 Dec``, ``every month on the first Friday``, ``every 2 weeks on
    Monday, Friday``."""
    period = max(1, rec.period)
    kind = rec.kind
    if kind is RecurrenceKind.DAILY:
        return "every day" if period == 1 else f"every {period} days"
    every = {
        RecurrenceKind.WEEKLY: "week",
        RecurrenceKind.MONTHLY_BY_DATE: "month",
        RecurrenceKind.MONTHLY_BY_WEEKDAY: "month",
    }.get(kind, "year")
    unit = f"every {every}" if period == 1 else f"every {period} {every}s"
    if kind is RecurrenceKind.WEEKLY:
        days = ", ".join(WEEKDAY_NAMES[d] for d in sorted(rec.weekdays)) or "its weekday"
        return f"{unit} on {days}"
    if kind is RecurrenceKind.MONTHLY_BY_DATE:
        return f"{unit} on day {rec.day_of_month}"
    ordinal = _ORDINALS[min(max(rec.week_of_month, 1), 5) - 1]
    weekday = WEEKDAY_NAMES[rec.weekday % 7]
    if kind is RecurrenceKind.MONTHLY_BY_WEEKDAY:
        return f"{unit} on the {ordinal} {weekday}"
    month = _MONTHS[min(max(rec.month, 1), 12) - 1]
    if kind is RecurrenceKind.YEARLY_BY_DATE:
        return f"{unit} on {rec.day_of_month} {month}"
    return f"{unit} on the {ordinal} {weekday} of {month}"


def exception_line(exc: CalendarException, hours: str) -> str:
    """A line of the exceptions list: its name, days and, when working, its ``hours``
    (what MS Project's Details show): ``Catch-up: 06.03.2027 (working 08:00-12:00)``,
    ``Christmas: every year on 24 Dec, 2026 to 2035 (off)``."""
    kind = ("working " + hours).strip() if exc.working else "off"
    rec = exc.recurrence
    if rec is None:
        days = _day(exc.start) if exc.start == exc.end else f"{_day(exc.start)} to {_day(exc.end)}"
        return f"{exc.name}: {days} ({kind})"
    yearly = rec.kind in (RecurrenceKind.YEARLY_BY_DATE, RecurrenceKind.YEARLY_BY_WEEKDAY)
    if rec.occurrences:
        span = f"{rec.occurrences} times from {_day(exc.start)}"
    elif yearly:
        span = f"{exc.start.year} to {exc.end.year}"
    else:
        span = f"{_day(exc.start)} to {_day(exc.end)}"
    return f"{exc.name}: {repeat_words(rec)}, {span} ({kind})"
