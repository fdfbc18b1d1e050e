"""What the weekly status report says, gathered from a scheduled and costed plan.

The figures come from the domain functions the views use: earned value as
the Budget view reads it (:mod:`app.domain.earned_value`), finish variances
measured as :mod:`app.domain.baselines` measures them, over-allocations as the Team view
lists them (:mod:`app.domain.workload`), MS Project's Late Tasks rule
(:mod:`app.domain.status_tasks`), and missed deadlines and the scheduler's issues as the
Gantt and the window's status bar show them (:mod:`app.domain.status_deadlines`): a
deadline missed far beyond the milestones' look-ahead is listed all the same.
:func:`gather_status` returns one value; app.report draws it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import NamedTuple

from app.domain.baseline import BaselineEntry
from app.domain.costs import CostReport
from app.domain.earned_value import actual_to_date, earned_value, project_earned_value, s_curve
from app.domain.notation import format_duration
from app.domain.overallocation import off_time_words, overallocations
from app.domain.plan import Plan
from app.domain.plural_words import noun
from app.domain.progress_points import ProgressPoints
from app.domain.project import Project, measured_at
from app.domain.risk import Risk, RiskStatus, contingency_reserve, open_exposure
from app.domain.schedule import Schedule, TaskTimes
from app.domain.splits import TaskClocks
from app.domain.status_deadlines import (
    deadline_lines,
    issue_lines,
    key_deadline,
    negative_slack_lines,
)
from app.domain.status_lines import (
    DeadlineLine,
    Headline,
    MilestoneLine,
    PersonLoad,
    PhaseLine,
    StatusReport,
    TaskCounts,
    TaskLine,
)
from app.domain.status_tasks import TaskStatus, expected_percent, is_done, is_started, task_status
from app.domain.task import DurationUnit, Task
from app.domain.workload import DayCalendar, _resource_calendar

LOOKAHEAD_DAYS = 42  # "the coming weeks": milestones due within six weeks of the status date
TOP_RISKS = 5
PASSED_MILESTONES = 8  # milestones reached or due listed: every late one, then the latest
LIST_LIMIT = 50  # late or critical tasks listed (all are counted)
PHASE_LIMIT = 200  # rows at levels 1-2 beyond which the phase picture keeps level 1 only


def gather_status(
    plan: Plan,
    schedule: Schedule,
    costs: CostReport,
    now: datetime,
    status_date: datetime | None = None,
    lookahead_days: int = LOOKAHEAD_DAYS,
    top_risks: int = TOP_RISKS,
    list_limit: int = LIST_LIMIT,
) -> StatusReport:
    """The status report of a plan at ``status_date`` (default: the plan's, else its Current
    Date, else ``now``).

    Late and critical tasks beyond ``list_limit`` are counted, not listed.
    """
    given = status_date or plan.project.status_date
    status = given or measured_at(plan.project, now)  # else Current Date, else now
    cal = DayCalendar(plan, None)
    base = plan.baselines.get(0)
    entries = {e.task_uid: e for e in base.entries} if base is not None else {}
    milestones = _all_milestones(plan, schedule, status, cal, entries)
    passed, earlier, upcoming = _split_milestones(
        milestones, status, lookahead_days, PASSED_MILESTONES
    )
    clocks = TaskClocks(plan)  # a task waiting for its links is due nothing meanwhile
    late, critical, counts = _late_and_critical(plan, schedule, status, cal, clocks)
    phases, phase_count = _phases(plan, schedule, entries)
    deadlines = deadline_lines(plan, schedule, cal)
    issues = issue_lines(plan, schedule)

    def lines(found: list[_Found]) -> tuple[TaskLine, ...]:
        return tuple(_task_line(f, status, cal, entries, clocks) for f in found[:list_limit])

    ev_index = plan.project.ev_baseline
    ev_base = plan.baselines.get(ev_index) if ev_index else None
    return StatusReport(
        project=plan.project,
        status_date=status,
        status_date_set=given is not None,
        report_date=now.date(),
        has_baseline=base is not None,
        headline=_headline(plan, schedule, costs, status, cal, deadlines, len(issues)),
        milestones_passed=passed,
        milestones_earlier=earlier,
        deadlines=deadlines,
        issues=issues,
        slack_tasks=negative_slack_lines(plan, schedule),
        milestones_next=upcoming,
        late_tasks=lines(late),
        late_count=len(late),
        task_counts=counts,
        critical_in_progress=lines(critical),
        critical_count=len(critical),
        people=_people(plan, schedule, status),
        risks=top_exposures(plan.risks, top_risks),
        open_risks=sum(1 for r in plan.risks if r.status is not RiskStatus.CLOSED),
        phases=phases,
        phase_count=phase_count,
        curve=s_curve(plan, schedule, costs, status) if base is not None else None,
        other_baselines=tuple(plan.baselines[i].label() for i in sorted(plan.baselines) if i),
        baseline=base.label() if base is not None else "",
        baseline_saved=base.saved_at if base is not None else None,
        ev_baseline=ev_base.label() if ev_base is not None else "",
        ev_baseline_saved=ev_base.saved_at if ev_base is not None else None,
        reserve=contingency_reserve(plan.risks),
        exposure=open_exposure(plan.risks),
    )


def task_counts(plan: Plan, schedule: Schedule, status: datetime) -> TaskCounts:
    """How many leaf tasks have each MS Project Status at ``status``: the report's counts,
    for a reader that wants them without the rest of the report (gantry info)."""
    cal = DayCalendar(plan, None)
    return _late_and_critical(plan, schedule, status, cal, TaskClocks(plan))[2]


def late_work_warning(late: int, way_out: str) -> str | None:
    """What the forecast takes for granted when ``late`` tasks are late (None: none is),
    ending in ``way_out``, the step that reschedules their work where it is read.

    A late task's work left is scheduled before the status date, where nobody will do
    it: the finish forecast assumes it done by then and can look on time when it is not,
    until Update Project reschedules it (MS Project's dates behave the same).
    """
    if not late:
        return None
    return (
        f"{late} {noun(late, 'task has', 'tasks have')} work left before the status date; "
        f"the forecast assumes it is done by then — {way_out}"
    )


def project_percent_complete(plan: Plan, schedule: Schedule) -> float:
    """% complete of the whole project, weighted by duration as MS Project's project summary.

    The leaf tasks' % complete weighted by their (scheduled) durations, as a
    summary rolls up its subtasks; inactive tasks do not count.
    """
    done = total = 0.0
    for task in _leaves(plan):
        times = schedule.get(task.uid)
        if not task.active or times is None:
            continue
        total += times.duration_minutes
        done += times.duration_minutes * task.percent_complete / 100.0
    return 100.0 * done / total if total > 0 else 0.0  # exact: rounded once where shown


def top_exposures(risks: list[Risk], count: int) -> tuple[Risk, ...]:
    """The ``count`` risks not closed with the highest exposure (probability x impact)."""
    live = [r for r in risks if r.status is not RiskStatus.CLOSED]
    live.sort(key=lambda r: (-r.exposure, r.uid))
    return tuple(live[:count])


def _leaves(plan: Plan) -> list[Task]:
    """Tasks without children, in plan order."""
    tasks = plan.tasks
    last = len(tasks) - 1
    return [
        t for i, t in enumerate(tasks) if i == last or tasks[i + 1].outline_level <= t.outline_level
    ]


def _headline(
    plan: Plan,
    schedule: Schedule,
    costs: CostReport,
    status: datetime,
    cal: DayCalendar,
    deadlines: tuple[DeadlineLine, ...],
    other_issues: int,
) -> Headline:
    """The headline figures; its issues count is the window's "Scheduling issues" (every
    missed deadline and the ``other_issues``)."""
    base_finish = baseline_finish(plan)
    key = key_deadline(deadlines)
    variance = finish_variance(cal, schedule.finish, base_finish)
    values = earned_value(plan, schedule, costs, status)
    totals = project_earned_value(plan, values)
    # One baseline throughout: the budget is that of the baseline CPI, SPI, EAC and VAC are
    # read against (Project Options' "Baseline for Earned Value calculations", --baseline N)
    index = plan.project.ev_baseline
    budget = costs.budget if index == 0 else (totals.bac if index in plan.baselines else None)
    has_base = budget is not None
    return Headline(
        start=schedule.start,
        finish=schedule.finish,
        baseline_finish=base_finish,
        finish_variance_minutes=variance,
        percent_complete=project_percent_complete(plan, schedule),
        budget=budget,
        budget_baseline=index,
        forecast=costs.total_cost,
        actual=actual_to_date(plan, costs, values),  # what was spent up to the status date
        eac=totals.eac if has_base else None,
        vac=totals.vac if has_base else None,
        cpi=totals.cpi if has_base else None,
        spi=totals.spi if has_base else None,
        earned=totals if has_base else None,
        issue_count=len(deadlines) + other_issues,
        deadline=key.deadline if key is not None else None,
        deadline_task=key.name if key is not None else "",
        # the deadline's own task against it, not the project's finish: a go-live five days
        # late in a plan that runs on after it is five days late
        deadline_variance_minutes=key.late_minutes if key is not None else None,
        deadline_finish=key.finish if key is not None else None,
        deadline_baseline_finish=_baseline_finish_of(plan, key.uid) if key is not None else None,
    )


def _baseline_finish_of(plan: Plan, uid: int) -> datetime | None:
    """Baseline 0's finish of one task (None without one)."""
    base = plan.baselines.get(0)
    entry = next((e for e in base.entries if e.task_uid == uid), None) if base else None
    return entry.finish if entry is not None else None


