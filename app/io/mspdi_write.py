"""Write a Plan as Microsoft Project XML (MSPDI) that MS Project and our reader both open.

Everything :func:`app.io.mspdi.read_mspdi` reads is written back, so
read -> write -> read gives an equal plan. Computed values (early/late dates,
slack, critical) come from a fresh schedule so that MS Project and other
tools see current numbers. Not representable in MSPDI: resource skills
(written to resource field Text1 aliased "Skills", which the reader looks
for) and a calendar's public-holiday country (written as the holidays
themselves, one exception each, for the years the plan spans).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ElementTree, SubElement, register_namespace

from app.domain.assignment_work import planned_work
from app.domain.calendar import Calendar, CalendarException, Interval, RecurrenceKind
from app.domain.calendars import occurrences, public_holidays
from app.domain.costs import compute_costs
from app.domain.errors import AppError, FileFormatError
from app.domain.leveling_elapsed import elapsed_delay
from app.domain.link import Link
from app.domain.notation import auto_unit
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule
from app.domain.splits import TaskClocks
from app.domain.task import Task
from app.io.mspdi_custom_fields import used_fields, write_definitions, write_values
from app.io.mspdi_hyperlinks import hyperlink_elements
from app.io.mspdi_progress import insert_progress, task_progress
from app.io.mspdi_splits import write_split_rows
from app.io.mspdi_values import NS, duration_format, format_duration, work_format
from app.io.safe_text import safe_plan

_DAYTYPE_OF_WEEKDAY = {6: 1, 0: 2, 1: 3, 2: 4, 3: 5, 4: 6, 5: 7}
_KIND_CODE = {
    RecurrenceKind.DAILY: 7,
    RecurrenceKind.WEEKLY: 6,
    RecurrenceKind.MONTHLY_BY_DATE: 4,
    RecurrenceKind.MONTHLY_BY_WEEKDAY: 5,
    RecurrenceKind.YEARLY_BY_DATE: 2,
    RecurrenceKind.YEARLY_BY_WEEKDAY: 3,
}
# Resource Text1: skills travel there, aliased "Skills" (MSPDI has no skills field).
SKILLS_FIELD_ID = 205520904
_OPEN_START = "1984-01-01T00:00:00"
_OPEN_END = "2049-12-31T23:59:00"


def write_mspdi(plan: Plan, path: Path, **options: Any) -> None:
    """Write the plan to ``path`` as MSPDI."""
    try:
        result: Schedule | None = schedule(plan)
    except AppError:
        result = None  # a plan that cannot be scheduled is still written
    # pasted control characters made a file no XML reader opens (formats.not_kept says so)
    root = build_project(safe_plan(plan), result)
    register_namespace("", NS)
    tree = ElementTree(root)
    try:
        with Path(path).open("wb") as fh:
            tree.write(fh, encoding="UTF-8", xml_declaration=True)
    except OSError as exc:
        raise FileFormatError(f"{Path(path).name}: cannot be written ({exc.strerror})") from exc


def _q(name: str) -> str:
    return "{" + NS + "}" + name


def _add(parent: Element, name: str, value: object) -> Element:
    child = SubElement(parent, _q(name))
    if isinstance(value, bool):
        child.text = "1" if value else "0"
    elif isinstance(value, datetime):
        child.text = _date(value)
    elif isinstance(value, float):
        child.text = repr(value)
    else:
        child.text = str(value)
    return child


def _work(plan: Plan, a: Assignment, summaries: set[int], result: Schedule | None) -> int:
    """An assignment's <Work>: as stored, but a summary's people's follows its span."""
    times = result.get(a.task_uid) if result is not None and a.task_uid in summaries else None
    return a.work_minutes if times is None else round(planned_work(plan, a, times))


def _date(value: datetime) -> str:
    return value.replace(microsecond=0).isoformat(timespec="seconds")


def _money(value: float) -> str:
    return str(round(value * 100))


