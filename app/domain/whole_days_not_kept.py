"""What a format that keeps whole days only (GanttProject's .gan) does to a plan's part-day
durations and lags, said in one line as the other not-kept notes are."""

from __future__ import annotations

from app.domain.calendars import DayResolver
from app.domain.plan import Plan
from app.domain.plural_words import counted


def usual_day_minutes(plan: Plan) -> int:
    """The working minutes of the project calendar's usual working day (the length most of
    its weekdays have, the longer on a tie): the day GanttProject counts, so the day a .gan
    is written in (app/io/gan_write.py); the plan's hours per day when no weekday works."""
    week = DayResolver(plan.calendar(), plan.calendars).week
    lengths = [sum(b - a for a, b in day) for day in week if day]
    if not lengths:
        return plan.project.minutes_per_day or 480
    return max(set(lengths), key=lambda n: (lengths.count(n), n))


def whole_days_not_kept(plan: Plan, fmt: str) -> str:
    """One line naming the durations and lags ``fmt`` rounds to the day and the percentage
    lags it writes as days; "" when every duration and lag is whole days. Whole days of
    the project calendar, as the .gan is written (a plan of 7.5 h days on an 8-hour
    calendar: 10d of 7.5 h is 9.4 of its days, rounded; 15d is 14 of them, kept)."""
    per_day = usual_day_minutes(plan)
    durations = sum(
        1
        for t in plan.tasks
        if t.duration_minutes % per_day and not plan.is_summary(t.uid) and not t.elapsed
    )
    lags = sum(1 for lk in plan.links if lk.lag_percent is None and lk.lag_minutes % per_day)
    percent = sum(1 for lk in plan.links if lk.lag_percent is not None)
    parts: list[str] = []
    if durations or lags:
        what = " and ".join(
            p
            for p in (
                counted(durations, "duration") if durations else "",
                counted(lags, "lag") if lags else "",
            )
            if p
        )
        parts.append(f"{what} not of whole days rounded to the day")
    if percent:
        lag_words = counted(percent, "percentage lag")
        parts.append(f"{lag_words} written as days of the predecessor's duration")
    if not parts:
        return ""
    return f"{fmt} keeps whole days only: " + "; ".join(parts)
