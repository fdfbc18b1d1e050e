"""MS Project's built-in task filters: which tasks a filter lets through, and their outline.

A filter is a test on each task of the plan, read against the current
schedule (and the status date for Late Tasks, baseline 0 for Slipping Tasks).
:func:`matching_uids` gives the tasks that pass; :func:`with_summaries` adds
the summaries above them, as MS Project's "Show related summary rows" does,
so a filtered sheet or printout still reads as an outline.

The tests, as MS Project defines its filters of the same names:

* Critical: the task's Critical flag (summaries carry their own).
* Incomplete / Completed Tasks: % complete below 100 / at 100 (a summary's
  rolled up from its subtasks, as the sheet shows it).
* Late Tasks: Status is Late at the status date: the task should have
  progressed further by then than it has (:mod:`app.domain.status_tasks`).
  As the status report counts late work: active tasks without subtasks (a
  summary shows, greyed, above a late one).
* Slipping Tasks: not finished, finishing later than its baseline finish.
* Milestones, Summary Tasks: the Milestone and Summary flags.
* Tasks With Deadlines: a deadline is set; Missed Deadlines: finishing after it.
* Tasks With Fixed Dates: a constraint other than As Soon/Late As Possible,
  or an actual start.
* Using Resource: a person (or material) is assigned to the task.
* Date Range: the task overlaps the range (finishes on or after its start and
  starts before its end).
* Task Name Contains: the name holds the text, whatever the case (the
  AutoFilter box of MS Project's Name column).
* Cost Overbudget / Work Overbudget: the baseline holds the task and its cost (work)
  now is more than its baseline cost (work), a summary's rolled up: the Cost Variance
  (Work Variance) column reads above 0 (by half a cent or more, a minute or more).
* Custom Field: MS Project's custom filter on one field: a Number, Cost, Duration or Date
  compared by value (equals, greater than, within...), a Text's cell containing or equal
  to a text, a Flag Yes or No (:mod:`app.domain.custom_filter_tests`).
* Hyperlink Contains: the task's hyperlink holds the text in what it shows,
  its address or sub-address, whatever the case (no text: every task with a
  hyperlink).

Every test runs once per task with no per-task lookups beyond the schedule,
so filtering a 10k-task plan takes a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import Enum
from itertools import compress

from app.domain.custom_fields import field_title, is_field_name
from app.domain.custom_filter_tests import CellText, condition_title, custom_matches
from app.domain.earned_value_figures import HALF_CENT
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import Schedule, TaskTimes
from app.domain.schedule_times import ScheduleTimes
from app.domain.splits import TaskClocks
from app.domain.status_tasks import is_done, is_late_work
from app.domain.task import ConstraintType, Task
from app.domain.workload import DayCalendar
from app.domain.worktime import from_minutes, to_minutes


class FilterKind(Enum):
    """One of MS Project's built-in task filters; the value is its command-line name."""

    ALL = "all-tasks"
    CRITICAL = "critical"
    INCOMPLETE = "incomplete-tasks"
    COMPLETED = "completed-tasks"
    LATE = "late-tasks"
    SLIPPING = "slipping-tasks"
    MILESTONES = "milestones"
    SUMMARY = "summary-tasks"
    DEADLINES = "tasks-with-deadlines"
    MISSED_DEADLINES = "missed-deadlines"
    FIXED_DATES = "tasks-with-fixed-dates"
    USING_RESOURCE = "using-resource"
    DATE_RANGE = "date-range"
    NAME_CONTAINS = "task-name-contains"
    CUSTOM_FIELD = "custom-field"  # a custom field's test (app/domain/custom_filter_tests.py)
    HYPERLINK_CONTAINS = "hyperlink-contains"  # the link's text, address or sub-address
    COST_OVERBUDGET = "cost-overbudget"
    WORK_OVERBUDGET = "work-overbudget"

    @property
    def title(self) -> str:
        """The name MS Project's View > Filter menu gives it."""
        return _TITLES[self]

    @property
    def asks(self) -> str:
        """What the filter asks the user for: "", "resource", "dates" or "text"."""
        return _ASKS.get(self, "")

    @classmethod
    def from_name(cls, name: str) -> FilterKind:
        """The filter a command-line name stands for; InputError lists the names otherwise."""
        # the View > Filter menu's name too, in any case ("Date Range...", "Using Resource")
        key = "-".join(name.strip().removesuffix("...").strip().lower().split())
        try:
            return cls(key)
        except ValueError:
            raise InputError(f"unknown filter {quoted(name)} (filters: {filter_names()})") from None