def build_project(plan: Plan, result: Schedule | None) -> Element:
    """The ``<Project>`` element of a plan."""
    p = plan.project
    root = Element(_q("Project"))
    _add(root, "SaveVersion", 14)
    _add(root, "Name", p.name)
    _add(root, "Title", p.name)
    if p.company:
        _add(root, "Company", p.company)
    if p.author:
        _add(root, "Author", p.author)
    _add(root, "ScheduleFromStart", True)
    _add(root, "StartDate", p.start)
    if result is not None:
        _add(root, "FinishDate", result.finish)
    _add(root, "CriticalSlackLimit", round(p.critical_slack_limit_minutes / p.minutes_per_day))
    _add(root, "CurrencyDigits", p.currency_digits)
    _add(root, "CurrencySymbol", p.currency_symbol)
    if p.currency:  # "": not known, and better left out than guessed
        _add(root, "CurrencyCode", p.currency)
    _add(root, "CurrencySymbolPosition", p.currency_symbol_position.value)
    _add(root, "CalendarUID", p.calendar_uid)
    _add(root, "DefaultStartTime", p.default_start_time.strftime("%H:%M:%S"))
    _add(root, "DefaultFinishTime", p.default_finish_time.strftime("%H:%M:%S"))
    _add(root, "MinutesPerDay", p.minutes_per_day)
    _add(root, "MinutesPerWeek", p.minutes_per_week)
    _add(root, "DaysPerMonth", p.days_per_month)
    _add(root, "DefaultTaskType", p.default_task_type.value)  # the schema's place: here
    # "Duration/Work is entered in", where the schema has them: after DaysPerMonth
    _add(root, "DurationFormat", duration_format(p.duration_unit, False, False))
    _add(root, "WorkFormat", work_format(p.work_unit))
    _add(root, "HonorConstraints", True)
    _add(root, "NewTasksEffortDriven", p.new_tasks_effort_driven)
    if p.status_date is not None:
        _add(root, "StatusDate", p.status_date)
    _add(root, "NewTasksAreManual", False)
    custom = used_fields(p, plan.tasks)  # custom task fields renamed or holding values
    if custom or any(r.skills for r in plan.resources):
        attrs = SubElement(root, _q("ExtendedAttributes"))
        write_definitions(attrs, p, custom)
    if any(r.skills for r in plan.resources):
        attr = SubElement(attrs, _q("ExtendedAttribute"))
        _add(attr, "FieldID", SKILLS_FIELD_ID)
        _add(attr, "FieldName", "Text1")
        _add(attr, "Alias", "Skills")
    calendars = SubElement(root, _q("Calendars"))
    first = p.start.year - 1
    last = (result.finish.year if result is not None else p.start.year) + 1
    for cal in plan.calendars.values():
        _write_calendar(calendars, _with_holidays(cal, first, last))
    tasks = SubElement(root, _q("Tasks"))
    _write_project_task(tasks, plan, result)
    summaries = {
        t.uid
        for t, nxt in zip(plan.tasks, plan.tasks[1:], strict=False)
        if nxt.outline_level > t.outline_level
    }
    wbs = plan.wbs_codes()
    # Each task's links, found once: asking the plan per task walked every link
    # for every task (17 s for 10k tasks, and a 100k plan never finished).
    links_into: dict[int, list[Link]] = {}
    for lk in plan.links:
        links_into.setdefault(lk.successor, []).append(lk)
    delays = _elapsed_delays(plan, result, summaries)
    costs = compute_costs(plan, result) if result is not None else None  # work done and left
    for row, task in enumerate(plan.tasks):
        times = result.get(task.uid) if result is not None else None
        links = links_into.get(task.uid, ())
        summary = task.uid in summaries
        _write_task(tasks, plan, task, row, wbs[row], summary, times, links)
        insert_progress(tasks[-1], task_progress(task, times, summary, costs))
        if task.uid in delays:  # MS Project's own unit for the field: elapsed days
            _set(tasks[-1], "LevelingDelay", delays[task.uid] * 10)
            _set(tasks[-1], "LevelingDelayFormat", 8)
    resources = SubElement(root, _q("Resources"))
    for row, res in enumerate(plan.resources, start=1):
        _write_resource(resources, res, row)
    assignments = SubElement(root, _q("Assignments"))
    split = {t.uid for t in plan.tasks if t.splits}
    worked: dict[int, list[Element]] = {}
    units: dict[int, list[float]] = {}
    for a in plan.assignments:
        e = SubElement(assignments, _q("Assignment"))
        if a.task_uid in split:  # its timephased rows carry the split
            worked.setdefault(a.task_uid, []).append(e)
            units.setdefault(a.task_uid, []).append(float(a.units))
        _add(e, "UID", a.uid)
        _add(e, "TaskUID", a.task_uid)
        _add(e, "ResourceUID", a.resource_uid)
        # Element order follows MS Project's schema (it validates on open).
        if a.actual_overtime_work_minutes:
            _add(e, "ActualOvertimeWork", format_duration(a.actual_overtime_work_minutes))
        _add(e, "ActualWork", format_duration(a.actual_work_minutes))
        _add(e, "Cost", _money(a.cost))
        _add(e, "CostRateTable", a.rate_table)
        if a.notes:
            _add(e, "Notes", a.notes)
        _add(e, "OvertimeWork", format_duration(a.overtime_work_minutes))
        _add(e, "Units", float(a.units))
        _add(e, "Work", format_duration(_work(plan, a, summaries, result)))
        if a.contour.value:
            _add(e, "WorkContour", a.contour.value)
    if split:
        write_split_rows(
            assignments,
            [t for t in plan.tasks if t.uid in split],
            worked,
            units,
            result,
            plan.calendars,
            p.calendar_uid,
            max((a.uid for a in plan.assignments), default=0) + 1,
        )
    return root


