"""Move Project (MS Project's Project > Move Project): the whole plan to a new start date.

Every date the user entered moves by the same amount of working time on the
project calendar: the project start, constraint dates, deadlines (unless asked
not to), manual tasks' dates, the status date, and the actual dates of tasks
under way or done (as MS Project does after its warning: the progress keeps its
place in the plan). A date five working days after the old start lands five
working days after the new one, whatever weekends and holidays lie between.

A recurring task's pattern moves its start and end by the same working time,
and its occurrences are then the pattern's dates in the moved range: a weekly
Wednesday meeting stays on Wednesdays, whatever the shift (moved one working
day, its occurrences would have been Thursdays under a pattern still saying
Wednesday).

Left as they are: baselines (the record of what was planned), calendars and
their holidays, people's availability and vacations: those are dates of the
real world, not of the plan.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time
from operator import attrgetter

from app.domain.calendar import Recurrence
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.recurrence_tasks import TaskRecurrence, is_occurrence, occurrence_dates
from app.domain.task import Task
from app.domain.worktime import WorkTime, from_minutes, to_minutes

# Every field of a task in order, and where the dates a move shifts sit among them.
_NAMES = tuple(f.name for f in fields(Task))
_FIELDS_OF = attrgetter(*_NAMES)
_DATE_FIELDS = tuple(
    _NAMES.index(name)
    for name in ("start", "finish", "constraint_date", "deadline", "actual_start", "actual_finish")
)


@dataclass(frozen=True, slots=True)
class ProjectMove:
    """What a move changes: the new project settings and every task that moves.

    ``tasks`` holds the moved tasks only (new values, in plan order);
    ``shift_minutes`` is the working time moved (negative: earlier);
    ``with_progress`` counts the tasks under way or done (they move too);
    ``recurrences`` holds the recurring tasks' patterns, their start and end moved
    as their occurrences are (by summary uid).
    """

    project: Project
    tasks: tuple[Task, ...]
    shift_minutes: int
    with_progress: int
    recurrences: tuple[tuple[int, TaskRecurrence], ...] = ()


# MS Project's range of dates: a new start outside it is refused before any calendar is read
# (year 1 broke the calendar's day table for the rest of the session).
EARLIEST_START = date(1984, 1, 1)
LATEST_START = date(2149, 12, 31)


def move_project(plan: Plan, new_start: datetime, move_deadlines: bool = True) -> ProjectMove:
    """The changes that move ``plan`` to start at ``new_start`` (the plan itself is unchanged).

    Raises InputError for a start outside :data:`EARLIEST_START` .. :data:`LATEST_START`.
    """
    if not EARLIEST_START <= new_start.date() <= LATEST_START:
        raise InputError(
            f"a project starts between {EARLIEST_START:%Y-%m-%d} and {LATEST_START:%Y-%m-%d}, "
            f"as in MS Project: {new_start.date().isoformat()} is outside"
        )
    project = plan.project
    shift, delta = _shifter(plan, new_start)
    recurrences, pinned = _moved_recurrences(plan, shift, project.default_start_time)
    rows: list[tuple[object, ...]] = []
    for task in plan.tasks:
        dates = (
            task.start,
            task.finish,
            task.constraint_date,
            task.deadline,
            task.actual_start,
            task.actual_finish,
        )
        new = tuple(map(shift, dates))
        if not move_deadlines:
            new = (*new[:3], task.deadline, *new[4:])
        if pinned and task.uid in pinned:  # an occurrence: its pattern's date
            new = (*new[:2], pinned[task.uid], *new[3:])
        if new != dates:  # a copy only of the tasks that move: most have no date of their own
            row = list(_FIELDS_OF(task))
            for i, value in zip(_DATE_FIELDS, new, strict=True):
                row[i] = value
            rows.append(tuple(row))
    # built in one pass (Task.of_many): replace() per task took 2.5 s at 100k moved tasks
    tasks = Task.of_many(rows)
    moved_project = replace(project, start=new_start, status_date=shift(project.status_date))
    return ProjectMove(
        moved_project,
        tuple(tasks),
        delta,
        started_tasks(plan),
        tuple(r for r in recurrences if r[1] != plan.recurrences[r[0]]),
    )


def _moved_recurrences(
    plan: Plan, shift: Callable[[datetime | None], datetime | None], at: time
) -> tuple[list[tuple[int, TaskRecurrence]], dict[int, datetime]]:
    """Each recurring task's pattern with its range moved, and the dates its occurrences
    take from it (by occurrence uid, each at its own time of day).

    A range given by an end date may hold one occurrence more or fewer once moved;
    the move keeps the occurrences there are and ends the range at the last of them.
    Likewise a count of dates that skips non-working ones: the count becomes what
    makes the occurrences there are.
    An occurrence under way, or moved by hand off its date, is shifted as any task.
    A pattern that makes no dates once moved leaves its occurrences shifted as tasks.
    """
    if not plan.recurrences:
        return [], {}
    wt = _work_time(plan)
    moved: list[tuple[int, TaskRecurrence]] = []
    pinned: dict[int, datetime] = {}
    for uid, rec in plan.recurrences.items():
        new = replace(
            rec,
            start=_day(shift, rec.start, at),
            end=None if rec.end is None else _day(shift, rec.end, at),
        )
        occurrences = [t for t in plan.children(uid) if is_occurrence(t, plan.is_summary(t.uid))]
        try:
            old_days = occurrence_dates(rec, wt)
        except InputError:
            old_days = []
        try:
            days = occurrence_dates(new, wt)
            if len(days) != len(occurrences) and occurrences:
                counted = _counting(new, len(occurrences), wt)
                days = occurrence_dates(counted, wt)
                new = counted if new.end is None else replace(new, end=days[-1])
        except InputError:
            days = []
        moved.append((uid, new))
        for k, (task, day) in enumerate(zip(occurrences, days, strict=False)):
            assert task.constraint_date is not None
            if task.actual_start is not None:  # under way: its progress moved with the plan
                continue
            if k >= len(old_days) or task.constraint_date.date() != old_days[k]:
                continue  # moved by hand off its pattern's date: shifted as any task
            pinned[task.uid] = datetime.combine(day, task.constraint_date.time())
    return moved, pinned


def _counted(p: Recurrence, count: int) -> Recurrence:
    return replace(p, occurrences=count)


def _counting(rec: TaskRecurrence, wanted: int, wt: WorkTime) -> TaskRecurrence:
    """``rec`` ending after the fewest of its dates that make ``wanted`` occurrences.

    Skipping non-working days, N dates make fewer than N occurrences, and how many
    fewer depends on where the dates fall: moved, a pattern "4 times" that made 3
    (a holiday skipped) may make 4, or 2. The occurrences there are stay; the count
    follows them. (Without skips each date is an occurrence: ``wanted`` dates.)
    """
    count = wanted
    while True:
        counted = replace(rec, end=None, pattern=_counted(rec.pattern, count))
        made = len(occurrence_dates(counted, wt))  # InputError past MAX_OCCURRENCES
        if made >= wanted:
            return counted
        count += wanted - made


def _day(shift: Callable[[datetime | None], datetime | None], day: date, at: time) -> date:
    """A date (a recurrence's start or end) moved as a start of work that day would be."""
    moved = shift(datetime.combine(day, at))
    assert moved is not None
    return moved.date()


def started_tasks(plan: Plan) -> int:
    """How many tasks have progress (an actual date): the dialog warns that they move too."""
    return sum(
        1
        for t in plan.tasks
        if t.actual_start is not None or t.actual_finish is not None or t.percent_complete > 0
    )


def _work_time(plan: Plan) -> WorkTime:
    calendar = plan.calendars.get(plan.project.calendar_uid)
    if calendar is None:
        return WorkTime.continuous()
    return WorkTime.for_calendar(calendar, plan.calendars)


def _shifter(
    plan: Plan, new_start: datetime
) -> tuple[Callable[[datetime | None], datetime | None], int]:
    """A function moving one date by the working time from the old start to ``new_start``,
    and that working time in minutes.

    A moment with work right after it (a start, 08:00 on a working day) lands where
    work resumes; any other (17:00, a weekend) lands where work stops, so a finish
    never moves past the next start and no date moves before one it followed.
    """
    wt = _work_time(plan)
    delta = wt.index(to_minutes(new_start)) - wt.index(to_minutes(plan.project.start))

    moved: dict[datetime | None, datetime | None] = {None: None}  # plans repeat their dates

    def shift(moment: datetime | None) -> datetime | None:
        if moment in moved:
            return moved[moment]
        assert moment is not None
        if delta == 0:
            return moment
        t = to_minutes(moment)
        w = wt.index(t) + delta
        found = from_minutes(wt.at_start(w) if wt.next_start(t) == t else wt.at_end(w))
        moved[moment] = found
        return found

    return shift, delta