def baseline_finish(plan: Plan) -> datetime | None:
    """The project's planned finish: the finish of Baseline 0 as the project summary holds
    it, its latest finish; None without one.

    As MS Project's project summary (UID 0), which holds a baseline only when one was saved
    for it (Set Baseline for the entire project: every task's start and finish), not for a
    Baseline Finish typed on a task: a Baseline 0 without any start (mspdiassignmentfields.xml:
    one task's Finish, its UID 0 none and FinishVariance 0) gives the project none, as the
    MS Project XML writer leaves it off that row (mspdi_write_tasks.project_baseline).
    """
    base = plan.baselines.get(0)
    if base is None or all(e.start is None for e in base.entries):
        return None
    finishes = [e.finish for e in base.entries if e.finish is not None]
    return max(finishes) if finishes else None


def signed_days(project: Project, minutes: int) -> str:
    """A variance in working days, signed: "+5d" late, "-2d" early, "0d" on time."""
    text = format_duration(abs(minutes), project, unit=DurationUnit.DAYS)
    return ("+" if minutes > 0 else "-" if minutes < 0 else "") + text


def finish_variance(cal: DayCalendar, finish: datetime, baseline: datetime | None) -> int | None:
    """Working minutes from the baseline finish to ``finish`` (positive = late), as
    :func:`app.domain.baselines.variances` measures them; None without a baseline date."""
    if baseline is None:
        return None
    if finish >= baseline:
        return cal.between(baseline, finish)
    return -cal.between(finish, baseline)