# ---------------------------------------------------------------------- calendars


def _working_times(parent: Element, intervals: tuple[Interval, ...]) -> None:
    if not intervals:
        return
    times = SubElement(parent, _q("WorkingTimes"))
    for a, b in intervals:
        wt = SubElement(times, _q("WorkingTime"))
        _add(wt, "FromTime", f"{a // 60:02d}:{a % 60:02d}:00")
        end = b % 1440
        _add(wt, "ToTime", f"{end // 60:02d}:{end % 60:02d}:00")


def _with_holidays(cal: Calendar, first_year: int, last_year: int) -> Calendar:
    """MSPDI has no holiday country: write the public holidays as one-day exceptions.

    They go before the calendar's own exceptions, which win on the same day.
    """
    if not cal.holiday_country:
        return cal
    extra: list[CalendarException] = []
    for year in range(first_year, last_year + 1):
        found = public_holidays(cal.holiday_country, cal.holiday_subdivision, year)
        extra.extend(CalendarException(name, day, day) for day, name in sorted(found.items()))
    return replace(cal, exceptions=(*extra, *cal.exceptions), holiday_country=None)


def _write_calendar(parent: Element, cal: Calendar) -> None:
    e = SubElement(parent, _q("Calendar"))
    _add(e, "UID", cal.uid)
    _add(e, "Name", cal.name)
    _add(e, "IsBaseCalendar", cal.base_uid is None)
    _add(e, "BaseCalendarUID", -1 if cal.base_uid is None else cal.base_uid)
    days = SubElement(e, _q("WeekDays"))
    for wd, intervals in enumerate(cal.week):
        if intervals is None:
            continue
        d = SubElement(days, _q("WeekDay"))
        _add(d, "DayType", _DAYTYPE_OF_WEEKDAY[wd])
        _add(d, "DayWorking", bool(intervals))
        _working_times(d, intervals)
    if cal.exceptions:
        container = SubElement(e, _q("Exceptions"))
        for exc in cal.exceptions:
            _write_exception(container, exc)


def _write_exception(parent: Element, exc: CalendarException) -> None:
    e = SubElement(parent, _q("Exception"))
    rec = exc.recurrence
    _add(e, "EnteredByOccurrences", bool(rec is not None and rec.occurrences))
    period = SubElement(e, _q("TimePeriod"))
    _add(period, "FromDate", f"{exc.start.isoformat()}T00:00:00")
    _add(period, "ToDate", f"{exc.end.isoformat()}T23:59:00")
    if rec is None:
        _add(e, "Occurrences", 1)
        _add(e, "Name", exc.name)
        _add(e, "Type", 1)
    else:
        count = rec.occurrences or max(2, sum(1 for _ in occurrences(exc)))
        _add(e, "Occurrences", count)
        _add(e, "Name", exc.name)
        _add(e, "Type", _KIND_CODE[rec.kind])
        _add(e, "Period", rec.period)
        if rec.kind is RecurrenceKind.WEEKLY:
            mask = sum(1 << (_DAYTYPE_OF_WEEKDAY[wd] - 1) for wd in rec.weekdays)
            _add(e, "DaysOfWeek", mask)
        if rec.kind in (RecurrenceKind.YEARLY_BY_DATE, RecurrenceKind.YEARLY_BY_WEEKDAY):
            _add(e, "Month", rec.month - 1)
        if rec.kind in (RecurrenceKind.MONTHLY_BY_WEEKDAY, RecurrenceKind.YEARLY_BY_WEEKDAY):
            _add(e, "MonthItem", 3 if rec.weekday == 6 else rec.weekday + 4)
            _add(e, "MonthPosition", min(rec.week_of_month, 5) - 1)
        if rec.kind in (RecurrenceKind.MONTHLY_BY_DATE, RecurrenceKind.YEARLY_BY_DATE):
            _add(e, "MonthDay", rec.day_of_month)
    _add(e, "DayWorking", exc.working)
    if exc.working:
        _working_times(e, exc.intervals)