_TITLES = {
    FilterKind.ALL: "All Tasks",
    FilterKind.CRITICAL: "Critical",
    FilterKind.INCOMPLETE: "Incomplete Tasks",
    FilterKind.COMPLETED: "Completed Tasks",
    FilterKind.LATE: "Late Tasks",
    FilterKind.SLIPPING: "Slipping Tasks",
    FilterKind.MILESTONES: "Milestones",
    FilterKind.SUMMARY: "Summary Tasks",
    FilterKind.DEADLINES: "Tasks With Deadlines",
    FilterKind.MISSED_DEADLINES: "Missed Deadlines",
    FilterKind.FIXED_DATES: "Tasks With Fixed Dates",
    FilterKind.USING_RESOURCE: "Using Resource",
    FilterKind.DATE_RANGE: "Date Range",
    FilterKind.NAME_CONTAINS: "Task Name Contains",
    FilterKind.CUSTOM_FIELD: "Custom Field",
    FilterKind.HYPERLINK_CONTAINS: "Hyperlink Contains",
    FilterKind.COST_OVERBUDGET: "Cost Overbudget",
    FilterKind.WORK_OVERBUDGET: "Work Overbudget",
}
_ASKS = {
    FilterKind.USING_RESOURCE: "resource",
    FilterKind.DATE_RANGE: "dates",
    FilterKind.NAME_CONTAINS: "text",
    FilterKind.CUSTOM_FIELD: "custom",
    FilterKind.HYPERLINK_CONTAINS: "text",
}
_FLOATING = (ConstraintType.ASAP, ConstraintType.ALAP)


def filter_names() -> str:
    """Every filter's command-line name, comma separated (for usage messages)."""
    return ", ".join(kind.value for kind in FilterKind)


@dataclass(frozen=True, slots=True)
class TaskFilter:
    """A filter and what it was given: the person, the two dates or the text."""

    kind: FilterKind = FilterKind.ALL
    resource_uid: int | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None  # exclusive: a task starting then is after the range
    text: str = ""
    field: str = ""  # Custom Field: the field's MS Project name ("Text1")

    def __post_init__(self) -> None:
        kind = self.kind
        if kind is FilterKind.CUSTOM_FIELD and not is_field_name(self.field):
            raise InputError("Custom Field needs a field such as Text1 or Flag2")
        if kind is FilterKind.USING_RESOURCE and self.resource_uid is None:
            raise InputError("Using Resource needs a person")
        if kind is FilterKind.DATE_RANGE:
            if self.date_from is None or self.date_to is None:
                raise InputError("Date Range needs two dates")
            if self.date_to <= self.date_from:
                raise InputError("Date Range: the second date must come after the first")

    @property
    def is_all(self) -> bool:
        """Whether it lets every task through (no filter on)."""
        return self.kind is FilterKind.ALL

    def title(self, plan: Plan) -> str:
        """A short name for the status bar: "Critical", "Using Resource 'Ana'"."""
        kind = self.kind
        if kind is FilterKind.USING_RESOURCE:
            found = [r.name for r in plan.resources if r.uid == self.resource_uid]
            return f"{kind.title} {quoted(found[0] if found else self.resource_uid, NAME_LIMIT)}"
        if kind is FilterKind.HYPERLINK_CONTAINS and not self.text.strip():
            return "Tasks With Hyperlinks"
        if kind in (FilterKind.NAME_CONTAINS, FilterKind.HYPERLINK_CONTAINS):
            return f"{kind.title} {quoted(self.text, NAME_LIMIT)}"
        if kind is FilterKind.CUSTOM_FIELD:
            title = field_title(self.field, plan.project.custom_fields)
            return f"{title} {condition_title(self.field, self.text)}"
        if kind is FilterKind.DATE_RANGE and self.date_from and self.date_to:
            return f"{kind.title} {_day(self.date_from)} to {_day(self.date_to, end=True)}"
        return kind.title


