"""A look-ahead printout: only the tasks active between the printed dates.

MS Project's Page Setup dates set the chart's span and keep every row, so a foreman's
three-week sheet of a big plan printed pages of rows with no bar in those weeks.
``gantry convert ... --from A --to B --active-only`` (PDF and PNG alike) keeps the
tasks whose bars fall in the dates, their summaries with them (a summary's bar spans
its tasks'), in the view's order; the page header says so, as it names a filter
("Active 2027-10-11 to 2027-10-31"). A PNG with dates and no ``--rows`` has always
kept only those tasks (app/report/export.py's png_picture).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any

from app.domain.errors import AppError
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.report.options import PrintOptions
from app.report.saved_view import PrintedView, ViewRows, rows_active
from app.report.view_note import SEPARATOR


def rows_between(
    plan: Plan, schedule: Schedule, date_from: datetime | None, date_to: datetime | None
) -> tuple[int, ...]:
    """Uids of the tasks whose bars overlap ``date_from``..``date_to`` (end excluded), in order."""
    out: list[int] = []
    for task in plan.tasks:
        times = schedule.get(task.uid)
        if times is None:
            continue
        if (date_from is None or times.finish >= date_from) and (
            date_to is None or times.start < date_to
        ):
            out.append(task.uid)
    return tuple(out)


def active_note(date_from: datetime | None, date_to: datetime | None) -> str:
    """ "Active 2027-10-11 to 2027-10-31": ``date_to`` is where the dates end (an
    exclusive midnight names the day before), as the Date Range filter names its days."""
    last = None
    if date_to is not None:
        end = date_to - timedelta(days=1) if date_to.time() == time.min else date_to
        last = end.date().isoformat()
    first = None if date_from is None else date_from.date().isoformat()
    if first and last:
        return f"Active {first} to {last}"
    return f"Active from {first}" if first else f"Active until {last}"


def active_only(
    plan: Plan,
    schedule: Schedule,
    shown: PrintedView | None,
    options: Mapping[str, Any],
    dates: tuple[datetime | None, datetime | None],
) -> PrintedView | None:
    """``shown`` (None: no view, every task) kept to the tasks active in ``dates`` (the
    chart's start and exclusive end) when ``options`` ask for ``active_only``; AppError when
    none is. Without ``active_only``, or without dates, ``shown`` as given."""
    date_from, date_to = dates
    if not options.get("active_only") or (date_from is None and date_to is None):
        return shown
    active = rows_between(plan, schedule, date_from, date_to)
    note = active_note(date_from, date_to)
    if shown is None:
        kept = PrintedView(None, ViewRows(active), note=note)
    else:
        rows = rows_active(shown.rows, frozenset(active))
        joined = SEPARATOR.join(part for part in (shown.note, note) if part)
        kept = replace(shown, rows=rows, note=joined)
    if not any(key in set(active) for key in kept.rows.rows):
        raise AppError(f"no task is active {note.removeprefix('Active ')}")
    return kept


def active_printed(plan: Plan, schedule: Schedule, options: PrintOptions) -> PrintOptions:
    """The window's printout (``options``: its rows, groups and note, as the sheet shows
    them) kept to the rows active in its dates when Page Setup's "Only tasks active in
    these dates" is on; as given otherwise, or with "Whole project"."""
    if not options.active_only or (options.date_from is None and options.date_to is None):
        return options
    rows = options.rows if options.rows is not None else tuple(t.uid for t in plan.tasks)
    view = ViewRows(rows, dict(options.groups), options.flat)
    kept = rows_active(
        view, frozenset(rows_between(plan, schedule, options.date_from, options.date_to))
    )
    note = active_note(options.date_from, options.date_to)
    joined = SEPARATOR.join(part for part in (options.view_note, note) if part)
    return replace(options, rows=kept.rows, groups=kept.groups, view_note=joined)
