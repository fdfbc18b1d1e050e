"""Recurring tasks (MS Project's Task > Recurring Task…): a pattern that makes occurrences.

A recurring task is a summary whose subtasks are its occurrences, each pinned
with a Start No Earlier Than at its date, as MS Project builds one. The pattern
(:class:`TaskRecurrence`) is kept beside the summary so that it can be changed
later; changing it makes the occurrences again.

The dates come from the same recurrence arithmetic as calendar exceptions
(:func:`app.domain.calendars.occurrences`): daily every N days (or every N
working days of the task's calendar: "every weekday"), weekly every N
weeks on some weekdays, monthly on day N or the Nth weekday, yearly likewise;
from a start date until an end date or for a number of occurrences.

MS Project asks what to do with an occurrence that falls on a non-working day;
Gantry keeps the choice in the pattern: move it to the next working day
(the default; a day already taken goes to the next free working day, so two
occurrences never collapse into one and "10 times" makes 10) or skip it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from app.domain.calendar import CalendarException, Recurrence, RecurrenceKind
from app.domain.calendars import occurrences
from app.domain.day_names import MONTH_NAMES, WEEKDAY_ABBR
from app.domain.errors import InputError
from app.domain.notation import format_duration
from app.domain.plural_words import counted, noun
from app.domain.project import Project
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import Assignment
from app.domain.task import ConstraintType, DurationUnit, Task
from app.domain.worktime import WorkTime

if TYPE_CHECKING:
    from app.domain.plan import Plan

# MS Project allows at most 999 occurrences of a recurring task.
MAX_OCCURRENCES = 999
# How far to look for a working day after a non-working occurrence.
_MAX_SHIFT_DAYS = 366

_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "last"}


class NonWorkingOccurrence(Enum):
    """What happens to an occurrence that falls on a non-working day."""

    MOVE = "move"  # to the next working day
    SKIP = "skip"  # left out


@dataclass(frozen=True, slots=True)
class TaskRecurrence:
    """The pattern of a recurring task: how often, from when, until when, how long each.

    ``pattern`` is the calendar exceptions' :class:`Recurrence`; its ``occurrences``
    is the count when ``end`` is None ("End after N occurrences"), else unused.
    ``working_days`` makes a daily pattern count working days of the task's calendar
    ("every weekday" for a period of 1), so no occurrence falls on a day off.
    """

    pattern: Recurrence
    start: date
    end: date | None = None
    duration_minutes: int = 480
    duration_unit: DurationUnit | None = None
    non_working: NonWorkingOccurrence = NonWorkingOccurrence.MOVE
    working_days: bool = False


def check_recurrence(rec: TaskRecurrence) -> None:
    """Refuse a pattern that makes no sense, with one message naming the field."""
    if rec.pattern.period < 1:
        raise InputError("a recurring task repeats every 1 or more days, weeks, months or years")
    if rec.end is None:
        count = rec.pattern.occurrences
        if count is None or count < 1:
            raise InputError("give the number of occurrences or an end date")
        if count > MAX_OCCURRENCES:
            raise InputError(f"a recurring task has at most {MAX_OCCURRENCES} occurrences")
    elif rec.end < rec.start:
        raise InputError(
            f"the end date {rec.end:%Y-%m-%d} is before the start {rec.start:%Y-%m-%d}"
        )
    if rec.duration_minutes < 0:
        raise InputError("a duration cannot be negative")
    if rec.pattern.kind is RecurrenceKind.WEEKLY and not rec.pattern.weekdays:
        raise InputError("pick at least one day of the week")
    if rec.working_days and rec.pattern.kind is not RecurrenceKind.DAILY:
        raise InputError("only a daily pattern repeats every working day")


def occurrence_dates(rec: TaskRecurrence, work_time: WorkTime) -> list[date]:
    """The days the occurrences fall on, non-working days moved or skipped, in order.

    Raises InputError for a bad pattern, for more than :data:`MAX_OCCURRENCES`
    occurrences and for a range that holds none.
    """
    return _dates(rec, work_time, moved=True)


def pinned_dates(rec: TaskRecurrence, work_time: WorkTime) -> list[date]:
    """The days MS Project pins the occurrences at: the pattern's own dates, a non-working
    one kept (the task starts the next working day) unless the pattern skips it.

    MS Project's sample file pins "day 1 of every month" occurrences Start No Earlier
    Than Saturday 1 February, starting Monday 3; Gantry pins them on the day they start
    (:func:`occurrence_dates`). Raises as :func:`occurrence_dates`.
    """
    return _dates(rec, work_time, moved=False)


def _dates(rec: TaskRecurrence, work_time: WorkTime, moved: bool) -> list[date]:
    check_recurrence(rec)
    pattern = rec.pattern
    if rec.end is None:
        # "End after N occurrences": N dates of the pattern, whichever days they are
        far = date(9999, 12, 31)
    else:
        far = rec.end
        if pattern.occurrences is not None:
            pattern = Recurrence(
                pattern.kind,
                pattern.period,
                pattern.weekdays,
                pattern.day_of_month,
                pattern.week_of_month,
                pattern.weekday,
                pattern.month,
                None,
            )
    if rec.working_days:
        days = _working_days(rec.start, far, pattern, work_time)
    else:
        days = occurrences(CalendarException("", rec.start, far, recurrence=pattern))
    found: list[date] = []
    taken: set[date] = set()
    skipped = 0
    for count, day in enumerate(days, start=1):
        if count > MAX_OCCURRENCES:
            raise InputError(
                f"the pattern makes more than {MAX_OCCURRENCES} occurrences: "
                "end it sooner or repeat less often"
            )
        if not work_time.is_working_day(day):
            if rec.non_working is NonWorkingOccurrence.SKIP:
                skipped += 1
                continue
            if moved:
                day = _next_working_day(day, work_time)
        while moved and day in taken:  # a moved occurrence took it: the next free working day
            day = _next_working_day(day, work_time)
        taken.add(day)
        found.append(day)
    if not found and skipped:
        raise InputError(
            "every occurrence falls on a non-working day and is skipped: pick working days "
            "or move them to the next working day"
        )
    if not found:
        raise InputError("no occurrence falls between the start and end dates")
    return found


def check_apart(
    rec: TaskRecurrence, days: Sequence[date], work_time: WorkTime, project: Project
) -> None:
    """Refuse a duration longer than the pattern's interval, as MS Project refuses a
    recurring task's duration longer than its frequency: one message naming the duration
    and the working time from one occurrence's start to the next (``days`` from
    :func:`occurrence_dates`).

    The time between is working time on ``work_time`` at the project's default start
    time, so an occurrence every Friday and Monday is a working day apart. It is the
    pattern's interval that counts, not a holiday's: consecutive occurrences are grouped
    by their weekdays and each group is judged by its longest gap (a week without a
    holiday), so a week's meeting every week is taken even though the week of a holiday
    runs into the next one, as MS Project lets it.
    """
    if len(days) < 2 or rec.duration_minutes == 0:
        return
    at = project.default_start_time
    longest: dict[tuple[int, int], tuple[int, date, date]] = {}
    for a, b in itertools.pairwise(days):
        gap_ab = work_time.between(datetime.combine(a, at), datetime.combine(b, at))
        kind = (a.weekday(), b.weekday())
        if kind not in longest or gap_ab > longest[kind][0]:
            longest[kind] = (gap_ab, a, b)
    gap, first, second = min(longest.values())
    if rec.duration_minutes <= gap:
        return
    unit = rec.duration_unit
    lasts = format_duration(rec.duration_minutes, project, unit=unit)
    apart = format_duration(gap, project, unit=unit)
    raise InputError(
        f"each occurrence lasts {lasts}, longer than the {apart} between the occurrences of "
        f"{first:%a %Y-%m-%d} and {second:%a %Y-%m-%d}: they would overlap; "
        "shorten the duration or repeat less often"
    )


def _working_days(
    start: date, end: date, pattern: Recurrence, work_time: WorkTime
) -> Iterator[date]:
    """Every ``pattern.period``-th working day from ``start`` (the first working day on or
    after it) to ``end``, at most ``pattern.occurrences`` of them."""
    day = start if work_time.is_working_day(start) else _next_working_day(start, work_time)
    made = 0
    while day <= end and (pattern.occurrences is None or made < pattern.occurrences):
        yield day
        made += 1
        for _ in range(pattern.period):
            day = _next_working_day(day, work_time)


def _next_working_day(day: date, work_time: WorkTime) -> date:
    for _ in range(_MAX_SHIFT_DAYS):
        day += timedelta(days=1)
        if work_time.is_working_day(day):
            return day
    raise InputError("the calendar has no working day within a year of an occurrence")


def occurrence_tasks(
    rec: TaskRecurrence,
    name: str,
    first_uid: int,
    level: int,
    start_time: time,
    work_time: WorkTime,
) -> list[Task]:
    """The occurrences as subtasks at ``level``: "Name 1", "Name 2"..., each SNET its date.

    As MS Project makes them, not effort-driven: a one-hour meeting stays one hour
    when someone leaves it (the others' work does not stretch it).
    """
    days = occurrence_dates(rec, work_time)
    return [
        Task(
            first_uid + i,
            f"{name} {i + 1}",
            level,
            duration_minutes=rec.duration_minutes,
            milestone=rec.duration_minutes == 0,
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime.combine(day, start_time),
            duration_unit=rec.duration_unit,
            effort_driven=False,
        )
        for i, day in enumerate(days)
    ]


def is_occurrence(task: Task, has_subtasks: bool) -> bool:
    """Whether a recurring task's subtask is one of its occurrences (a task without subtasks
    pinned Start No Earlier Than its date), not a task the user put under it."""
    return (
        not has_subtasks
        and task.constraint_type is ConstraintType.SNET
        and task.constraint_date is not None
    )


def occurrence_people(
    staffing: Sequence[Sequence[Assignment]],
    occurrences: Sequence[Task],
    first_uid: int,
    is_work: Callable[[int], bool],
    old_days: Sequence[date] | None = None,
) -> list[Assignment]:
    """The assignments that staff new occurrences as the old ones were: each person on
    every old occurrence (``staffing``, one list per occurrence) goes on every new one
    with the units of the first, a person's work following the new duration.

    Someone on some occurrences only stays on a new occurrence of the same day as
    one they were on (``old_days``: each old occurrence's day, as ``staffing``);
    which other new ones they would attend is not known, so none. Uids are
    numbered from ``first_uid``.
    """
    if not staffing:
        return []
    common = set.intersection(*({a.resource_uid for a in mine} for mine in staffing))
    people = [a for a in staffing[0] if a.resource_uid in common]
    extras: dict[date, list[Assignment]] = {}
    for day, mine in zip(old_days or (), staffing, strict=False):
        extras[day] = [a for a in mine if a.resource_uid not in common]
    found: list[Assignment] = []
    for task in occurrences:
        pinned = task.constraint_date
        for a in [*people, *(extras.get(pinned.date(), ()) if pinned is not None else ())]:
            work = round(task.duration_minutes * a.units) if is_work(a.resource_uid) else 0
            found.append(
                replace(
                    a,
                    uid=first_uid + len(found),
                    task_uid=task.uid,
                    work_minutes=work,
                    actual_work_minutes=0,
                    overtime_work_minutes=0,
                    actual_overtime_work_minutes=0,
                )
            )
    return found


def occurrence_staffing(
    shown: Collection[int],
    wanted: Sequence[tuple[int, float]],
    current: Sequence[Assignment],
) -> list[tuple[int, float]]:
    """Who staffs one occurrence once its summary's People cell goes from ``shown`` (the
    people on every occurrence, what the cell showed) to ``wanted`` (resource, units).

    As MS Project applies a summary's assignment change to each occurrence: the
    people typed, at the units typed, and whoever is on this occurrence (``current``)
    without being on all of them, as they were (someone added to one meeting stays).
    """
    typed = {r for r, _ in wanted}
    extra = [
        (a.resource_uid, a.units)
        for a in current
        if a.resource_uid not in shown and a.resource_uid not in typed
    ]
    return [*wanted, *extra]


def patterns_not_kept(plan: Plan, fmt: str) -> str:
    """The one line that says a save as ``fmt`` (".csv", a format without recurring
    patterns) keeps the recurring tasks' occurrences as ordinary tasks; "" without any."""
    uids = [uid for uid in plan.recurrences if plan.has_task(uid)]
    if not uids:
        return ""
    head = f"{fmt} keeps no recurring pattern: "
    if len(uids) > 1:
        return f"{head}{len(uids)} recurring tasks are saved as their occurrences"
    uid = uids[0]
    count = sum(1 for t in plan.children(uid) if is_occurrence(t, plan.is_summary(t.uid)))
    return f"{head}{quoted(plan.task(uid).name, NAME_LIMIT)} is saved as its {count} occurrences"