def _day(moment: datetime, end: bool = False) -> str:
    """A range end as a date; an exclusive midnight end is the day before."""
    if end and moment.time() == time.min:
        return (moment - timedelta(days=1)).date().isoformat()
    return moment.date().isoformat()


def matching_uids(
    plan: Plan,
    schedule: Schedule,
    task_filter: TaskFilter,
    status_date: datetime | None = None,
    baseline_index: int = 0,
    cell_text: CellText | None = None,
) -> frozenset[int]:
    """The tasks that pass ``task_filter``, summaries included where they pass themselves.

    ``status_date``: the moment Late Tasks is judged at (None: the project's
    status date; InputError when neither is set, as the window and the command
    line pass "now" then). Slipping Tasks reads baseline ``baseline_index``.
    ``cell_text``: how the sheet writes a custom cell (field, value), which Custom Field
    finds a Text field's text in: the UI passes the sheet's own (``Fr. 01.01.2027``, ``12,5`` in
    German; app/report/columns.custom_text), as the domain cannot ask the locale; None:
    :func:`app.domain.custom_values.format_value` (``Fri 2027-01-01``, ``12.5``).
    """
    kind = task_filter.kind
    tasks = plan.tasks
    if kind is FilterKind.ALL:
        return frozenset(t.uid for t in tasks)
    if kind is FilterKind.SUMMARY:
        return frozenset(_summaries(tasks))
    if kind is FilterKind.USING_RESOURCE:
        who = task_filter.resource_uid
        return frozenset(
            a.task_uid
            for a in plan.assignments
            if a.resource_uid == who and plan.has_task(a.task_uid)
        )
    if kind is FilterKind.NAME_CONTAINS:
        needle = task_filter.text.strip().casefold()
        return frozenset(t.uid for t in tasks if needle in t.name.casefold())
    if kind is FilterKind.CUSTOM_FIELD:
        return custom_matches(plan, task_filter.field, task_filter.text, cell_text)
    if kind is FilterKind.HYPERLINK_CONTAINS:  # the Hyperlink, Address, SubAddress cells
        needle = task_filter.text.strip().casefold()
        return frozenset(
            t.uid
            for t in tasks
            if (link := t.hyperlink) is not None
            and any(
                needle in part.casefold() for part in (link.shown, link.address, link.sub_address)
            )
        )
    if kind is FilterKind.MILESTONES:
        return frozenset(t.uid for t in tasks if t.milestone)
    if kind is FilterKind.DEADLINES:
        return frozenset(t.uid for t in tasks if t.deadline is not None)
    if kind is FilterKind.FIXED_DATES:
        return frozenset(
            t.uid for t in tasks if t.constraint_type not in _FLOATING or t.actual_start is not None
        )
    if kind in (FilterKind.COST_OVERBUDGET, FilterKind.WORK_OVERBUDGET):
        return _overbudget(plan, schedule, kind is FilterKind.WORK_OVERBUDGET, baseline_index)
    test = _scheduled_test(plan, task_filter, status_date, baseline_index)
    if kind is FilterKind.LATE:
        found = _late_from_spans(plan, schedule, status_date)
    else:
        found = _from_columns(plan, schedule, task_filter, baseline_index)
    if found is not None:
        return found
    if isinstance(schedule.times, ScheduleTimes):
        schedule.times.complete()  # one bulk pass: about half the time of row by row
    get = schedule.get
    return frozenset(t.uid for t in tasks if (times := get(t.uid)) is not None and test(t, times))


def _overbudget(plan: Plan, schedule: Schedule, work: bool, baseline_index: int) -> frozenset[int]:
    """The tasks the baseline holds whose cost (``work``: work) is now above their baseline's,
    as the Cost Variance (Work Variance) column shows it: half a cent (a minute) or more."""
    from app.domain.costs import compute_costs  # (it imports the pricing: only when asked)

    base = plan.baselines.get(baseline_index)
    if base is None:
        return frozenset()
    costs = compute_costs(plan, schedule)
    if work:
        minutes = costs.task_work_minutes
        return frozenset(
            e.task_uid for e in base.entries if minutes.get(e.task_uid, 0) > e.work_minutes
        )
    cost = costs.task_cost
    return frozenset(
        e.task_uid for e in base.entries if cost.get(e.task_uid, 0.0) - e.cost >= HALF_CENT
    )


