"""Grouping a plan's tasks (View > Group by): the groups, their labels, tasks and figures.

:func:`group_tasks` puts each task (without subtasks) in the group of its
value of each key, in the order the sheet lists tasks (ID, or the active
sort), and rolls up each group's figures as MS Project shows them on a group
header row: Start the earliest, Finish the latest, Duration the working time
between them on the project calendar (as a summary's), Work and Cost summed,
% Complete weighted by duration. A task under two people counts in each
person's group, and once in a group above both. Tasks without a value of a
key fall in its "No <field>" group, listed last.

The window lists the result through :func:`flatten`, which gives every
group header a row key (:data:`GROUP_KEY_FIRST` up, far below any task uid)
so that the sheet, the chart and printing can carry header rows among the
task uids of their rows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import product
from typing import Any

from app.domain.constraint_names import CONSTRAINT_NAMES
from app.domain.costs import CostReport
from app.domain.custom_fields import FieldKind, kind_of, value_of
from app.domain.day_names import ENGLISH, DateNames
from app.domain.grouping import (
    DATE_FIELDS,
    DURATION_FIELDS,
    GroupBy,
    GroupField,
    GroupKey,
)
from app.domain.money import format_money
from app.domain.notation import format_span
from app.domain.percent_shown import shown_percent
from app.domain.plan import Plan
from app.domain.schedule import Schedule, TaskTimes
from app.domain.schedule_times import ScheduleTimes
from app.domain.sorting import compared_slack
from app.domain.splits import TaskClocks
from app.domain.status_tasks import TaskStatus, task_status
from app.domain.task import Task
from app.domain.workload import DayCalendar
from app.domain.worktime import WorkTime, from_minutes, to_minutes

# Row keys of group headers: the lowest 64-bit ints but one (the sheet's empty row
# takes the lowest), a range no plan's task uids reach.
GROUP_KEY_FIRST = -(1 << 63) + 1
GROUP_KEY_LIMIT = GROUP_KEY_FIRST + (1 << 40)

_STATUS_ORDER = {s: i for i, s in enumerate(TaskStatus)}
_STATUS_TITLES = {
    TaskStatus.COMPLETE: "Complete",
    TaskStatus.ON_SCHEDULE: "On Schedule",
    TaskStatus.LATE: "Late",
    TaskStatus.FUTURE: "Future Task",
}

# One task's place under one key: (value it sorts by, its group's label), the value None
# for the tasks without one ("No Resource Names").
Bucket = tuple[Any, str]


def is_group_key(key: int) -> bool:
    """Whether a row key stands for a group header rather than a task."""
    return GROUP_KEY_FIRST <= key < GROUP_KEY_LIMIT


@dataclass(frozen=True, slots=True)
class Rollup:
    """A group's figures as its header row shows them (None: no task with dates)."""

    start: datetime | None
    finish: datetime | None
    duration_minutes: int
    work_minutes: int
    cost: float
    percent_complete: float
    tasks: int


