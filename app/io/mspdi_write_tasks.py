"""The ``<Task>`` rows of an MS Project XML file, written as text (see mspdi_write_xml).

Children go in the order of MS Project's schema (it validates on open): a
row's ``<Work>`` after ``<DurationFormat>``, its progress (mspdi_progress) between
``<ActualFinish>`` and ``<ConstraintType>``, its links, custom field values and
baselines last. Computed values (early/late dates, slack, critical, work) come
from a fresh schedule and cost report, so MS Project and other tools see current
numbers. The project summary row (UID 0) carries the project's span, work and
progress, as MS Project shows them on that row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from xml.etree.ElementTree import Element

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.costs import CostReport, parent_rows
from app.domain.earned_value_method import EarnedValueMethod
from app.domain.estimates import estimated_summaries
from app.domain.inactive_slack import shows_slack
from app.domain.kept_links import CrossLink
from app.domain.link import Link
from app.domain.notation import auto_unit
from app.domain.percent_shown import done_minutes, shown_percent
from app.domain.plan import Plan
from app.domain.schedule import Schedule, TaskTimes
from app.domain.status_report import project_percent_complete
from app.domain.task import Task
from app.domain.worktime import WorkTime, to_minutes
from app.io.mspdi_custom_fields import write_values
from app.io.mspdi_external import cross_links_xml, reader_pinned
from app.io.mspdi_hyperlinks import hyperlink_elements
from app.io.mspdi_interim import interim_values_xml, task_interims
from app.io.mspdi_progress import task_progress
from app.io.mspdi_values import NS, duration_format, format_duration, money
from app.io.mspdi_write_actuals import NO_DATES, Dates
from app.io.mspdi_write_limits import fit_name, whole_lag, whole_percent
from app.io.mspdi_write_variances import RowFigures
from app.io.mspdi_write_xml import children_xml, date_text, field, leaf

_FLAG = {True: "1", False: "0"}


def percent_text(value: float) -> str:
    """A % complete as written: a whole number, as the schema types it and MS Project keeps
    it (37.5 is written "38", mspdi_write_limits; a task under way never 0 nor 100, as the
    sheet shows it: app.domain.percent_shown)."""
    return str(shown_percent(value))


class TaskRows:
    """Writes the ``<Task>`` rows of one plan (what every row shares, found once)."""

    def __init__(
        self,
        plan: Plan,
        costs: CostReport | None,
        preleveled: dict[int, tuple[datetime, datetime]] | None = None,
        figures: RowFigures | None = None,
    ) -> None:
        """``preleveled``: each leveled task's dates before leveling (mspdi_write_leveling);
        ``figures``: the rows' variances and earned value (mspdi_write_variances)."""
        self._plan = plan
        self._costs = costs
        self._figures = figures or RowFigures(plan, None, None)
        self._preleveled = preleveled or {}
        self._can_split = _FLAG[bool(plan.project.leveling.split_remaining)]
        self._estimated_summaries = estimated_summaries(plan.tasks)
        self._project_format = project_format(plan)
        self._cross: dict[int, list[CrossLink]] = {}
        for lk in plan.kept_links.cross_links:
            self._cross.setdefault(lk.successor, []).append(lk)
        # each baseline's entries by task, found once: Baseline.entry() walks them all, which
        # for every task of a 10k plan with a baseline took ~1.7 s
        self._baselines: list[tuple[int, dict[int, BaselineEntry]]] = []
        self._interims = task_interims(plan.interims)  # Start1..10/Finish1..10 by task
        for baseline in plan.baselines.values():
            entries: dict[int, BaselineEntry] = {}
            for e in baseline.entries:
                entries.setdefault(e.task_uid, e)  # the first of a task's, as entry() gives
            self._baselines.append((baseline.index, entries))

    def row(
        self,
        task: Task,
        row: int,
        wbs: str,
        summary: bool,
        times: TaskTimes | None,
        links: Iterable[Link],
        elapsed_delay: int | None,
        actual: Dates,
        stop: Dates = NO_DATES,
    ) -> str:
        """One task's ``<Task>`` element.

        ``elapsed_delay``: its leveling delay in elapsed minutes where MS Project
        holds it so (None: its working-time delay, <LevelingDelayFormat> 7); ``actual``:
        its actual start and finish as MS Project keeps them (mspdi_write_actuals);
        ``stop``: its Stop and Resume (mspdi_write_stops).
        """
        plan = self._plan
        # a code of its own (typed, or a mask's) as read; else the outline number, as MS
        # Project's follows the task without a mask
        wbs = leaf("WBS", task.wbs or wbs) + leaf("OutlineNumber", wbs)
        p = [
            f"<Task><UID>{task.uid}</UID><ID>{row + 1}</ID>{leaf('Name', fit_name(task.name))}"
            f"<Active>{_FLAG[task.active]}</Active><Manual>{_FLAG[task.manual]}</Manual>"
            f"<Type>{task.task_type.value}</Type><IsNull>0</IsNull>{wbs}"
            f"<OutlineLevel>{task.outline_level}</OutlineLevel>"
            f"<Priority>{task.priority}</Priority>"
        ]
        start, finish = _shown_dates(task, times)
        if start is not None:
            p.append(f"<Start>{date_text(start)}</Start>")
        if finish is not None:
            p.append(f"<Finish>{date_text(finish)}</Finish>")
        # An automatic summary's own duration is not used; write its rolled-up span, as MS
        # Project does: ProjectLibre and other readers show <Duration> as written.
        rolled = summary and not task.manual and times is not None
        minutes = times.duration_minutes if rolled and times is not None else task.duration_minutes
        p.append(f"<Duration>{format_duration(minutes)}</Duration>")
        if task.manual:  # where MS Project 2010-2019 write them (MPXJ puts them last)
            if task.start is not None:
                p.append(f"<ManualStart>{date_text(task.start)}</ManualStart>")
            if task.finish is not None:
                p.append(f"<ManualFinish>{date_text(task.finish)}</ManualFinish>")
            p.append(f"<ManualDuration>{format_duration(task.duration_minutes)}</ManualDuration>")
        estimated = task.estimated
        if summary:  # MS Project's (2007-2019): no format of its own, estimated below one,
            # and <Estimated> says the same (a summary's rolls up, as its 53 does)
            estimated = task.uid in self._estimated_summaries
            fmt = 53 if estimated else 21
            # its baselines' duration: the project's unit, as its 21 says (MS Project's 7)
            base_fmt = self._project_format
        else:  # the unit the sheet shows, so MS Project shows the same (none kept: Gantry's)
            unit = task.duration_unit or auto_unit(
                task.duration_minutes, plan.project, task.elapsed
            )
            fmt = duration_format(unit, task.elapsed, task.estimated)
            base_fmt = duration_format(unit, task.elapsed, False)  # MS Project's: the row's unit
        p.append(f"<DurationFormat>{fmt}</DurationFormat>")
        costs = self._costs
        if costs is not None:  # the task's work, a summary's rolled up (as MS Project's Work)
            work = costs.task_work_minutes.get(task.uid, 0)
            p.append(f"<Work>{format_duration(work)}</Work>")
        p.append(_stop_xml(stop))
        p.append(f"<EffortDriven>{_FLAG[task.effort_driven]}</EffortDriven>")
        if task.uid in plan.recurrences:  # the schema's place for it: after EffortDriven
            p.append("<Recurring>1</Recurring>")
        p.append(
            f"<Estimated>{_FLAG[estimated]}</Estimated>"
            f"<Milestone>{_FLAG[task.milestone]}</Milestone><Summary>{_FLAG[summary]}</Summary>"
        )
        if times is not None:
            p.append(
                f"<Critical>{_FLAG[times.critical]}</Critical>"
                f"<EarlyStart>{date_text(times.early_start)}</EarlyStart>"
                f"<EarlyFinish>{date_text(times.early_finish)}</EarlyFinish>"
                f"<LateStart>{date_text(times.late_start)}</LateStart>"
                f"<LateFinish>{date_text(times.late_finish)}</LateFinish>"
                f"{self._figures.schedule_xml(task.uid)}"
            )
            if shows_slack(task):  # an inactive task's, as the window's, none: left out
                p.append(
                    f"<FreeSlack>{times.free_slack_minutes * 10}</FreeSlack>"
                    f"<TotalSlack>{times.total_slack_minutes * 10}</TotalSlack>"
                )
        # a summary's as the sheet shows it, rolled up from its subtasks (the scheduler's): its
        # own stored % is not used, and MS Project and MPXJ show the file's figure
        percent = times.percent_complete if summary and times is not None else task.percent_complete
        p.append(
            f"<FixedCost>{money(task.fixed_cost)}</FixedCost>"
            f"<FixedCostAccrual>{task.fixed_cost_accrual.value}</FixedCostAccrual>"
            f"<PercentComplete>{percent_text(percent)}</PercentComplete>"
        )
        if costs is not None:  # a summary's rolled up, as MS Project's Cost
            # a milestone without work: its % complete, as MS Project writes it (30 on
            # Software-Development.xml's); any other task without work 0
            none = shown_percent(percent) if task.milestone and not summary else 0
            p.append(
                f"<PercentWorkComplete>{_work_percent(costs, task.uid, none)}</PercentWorkComplete>"
            )
            p.append(f"<Cost>{money(costs.task_cost.get(task.uid, 0.0))}</Cost>")
        actual_start, actual_finish = actual
        if actual_start is not None:
            p.append(f"<ActualStart>{date_text(actual_start)}</ActualStart>")
        if actual_finish is not None:
            p.append(f"<ActualFinish>{date_text(actual_finish)}</ActualFinish>")
        for tag, text in task_progress(task, times, summary, costs):
            p.append(f"<{tag}>{text}</{tag}>")
        p.append(self._figures.spent_xml(task.uid))  # the schema's place: before ConstraintType
        calendar = -1 if task.calendar_uid is None else task.calendar_uid
        cross = self._cross.get(task.uid, ())  # links from other projects (mspdi_external)
        pinned = bool(cross) and reader_pinned(task, cross)  # the reader's pin: ASAP as read
        constraint = 0 if pinned else task.constraint_type.value
        p.append(
            f"<ConstraintType>{constraint}</ConstraintType><CalendarUID>{calendar}</CalendarUID>"
        )
        if task.constraint_date is not None and constraint > 1:
            p.append(f"<ConstraintDate>{date_text(task.constraint_date)}</ConstraintDate>")
        if task.deadline is not None:
            p.append(f"<Deadline>{date_text(task.deadline)}</Deadline>")
        # MSPDI has "Leveling can create splits in remaining work" only per task: the plan's
        # choice on each (read back as off when every task says 0, mspdi_tasks.with_can_split).
        # The delay in working time, but elapsed days where MS Project shows it so.
        if elapsed_delay is None:
            delay, delay_format = task.leveling_delay_minutes * 10, 7
        else:
            delay, delay_format = elapsed_delay * 10, 8
        if not task.level_assignments:  # MS Project's default (on) when absent
            p.append("<LevelAssignments>0</LevelAssignments>")
        p.append(
            f"<LevelingCanSplit>{self._can_split}</LevelingCanSplit>"
            f"<LevelingDelay>{delay}</LevelingDelay>"
            f"<LevelingDelayFormat>{delay_format}</LevelingDelayFormat>"
        )
        before = self._preleveled.get(task.uid)
        if before is not None:  # MS Project's mark of a task leveling moved or split
            p.append(
                f"<PreLeveledStart>{date_text(before[0])}</PreLeveledStart>"
                f"<PreLeveledFinish>{date_text(before[1])}</PreLeveledFinish>"
            )
        for tag, text in hyperlink_elements(task.hyperlink):  # the schema's place: before Ignore...
            p.append(leaf(tag, text))
        p.append(
            f"<IgnoreResourceCalendar>{_FLAG[task.ignore_resource_calendar]}"
            "</IgnoreResourceCalendar>"
        )
        if task.notes:
            p.append(leaf("Notes", task.notes))
        p.append(self._figures.earned_xml(task.uid))  # the schema's place: after Notes
        p.append(earned_value_xml(task, plan.project.ev_method))  # the schema's place: here
        estimated_lags = plan.kept_links.estimated_lags
        for lk in links:
            if lk.lag_percent is not None:
                # the whole percent (mspdi_write_limits: formats.not_kept says one is rounded)
                lag, lag_format = whole_lag(lk.lag_percent), 20 if lk.lag_elapsed else 19
            else:  # the unit typed (3FS+1w); without one, the unit Gantry shows it in (+4h)
                lag = lk.lag_minutes * 10
                kept = lk.lag_unit
                if kept is not None:
                    lag_format = duration_format(kept, lk.lag_elapsed, False)
                elif lag:
                    shown = auto_unit(abs(lk.lag_minutes), plan.project, lk.lag_elapsed)
                    lag_format = duration_format(shown, lk.lag_elapsed, False)
                else:  # no lag: days, MS Project's default
                    lag_format = 8 if lk.lag_elapsed else 7
            if lk.key in estimated_lags:  # the estimated form read (1d?, 50%?): +32
                lag_format += 32
            p.append(
                f"<PredecessorLink><PredecessorUID>{lk.predecessor}</PredecessorUID>"
                f"<Type>{lk.type.value}</Type><CrossProject>0</CrossProject>"
                f"<LinkLag>{lag}</LinkLag><LagFormat>{lag_format}</LagFormat></PredecessorLink>"
            )
        if cross:
            p.append(cross_links_xml(cross))
        if task.custom:  # the schema's place: after the links, before the baselines
            values = Element("{" + NS + "}Task")
            write_values(values, task)
            p.append(children_xml(values))
        interim = self._interims.get(task.uid)
        if interim:  # interim plans: ExtendedAttribute values too (app/io/mspdi_interim.py)
            p.append(interim_values_xml(interim))
        for number, entries in self._baselines:
            entry = entries.get(task.uid)
            if entry is not None:
                p.append(baseline_xml(number, entry, base_fmt))
        p.append("</Task>")
        return "".join(p)