def describe(rec: TaskRecurrence) -> str:
    """The pattern in words, as the dialog and the status bar say it."""
    p = rec.pattern
    every = "" if p.period == 1 else f" {p.period}"
    kind = p.kind
    if kind is RecurrenceKind.DAILY and rec.working_days:
        text = "every weekday" if p.period == 1 else f"every {p.period} working days"
    elif kind is RecurrenceKind.DAILY:
        text = f"every{every} {noun(p.period, 'day')}"
    elif kind is RecurrenceKind.WEEKLY:
        days = ", ".join(WEEKDAY_ABBR[d] for d in sorted(p.weekdays))
        text = f"every{every} {noun(p.period, 'week')} on {days}"
    elif kind is RecurrenceKind.MONTHLY_BY_DATE:
        text = f"day {p.day_of_month} of every{every} {noun(p.period, 'month')}"
    elif kind is RecurrenceKind.MONTHLY_BY_WEEKDAY:
        text = (
            f"the {_ORDINALS[p.week_of_month]} {WEEKDAY_ABBR[p.weekday]} of every{every} "
            f"{noun(p.period, 'month')}"
        )
    elif kind is RecurrenceKind.YEARLY_BY_DATE:
        text = (
            f"every{every} {noun(p.period, 'year')} on {MONTH_NAMES[p.month - 1]} {p.day_of_month}"
        )
    else:
        text = (
            f"every{every} {noun(p.period, 'year')} on the {_ORDINALS[p.week_of_month]} "
            f"{WEEKDAY_ABBR[p.weekday]} of {MONTH_NAMES[p.month - 1]}"
        )
    if rec.end is not None:
        return f"{text}, from {rec.start:%Y-%m-%d} until {rec.end:%Y-%m-%d}"
    times = counted(p.occurrences or 0, "time")  # checked: a count when there is no end
    return f"{text}, {times} from {rec.start:%Y-%m-%d}"


