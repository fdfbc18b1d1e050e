"""Turn what a user types into a task cell into the undo command that makes the edit.

Reading the text is done here, before anything touches the plan: a value
that cannot be read raises :class:`InputError` with one line saying why.
"""

from __future__ import annotations

import re
from datetime import datetime, time
from enum import IntEnum
from typing import TYPE_CHECKING

from app.domain.errors import InputError
from app.domain.link import Link
from app.domain.notation import (
    format_duration,
    format_predecessor,
    parse_duration,
    parse_predecessors,
)
from app.domain.plan import Plan
from app.domain.task import ConstraintType, Task
from app.domain.tracking import typed_progress
from app.domain.worktime import WorkTime
from app.ui.commands import EditTaskCommand, PlanCommand, SetPredecessorsCommand

if TYPE_CHECKING:
    from app.ui.document import Document


class Column(IntEnum):
    """Columns of the task table, in display order."""

    ID = 0
    WBS = 1
    NAME = 2
    DURATION = 3
    START = 4
    FINISH = 5
    PREDECESSORS = 6
    RESOURCES = 7
    PERCENT = 8
    COST = 9


HEADERS: dict[Column, str] = {
    Column.ID: "ID",
    Column.WBS: "WBS",
    Column.NAME: "Task name",
    Column.DURATION: "Duration",
    Column.START: "Start",
    Column.FINISH: "Finish",
    Column.PREDECESSORS: "Predecessors",
    Column.RESOURCES: "People",
    Column.PERCENT: "% Complete",
    Column.COST: "Cost",
}

_DATE_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d", "%d/%m/%Y %H:%M", "%d/%m/%Y")


def format_date(moment: datetime | None) -> str:
    """How the table shows a date: ``Mon 2026-01-05``."""
    return "" if moment is None else moment.strftime("%a %Y-%m-%d")


def format_date_edit(moment: datetime | None) -> str:
    """The text an editor starts from: ``2026-01-05 08:00``."""
    return "" if moment is None else moment.strftime("%Y-%m-%d %H:%M")


def parse_date(text: str, default_time: time) -> datetime:
    """Read ``2026-01-05``, ``2026-01-05 13:00`` or ``05/01/2026`` (a leading weekday is ignored)."""
    cleaned = re.sub(r"^[A-Za-z]{2,3}\.?\s+", "", text.strip())
    for fmt in _DATE_FORMATS:
        try:
            moment = datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
        if "%H" not in fmt:
            moment = datetime.combine(moment.date(), default_time)
        return moment
    raise InputError(f"'{text.strip()}' is not a date (try 2026-03-02 or 2026-03-02 13:00)")


def parse_percent(text: str) -> float:
    """Read ``50``, ``50%`` or ``12.5`` as a percentage between 0 and 100."""
    cleaned = text.strip().rstrip("%").strip().replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise InputError(f"'{text.strip()}' is not a percentage (try 50 or 50%)") from None
    if not 0 <= value <= 100:
        raise InputError(f"{text.strip()}: % complete must be between 0 and 100")
    return value


def format_predecessors(plan: Plan, uid: int, links: list[Link] | None = None) -> str:
    """The predecessor list of a task as MS Project writes it, with row IDs: ``3FS+2d;5``.

    ``links`` are the links into the task when the caller has them at hand.
    """
    if links is None:
        links = plan.links_into(uid)
    if not links:
        return ""
    parts = []
    for lk in sorted(links, key=lambda lk: plan.index_of(lk.predecessor)):
        ref = str(plan.index_of(lk.predecessor) + 1)
        parts.append(
            format_predecessor(
                ref, lk.type, lk.lag_minutes, lk.lag_percent, lk.lag_elapsed, plan.project
            )
        )
    return ";".join(parts)


def parse_links(plan: Plan, successor: int, text: str) -> list[Link]:
    """Read a predecessor list whose references are row IDs (or WBS codes with a dot)."""
    links: list[Link] = []
    wbs = plan.wbs_codes()
    for ref in parse_predecessors(text, plan.project):
        if "." in ref.ref:
            if ref.ref not in wbs:
                raise InputError(f"there is no task with WBS {ref.ref}")
            pred = plan.tasks[wbs.index(ref.ref)].uid
        else:
            row = int(ref.ref)
            if not 1 <= row <= len(plan.tasks):
                raise InputError(f"there is no task with ID {row}")
            pred = plan.tasks[row - 1].uid
        if any(lk.predecessor == pred for lk in links):
            raise InputError(f"task {ref.ref} is listed twice")
        links.append(
            Link(pred, successor, ref.type, ref.lag_minutes, ref.lag_percent, ref.lag_elapsed)
        )
    return links


def link_keys(links: list[Link]) -> set[tuple[object, ...]]:
    """What tells two predecessor lists apart (an elapsed lag is not a working one)."""
    return {
        (lk.predecessor, lk.type, lk.lag_minutes, lk.lag_percent, lk.lag_elapsed) for lk in links
    }


def _quote(task: Task) -> str:
    return f"'{task.name}'"


