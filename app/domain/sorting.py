"""MS Project's View > Sort: the order tasks are listed in, by up to three fields.

A sort is a list of :class:`SortKey` (a field, ascending or descending). Ties
between every key fall back to the task's ID (its row in the plan), so a sort
is stable and the same plan always sorts the same way. A task the schedule
has no times for (an inactive task) sorts after the others on a date or slack
key, whichever the direction.

Two ways to lay the sorted tasks out, as MS Project's Sort dialog offers:

* Keep outline structure (the default): each summary's subtasks are sorted
  among themselves and a summary moves with its whole subtree, so the result
  is still a valid outline (it can become the plan's order: "Permanently
  renumber tasks").
* Without it: only the tasks without subtasks, in one flat sorted list; the
  summaries are left out, as MS Project hides them then.

The sort is worked out once (:func:`sort_ranks`, O(n log n)); :func:`arrange`
then lays the plan's tasks out by those ranks. The window keeps the ranks of
the moment the sort was applied, so an edited task keeps its row until the
sort is applied again (as a filter does), and a task added since is placed
just after the task it was added after.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, cast

from app.domain.cost_tracking import TITLES, TrackingFigures
from app.domain.costs import CostReport, compute_costs
from app.domain.custom_fields import CustomField, FieldKind, canonical_name, kind_of, value_of
from app.domain.earned_value_sort import EARNED_SORT_NAMES, earned_sort_values
from app.domain.earned_value_table import EARNED_TITLES
from app.domain.errors import InputError
from app.domain.field_lookup import field_from_name
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.quoting import quoted
from app.domain.schedule import Schedule
from app.domain.schedule_times import ScheduleTimes
from app.domain.summary_actuals import shown_actuals, summary_actuals
from app.domain.task import Task

# Each task's cost (summaries rolled up) or the whole cost report (the tracking fields read it).
Costs = Mapping[int, float] | CostReport | None


class SortField(Enum):
    """A field tasks can be sorted by; the value is its command-line name."""

    ID = "id"
    START = "start"
    FINISH = "finish"
    PRIORITY = "priority"
    COST = "cost"
    DURATION = "duration"
    NAME = "name"
    TOTAL_SLACK = "total-slack"
    HYPERLINK = "hyperlink"  # the text shown for the task's link (its address without one)
    HYPERLINK_ADDRESS = "hyperlink-address"
    # MS Project's Tracking, Variance, Cost and Work tables' fields (app/domain/cost_tracking.py)
    START_VARIANCE = "start-variance"
    DURATION_VARIANCE = "duration-variance"
    WORK_VARIANCE = "work-variance"
    ACTUAL_DURATION = "actual-duration"
    ACTUAL_WORK = "actual-work"
    REMAINING_WORK = "remaining-work"
    ACTUAL_COST = "actual-cost"
    REMAINING_COST = "remaining-cost"
    BASELINE_DURATION = "baseline-duration"
    BASELINE_WORK = "baseline-work"
    PERCENT_WORK_COMPLETE = "percent-work-complete"
    # MS Project's Leveling Delay and the dates before leveling (app/domain/leveling_fields.py)
    LEVELING_DELAY = "leveling-delay"
    PRELEVELED_START = "preleveled-start"
    PRELEVELED_FINISH = "preleveled-finish"
    # MS Project's Variance, Cost and Tracking tables' other fields (the README's "baseline
    # fields"): against baseline 0, as the sheet's columns show them
    FINISH_VARIANCE = "finish-variance"
    COST_VARIANCE = "cost-variance"
    BASELINE_START = "baseline-start"
    BASELINE_FINISH = "baseline-finish"
    BASELINE_COST = "baseline-cost"
    PERCENT_COMPLETE = "percent-complete"
    ACTUAL_START = "actual-start"
    ACTUAL_FINISH = "actual-finish"
    # MS Project's Earned Value tables' fields and Physical % Complete, at the status date
    # the sheet's columns use (app/domain/earned_value_sort.py)
    BCWS = "bcws"
    BCWP = "bcwp"
    ACWP = "acwp"
    SV = "sv"
    CV = "cv"
    EAC = "eac"
    BAC = "bac"
    VAC = "vac"
    CV_PERCENT = "cv-percent"
    CPI = "cpi"
    TCPI = "tcpi"
    SV_PERCENT = "sv-percent"
    SPI = "spi"
    PHYSICAL_PERCENT_COMPLETE = "physical-percent-complete"

    @property
    def title(self) -> str:
        """The name MS Project gives the field in its Sort menu and dialog."""
        return _TITLES[self]

    @classmethod
    def from_name(cls, name: str) -> SortField:
        """The field a command-line name stands for; InputError lists the names otherwise."""
        return field_from_name(
            cls, _ALIASES, name, lambda: f"unknown sort key {quoted(name)} (keys: {field_names()})"
        )


_TITLES = {
    SortField.ID: "ID",
    SortField.START: "Start",
    SortField.FINISH: "Finish",
    SortField.PRIORITY: "Priority",
    SortField.COST: "Cost",
    SortField.DURATION: "Duration",
    SortField.NAME: "Name",
    SortField.TOTAL_SLACK: "Total Slack",
    SortField.HYPERLINK: "Hyperlink",
    SortField.HYPERLINK_ADDRESS: "Hyperlink Address",
    SortField.LEVELING_DELAY: "Leveling Delay",
    SortField.PRELEVELED_START: "Preleveled Start",
    SortField.PRELEVELED_FINISH: "Preleveled Finish",
    SortField.FINISH_VARIANCE: "Finish Variance",
    SortField.COST_VARIANCE: "Cost Variance",
    SortField.BASELINE_START: "Baseline Start",
    SortField.BASELINE_FINISH: "Baseline Finish",
    SortField.BASELINE_COST: "Baseline Cost",
    SortField.PERCENT_COMPLETE: "% Complete",
    SortField.ACTUAL_START: "Actual Start",
    SortField.ACTUAL_FINISH: "Actual Finish",
}
# The tracking fields, each by its key in app.domain.cost_tracking.
_TRACKING = {f: f.value.replace("-", "_") for f in SortField if f.value.replace("-", "_") in TITLES}
_TITLES.update({f: TITLES[key] for f, key in _TRACKING.items()})
# The earned value fields, each by its key in app.domain.earned_value_table.
_EARNED = {f: EARNED_SORT_NAMES[f.value] for f in SortField if f.value in EARNED_SORT_NAMES}
_TITLES.update({f: EARNED_TITLES[key] for f, key in _EARNED.items()})
_ALIASES = {
    "slack": "total-slack",
    "totalslack": "total-slack",
    "task-name": "name",
    "percent": "percent-complete",
    "%-complete": "percent-complete",
    "planned-value": "bcws",
    "pv": "bcws",
    "earned-value": "bcwp",
    "ev": "bcwp",
    "ac": "acwp",
    "cv%": "cv-percent",
    "sv%": "sv-percent",
    "physical-percent": "physical-percent-complete",
    "physical-%-complete": "physical-percent-complete",
}
# Fields read off baseline 0 and the variances against it (app.domain.cost_tracking's).
_BASELINE_FIELDS = frozenset(
    {
        SortField.FINISH_VARIANCE,
        SortField.COST_VARIANCE,
        SortField.BASELINE_START,
        SortField.BASELINE_FINISH,
        SortField.BASELINE_COST,
    }
)
MAX_KEYS = 3  # MS Project's Sort dialog: Sort by, Then by, Then by


def field_names() -> str:
    """Every sort field's command-line name, comma separated (for messages)."""
    return ", ".join(f.value for f in SortField) + ", or a custom field (text1, flag2...)"


