"""The dates a printed or pictured Gantt chart covers: the project's, widened by what is drawn
besides its bars (deadline arrows, baselines), or the range the user chose."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from app.domain.schedule import Schedule
from app.report.plan_lookups import PlanLookups


def chart_span(
    schedule: Schedule,
    date_from: datetime | None,
    date_to: datetime | None,
    marks: Iterable[datetime] = (),
) -> tuple[datetime, datetime]:
    """The dates a printed chart covers: the options' range, or the project plus a margin.

    ``marks``: moments drawn besides the bars (deadline arrows, baseline bars) that the
    range holds too when the options leave it to the project, as MS Project's "Print:
    dates from/to" default covers them: a deadline after the finish was cut off.
    """
    first, last = drawn_dates(schedule, marks)
    start = date_from or datetime.combine(first.date(), datetime.min.time())
    if date_to is None:
        finish = datetime.combine(last.date(), datetime.min.time()) + timedelta(days=1)
        finish += (finish - start) * 0.04 + timedelta(days=1)
    else:
        finish = date_to
    if finish <= start:
        finish = start + timedelta(days=1)
    return start, finish


def drawn_dates(schedule: Schedule, marks: Iterable[datetime] = ()) -> tuple[datetime, datetime]:
    """The first and last moment a chart draws: the project's, widened by ``marks``."""
    first, last = schedule.start, schedule.finish
    for moment in marks:
        first, last = min(first, moment), max(last, moment)
    return first, last


def chart_marks(lookups: PlanLookups, uids: Iterable[int], show_baseline: bool) -> list[datetime]:
    """The deadlines of these rows, and their baseline dates when baselines are drawn:
    what a chart shows besides the scheduled bars, so its dates must reach them."""
    tasks = lookups.tasks
    baseline = lookups.baseline if show_baseline else {}
    marks: list[datetime] = []
    for uid in uids:
        task = tasks.get(uid)
        if task is not None and task.deadline is not None:
            marks.append(task.deadline)
        entry = baseline.get(uid)
        if entry is not None:
            marks.extend(m for m in (entry.start, entry.finish) if m is not None)
    return marks