@dataclass(frozen=True, slots=True)
class TaskGroup:
    """One group: its place (``path``: the labels from the outermost group down, which
    name it for good), its depth (1..3), its label ("Critical: Yes"), its figures, the
    tasks in it, and, for the innermost groups, the rows it lists: (uid, outline level)
    in the sheet's order, summaries above its tasks among them when the hierarchy is kept.
    """

    path: tuple[str, ...]
    level: int
    label: str
    rollup: Rollup
    uids: tuple[int, ...]
    rows: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One row of a grouped sheet: a header (``group`` set) or a task at an outline level."""

    key: int
    level: int
    group: TaskGroup | None = None


def group_tasks(
    plan: Plan,
    schedule: Schedule,
    group_by: GroupBy,
    order: Sequence[Task] | None = None,
    costs: CostReport | Mapping[int, float] | None = None,
    keep: Collection[int] | None = None,
    today: datetime | None = None,
    names: DateNames = ENGLISH,
) -> list[TaskGroup]:
    """The groups of a plan, outermost first, each followed by the groups inside it.

    ``order``: the tasks in the sheet's order (a sort's; default the plan's).
    ``costs``: the cost report (or each task's cost); without it a task's fixed cost
    stands for its cost and the schedule's work for its work. ``keep``: only these
    tasks (a filter's), None for all. ``today``: the date Status is judged at when the
    plan has no status date (MS Project takes today's; without it, the project start).
    ``names``: the reader's weekday and month names and day order, which a date group's
    label is written in (``Start: Mo. 4. Jan. 2027`` in German; the UI and the printout
    pass the locale's, app/report/timescale_names.date_names; default Gantry's English,
    ``Start: Mon 4 Jan 2027``, as the command line's text writes it).
    """
    if not group_by.keys:
        return []
    tasks = plan.tasks if order is None else order
    summaries = _summary_uids(plan.tasks)
    members = [t for t in tasks if t.uid not in summaries and (keep is None or t.uid in keep)]
    fields = plan.project.custom_fields
    readers = [
        _bucket_reader(plan, schedule, k, k.title(fields), costs, today, names)
        for k in group_by.keys
    ]
    entries: list[tuple[int, tuple[Bucket, ...]]]
    if len(readers) == 1:  # the menu's groups but one: no combinations to make
        read = readers[0]
        entries = [(t.uid, (b,)) for t in members for b in read(t)]
    else:
        entries = [(t.uid, combo) for t in members for combo in product(*[r(t) for r in readers])]
    figures = _Figures(plan, schedule, costs)
    hierarchy = _Hierarchy(plan, tasks) if group_by.keep_hierarchy else None
    out: list[TaskGroup] = []
    _split(entries, 0, (), group_by.keys, figures, hierarchy, out)
    return out


def flatten(
    groups: Iterable[TaskGroup],
    key_of: Callable[[tuple[str, ...]], int],
    collapsed_groups: Collection[tuple[str, ...]] = (),
    collapsed: Collection[int] = (),
) -> list[GroupRow]:
    """The rows of a grouped sheet: each group's header, then its tasks, skipping what a
    collapsed group (by path) or a collapsed summary (by uid, when the hierarchy is kept)
    hides. ``key_of`` gives a group header its row key."""
    out: list[GroupRow] = []
    hidden: tuple[str, ...] | None = None
    for group in groups:
        path = group.path
        if hidden is not None and path[: len(hidden)] == hidden:
            continue
        hidden = None
        out.append(GroupRow(key_of(path), group.level, group))
        if path in collapsed_groups:
            hidden = path
            continue
        depth = group.level
        folded_at: int | None = None
        for uid, level in group.rows:
            if folded_at is not None:
                if level > folded_at:
                    continue
                folded_at = None
            out.append(GroupRow(uid, depth + level))
            if uid in collapsed:
                folded_at = level
    return out


# ---------------------------------------------------------------------- grouping


def _split(
    entries: list[tuple[int, tuple[Bucket, ...]]],
    depth: int,
    path: tuple[str, ...],
    keys: tuple[GroupKey, ...],
    figures: _Figures,
    hierarchy: _Hierarchy | None,
    out: list[TaskGroup],
) -> None:
    """Group ``entries`` by key ``depth`` and append each group (then its own groups)."""
    by_label: dict[str, tuple[Any, list[tuple[int, tuple[Bucket, ...]]]]] = {}
    for entry in entries:
        order, label = entry[1][depth]
        found = by_label.get(label)
        if found is None:
            by_label[label] = (order, [entry])
        else:
            found[1].append(entry)
    labels = [label for label, (order, _e) in by_label.items() if order is not None]
    labels.sort(key=lambda label: by_label[label][0], reverse=keys[depth].descending)
    labels += [label for label, (order, _e) in by_label.items() if order is None]
    last = depth + 1 == len(keys)
    for label in labels:
        group_entries = by_label[label][1]
        uids = tuple(dict.fromkeys([e[0] for e in group_entries]))
        here = (*path, label)
        rows: tuple[tuple[int, int], ...] = ()
        if last:
            rows = hierarchy.rows(uids) if hierarchy is not None else tuple((u, 1) for u in uids)
        out.append(TaskGroup(here, depth + 1, label, figures.rollup(uids), uids, rows))
        if not last:
            _split(group_entries, depth + 1, here, keys, figures, hierarchy, out)


def _summary_uids(tasks: Sequence[Task]) -> set[int]:
    return {
        tasks[i].uid
        for i in range(len(tasks) - 1)
        if tasks[i + 1].outline_level > tasks[i].outline_level
    }


class _Hierarchy:
    """The summaries above tasks, listed with them in the sheet's order."""

    def __init__(self, plan: Plan, order: Sequence[Task]) -> None:
        self._parents = plan.parent_uids()
        self._place = {t.uid: i for i, t in enumerate(order)}
        self._levels = {t.uid: t.outline_level for t in order}

    def rows(self, uids: Iterable[int]) -> tuple[tuple[int, int], ...]:
        parents, place = self._parents, self._place
        shown: set[int] = set()
        for uid in uids:
            while uid is not None and uid not in shown:
                shown.add(uid)
                uid = parents.get(uid)  # type: ignore[assignment]
        levels = self._levels
        ordered = sorted((u for u in shown if u in place), key=place.__getitem__)
        return tuple((u, levels[u]) for u in ordered)


class _Figures:
    """Each task's figures, read once, summed per group."""

    def __init__(
        self, plan: Plan, schedule: Schedule, costs: CostReport | Mapping[int, float] | None
    ) -> None:
        self._plan = plan
        self._times = schedule.get
        if isinstance(costs, CostReport):
            self._cost: Mapping[int, float] = costs.task_cost
            self._work: Mapping[int, int] | None = costs.task_work_minutes
        else:
            self._cost, self._work = costs or {}, None
        self._tasks = {t.uid: t for t in plan.tasks}
        self._known: dict[int, _TaskFigures] = {}
        self._worktime: WorkTime | None = None
        # Start, finish (minute counts) and duration straight from the engine's arrays when
        # the work comes from the cost report: no TaskTimes built per task.
        self._spans: dict[int, tuple[int, int, int]] | None = None
        times = schedule.times
        if self._work is not None and isinstance(times, ScheduleTimes):
            spans = times.spans()
            if spans is not None:
                self._spans = dict(
                    zip(
                        spans.uids,
                        zip(spans.start, spans.finish, spans.duration_minutes, strict=True),
                        strict=True,
                    )
                )

    def _of(self, uid: int) -> _TaskFigures:
        task = self._tasks[uid]
        cost = self._cost.get(uid, task.fixed_cost)
        works = self._work
        found: _TaskFigures
        span = None if self._spans is None else self._spans.get(uid)
        if span is not None and works is not None:  # a task's own % complete, as its times'
            found = (*span[:2], task.percent_complete, span[2], works.get(uid, 0), cost)
            self._known[uid] = found
            return found
        times = self._times(uid)
        if times is None:
            work = 0 if works is None else works.get(uid, 0)
            found = (None, None, task.percent_complete, task.duration_minutes, work, cost)
        else:
            work = times.work_minutes if works is None else works.get(uid, 0)
            found = (
                to_minutes(times.start),
                to_minutes(times.finish),
                times.percent_complete,
                times.duration_minutes,
                work,
                cost,
            )
        self._known[uid] = found
        return found

    def rollup(self, uids: Sequence[int]) -> Rollup:
        known = self._known
        figures = [known.get(u) or self._of(u) for u in uids]
        starts = [f[0] for f in figures if f[0] is not None]
        finishes = [f[1] for f in figures if f[1] is not None]
        start = from_minutes(min(starts)) if starts else None
        finish = from_minutes(max(finishes)) if finishes else None
        length = sum([f[3] for f in figures])
        if length:
            percent = sum([f[2] * f[3] for f in figures]) / length
        else:
            percent = sum([f[2] for f in figures]) / len(figures) if figures else 0.0
        span = 0
        if start is not None and finish is not None and finish > start:
            if self._worktime is None:
                plan = self._plan
                self._worktime = WorkTime.for_calendar(plan.calendar(), plan.calendars)
            span = self._worktime.between(start, finish)
        work = sum([f[4] for f in figures])
        cost = sum([f[5] for f in figures])
        return Rollup(start, finish, span, work, cost, percent, len(uids))


# start, finish (minute counts), % complete, duration, work, cost of one task
_TaskFigures = tuple[int | None, int | None, float, int, int, float]


# ---------------------------------------------------------------------- values


def _bucket_reader(
    plan: Plan,
    schedule: Schedule,
    key: GroupKey,
    title: str,
    costs: CostReport | Mapping[int, float] | None,
    today: datetime | None,
    names: DateNames = ENGLISH,
) -> Callable[[Task], list[Bucket]]:
    """Each task's buckets under one key (several for a task with several people); one
    bucket object per value, labelled once."""
    field = key.field
    missing: list[Bucket] = [(None, f"No {title}")]
    if field is GroupField.RESOURCE_NAMES:
        return _people_reader(plan, title, missing)
    if field is GroupField.STATUS:
        value = _status_reader(plan, schedule, today)
    else:
        value = _value_reader(plan, schedule, field, costs)
    label = _labeller(plan, field, key.interval, names)
    made: dict[Any, list[Bucket]] = {}

    def read(task: Task) -> list[Bucket]:
        v = value(task)
        found = made.get(v)
        if found is None:
            if v is None or v == "":
                found = missing
            else:
                order, text = label(v)
                found = [(order, f"{title}: {text}")]
            made[v] = found
        return found

    return read


def _people_reader(plan: Plan, title: str, missing: list[Bucket]) -> Callable[[Task], list[Bucket]]:
    names = {r.uid: r.name for r in plan.resources}
    buckets = {uid: (name.casefold(), f"{title}: {name}") for uid, name in names.items()}
    people: dict[int, list[Bucket]] = {}
    for a in plan.assignments:
        bucket = buckets.get(a.resource_uid)
        if bucket is not None:
            found = people.get(a.task_uid)
            if found is None:
                people[a.task_uid] = [bucket]
            elif bucket not in found:
                found.append(bucket)

    def read(task: Task) -> list[Bucket]:
        return people.get(task.uid) or missing

    return read


def _value_reader(
    plan: Plan,
    schedule: Schedule,
    field: GroupField | str,
    costs: CostReport | Mapping[int, float] | None,
) -> Callable[[Task], Any]:
    """A task's raw value of a field (None: no value)."""
    get = schedule.get
    if isinstance(field, str):
        kind = kind_of(field)
        if kind is FieldKind.FLAG:
            return lambda t: value_of(t.custom, field) is True
        return lambda t: value_of(t.custom, field)
    if field is GroupField.CRITICAL:
        return lambda t: (times := get(t.uid)) is not None and times.critical
    if field is GroupField.MILESTONE:
        return lambda t: t.milestone
    if field in (GroupField.COMPLETION, GroupField.PERCENT_COMPLETE):
        return lambda t: _percent(t, get(t.uid))
    if field is GroupField.CONSTRAINT_TYPE:
        return lambda t: t.constraint_type
    if field is GroupField.PRIORITY:
        return lambda t: t.priority
    if field is GroupField.DURATION:
        return lambda t: t.duration_minutes if (x := get(t.uid)) is None else x.duration_minutes
    if field is GroupField.START:
        return lambda t: None if (x := get(t.uid)) is None else x.start
    if field is GroupField.FINISH:
        return lambda t: None if (x := get(t.uid)) is None else x.finish
    if field is GroupField.TOTAL_SLACK:  # elapsed tasks' in working minutes, as sorting has it
        project = plan.project
        return lambda t: (
            None
            if (x := get(t.uid)) is None
            else compared_slack(x.total_slack_minutes, t, x.summary, project)
        )
    if field is GroupField.COST:
        table = costs.task_cost if isinstance(costs, CostReport) else (costs or {})
        return lambda t: table.get(t.uid, t.fixed_cost)
    if field is GroupField.WORK:
        if isinstance(costs, CostReport):
            work = costs.task_work_minutes
            return lambda t: work.get(t.uid, 0)
        return lambda t: 0 if (x := get(t.uid)) is None else x.work_minutes
    raise AssertionError(f"no values for {field}")


def _percent(task: Task, times: TaskTimes | None) -> float:
    """The whole % the sheet shows (app.domain.percent_shown): 22 % and an exact 22.22 % (2d
    done of 9d) fall in one group, labelled 22 %."""
    return shown_percent(task.percent_complete if times is None else times.percent_complete)


def _status_reader(plan: Plan, schedule: Schedule, today: datetime | None) -> Callable[[Task], Any]:
    """MS Project's Status at the status date (``today`` when the plan has none)."""
    when = plan.project.status_date or plan.project.current_date or today or schedule.start
    calendar = DayCalendar(plan, None)
    clocks = TaskClocks(plan)
    get = schedule.get

    def read(task: Task) -> TaskStatus | None:
        times = get(task.uid)
        return None if times is None else task_status(task, times, when, calendar, clocks)

    return read


def _labeller(
    plan: Plan, field: GroupField | str, interval: float | None, names: DateNames = ENGLISH
) -> Callable[[Any], tuple[Any, str]]:
    """(value to sort by, label text) of a raw value, in intervals where asked."""
    project = plan.project
    if field is GroupField.COMPLETION:
        return _completion
    if field is GroupField.CONSTRAINT_TYPE:
        return lambda v: (v.value, CONSTRAINT_NAMES[v])
    if field is GroupField.STATUS:
        return lambda v: (_STATUS_ORDER[v], _STATUS_TITLES[v])
    kind = kind_of(field) if isinstance(field, str) else None
    if field in (GroupField.CRITICAL, GroupField.MILESTONE) or kind is FieldKind.FLAG:
        return lambda v: (bool(v), "Yes" if v else "No")
    if field in DURATION_FIELDS or kind is FieldKind.DURATION:
        return _interval_labeller(lambda m: format_span(int(m), project), interval)
    if field is GroupField.COST or kind is FieldKind.COST:
        return _interval_labeller(lambda c: format_money(c, project), interval)
    if field is GroupField.PERCENT_COMPLETE:
        return _interval_labeller(lambda p: f"{p:g}%", interval)
    if field in DATE_FIELDS or kind is FieldKind.DATE:
        return _date_labeller(interval, names)
    if isinstance(field, str) and kind is FieldKind.TEXT:
        return _text_labeller(plan, field)
    return _interval_labeller(lambda n: f"{n:g}", interval)


def _text_labeller(plan: Plan, field: str) -> Callable[[Any], tuple[Any, str]]:
    """Text values grouped without regard to case, as MS Project groups them and as
    Gantry's filters and sorts compare text ("Design" and "design": one group). The group
    is labelled as its task with the lowest ID writes it, whatever the sort or filter."""
    spelled: dict[str, str] = {}
    summaries = _summary_uids(plan.tasks)  # never grouped: their spelling names no group
    for task in plan.tasks:
        if task.uid in summaries:
            continue
        value = value_of(task.custom, field)
        if value is not None and value != "":
            spelled.setdefault(str(value).casefold(), str(value))

    def label(v: Any) -> tuple[Any, str]:
        folded = str(v).casefold()
        return folded, spelled.get(folded, str(v))

    return label


def _completion(percent: float) -> tuple[int, str]:
    if percent <= 0:
        return 0, "0%"
    if percent >= 100:
        return 2, "100%"
    return 1, "1% - 99%"


def _interval_labeller(
    text: Callable[[Any], str], interval: float | None
) -> Callable[[Any], tuple[Any, str]]:
    if interval is None:
        return lambda v: (v, text(v))

    def label(v: Any) -> tuple[Any, str]:
        low = math.floor(v / interval) * interval
        return low, f"{text(low)} - <{text(low + interval)}"

    return label


def _date_labeller(
    interval: float | None, names: DateNames = ENGLISH
) -> Callable[[Any], tuple[Any, str]]:
    """Dates by the day, or in intervals of days (7: weeks from Monday, as MS Project), each
    day written in ``names`` (``Mon 4 Jan 2027``; ``Mo. 4. Jan. 2027`` in German)."""
    days = max(1, round(interval or 1))
    epoch = datetime(2000, 1, 3)  # a Monday: weeks start on Mondays

    def label(v: datetime) -> tuple[Any, str]:
        day = datetime(v.year, v.month, v.day)
        if days == 1:
            return day, _day_text(day, names)
        first = epoch + timedelta(days=((day - epoch).days // days) * days)
        last = first + timedelta(days=days - 1)
        return first, f"{_day_text(first, names)} - {_day_text(last, names)}"

    return label


def _day_text(day: datetime, names: DateNames) -> str:
    """``Mon 4 Jan 2027`` in Gantry's English (strftime's ``%a %-d %b %Y`` in C, as it was
    written), the weekday first and the day in the reader's order elsewhere."""
    return f"{names.weekday(day)} {names.dated(day)}"