def _from_columns(
    plan: Plan, schedule: Schedule, task_filter: TaskFilter, baseline_index: int
) -> frozenset[int] | None:
    """The filters on dates, % complete and the critical flag, read from the schedule's
    columns instead of every task's TaskTimes (1-2 s to build at 100k tasks).

    None: the schedule has no columns (or the filter needs TaskTimes): test each task.
    """
    times = schedule.times
    kind = task_filter.kind
    if not isinstance(times, ScheduleTimes):
        return None
    if kind is FilterKind.CRITICAL:
        columns = times.columns(percent=False)
        return None if columns is None else frozenset(compress(columns.uids, columns.critical))
    rolled = times.summary_percents()
    spans = times.spans()
    if rolled is None or spans is None:
        return None
    row = dict(zip(spans.uids, range(len(spans.uids)), strict=True))
    conv = from_minutes

    def percent(t: Task) -> float:
        return 100.0 if t.actual_finish is not None else rolled.get(t.uid, t.percent_complete)

    tasks = [t for t in plan.tasks if t.uid in row]
    if kind is FilterKind.INCOMPLETE:
        return frozenset(t.uid for t in tasks if percent(t) < 100)
    if kind is FilterKind.COMPLETED:
        return frozenset(t.uid for t in tasks if percent(t) >= 100)
    finish = spans.finish
    if kind is FilterKind.MISSED_DEADLINES:
        return frozenset(
            t.uid for t in tasks if t.deadline is not None and conv(finish[row[t.uid]]) > t.deadline
        )
    if kind is FilterKind.DATE_RANGE:
        low = task_filter.date_from or datetime.min
        high = task_filter.date_to or datetime.max
        start = spans.start
        return frozenset(
            t.uid
            for t in tasks
            if conv(finish[row[t.uid]]) >= low and conv(start[row[t.uid]]) < high
        )
    if kind is FilterKind.SLIPPING:
        base = plan.baselines.get(baseline_index)
        planned = {
            e.task_uid: e.finish for e in (base.entries if base else ()) if e.finish is not None
        }
        return frozenset(
            t.uid
            for t in tasks
            if (when := planned.get(t.uid)) is not None
            and percent(t) < 100
            and conv(finish[row[t.uid]]) > when
        )
    return None


def _late_from_spans(
    plan: Plan, schedule: Schedule, status_date: datetime | None
) -> frozenset[int] | None:
    """Late Tasks read from the schedule's spans instead of every task's TaskTimes (1-2 s to
    build at 100k tasks): only the tasks that could be late get their span as a TaskTimes,
    which :func:`is_late_work` judges as it judges the schedule's own.

    None: the schedule has no spans; test each task.
    """
    times = schedule.times
    when = status_date or plan.project.status_date
    if not isinstance(times, ScheduleTimes) or when is None:
        return None
    spans = times.spans()
    if spans is None:
        return None
    # A task starting at or after the status date is never late (nothing is due yet); the
    # spans count whole minutes, so a status date within a minute counts the next one.
    first_not_due = to_minutes(when) + (1 if when.second or when.microsecond else 0)
    row = dict(zip(spans.uids, range(len(spans.uids)), strict=True))
    start, finish, duration, summary = (
        spans.start,
        spans.finish,
        spans.duration_minutes,
        spans.summary,
    )
    # each task is measured on its own clock (clocks.of: its people's days and holidays, as
    # status_tasks.expected_percent does); the project calendar only where none serves
    calendar = DayCalendar(plan, None)
    clocks = TaskClocks(plan)  # a task waiting for its links is due nothing meanwhile
    conv = from_minutes
    late: list[int] = []
    for t in plan.tasks:
        i = row.get(t.uid)
        if i is None or summary[i] or not t.active or is_done(t) or start[i] >= first_not_due:
            continue
        begin, end = conv(start[i]), conv(finish[i])
        # only its span is read: the early and late dates stand in for the real ones
        span = TaskTimes(begin, end, duration[i], begin, end, begin, end)
        if is_late_work(t, span, when, calendar, clocks):
            late.append(t.uid)
    return frozenset(late)