def earned_value_xml(task: Task, default: EarnedValueMethod) -> str:
    """A row's <PhysicalPercentComplete> and <EarnedValueMethod> where they say something
    (a physical % typed; a method of its own, as read from MS Project, or the project's
    other than % Complete): "" for a Gantry task by % complete, as before."""
    out = ""
    if task.physical_percent_complete:
        out += f"<PhysicalPercentComplete>{round(task.physical_percent_complete)}</PhysicalPercentComplete>"
    method = task.ev_method or default
    if task.ev_method is not None or method is not EarnedValueMethod.PERCENT_COMPLETE:
        out += f"<EarnedValueMethod>{method.value}</EarnedValueMethod>"
    return out


def baseline_xml(number: int, entry: BaselineEntry, fmt: int) -> str:
    """One ``<Baseline>`` element of a task row: baseline ``number``'s values in ``entry``,
    its duration's <DurationFormat> ``fmt`` (MS Project's files hold one on every task
    baseline with a duration: 7 for days, 5 for hours, as the task's own)."""
    b = [f"<Baseline><Number>{number}</Number>"]
    if entry.start is not None:
        b.append(f"<Start>{date_text(entry.start)}</Start>")
    if entry.finish is not None:
        b.append(f"<Finish>{date_text(entry.finish)}</Finish>")
    # A baseline saved whole (both dates: Set Baseline's, MS Project's) holds all its
    # values, a milestone's 0 days too; one with a date missing holds what is not 0 (a
    # file's Baseline 0 with only <Finish> is written back so, not with Duration, Work
    # and Cost 0 that it never held)
    whole = entry.start is not None and entry.finish is not None
    if whole or entry.duration_minutes:
        b.append(
            f"<Duration>{format_duration(entry.duration_minutes)}</Duration>"
            f"<DurationFormat>{fmt}</DurationFormat>"
        )
    if whole or entry.work_minutes:
        b.append(f"<Work>{format_duration(entry.work_minutes)}</Work>")
    if whole or entry.cost:
        b.append(f"<Cost>{money(entry.cost)}</Cost>")
    if entry.fixed_cost:  # the schema's place: last; none is 0 (a 2003 file writes none)
        b.append(f"<FixedCost>{money(entry.fixed_cost)}</FixedCost>")
    b.append("</Baseline>")
    return "".join(b)