def _all_milestones(
    plan: Plan,
    schedule: Schedule,
    status: datetime,
    cal: DayCalendar,
    entries: dict[int, BaselineEntry],
) -> list[MilestoneLine]:
    """Every active milestone, by forecast date."""
    out: list[MilestoneLine] = []
    for row, task in enumerate(plan.tasks, start=1):
        if not task.milestone or not task.active:
            continue
        times = schedule.get(task.uid)
        if times is None or times.summary:
            continue
        entry = entries.get(task.uid)
        base = entry.finish if entry is not None else None
        done = is_done(task)
        out.append(
            MilestoneLine(
                uid=task.uid,
                row=row,
                name=task.name,
                forecast=times.finish,
                baseline=base,
                variance_minutes=finish_variance(cal, times.finish, base),
                done=done,
                overdue=not done and times.finish <= status,
            )
        )
    out.sort(key=lambda m: (m.forecast, m.row))
    return out


def _split_milestones(
    milestones: list[MilestoneLine], status: datetime, days: int, passed_count: int
) -> tuple[tuple[MilestoneLine, ...], int, tuple[MilestoneLine, ...]]:
    """(passed, earlier, next): reached or due by the status date (:func:`kept_passed`),
    how many reached ones that leaves out, and those not reached due within ``days``
    after it (at least the next one)."""
    passed = [m for m in milestones if m.done or m.forecast <= status]
    ahead = [m for m in milestones if not m.done and m.forecast > status]
    horizon = status + timedelta(days=days)
    soon = [m for m in ahead if m.forecast <= horizon] or ahead[:1]
    kept, earlier = kept_passed(passed, passed_count)
    return kept, earlier, tuple(soon)