def field_title(field: SortField | str, fields: Iterable[CustomField] = ()) -> str:
    """A sort field's name as menus show it. A custom field: its alias among ``fields``
    (what the user named it: "Points"), with its MS Project name in brackets where the
    alias could be taken for another field ("Start (Text3)"); without alias its name."""
    if not isinstance(field, str):
        return field.title
    alias = next((f.alias for f in fields if f.name == field and f.alias), "")
    if not alias:
        return field
    if _names_other_field(alias, field):
        return f"{alias} ({field})"
    return alias


def _names_other_field(alias: str, name: str) -> bool:
    """Whether an alias reads as a sort field's name or another custom field's."""
    other = canonical_name(alias)
    if other is not None:
        return other != name
    try:
        SortField.from_name(alias)
    except InputError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class SortKey:
    """One field of a sort and its direction; a custom field is given by its name ("Text1")."""

    field: SortField | str
    descending: bool = False

    def text(self) -> str:
        """The command-line form: ``start`` or ``finish:desc``."""
        name = self.field.lower() if isinstance(self.field, str) else self.field.value
        return name + (":desc" if self.descending else "")


@dataclass(frozen=True, slots=True)
class TaskSort:
    """A whole sort: up to three keys and whether the outline is kept."""

    keys: tuple[SortKey, ...] = ()
    keep_outline: bool = True

    def __post_init__(self) -> None:
        if len(self.keys) > MAX_KEYS:
            raise InputError(f"a sort takes at most {MAX_KEYS} keys (got {len(self.keys)})")

    @property
    def is_id(self) -> bool:
        """Whether it lists tasks in plan order (sort by ID, outline kept): no sort at all."""
        return self.keep_outline and all(
            k.field is SortField.ID and not k.descending for k in self.keys
        )

    def title(self, fields: Iterable[CustomField] = ()) -> str:
        """A short name for the status bar: "Start, then Finish (descending)"; custom
        fields by their aliases among ``fields`` (field_title)."""
        if not self.keys:
            return "ID"
        fields = tuple(fields)
        parts = [
            field_title(k.field, fields) + (" (descending)" if k.descending else "")
            for k in self.keys
        ]
        return ", then ".join(parts)