def project_baseline(plan: Plan, baseline: Baseline) -> BaselineEntry | None:
    """The project summary row's values of ``baseline``, rolled up as MS Project holds them
    on that row (Software-Development.xml's UID 0): the earliest baseline start and latest
    finish of any task, the working time between them on the project's calendar, and the
    top-level tasks' work and cost summed (the budget, as app.domain.cost_book counts it).
    None for a baseline without dates."""
    starts = [e.start for e in baseline.entries if e.start is not None]
    finishes = [e.finish for e in baseline.entries if e.finish is not None]
    if not starts or not finishes:
        return None
    start, finish = min(starts), max(finishes)
    tops = {t.uid for t in plan.tasks if t.outline_level == 1}
    first: dict[int, BaselineEntry] = {}
    for e in baseline.entries:
        if e.task_uid in tops:
            first.setdefault(e.task_uid, e)  # the first of a task's, as entry() gives
    work = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    return BaselineEntry(
        0,
        start,
        finish,
        max(0, work.between(start, finish)),
        sum(e.work_minutes for e in first.values()),
        sum(e.cost for e in first.values()),
    )


def project_format(plan: Plan) -> int:
    """The <DurationFormat> of the project's duration unit ("Duration is entered in")."""
    return duration_format(plan.project.duration_unit, False, False)


