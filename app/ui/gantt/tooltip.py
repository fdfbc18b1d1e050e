"""Hover text of a Gantt bar."""

from __future__ import annotations

from datetime import datetime
from html import escape

from app.domain.estimates import has_estimated_subtask
from app.domain.inactive_slack import shows_slack
from app.domain.leveling_resume import delay_is_pause
from app.domain.notation import (
    format_column_span,
    format_duration,
    format_span,
    format_summary_duration,
)
from app.domain.percent_shown import shown_percent
from app.domain.quoting import NAME_LIMIT, quoted
from app.report.bars import DeadlineMark
from app.report.gantt_paint import GanttPainter
from app.report.indicators import leveling_delay_text
from app.report.locale_dates import local_date
from app.report.timescale_names import date_names
from app.ui.document import Document

# The C locale's dates with the time, as local_date(clock=True) writes them there (the hover
# texts and drag feedback; other locales write their own: ``Mo. 04.01.2027 08:00``).
DATE_FORMAT = "%a %Y-%m-%d %H:%M"


def tooltip_text(document: Document, chart: GanttPainter, uid: int) -> str:
    """Hover text of a bar: dates, duration, slack, leveling delay, people."""
    plan = document.plan
    task = plan.task(uid)
    times = document.schedule.get(uid)
    if times is None:
        return task.name
    project = plan.project
    people = chart.resource_label(uid)
    if times.summary:
        estimated = has_estimated_subtask(plan.tasks, plan.index_of(uid))
        duration = format_summary_duration(times.duration_minutes, project, estimated)
    else:
        duration = format_duration(
            times.duration_minutes, project, task.elapsed, task.estimated, task.duration_unit
        )
    # an elapsed task's slack is elapsed time (the scheduler's), shown in edays as the sheet does
    slack = (
        format_column_span(times.total_slack_minutes, project, elapsed=True)
        if task.elapsed and not times.summary
        else format_span(times.total_slack_minutes, project)
    )
    lines = [
        f"<b>{escape(task.name)}</b>",
        f"Start: {local_date(times.start, clock=True)}",
        f"Finish: {local_date(times.finish, clock=True)}",
        f"Duration: {duration}",
        f"Total slack: {slack}",
        f"Complete: {shown_percent(task.percent_complete)}%",
    ]
    if not shows_slack(task):  # inactive: no slack, as MS Project shows none
        del lines[4]
    if task.deadline is not None:
        lines.append(f"Deadline: {short_date(task.deadline)}")
    if task.leveling_delay_minutes > 0:  # otherwise invisible: the bar just starts later
        # in elapsed days as MS Project's field and gantry diff say it (a pause: working days)
        span = leveling_delay_text(plan, document.schedule, uid)
        if delay_is_pause(task):  # started: leveling split it (app.domain.leveling_resume)
            lines.append(f"Leveling split: work left resumes {span} later")
        else:
            lines.append(f"Leveling delay: {span}")
    for a in plan.assignments_of_task(uid):  # a person leveling made wait, the others on time
        if a.leveling_delay_minutes > 0:
            who = escape(plan.resource(a.resource_uid).name, quote=False)
            waits = format_span(a.leveling_delay_minutes, project)
            lines.append(f"Leveling delay: {who} starts {waits} later")
    pauses = [s.gap_minutes for s in task.splits if s.leveling]
    if pauses:  # a task not started that leveling split (app.domain.leveling_split)
        lines.append(f"Leveling split: paused {format_span(sum(pauses), project)}")
    if people:
        lines.append(f"People: {escape(people)}")
    return "<br>".join(lines)


def short_date(moment: datetime) -> str:
    """A day as the deadline arrow's hover text says it: ``Fri 13 Mar`` (``Fr. 13. März``
    in German, as the timescale names days)."""
    names = date_names()
    return f"{names.weekday(moment)} {names.dated(moment, year=False)}"


def deadline_tooltip_text(document: Document, mark: DeadlineMark) -> str:
    """Hover text of a deadline arrow: its day, and the task's finish when it misses it."""
    lines = [f"Deadline: {short_date(mark.deadline)}"]
    times = document.schedule.get(mark.uid)
    if mark.missed and times is not None:
        name = escape(quoted(document.plan.task(mark.uid).name, NAME_LIMIT), quote=False)
        lines.append(f"{name} finishes {short_date(times.finish)}, after its deadline")
    return "<br>".join(lines)