# ---------------------------------------------------------------------- tasks


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


def _set(parent: Element, name: str, value: int) -> None:
    """Set the text of ``parent``'s child ``name`` (written already)."""
    child = parent.find(_q(name))
    assert child is not None
    child.text = str(value)


def _write_task(
    parent: Element,
    plan: Plan,
    task: Task,
    row: int,
    wbs: str,
    summary: bool,
    times: Any,
    links: Iterable[Link],
) -> None:
    e = SubElement(parent, _q("Task"))
    _add(e, "UID", task.uid)
    _add(e, "ID", row + 1)
    _add(e, "Name", task.name)
    _add(e, "Active", task.active)
    _add(e, "Manual", task.manual)
    _add(e, "Type", task.task_type.value)
    _add(e, "IsNull", False)
    _add(e, "WBS", wbs)
    _add(e, "OutlineNumber", wbs)
    _add(e, "OutlineLevel", task.outline_level)
    _add(e, "Priority", task.priority)
    start = task.start if task.start is not None else (times.start if times else None)
    finish = task.finish if task.finish is not None else (times.finish if times else None)
    if start is not None:
        _add(e, "Start", start)
    if finish is not None:
        _add(e, "Finish", finish)
    # An automatic summary's own duration is not used; write its rolled-up span, as MS
    # Project does: ProjectLibre and other readers show <Duration> as written.
    rolled = summary and not task.manual and times is not None
    _add(
        e, "Duration", format_duration(times.duration_minutes if rolled else task.duration_minutes)
    )
    if task.manual:
        if task.start is not None:
            _add(e, "ManualStart", task.start)
        if task.finish is not None:
            _add(e, "ManualFinish", task.finish)
        _add(e, "ManualDuration", format_duration(task.duration_minutes))
    # the unit the sheet shows, so MS Project shows the same (no unit kept: the one Gantry picks)
    unit = task.duration_unit or auto_unit(task.duration_minutes, plan.project, task.elapsed)
    _add(e, "DurationFormat", duration_format(unit, task.elapsed, task.estimated))
    _add(e, "EffortDriven", task.effort_driven)
    if task.uid in plan.recurrences:  # the schema's place for it: after EffortDriven
        _add(e, "Recurring", True)
    _add(e, "Estimated", task.estimated)
    _add(e, "Milestone", task.milestone)
    _add(e, "Summary", summary)
    if times is not None:
        _add(e, "Critical", times.critical)
        _add(e, "EarlyStart", times.early_start)
        _add(e, "EarlyFinish", times.early_finish)
        _add(e, "LateStart", times.late_start)
        _add(e, "LateFinish", times.late_finish)
        _add(e, "FreeSlack", times.free_slack_minutes * 10)
        _add(e, "TotalSlack", times.total_slack_minutes * 10)
    _add(e, "FixedCost", _money(task.fixed_cost))
    _add(e, "FixedCostAccrual", task.fixed_cost_accrual.value)
    _add(e, "PercentComplete", _percent(task.percent_complete))
    if task.actual_start is not None:
        _add(e, "ActualStart", task.actual_start)
    if task.actual_finish is not None:
        _add(e, "ActualFinish", task.actual_finish)
    _add(e, "ConstraintType", task.constraint_type.value)
    _add(e, "CalendarUID", -1 if task.calendar_uid is None else task.calendar_uid)
    if task.constraint_date is not None and task.constraint_type.value > 1:
        _add(e, "ConstraintDate", task.constraint_date)
    if task.deadline is not None:
        _add(e, "Deadline", task.deadline)
    # MSPDI has "Leveling can create splits in remaining work" only per task: the plan's
    # choice on each (read back as off when every task says 0, mspdi_tasks.with_can_split)
    _add(e, "LevelingCanSplit", plan.project.leveling.split_remaining)
    # working time here; build_project makes it elapsed where MS Project shows it so
    _add(e, "LevelingDelay", task.leveling_delay_minutes * 10)
    _add(e, "LevelingDelayFormat", 7)
    for tag, text in hyperlink_elements(task.hyperlink):  # the schema's place: before Ignore...
        _add(e, tag, text)
    _add(e, "IgnoreResourceCalendar", task.ignore_resource_calendar)
    if task.notes:
        _add(e, "Notes", task.notes)
    for lk in links:
        link = SubElement(e, _q("PredecessorLink"))
        _add(link, "PredecessorUID", lk.predecessor)
        _add(link, "Type", lk.type.value)
        _add(link, "CrossProject", False)
        if lk.lag_percent is not None:
            _add(link, "LinkLag", round(lk.lag_percent))
            _add(link, "LagFormat", 19)
        else:
            _add(link, "LinkLag", lk.lag_minutes * 10)
            _add(link, "LagFormat", 8 if lk.lag_elapsed else 7)
    if task.custom:  # the schema's place: after the links, before the baselines
        write_values(e, task)
    for baseline in plan.baselines.values():
        entry = baseline.entry(task.uid)
        if entry is None:
            continue
        b = SubElement(e, _q("Baseline"))
        _add(b, "Number", baseline.index)
        if entry.start is not None:
            _add(b, "Start", entry.start)
        if entry.finish is not None:
            _add(b, "Finish", entry.finish)
        _add(b, "Duration", format_duration(entry.duration_minutes))
        _add(b, "Work", format_duration(entry.work_minutes))
        _add(b, "Cost", _money(entry.cost))