def _shown_dates(task: Task, times: TaskTimes | None) -> tuple[datetime | None, datetime | None]:
    """A row's <Start> and <Finish>: the scheduled ones, which readers that do not schedule
    (ProjectLibre, MPXJ's tools, MS Project calculating by hand) show as the plan. A manual
    task's are its own (the user's); an automatic task's own are only the dates it was last
    read with, stale once anything moved it, so they stand in only where no schedule is."""
    if times is not None and not task.manual:
        return times.start, times.finish
    start = task.start if task.start is not None else (times.start if times else None)
    finish = task.finish if task.finish is not None else (times.finish if times else None)
    return start, finish


def _work_percent(costs: CostReport, uid: int, no_work: int = 0) -> int:
    """% Work Complete as MS Project keeps it: work done over work, a whole percent
    (``no_work`` for a task without work)."""
    work = costs.task_work_minutes.get(uid, 0)
    if work <= 0:
        return no_work
    return whole_percent(100 * costs.task_actual_work_minutes.get(uid, 0) / work)


def _stop_xml(stop: Dates) -> str:
    """A row's <Stop> and <Resume> (mspdi_write_stops), "" for a row not started."""
    at, resume = stop
    if at is None or resume is None:
        return ""
    return f"<Stop>{date_text(at)}</Stop><Resume>{date_text(resume)}</Resume>"