def kept_passed(passed: list[MilestoneLine], most: int) -> tuple[tuple[MilestoneLine, ...], int]:
    """The milestones of ``passed`` (by date) a report lists, and how many it leaves out.

    Every late one (missed, or reached after its baseline date) first, by date: an
    old missed milestone is the news, and keeping only the latest ``most`` dropped it.
    Then the latest others (all reached) up to ``most`` in all; the earlier reached
    ones are counted, not listed.
    """
    late = [m for m in passed if m.late]
    reached = [m for m in passed if not m.late]
    room = max(most - len(late), 0)
    kept = reached[max(len(reached) - room, 0) :] if room else []
    return tuple(late + kept), len(reached) - len(kept)


class _Found(NamedTuple):
    """A task the report lists, before its line is built (most are only counted)."""

    row: int
    task: Task
    times: TaskTimes


def _task_line(
    found: _Found,
    status: datetime,
    cal: DayCalendar,
    entries: dict[int, BaselineEntry],
    clocks: TaskClocks,
) -> TaskLine:
    task, times = found.task, found.times
    entry = entries.get(task.uid)
    return TaskLine(
        uid=task.uid,
        row=found.row,
        name=task.name,
        start=times.start,
        finish=times.finish,
        percent_complete=task.percent_complete,
        expected_percent=round(expected_percent(times, status, cal, task, clocks), 1),
        critical=times.critical,
        started=is_started(task),
        finish_variance_minutes=finish_variance(
            cal, times.finish, entry.finish if entry is not None else None
        ),
    )


def _late_and_critical(
    plan: Plan, schedule: Schedule, status: datetime, cal: DayCalendar, clocks: TaskClocks
) -> tuple[list[_Found], list[_Found], TaskCounts]:
    """(late, critical under way, counts): MS Project's Late tasks, critical ones first,
    then by finish; the critical tasks in progress that are not late, by finish; and how
    many leaf tasks have each Status."""
    counts = dict.fromkeys(TaskStatus, 0)
    late: list[_Found] = []
    critical: list[_Found] = []
    tasks = plan.tasks
    last = len(tasks) - 1
    for i, task in enumerate(tasks):
        if not task.active or (i < last and tasks[i + 1].outline_level > task.outline_level):
            continue  # summaries roll up their subtasks, which are listed themselves
        times = schedule.get(task.uid)
        if times is None or times.summary:
            continue
        state = task_status(task, times, status, cal, clocks)
        counts[state] += 1
        if state is TaskStatus.LATE:
            late.append(_Found(i + 1, task, times))
        elif state is TaskStatus.ON_SCHEDULE and times.critical and is_started(task):
            critical.append(_Found(i + 1, task, times))
    late.sort(key=lambda f: (not f.times.critical, f.times.finish, f.row))
    critical.sort(key=lambda f: (f.times.finish, f.row))
    tally = TaskCounts(
        complete=counts[TaskStatus.COMPLETE],
        on_schedule=counts[TaskStatus.ON_SCHEDULE],
        late=counts[TaskStatus.LATE],
        future=counts[TaskStatus.FUTURE],
    )
    return late, critical, tally


