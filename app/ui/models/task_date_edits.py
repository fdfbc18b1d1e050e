"""Dates typed into a task's cells and the edits they make: Start, Finish, Actual Start,
Actual Finish, and the progress a new duration keeps (task_edits.py routes the cells here)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.task import ConstraintType, Task
from app.domain.tracking import cleared_actual_finish, typed_progress
from app.domain.tracking_edits import (
    task_clock,
    typed_actual_finish,
    typed_actual_start,
    typed_duration_progress,
)
from app.domain.typed_dates import parse_date
from app.domain.typed_finish import typed_finish
from app.domain.worktime import WorkTime
from app.report.locale_dates import local_date
from app.ui.commands import EditTaskCommand, PlanCommand, quoted
from app.ui.locale_dates import locale_date_order, locale_typed_date

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

    from app.ui.document import Document

_NO_DATE = {"", "na", "n/a", "none"}


def format_date(moment: datetime | date | None, locale: QLocale | None = None) -> str:
    """How the sheet shows a date: the locale's short date with its weekday and the year in
    full (``Mo. 04.01.2027``, ``Mon 1/4/2027``), as MS Project shows dates in the system's
    short date format; in the C locale ``Mon 2027-01-04`` (:func:`local_date`). A cell
    reads typed back in either form (:func:`typed_date`)."""
    return local_date(moment, locale=locale)


def format_date_edit(moment: datetime | None) -> str:
    """The text an editor starts from: the locale's short date and time (``04.01.2027
    08:00`` in German, ``1/4/2027 8:00 AM`` in the US), as MS Project edits a date in the
    form it shows; ``2027-01-04 08:00`` in the C locale (strftime's ``%Y-%m-%d %H:%M``).
    ISO typed over it still reads (:func:`typed_date`). A locale whose form would not read
    back to the same minute (other digits than 0-9) starts from the ISO text."""
    if moment is None:
        return ""
    iso = f"{moment.year}-{moment.month:02d}-{moment.day:02d} {moment.hour:02d}:{moment.minute:02d}"
    text = local_date(moment, weekday=False, clock=True)
    if text == iso:
        return iso
    try:
        read = parse_date(text, moment.time(), locale_date_order(), None)
    except (InputError, ValueError):
        return iso
    return text if read == moment.replace(second=0, microsecond=0) else iso


def typed_date(text: str, default_time: time, year: int | None = None) -> datetime:
    """A date typed into a cell: ISO always, else in the order the computer's locale writes
    short dates (app/ui/locale_dates.py), as MS Project follows the regional settings; one
    without a time takes ``default_time``, one without a year ``year`` (None: refused).

    The sheet passes :func:`cell_year`: the year of the date the cell holds, else the
    project start's, where MS Project takes the current year. A plan is typed in its own
    years (one drawn up in November for next spring takes "12 Mar" in the spring, not the
    March gone by), the year stays the one the cell shows, and the reading needs no clock.
    """
    return locale_typed_date(text, default_time, year)  # the user's; years it can schedule


def cell_year(plan: Plan, shown: datetime | None) -> int:
    """The year a date typed without one takes in a cell showing ``shown``: its own, else
    the project start's (see :func:`typed_date`)."""
    return (shown or plan.project.start).year


def parse_optional_date(text: str, default_time: time, year: int | None = None) -> datetime | None:
    """A date (see :func:`typed_date`), or None for an empty cell (or MS Project's ``NA``)."""
    if text.strip().lower() in _NO_DATE:
        return None
    return typed_date(text, default_time, year)


def task_worktime(plan: Plan, task: Task) -> WorkTime:
    """The working time the scheduler runs ``task`` on (its calendar within its people's)."""
    return task_clock(plan, task)


def duration_progress(
    document: Document, task: Task, minutes: int, elapsed: bool | None = None
) -> dict[str, Any]:
    """The progress fields a new duration of ``minutes`` sets on ``task``: the work done
    stays and % complete follows, as in MS Project (app/domain/tracking_edits.py).
    ``elapsed``: whether the new duration is calendar time (None: as the task's is)."""
    if elapsed is not None and elapsed != task.elapsed:
        clock = task_worktime(document.plan, replace(task, elapsed=elapsed))
    else:
        clock = task_worktime(document.plan, task)
    return typed_duration_progress(task, document.schedule.get(task.uid), minutes, clock)


def actual_start_fields(document: Document, task: Task, text: str) -> dict[str, Any]:
    """An actual start: the task has started there (its % complete and duration stay; a
    finished task's actual finish moves with it, app/domain/tracking_edits.py); cleared,
    the task has not started at all (0 %, no actual dates), as tracking says."""
    plan = document.plan
    year = cell_year(plan, task.actual_start)
    start = parse_optional_date(text, plan.project.default_start_time, year)
    if start is None:
        return typed_progress(task, document.schedule.get(task.uid), 0.0)
    return typed_actual_start(task, start, task_worktime(plan, task))


def actual_finish_fields(document: Document, task: Task, text: str) -> dict[str, Any]:
    """An actual finish completes the task (100 %, an actual start if it had none, as
    typing 100 % does) and makes its duration the actual one (app/domain/tracking_edits.py);
    cleared (NA), the task is started with no work known done (cleared_actual_finish)."""
    plan = document.plan
    times = document.schedule.get(task.uid)
    year = cell_year(plan, task.actual_finish)
    finish = parse_optional_date(text, plan.project.default_finish_time, year)
    if finish is None:
        return cleared_actual_finish(task, times)
    return typed_actual_finish(task, times, finish, task_worktime(plan, task))


def start_command(document: Document, task: Task, text: str) -> PlanCommand | None:
    """The edit a Start typed into ``task``'s cell makes (None: no change)."""
    plan = document.plan
    summary = plan.is_summary(task.uid)  # its dates are its subtasks': an SNET moves them
    times = document.schedule.get(task.uid)
    shown = times.start if times is not None else task.start
    start = typed_date(text, plan.project.default_start_time, cell_year(plan, shown))
    if task.actual_start is not None and not task.manual and not summary:
        # a started task's start is its actual start, as MS Project links the two
        return _changed(
            document,
            task,
            f"Set actual start of {quoted(task.name)}",
            **typed_actual_start(task, start, task_worktime(plan, task)),
        )
    label = f"Move task {quoted(task.name)}"
    if task.manual and not summary:
        finish = None
        if task.start is not None and task.finish is not None:
            finish = start + (task.finish - task.start)
        return _changed(document, task, label, start=start, finish=finish)
    if summary and start < plan.project.start:
        # A summary's pin only holds its subtasks back, and they start at the project start
        # anyway: the pin would be kept but do nothing, so say so instead of taking it.
        raise InputError(
            f"start {format_date_edit(start)} is before the project start "
            f"{format_date_edit(plan.project.start)} (change it in Project Information)"
        )
    # As MS Project does: typing a start date into an automatic task pins it there; on a
    # summary (MS Project 2010 on) the SNET holds its subtasks from starting before it.
    # A task's start before the project's is taken, as MS Project takes it: the scheduler
    # starts the task there (app/domain/scheduling/constraints.py), before the project start.
    return _changed(
        document,
        task,
        label,
        constraint_type=ConstraintType.SNET,
        constraint_date=start,
    )


def finish_command(document: Document, task: Task, text: str) -> PlanCommand | None:
    """The edit a Finish typed into ``task``'s cell makes (None: no change)."""
    plan = document.plan
    if plan.is_summary(task.uid):
        raise InputError(summary_finish_refusal(task))
    times = document.schedule.get(task.uid)
    shown = times.finish if times is not None else task.finish
    finish = typed_date(text, plan.project.default_finish_time, cell_year(plan, shown))
    # the same rule as a client's returned workbook (app/domain/typed_finish.py)
    what, fields = typed_finish(plan, task, times, finish)
    return _changed(document, task, f"Set {what} of {quoted(task.name)}", **fields)


def summary_finish_refusal(task: Task) -> str:
    """Why a Finish typed on an automatic summary is refused: MS Project takes it by making
    the summary manually scheduled, its own bar apart from its subtasks' (as a typed
    Duration), where Gantry keeps a summary's dates its subtasks'. A finish date bounding
    the phase is its Finish No Later Than, which a typed finish (FNET on a task) is not."""
    return (
        f"the finish of summary task {quoted(task.name)} is its last subtask's: to hold the "
        "phase to a date, give it a Finish No Later Than (Task Information, Advanced)"
    )


def _changed(document: Document, task: Task, label: str, **fields: Any) -> PlanCommand | None:
    """The edit of ``fields`` on ``task`` (None when it holds them all already: the same
    date typed again, or a date alone on the day and default time it has, is no undo step)."""
    if all(getattr(task, name) == value for name, value in fields.items()):
        return None
    return EditTaskCommand(document, task.uid, label, **fields)