def project_row(
    plan: Plan,
    result: Schedule | None,
    costs: CostReport | None,
    actual: Dates = NO_DATES,
    stop: Dates = NO_DATES,
    figures: RowFigures | None = None,
) -> str:
    """The project summary task (UID 0) MS Project always writes: the project's span and,
    when scheduled, its duration, work and progress as that row shows them (``actual``: its
    actual start and finish, mspdi_write_actuals; ``stop``: its Stop and Resume,
    mspdi_write_stops; ``figures``: its variances and earned value, mspdi_write_variances);
    it carries the notes."""
    figures = figures or RowFigures(plan, None, None)
    base = plan.baselines.get(0)
    base_entry = project_baseline(plan, base) if base is not None else None
    start = result.start if result is not None else plan.project.start
    p = [
        "<Task><UID>0</UID><ID>0</ID>",
        leaf("Name", fit_name(plan.project.name)),  # a task's name: MS Project keeps 255
        "<Type>1</Type><IsNull>0</IsNull><WBS>0</WBS><OutlineNumber>0</OutlineNumber>"
        "<OutlineLevel>0</OutlineLevel>",
        field("Start", start),
        field("Finish", result.finish if result is not None else start),
    ]
    minutes = _project_minutes(plan, result) if result is not None else None
    if minutes is not None:  # the project's span in working time, as MS Project writes it
        p.append(f"<Duration>{format_duration(minutes)}</Duration>")
    # MS Project's: no format (21, the project's unit), estimated (53) while a task is
    # (its 2007-2019 files, whatever the project's unit: DefaultDurationFormat.xml's weeks)
    estimated = any(t.estimated and not plan.is_summary(t.uid) for t in plan.tasks)
    p.append(f"<DurationFormat>{53 if estimated else 21}</DurationFormat>")
    progress = _project_progress(plan, result, costs) if result is not None else None
    if progress is not None:
        p.append(f"<Work>{format_duration(progress.work)}</Work>")
    p.append(_stop_xml(stop))
    if estimated:  # the schema's place: before Milestone and Summary
        p.append("<Estimated>1</Estimated>")
    p.append("<Summary>1</Summary>")
    p.append(figures.project_schedule_xml(base_entry))  # the schema's place: before slack
    if progress is not None:
        p.append(f"<PercentComplete>{percent_text(progress.percent)}</PercentComplete>")
        p.append(f"<PercentWorkComplete>{progress.work_percent}</PercentWorkComplete>")
        if costs is not None:
            p.append(f"<Cost>{money(costs.total_cost)}</Cost>")
        actual_start, actual_finish = actual
        if actual_start is not None:
            p.append(field("ActualStart", actual_start))
        if actual_finish is not None:
            p.append(field("ActualFinish", actual_finish))
        done = done_minutes(minutes, progress.percent) if minutes is not None else None
        if done is not None:  # Duration x % Complete, as every row's (mspdi_progress)
            p.append(f"<ActualDuration>{format_duration(done)}</ActualDuration>")
        if costs is not None:
            p.append(f"<ActualCost>{money(costs.total_actual_cost)}</ActualCost>")
        p.append(f"<ActualWork>{format_duration(progress.actual_work)}</ActualWork>")
        if minutes is not None and done is not None:
            p.append(f"<RemainingDuration>{format_duration(minutes - done)}</RemainingDuration>")
        if costs is not None:
            remaining = costs.total_cost - costs.total_actual_cost
            p.append(f"<RemainingCost>{money(remaining)}</RemainingCost>")
        p.append(
            f"<RemainingWork>{format_duration(max(0, progress.work - progress.actual_work))}"
            "</RemainingWork>"
        )
        p.append(figures.project_spent_xml())
    if plan.project.notes:
        p.append(leaf("Notes", plan.project.notes))
    p.append(figures.project_earned_xml())
    for baseline in plan.baselines.values():  # the schema's place: last, as on every row
        entry = project_baseline(plan, baseline)
        if entry is not None:
            p.append(baseline_xml(baseline.index, entry, project_format(plan)))
    p.append("</Task>")
    return "".join(p)