def parse_sort(text: str, fields: Iterable[CustomField] = ()) -> tuple[SortKey, ...]:
    """``start,finish:desc`` as sort keys; InputError names an unknown key or direction.

    A custom field is named by its MS Project name ("number1") or its alias among
    ``fields`` ("Points"), as ``--filter custom-field=`` takes it.
    """
    fields = tuple(fields)
    keys: list[SortKey] = []
    for part in text.split(","):
        name, _sep, direction = part.strip().partition(":")
        if not name.strip():
            raise InputError(f"empty sort key in {quoted(text)} (keys: {field_names()})")
        field = _sort_field(name, fields)
        way = direction.strip().lower()
        if way not in ("", "asc", "desc"):
            raise InputError(
                f"unknown sort direction {quoted(direction)} in {quoted(part)} (asc or desc)"
            )
        keys.append(SortKey(field, way == "desc"))
    if len(keys) > MAX_KEYS:
        raise InputError(
            f"a sort takes at most {MAX_KEYS} keys (got {len(keys)} in {quoted(text)})"
        )
    return tuple(keys)


def _sort_field(name: str, fields: tuple[CustomField, ...]) -> SortField | str:
    """A key's field: a custom field's MS Project name ("text1"), a sort field ("start",
    which an alias "Start" does not hide), else a custom field's alias ("Points")."""
    custom = canonical_name(name)
    if custom is not None:
        return custom
    try:
        return SortField.from_name(name)
    except InputError:
        wanted = " ".join(name.split()).lower()
        found = next((f.name for f in fields if f.alias and f.alias.lower() == wanted), None)
        if found is None:
            raise
        return found


# ---------------------------------------------------------------------- values


def _field_values(
    plan: Plan, schedule: Schedule, field: SortField | str, costs: Costs, now: datetime | None
) -> Callable[[Task], Any]:
    """Each task's value of a field, read task by task (None: no value, listed last);
    ``now``: the caller's clock, where earned value is measured without a status date."""
    if isinstance(field, str):
        return _custom_values(field)
    get = schedule.get
    if field is SortField.START:
        return lambda t: None if (times := get(t.uid)) is None else times.start
    if field is SortField.FINISH:
        return lambda t: None if (times := get(t.uid)) is None else times.finish
    if field is SortField.TOTAL_SLACK:
        project = plan.project
        return lambda t: (
            None
            if (times := get(t.uid)) is None
            else compared_slack(times.total_slack_minutes, t, times.summary, project)
        )
    if field is SortField.DURATION:
        return lambda t: (
            t.duration_minutes if (times := get(t.uid)) is None else (times.duration_minutes)
        )
    if field is SortField.PRIORITY:
        return lambda t: t.priority
    if field is SortField.NAME:
        return lambda t: t.name.casefold()
    if field is SortField.COST:
        table = costs.task_cost if isinstance(costs, CostReport) else (costs or {})
        return lambda t: table.get(t.uid, t.fixed_cost)
    if field in _TRACKING:
        return _tracking_values(plan, schedule, _TRACKING[field], costs)
    if field in _BASELINE_FIELDS:
        return _baseline_values(plan, schedule, field, costs)
    if field in _EARNED:
        return earned_sort_values(plan, schedule, _EARNED[field], costs, now)
    if field is SortField.PERCENT_COMPLETE:  # a summary's rolled up, as its cell shows it
        return lambda t: t.percent_complete if (x := get(t.uid)) is None else x.percent_complete
    if field in (SortField.ACTUAL_START, SortField.ACTUAL_FINISH):
        end = int(field is SortField.ACTUAL_FINISH)
        # a summary's from its subtasks, one tracked by % complete alone started where
        # scheduled, as the columns show them; none: listed last
        rolled = summary_actuals(plan, schedule)
        return lambda t: (rolled.get(t.uid) or shown_actuals(t, get(t.uid)))[end]
    if field is SortField.HYPERLINK:  # as a text field: without case, no link listed last
        return lambda t: None if t.hyperlink is None else t.hyperlink.shown.casefold()
    if field is SortField.HYPERLINK_ADDRESS:
        return lambda t: (t.hyperlink.address.casefold() or None) if t.hyperlink else None
    if field is SortField.LEVELING_DELAY:  # working minutes kept: as the elapsed days shown
        return lambda t: t.leveling_delay_minutes
    if field in (SortField.PRELEVELED_START, SortField.PRELEVELED_FINISH):
        from app.domain.leveling_fields import dates_before_leveling  # (it imports the plan)

        before, end = dates_before_leveling(plan), int(field is SortField.PRELEVELED_FINISH)
        return lambda t: None if (d := before.get(t.uid)) is None else d[end]  # NA: last
    raise AssertionError(f"no values for {field}")  # ID is the plan order itself


