"""Write a Plan as Microsoft Project XML (MSPDI) that MS Project and our reader both open.

Everything :func:`app.io.mspdi.read_mspdi` reads is written back, so
read -> write -> read gives an equal plan. Computed values (early/late dates,
slack, critical, work) come from a fresh schedule so that MS Project and other
tools see current numbers. Not representable in MSPDI: resource skills
(written to resource field Text1 aliased "Skills", which the reader looks
for) and a calendar's public-holiday country (written as the holidays
themselves, yearly exceptions where they fall on a date or an n-th weekday, for the
plan's years and 10 more: app/io/mspdi_write_holidays.py).

The file is written as text in one piece (app.io.mspdi_write_xml): building an
ElementTree and serializing it took ~3 s of CPU for 10k tasks. The parts live
beside this module: mspdi_write_calendars, mspdi_write_tasks, mspdi_write_resources.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from app.domain.costs import CostReport, compute_costs
from app.domain.earned_value_method import EarnedValueMethod
from app.domain.errors import AppError, FileFormatError
from app.domain.leveling_elapsed import elapsed_delay
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule
from app.domain.splits import TaskClocks
from app.io.mspdi_custom_fields import used_fields, write_definitions
from app.io.mspdi_external import external_rows_xml
from app.io.mspdi_interim import interim_definitions_xml
from app.io.mspdi_values import NS, duration_format, work_format
from app.io.mspdi_write_actuals import NO_DATES, Actuals, Dates, actual_dates
from app.io.mspdi_write_calendars import calendars_xml
from app.io.mspdi_write_leveling import preleveled_dates
from app.io.mspdi_write_limits import MAX_LONG_NAME, fit_name
from app.io.mspdi_write_resources import SKILLS_FIELD_ID, assignments_xml, resources_xml
from app.io.mspdi_write_stops import stop_dates
from app.io.mspdi_write_tasks import TaskRows, project_row
from app.io.mspdi_write_variances import RowFigures
from app.io.mspdi_write_xml import DECLARATION, ROOT_CLOSE, ROOT_OPEN, children_xml, field, leaf
from app.io.safe_text import safe_plan

__all__ = ["SKILLS_FIELD_ID", "project_parts", "project_xml", "write_mspdi"]


def write_mspdi(plan: Plan, path: Path, **options: Any) -> None:
    """Write the plan to ``path`` as MSPDI."""
    try:
        result: Schedule | None = schedule(plan)
    except AppError:
        result = None  # a plan that cannot be scheduled is still written
    # pasted control characters made a file no XML reader opens (formats.not_kept says so)
    parts = project_parts(safe_plan(plan), result)
    try:
        # written as it is made: the text of a 100k-task plan is ~165 MB
        with Path(path).open("w", encoding="utf-8", errors="xmlcharrefreplace", newline="") as fh:
            fh.writelines(parts)
    except OSError as exc:
        raise FileFormatError(f"{Path(path).name}: cannot be written ({exc.strerror})") from exc


def project_xml(plan: Plan, result: Schedule | None) -> str:
    """The whole file of a plan (declaration and ``<Project>``) as text."""
    return "".join(project_parts(plan, result))


def project_parts(plan: Plan, result: Schedule | None) -> Iterator[str]:
    """The file of a plan as consecutive pieces of text (a task row each, for the tasks)."""
    p = plan.project
    out = [
        DECLARATION,
        ROOT_OPEN,
        "<SaveVersion>14</SaveVersion>",
        leaf("Name", fit_name(p.name)),  # the schema's 255 characters (mspdi_write_limits)
        leaf("Title", fit_name(p.name, MAX_LONG_NAME)),  # 512: the name our reader takes
    ]
    if p.company:
        out.append(leaf("Company", p.company))
    if p.manager:  # the schema's place: between Company and Author
        out.append(leaf("Manager", p.manager))
    if p.author:
        out.append(leaf("Author", p.author))
    out += ["<ScheduleFromStart>1</ScheduleFromStart>", field("StartDate", p.start)]
    if result is not None:
        out.append(field("FinishDate", result.finish))
    out += [
        field("CriticalSlackLimit", round(p.critical_slack_limit_minutes / p.minutes_per_day)),
        field("CurrencyDigits", p.currency_digits),
        leaf("CurrencySymbol", p.currency_symbol),
    ]
    if p.currency:  # "": not known, and better left out than guessed
        out.append(leaf("CurrencyCode", p.currency))
    out += [
        field("CurrencySymbolPosition", p.currency_symbol_position.value),
        field("CalendarUID", p.calendar_uid),
        leaf("DefaultStartTime", p.default_start_time.strftime("%H:%M:%S")),
        leaf("DefaultFinishTime", p.default_finish_time.strftime("%H:%M:%S")),
        field("MinutesPerDay", p.minutes_per_day),
        field("MinutesPerWeek", p.minutes_per_week),
        field("DaysPerMonth", p.days_per_month),
        field("DefaultTaskType", p.default_task_type.value),  # the schema's place: here
        # "Duration/Work is entered in", where the schema has them: after DaysPerMonth
        field("DurationFormat", duration_format(p.duration_unit, False, False)),
        field("WorkFormat", work_format(p.work_unit)),
        field("HonorConstraints", p.honor_constraints),
    ]
    physical = p.ev_method is not EarnedValueMethod.PERCENT_COMPLETE  # else left out: 0
    if physical:
        out.append(field("EarnedValueMethod", p.ev_method.value))
    out.append(field("NewTasksEffortDriven", p.new_tasks_effort_driven))
    if p.ev_baseline:  # the schema's place: before StatusDate (left out: baseline 0)
        out.append(field("BaselineForEarnedValue", p.ev_baseline))
    if p.status_date is not None:
        out.append(field("StatusDate", p.status_date))
    if p.current_date is not None:  # the schema's place: after StatusDate (None: today)
        out.append(field("CurrentDate", p.current_date))
    out.append("<NewTasksAreManual>0</NewTasksAreManual>")
    if physical:  # what MS Project 2010 and later write for the option
        out.append(field("DefaultTaskEVMethod", p.ev_method.value))
    custom = used_fields(p, plan.tasks)  # custom task fields renamed or holding values
    skills = any(r.skills for r in plan.resources)
    interims = interim_definitions_xml(plan.interims)  # Start N/Finish N of interim plans
    if custom or skills or interims:
        attrs = Element("{" + NS + "}ExtendedAttributes")
        write_definitions(attrs, p, custom)
        inner = children_xml(attrs) + interims
        if skills:
            inner += (
                f"<ExtendedAttribute><FieldID>{SKILLS_FIELD_ID}</FieldID>"
                "<FieldName>Text1</FieldName><Alias>Skills</Alias></ExtendedAttribute>"
            )
        out.append(f"<ExtendedAttributes>{inner}</ExtendedAttributes>")
    first = p.start.year - 1
    last = (result.finish.year if result is not None else p.start.year) + 1
    out.append(calendars_xml(plan.calendars.values(), first, last))
    summaries = {
        t.uid
        for t, nxt in zip(plan.tasks, plan.tasks[1:], strict=False)
        if nxt.outline_level > t.outline_level
    }
    costs = compute_costs(plan, result) if result is not None else None  # work done and left
    # actual dates as MS Project keeps them: a started task's, a summary's rolled up
    actuals = actual_dates(plan, result, summaries) if result is not None else None
    project_actual = actuals.project if actuals is not None else NO_DATES
    # where started rows' work stopped and resumes, as MS Project writes them
    stops, project_stop = (
        stop_dates(plan, result, summaries, actuals)
        if result is not None and actuals is not None
        else ({}, NO_DATES)
    )
    figures = RowFigures(plan, result, costs)  # variances and earned value of every row
    out += ["<Tasks>", project_row(plan, result, costs, project_actual, project_stop, figures)]
    yield "".join(out)
    yield from _task_rows(plan, result, costs, summaries, actuals, stops, figures)
    others = plan.kept_links.external_tasks
    if others:  # other projects' task rows, as read (mspdi_external); never on a task's UID
        others = tuple(t for t in others if not plan.has_task(t.uid))
        yield external_rows_xml(others, len(plan.tasks) + 1)
    yield "</Tasks>"
    yield resources_xml(plan.resources)
    yield assignments_xml(plan, summaries, result, costs)
    yield ROOT_CLOSE


def _task_rows(
    plan: Plan,
    result: Schedule | None,
    costs: CostReport | None,
    summaries: set[int],
    actuals: Actuals | None,
    stops: dict[int, Dates],
    figures: RowFigures,
) -> Iterator[str]:
    """Every task's ``<Task>`` element, in plan order (``actuals``: None for a plan not
    scheduled, whose tasks keep their own actual dates; ``stops``: the started rows'
    Stop and Resume)."""
    wbs = plan.wbs_codes()
    # Each task's links, found once: asking the plan per task walked every link
    # for every task (17 s for 10k tasks, and a 100k plan never finished).
    links_into: dict[int, list[Link]] = {}
    for lk in plan.links:
        links_into.setdefault(lk.successor, []).append(lk)
    delays = _elapsed_delays(plan, result, summaries)
    # none when not even the leveled plan can be scheduled: formats.not_kept says so
    # (mspdi_write_leveling.preleveled_not_kept)
    before = preleveled_dates(plan, summaries, result) if result is not None else None
    rows = TaskRows(plan, costs, before, figures)
    for row, task in enumerate(plan.tasks):
        uid = task.uid
        times = result.get(uid) if result is not None else None
        links = links_into.get(uid, ())
        if actuals is None:
            actual = (task.actual_start, task.actual_finish)
        else:
            actual = actuals.by_uid.get(uid, NO_DATES)
        summary = uid in summaries
        stop = stops.get(uid, NO_DATES)
        yield rows.row(task, row, wbs[row], summary, times, links, delays.get(uid), actual, stop)


def _elapsed_delays(plan: Plan, result: Schedule | None, summaries: set[int]) -> dict[int, int]:
    """Task UID -> its leveling delay in elapsed minutes, where MS Project would hold one so.

    Automatic leaves not started, measured back from the scheduled start
    (app.domain.leveling_elapsed); the rest keep working time (<LevelingDelayFormat> 7):
    a started task's delay is a pause of its work left, and the scheduler moves a manual
    task or a summary by none.
    """
    if result is None:
        return {}
    clocks: TaskClocks | None = None
    out: dict[int, int] = {}
    for t in plan.tasks:
        if t.leveling_delay_minutes <= 0 or t.manual or t.uid in summaries:
            continue
        clocks = clocks or TaskClocks(plan)
        found = elapsed_delay(plan, result, t.uid, clocks)
        if found is not None:
            out[t.uid] = found
    return out