def _project_minutes(plan: Plan, result: Schedule) -> int:
    """The project's span (its start to its finish) in working minutes of its calendar:
    the project summary task's Duration, as MS Project shows and writes it."""
    work = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    return work.index(to_minutes(result.finish)) - work.index(to_minutes(result.start))


@dataclass(frozen=True, slots=True)
class _ProjectProgress:
    """The project row's figures: work and work done (minutes), % complete (written as
    every row's, :func:`percent_text`) and % work complete (whole, halves up, as every
    row's)."""

    work: int
    actual_work: int
    percent: float
    work_percent: int


def _project_progress(
    plan: Plan, result: Schedule, costs: CostReport | None
) -> _ProjectProgress | None:
    """What the project row shows, None for a plan without the cost report (no work to tell).

    % complete as the status report works it out (app.domain.status_report: the leaves'
    % weighted by their scheduled durations), work and work done the top-level rows' (the
    cost report's); both percents whole, halves up, as MS Project shows them and as the
    task rows are written (MS Project's own project row says 13 % of work done for 16 h of
    128 h: mspdiresource.xml of the shared files).
    """
    if costs is None:
        return None
    tasks = plan.tasks
    parents = parent_rows(tasks)
    tops = [t.uid for t, up in zip(tasks, parents, strict=True) if up < 0 and t.active]
    actual_work = sum(costs.task_actual_work_minutes.get(uid, 0) for uid in tops)
    work = costs.total_work_minutes
    return _ProjectProgress(
        work,
        actual_work,
        project_percent_complete(plan, result),
        whole_percent(100 * actual_work / work) if work > 0 else 0,
    )