def compared_slack(minutes: int, task: Task, summary: bool, project: Project) -> float:
    """A task's slack in working minutes, to compare with other tasks' as MS Project
    compares the slack it shows: an elapsed task's (elapsed minutes, shown in edays)
    scaled by the working day's share of 24 hours, so 1.5ed ranks with 1.5d (33 elapsed
    hours as 11 working hours on 8-hour days, not 33)."""
    if task.elapsed and not summary:
        return minutes * project.minutes_per_day / (24 * 60)
    return minutes


def _tracking_values(
    plan: Plan, schedule: Schedule, key: str, costs: Costs
) -> Callable[[Task], Any]:
    """A tracking field's figure of each task, as its sheet column shows it (None: blank,
    listed last); the plan is costed here when the caller has no cost report."""
    report = costs if isinstance(costs, CostReport) else compute_costs(plan, schedule)
    figures = TrackingFigures(plan, schedule, report)

    def value(task: Task) -> float | None:
        figure = figures.figure(key, task.uid)
        return None if figure is None else figure.value

    return value


def _baseline_values(
    plan: Plan, schedule: Schedule, field: SortField, costs: Costs
) -> Callable[[Task], Any]:
    """A baseline field or a variance against baseline 0 of each task, as the Variance and
    Cost tables show it (None: the baseline does not hold the task, listed last)."""
    report = costs if isinstance(costs, CostReport) else compute_costs(plan, schedule)
    figures = TrackingFigures(plan, schedule, report)
    if field is SortField.FINISH_VARIANCE:
        return lambda t: None if (v := figures.variance(t.uid)) is None else v.finish_minutes
    if field is SortField.COST_VARIANCE:
        return lambda t: None if (v := figures.variance(t.uid)) is None else v.cost
    attr = {
        SortField.BASELINE_START: "start",
        SortField.BASELINE_FINISH: "finish",
        SortField.BASELINE_COST: "cost",
    }[field]
    return lambda t: None if (e := figures.entry(t.uid)) is None else getattr(e, attr)


def _custom_values(name: str) -> Callable[[Task], Any]:
    """A custom field's value of each task: text without case, a flag No before Yes (never
    missing, as MS Project shows No), no value listed last."""
    kind = kind_of(name)
    if kind is FieldKind.FLAG:
        return lambda t: value_of(t.custom, name) is True
    if kind is FieldKind.TEXT:
        return lambda t: None if (v := value_of(t.custom, name)) is None else str(v).casefold()
    return lambda t: value_of(t.custom, name)


def _bulk_values(schedule: Schedule, field: SortField | str) -> dict[int, int] | None:
    """A date, slack or duration field of every task from the schedule's arrays, if it has them.

    Dates come as minute counts, which sort as the dates do. None: read each TaskTimes.
    """
    times = schedule.times
    if not isinstance(times, ScheduleTimes):
        return None
    if field is SortField.TOTAL_SLACK:
        columns = times.columns(percent=False)
        return (
            None
            if columns is None
            else dict(zip(columns.uids, columns.total_slack_minutes, strict=True))
        )
    spans = times.spans()
    if spans is None:
        return None
    if field is SortField.START:
        return dict(zip(spans.uids, spans.start, strict=True))
    if field is SortField.FINISH:
        return dict(zip(spans.uids, spans.finish, strict=True))
    if field is SortField.DURATION:
        return dict(zip(spans.uids, spans.duration_minutes, strict=True))
    return None