def infer_recurrence(
    days: list[date],
    duration_minutes: int,
    duration_unit: DurationUnit | None,
    work_time: WorkTime,
) -> TaskRecurrence | None:
    """The pattern that makes exactly these occurrence days, or None when none of the simple
    ones does (a file that keeps only the occurrences: MS Project XML has no pattern).

    Tries daily, weekly, monthly and yearly patterns read off the days, each with
    non-working occurrences moved or skipped, and keeps the first that gives the
    same days back: the days they start on (as Gantry pins them) or the pattern's
    dates (as MS Project pins them, a Saturday's occurrence starting Monday).
    """
    if not days or days != sorted(set(days)):
        return None
    step = _working_day_step(days, work_time)
    workdays = (
        None if step is None else _workdays_pattern(days, step, duration_minutes, duration_unit)
    )
    if workdays is not None and step == 1 and occurrence_dates(workdays, work_time) == days:
        return workdays  # every weekday: a day off in between is no gap
    # a first occurrence moved off a weekend started a day or two before
    starts = [days[0] - timedelta(days=back) for back in range(3)]
    for pattern in _candidate_patterns(days):
        for non_working in NonWorkingOccurrence:
            for start, by_count in itertools.product(starts, (True, False)):
                rec = TaskRecurrence(
                    _with_count(pattern, len(days) if by_count else None),
                    start,
                    None if by_count else days[-1],
                    duration_minutes,
                    duration_unit,
                    non_working,
                )
                try:
                    if days in (occurrence_dates(rec, work_time), pinned_dates(rec, work_time)):
                        return rec
                except InputError:
                    continue
    # every N working days, when no pattern on the calendar's dates makes them
    if workdays is not None and occurrence_dates(workdays, work_time) == days:
        return workdays
    return None