def _scheduled_test(
    plan: Plan, task_filter: TaskFilter, status_date: datetime | None, baseline_index: int
) -> Callable[[Task, TaskTimes], bool]:
    """The test of a filter that reads each task's scheduled times."""
    kind = task_filter.kind
    if kind is FilterKind.CRITICAL:
        return lambda _t, times: times.critical
    if kind is FilterKind.INCOMPLETE:
        return lambda t, times: _percent(t, times) < 100
    if kind is FilterKind.COMPLETED:
        return lambda t, times: _percent(t, times) >= 100
    if kind is FilterKind.MISSED_DEADLINES:
        return lambda t, times: t.deadline is not None and times.finish > t.deadline
    if kind is FilterKind.DATE_RANGE:
        # Both dates are checked when the filter is made.
        low = task_filter.date_from or datetime.min
        high = task_filter.date_to or datetime.max
        return lambda _t, times: times.finish >= low and times.start < high
    if kind is FilterKind.SLIPPING:
        return _slipping(plan, baseline_index)
    if kind is FilterKind.LATE:
        return _late(plan, status_date)
    raise AssertionError(f"no test for {kind}")  # every kind is handled above


def _percent(task: Task, times: TaskTimes) -> float:
    """% complete as the sheet shows it; a finished task (actual finish) is 100."""
    if task.actual_finish is not None:
        return 100.0
    return times.percent_complete


def _slipping(plan: Plan, baseline_index: int) -> Callable[[Task, TaskTimes], bool]:
    base = plan.baselines.get(baseline_index)
    finishes = {
        e.task_uid: e.finish for e in (base.entries if base else ()) if e.finish is not None
    }

    def test(task: Task, times: TaskTimes) -> bool:
        planned = finishes.get(task.uid)
        return planned is not None and _percent(task, times) < 100 and times.finish > planned

    return test


def _late(plan: Plan, status_date: datetime | None) -> Callable[[Task, TaskTimes], bool]:
    when = status_date or plan.project.status_date
    if when is None:
        raise InputError("Late Tasks needs a status date (Project > Status Date…)")
    # a task's expected % is measured on its own clock (status_tasks.expected_percent:
    # its people's days and holidays); the project calendar only where none is given
    calendar = DayCalendar(plan, None)
    clocks = TaskClocks(plan)
    return lambda task, times: is_late_work(task, times, when, calendar, clocks)


def _summaries(tasks: Sequence[Task]) -> list[int]:
    return [
        tasks[i].uid
        for i in range(len(tasks) - 1)
        if tasks[i + 1].outline_level > tasks[i].outline_level
    ]


def with_summaries(tasks: Sequence[Task], uids: Collection[int]) -> set[int]:
    """``uids`` and every summary above one of them (MS Project's related summary rows).

    One pass down the outline, keeping the open summaries on a stack; each is
    added once, the first time a task below it is kept. Only summaries go on the
    stack (a task without subtasks is nobody's parent): most rows are leaves, and
    pushing and popping each cost half the pass (0.17 s at 100k tasks).
    """
    keep: set[int] = set()
    levels = [t.outline_level for t in tasks]
    levels.append(0)  # past the last row: nothing is below it
    stack: list[tuple[int, int]] = []  # (outline level, uid) of the open summaries
    added = 0  # how many of the stack's bottom entries are in keep already
    for i, task in enumerate(tasks):
        level = levels[i]
        if stack and stack[-1][0] >= level:
            while stack and stack[-1][0] >= level:
                stack.pop()
            added = min(added, len(stack))
        uid = task.uid
        if uid in uids:
            keep.add(uid)
            if added < len(stack):
                keep.update([u for _level, u in stack[added:]])
            added = len(stack)
            if levels[i + 1] > level:  # a summary kept itself: its subtasks add it no more
                stack.append((level, uid))
                added += 1
        elif levels[i + 1] > level:
            stack.append((level, uid))
    return keep