def sort_ranks(
    plan: Plan,
    schedule: Schedule,
    task_sort: TaskSort,
    costs: Costs = None,
    now: datetime | None = None,
) -> dict[int, int]:
    """Each task's place in the sorted list of all tasks (0 first), ties by ID.

    ``costs``: each task's cost (summaries rolled up), as the cost report
    gives it; without it a task's fixed cost stands for its cost. ``now``: the
    caller's clock (to the minute), where the earned value fields are measured
    when the plan has no status date nor Current Date, as the sheet's columns.
    """
    tasks = plan.tasks
    order = list(range(len(tasks)))  # rows of the plan, in sorted order so far
    # One stable pass per key, the last key first: ties of the first key keep the
    # order the later keys gave, and ties of all keep the plan's (the ID).
    for key in reversed(task_sort.keys):
        if key.field is SortField.ID:
            if key.descending:
                order.reverse()  # unique: no ties to keep
            continue
        values = _values_by_row(plan, schedule, key.field, costs, now)
        if None in values:
            missing = [row for row in order if values[row] is None]
            order = [row for row in order if values[row] is not None]
        else:
            missing = []
        order.sort(key=values.__getitem__, reverse=key.descending)
        order += missing
    return dict(zip([tasks[row].uid for row in order], range(len(order)), strict=True))


def _values_by_row(
    plan: Plan, schedule: Schedule, field: SortField | str, costs: Costs, now: datetime | None
) -> list[Any]:
    """Each task's value of a field, in the plan's row order (None: no value)."""
    tasks = plan.tasks
    bulk = _bulk_values(schedule, field)
    if bulk is not None:  # minute counts straight from the engine's arrays: no TaskTimes built
        values: list[Any] = list(map(bulk.get, [t.uid for t in tasks]))
        if field is SortField.TOTAL_SLACK:  # the few elapsed tasks' slack in working minutes
            for row, task in enumerate(tasks):
                if task.elapsed and (x := schedule.get(task.uid)) is not None:
                    values[row] = compared_slack(
                        x.total_slack_minutes, task, x.summary, plan.project
                    )
        return values
    return list(map(_field_values(plan, schedule, field, costs, now), tasks))


# ---------------------------------------------------------------------- layout


def arrange(tasks: Sequence[Task], ranks: Mapping[int, int], keep_outline: bool) -> list[Task]:
    """The tasks in sorted order: sibling by sibling (``keep_outline``) or leaves only.

    A task without a rank (added after the ranks were worked out) is placed
    right before the task after it among its siblings (among the leaves when
    the outline is not kept), so it shows where it was added: Insert and Paste
    put it above the selected row, as MS Project does, and a task typed on the
    blank last row stays last.
    """
    count = len(tasks)
    levels = [t.outline_level for t in tasks]
    keys: list[float | None] = list(map(ranks.get, [t.uid for t in tasks]))
    if not keep_outline:
        leaves = [i for i in range(count) if i + 1 == count or levels[i + 1] <= levels[i]]
        _place_unranked(leaves, keys)
        leaves.sort(key=cast("list[float]", keys).__getitem__)
        return [tasks[i] for i in leaves]
    # Children of each row (-1: the top level), in plan order.
    children: dict[int, list[int]] = {}
    stack: list[int] = []
    for i, level in enumerate(levels):
        while stack and levels[stack[-1]] >= level:
            stack.pop()
        children.setdefault(stack[-1] if stack else -1, []).append(i)
        stack.append(i)
    if None in keys:
        for group in children.values():
            _place_unranked(group, keys)
    out: list[Task] = []
    key = cast("list[float]", keys).__getitem__  # every row has a key now
    todo = sorted(children.get(-1, ()), key=key, reverse=True)  # popped from the end
    while todo:
        row = todo.pop()
        out.append(tasks[row])
        below = children.get(row)
        if below:
            todo.extend(sorted(below, key=key, reverse=True))
    return out


def _place_unranked(group: list[int], keys: list[float | None]) -> None:
    """Give each unranked row of a group (rows in plan order) a key just before the ranked
    row after it (after the whole group when none follows); several such rows keep their
    plan order. Keys stay distinct."""
    ranked = [k for row in group if (k := keys[row]) is not None]
    anchor = max(ranked) + 1.0 if ranked else 0.0
    step = 0.5 / (len(keys) + 1)
    for row in reversed(group):
        found = keys[row]
        if found is None:
            keys[row] = anchor - 0.5 + row * step
        else:
            anchor = found


def sorted_tasks(
    plan: Plan,
    schedule: Schedule,
    task_sort: TaskSort,
    costs: Costs = None,
    now: datetime | None = None,
) -> list[Task]:
    """The plan's tasks sorted now (:func:`sort_ranks` then :func:`arrange`)."""
    if task_sort.is_id:
        return list(plan.tasks)
    ranks = sort_ranks(plan, schedule, task_sort, costs, now)
    return arrange(plan.tasks, ranks, task_sort.keep_outline)