def _workdays_pattern(
    days: list[date], step: int, duration_minutes: int, duration_unit: DurationUnit | None
) -> TaskRecurrence:
    return TaskRecurrence(
        Recurrence(RecurrenceKind.DAILY, step, occurrences=len(days)),
        days[0],
        None,
        duration_minutes,
        duration_unit,
        working_days=True,
    )


def _working_day_step(days: list[date], work_time: WorkTime) -> int | None:
    """The number of working days between each two occurrences when it is the same for
    all and some of them are more than that many days apart (so a plain daily pattern
    would not do); else None."""
    if len(days) < 2 or not all(work_time.is_working_day(d) for d in days):
        return None
    steps = set()
    for a, b in itertools.pairwise(days):
        count, day = 0, a
        while day < b and count <= MAX_OCCURRENCES:
            day = _next_working_day(day, work_time)
            count += 1
        if day != b:
            return None
        steps.add(count)
    if len(steps) != 1:
        return None
    step = steps.pop()
    gaps = {(b - a).days for a, b in itertools.pairwise(days)}
    return step if gaps != {step} else None


def _with_count(p: Recurrence, count: int | None) -> Recurrence:
    return Recurrence(
        p.kind, p.period, p.weekdays, p.day_of_month, p.week_of_month, p.weekday, p.month, count
    )