def _mondays(first: datetime, last: datetime, cal: DayCalendar) -> list[date]:
    """Mondays of the weeks from ``first`` to ``last``'s day; a ``last`` at its day's first
    moment on the person's calendar ``cal`` (midnight, or before that day's working time: a
    weekend's work ending Monday 08:00) belongs to the day before."""
    day = first.date() - timedelta(days=first.weekday())
    end = last.date()
    if cal.minutes_before(last) == 0:
        end -= timedelta(days=1)
    end = max(end, first.date())
    out = []
    while day <= end:
        out.append(day)
        day += timedelta(days=7)
    return out


def _people(plan: Plan, schedule: Schedule, status: datetime) -> tuple[PersonLoad, ...]:
    """People over-allocated at some moment from the status date on, with the weeks it happens."""
    status_week = status.date() - timedelta(days=status.weekday())
    names = {t.uid: t.name for t in plan.tasks}
    found: dict[int, tuple[float, float, set[date], dict[int, None]]] = {}
    off_time: dict[int, tuple[bool, bool]] = {}  # people working on a day off, outside hours
    cals: dict[int | None, DayCalendar] = {}
    for o in overallocations(plan, schedule):
        if o.finish <= status:
            continue
        peak, limit, weeks, tasks = found.setdefault(o.resource_uid, (0.0, o.max_units, set(), {}))
        cal = _resource_calendar(plan, plan.resource(o.resource_uid), cals)
        weeks.update(w for w in _mondays(o.start, o.finish, cal) if w >= status_week)
        tasks.update(dict.fromkeys(o.task_uids))
        if o.off_time:
            day_off, off_hours = off_time.get(o.resource_uid, (False, False))
            off_time[o.resource_uid] = (day_off or o.day_off, off_hours or o.off_hours)
        found[o.resource_uid] = (max(peak, o.units), min(limit, o.max_units), weeks, tasks)
    out: list[PersonLoad] = []
    for res in plan.resources:
        got = found.get(res.uid)
        if got is None:
            continue
        peak, limit, weeks, tasks = got
        out.append(
            PersonLoad(
                uid=res.uid,
                name=res.name,
                peak_units=peak,
                max_units=limit,
                weeks=tuple(sorted(weeks)),
                task_names=tuple(names.get(u, "?") for u in tasks),
                off_time=off_time_words(*off_time.get(res.uid, (False, False))),
            )
        )
    return tuple(out)


def _phases(
    plan: Plan, schedule: Schedule, entries: dict[int, BaselineEntry]
) -> tuple[tuple[PhaseLine, ...], int]:
    """Rows at outline levels 1 and 2 for the summary Gantt (level 1 only past
    :data:`PHASE_LIMIT` rows), and how many rows levels 1-2 have."""
    count = sum(1 for t in plan.tasks if t.outline_level <= 2 and t.active)
    deepest = 2 if count <= PHASE_LIMIT else 1
    out: list[PhaseLine] = []
    points = ProgressPoints(plan, schedule)
    for task in plan.tasks:
        if task.outline_level > deepest or not task.active:
            continue
        times = schedule.get(task.uid)
        if times is None:
            continue
        e = entries.get(task.uid)
        under_way = not times.summary and 0 < times.percent_complete < 100
        out.append(
            PhaseLine(
                uid=task.uid,
                name=task.name,
                level=task.outline_level,
                start=times.start,
                finish=times.finish,
                baseline_start=e.start if e is not None else None,
                baseline_finish=e.finish if e is not None else None,
                percent_complete=times.percent_complete,
                summary=times.summary,
                milestone=task.milestone,
                critical=times.critical,
                complete_through=points.point(task.uid) if under_way else None,
            )
        )
    return tuple(out), count