def _worktime(plan: Plan, task: Task) -> WorkTime:
    calendar = plan.calendar(task.calendar_uid if task.calendar_uid in plan.calendars else None)
    return WorkTime.for_calendar(calendar, plan.calendars)


def check_new_task_text(plan: Plan, column: Column, text: str) -> None:
    """Raise InputError when text typed into the sheet's empty row cannot be read at all.

    Checked before a task is added for it, so a typo leaves the plan untouched
    (no insert taken back, no reschedule). What needs the task itself (a
    predecessor's row, a start before the project's) is checked by
    :func:`command_for_cell` once it exists.
    """
    project = plan.project
    if column is Column.DURATION:
        parse_duration(text, project)
    elif column is Column.START:
        parse_date(text, project.default_start_time)
    elif column is Column.FINISH:
        parse_date(text, project.default_finish_time)
    elif column is Column.PREDECESSORS:
        parse_predecessors(text, project)
    elif column is Column.PERCENT:
        parse_percent(text)


def command_for_cell(document: Document, uid: int, column: Column, text: str) -> PlanCommand | None:
    """The command for typing ``text`` into a cell; None when nothing would change.

    Raises InputError when the text cannot be read.
    """
    plan = document.plan
    task = plan.task(uid)
    project = plan.project
    if column is Column.NAME:
        name = text.strip()
        if not name:
            raise InputError("a task needs a name")
        if name == task.name:
            return None
        return EditTaskCommand(document, uid, f"Rename task {_quote(task)}", name=name)
    if column is Column.DURATION:
        if plan.is_summary(uid):
            raise InputError(f"the duration of summary task {_quote(task)} comes from its subtasks")
        shown = format_duration(
            task.duration_minutes, project, task.elapsed, task.estimated, task.duration_unit
        )
        if text.strip() == shown:
            # the cell's own text committed again: keep the exact minutes behind a rounded
            # "0.42w" and the unit Gantry picked, instead of reading them back from the text
            return None
        d = parse_duration(text, project)
        return EditTaskCommand(
            document,
            uid,
            f"Set duration of {_quote(task)}",
            duration_minutes=d.minutes,
            elapsed=d.elapsed,
            estimated=d.estimated,
            milestone=d.minutes == 0,
            duration_unit=d.unit,  # typed "2w" shows as weeks from now on, "10d" as days
        )
    if column is Column.START:
        return _start_command(document, task, text)
    if column is Column.FINISH:
        return _finish_command(document, task, text)
    if column is Column.PREDECESSORS:
        links = parse_links(plan, uid, text)
        if link_keys(plan.links_into(uid)) == link_keys(links):
            return None
        return SetPredecessorsCommand(document, uid, links)
    if column is Column.PERCENT:
        value = parse_percent(text)
        if value == task.percent_complete:
            return None
        # Progress starts the task (actual start), 100 % finishes it, as in MS Project.
        fields = typed_progress(task, document.schedule.get(uid), value)
        return EditTaskCommand(document, uid, f"Set % complete of {_quote(task)}", **fields)
    return None


def _start_command(document: Document, task: Task, text: str) -> PlanCommand:
    plan = document.plan
    if plan.is_summary(task.uid):
        raise InputError(f"the start of summary task {_quote(task)} comes from its subtasks")
    start = parse_date(text, plan.project.default_start_time)
    label = f"Move task {_quote(task)}"
    if task.manual:
        finish = None
        if task.start is not None and task.finish is not None:
            finish = start + (task.finish - task.start)
        return EditTaskCommand(document, task.uid, label, start=start, finish=finish)
    if start < plan.project.start:
        # The scheduler never starts an automatic task before the project does: the pin
        # would be kept but do nothing, so say so instead of taking it silently.
        raise InputError(
            f"start {format_date_edit(start)} is before the project start "
            f"{format_date_edit(plan.project.start)} (change it in Project Information)"
        )
    # As MS Project does: typing a start date into an automatic task pins it there.
    return EditTaskCommand(
        document,
        task.uid,
        label,
        constraint_type=ConstraintType.SNET,
        constraint_date=start,
    )


def _finish_command(document: Document, task: Task, text: str) -> PlanCommand:
    plan = document.plan
    if plan.is_summary(task.uid):
        raise InputError(f"the finish of summary task {_quote(task)} comes from its subtasks")
    finish = parse_date(text, plan.project.default_finish_time)
    times = document.schedule.get(task.uid)
    start = task.start if task.manual or times is None else times.start
    if start is None and not task.manual:
        start = plan.project.start  # just added, not yet scheduled: it starts with the project
    if start is None:
        raise InputError(f"{_quote(task)} has no start date yet")
    if finish < start:
        raise InputError(f"finish {format_date(finish)} is before the start {format_date(start)}")
    label = f"Set finish of {_quote(task)}"
    if task.elapsed:
        minutes = int((finish - start).total_seconds() // 60)
    else:
        minutes = _worktime(plan, task).between(start, finish)
    if task.manual:
        return EditTaskCommand(document, task.uid, label, finish=finish, duration_minutes=minutes)
    return EditTaskCommand(
        document, task.uid, label, duration_minutes=minutes, milestone=minutes == 0
    )