def _write_project_task(parent: Element, plan: Plan, result: Schedule | None) -> None:
    """The project summary task (UID 0) MS Project always writes; it carries the notes."""
    e = SubElement(parent, _q("Task"))
    _add(e, "UID", 0)
    _add(e, "ID", 0)
    _add(e, "Name", plan.project.name)
    _add(e, "Type", 1)
    _add(e, "IsNull", False)
    _add(e, "WBS", 0)
    _add(e, "OutlineNumber", 0)
    _add(e, "OutlineLevel", 0)
    start = result.start if result is not None else plan.project.start
    _add(e, "Start", start)
    _add(e, "Finish", result.finish if result is not None else start)
    _add(e, "DurationFormat", 21)
    _add(e, "Summary", True)
    if plan.project.notes:
        _add(e, "Notes", plan.project.notes)


def _percent(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


# ---------------------------------------------------------------------- resources


def _write_resource(parent: Element, res: Resource, row: int) -> None:
    e = SubElement(parent, _q("Resource"))
    _add(e, "UID", res.uid)
    _add(e, "ID", row)
    _add(e, "Name", res.name)
    _add(e, "Type", 1 if res.type is ResourceType.WORK else 0)
    _add(e, "IsNull", False)
    if res.initials:
        _add(e, "Initials", res.initials)
    if res.material_label:
        _add(e, "MaterialLabel", res.material_label)
    if res.role:
        _add(e, "Group", res.role)
    if res.email:
        _add(e, "EmailAddress", res.email)
    _add(e, "MaxUnits", float(res.max_units))
    _add(e, "CanLevel", res.can_level)
    _add(e, "AccrueAt", res.accrue_at.value)
    _add(e, "StandardRate", float(res.standard_rate))
    _add(e, "OvertimeRate", float(res.overtime_rate))
    _add(e, "CostPerUse", _money(res.cost_per_use))
    _add(e, "CalendarUID", -1 if res.calendar_uid is None else res.calendar_uid)
    if res.notes:
        _add(e, "Notes", res.notes)
    _add(e, "IsCostResource", res.type is ResourceType.COST)
    if res.skills:
        attr = SubElement(e, _q("ExtendedAttribute"))
        _add(attr, "FieldID", SKILLS_FIELD_ID)
        _add(attr, "Value", ", ".join(res.skills))
    if res.availability:
        periods = SubElement(e, _q("AvailabilityPeriods"))
        for av in res.availability:
            p = SubElement(periods, _q("AvailabilityPeriod"))
            _add(p, "AvailableFrom", _date(av.start) if av.start else _OPEN_START)
            _add(p, "AvailableTo", _date(av.finish) if av.finish else _OPEN_END)
            _add(p, "AvailableUnits", float(av.units))
    if res.rate_tables:
        rates = SubElement(e, _q("Rates"))
        for table, entries in enumerate(res.rate_tables):
            for k, entry in enumerate(entries):
                r = SubElement(rates, _q("Rate"))
                _add(r, "RatesFrom", _date(entry.start) if entry.start else _OPEN_START)
                nxt = entries[k + 1].start if k + 1 < len(entries) else None
                _add(r, "RatesTo", _date(nxt) if nxt else _OPEN_END)
                _add(r, "RateTable", table)
                _add(r, "StandardRate", float(entry.standard_rate))
                _add(r, "OvertimeRate", float(entry.overtime_rate))
                _add(r, "CostPerUse", _money(entry.cost_per_use))