def _candidate_patterns(days: list[date]) -> list[Recurrence]:
    """Patterns that may make ``days``, the one a PM would have picked first: yearly when
    the dates are whole years apart, then monthly, weekly and daily (two third Wednesdays
    two months apart are "monthly", not "every 63 days": their next dates differ)."""
    first = days[0]
    gaps = sorted({(b - a).days for a, b in itertools.pairwise(days)}) or [1]
    daily = [Recurrence(RecurrenceKind.DAILY, period=gap) for gap in gaps[:3]]
    monthly: list[Recurrence] = []
    # weeks run Sunday to Saturday, as the calendar arithmetic counts them
    sunday = first - timedelta(days=(first.weekday() + 1) % 7)
    weeks = sorted({(d - sunday).days // 7 for d in days})
    steps = {b - a for a, b in itertools.pairwise(weeks)}
    period = min(steps) if steps else 1
    weekly = [
        Recurrence(RecurrenceKind.WEEKLY, period, weekdays) for weekdays in _weekday_sets(days)
    ]
    months = [d.year * 12 + d.month for d in days]
    month_steps = {b - a for a, b in itertools.pairwise(months)}
    every = min(month_steps) if month_steps else 1
    week = min((first.day - 1) // 7 + 1, 4)
    last_week = (first + timedelta(days=7)).month != first.month
    # an occurrence moved off a weekend landed a day or two after its date
    dates_of_month = sorted({d.day for d in days[:3]} | {max(1, first.day - k) for k in (1, 2)})
    monthly += [
        Recurrence(RecurrenceKind.MONTHLY_BY_DATE, every, day_of_month=day)
        for day in dates_of_month
    ]
    for w in (week, 5) if last_week else (week,):
        monthly.append(
            Recurrence(
                RecurrenceKind.MONTHLY_BY_WEEKDAY, every, week_of_month=w, weekday=first.weekday()
            )
        )
    years = max(1, every // 12)
    yearly = [
        Recurrence(RecurrenceKind.YEARLY_BY_DATE, years, day_of_month=first.day, month=first.month),
        *(
            Recurrence(
                RecurrenceKind.YEARLY_BY_WEEKDAY,
                years,
                week_of_month=w,
                weekday=first.weekday(),
                month=first.month,
            )
            for w in ((week, 5) if last_week else (week,))
        ),
    ]
    if every >= 12 and every % 12 == 0:
        return [*yearly, *monthly, *weekly, *daily]
    return [*monthly, *weekly, *daily, *yearly]


def _weekday_sets(days: list[date]) -> list[tuple[int, ...]]:
    """The days of the week a weekly pattern making ``days`` may be on, likeliest first.

    All the days' weekdays; then, since an occurrence moved off a holiday lands on
    another weekday ("every Monday" with Easter Monday read Mon and Tue, which a
    daily "every 7 days" matched first), the weekdays found more than once, and
    the first occurrence's weekday or the one or two before it (a first date moved
    off a weekend). The caller keeps the first set that makes the days again.
    """
    seen = [d.weekday() for d in days]
    found = [tuple(sorted(set(seen)))]
    repeated = tuple(sorted({w for w in seen if seen.count(w) > 1}))
    firsts = [((days[0].weekday() - back) % 7,) for back in range(3)]
    for weekdays in (repeated, *firsts):
        if weekdays and weekdays not in found:
            found.append(weekdays)
    return found
