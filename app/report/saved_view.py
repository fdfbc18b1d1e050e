"""The plan's saved view applied to a printout made without the window.

MS Project prints a view as it was saved: its table's columns, only the tasks its
filter keeps, in its sort's order, under its group's headers. A plan keeps its task
sheet's view (``Plan.view``, app/domain/view_state.py, .gantry schema v20), so
``gantry convert plan.gantry out.pdf`` (or ``.png``) prints what the window showed
when the plan was last left: the rows worked out here as the window's sheet works
them out (app/ui/models/task_model_rows.py), from the plan and its schedule alone.
Nothing here imports the window.

What the window keeps for one person only (collapsed summaries, the zoom) is not in
the plan: every summary prints expanded. A filter is run again now, as MS Project
runs a saved filter when the view is shown; Late Tasks at the plan's status date
(else now).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from typing import Any

from app.domain.costs import CostReport, compute_costs
from app.domain.custom_fields import is_field_name
from app.domain.filters import TaskFilter, matching_uids, with_summaries
from app.domain.grouping import GroupBy
from app.domain.grouping_rows import GROUP_KEY_FIRST, TaskGroup, flatten, group_tasks
from app.domain.plan import Plan
from app.domain.project import measured_at
from app.domain.schedule import Schedule
from app.domain.sorting import TaskSort, sorted_tasks
from app.domain.view_state import SheetView
from app.report.columns import COLUMNS, custom_text
from app.report.locale_numbers import locale_marks
from app.report.tables import TABLES
from app.report.timescale_names import date_names
from app.report.view_note import view_note

_CUSTOM = "custom:"  # a custom field's sheet column key: "custom:Text1" (app/ui/sheet_layout.py)
# The sheet columns whose key (their name, lower case) is not the printed column's key;
# every other sheet column prints under its own key (tests hold this to the window's map).
_RENAMED = {
    "total_slack": "slack",
    "constraint_type": "constraint",
    "task_type": "type",
    "remaining_duration": "remaining",
    "physical_percent": "physical_percent_complete",
}
_TABLES = {table.key: table for table in TABLES}
USER_PREFIX = "user:"  # a user table's key: "user:" and its name (the window's too)


@dataclass(frozen=True, slots=True)
class ViewRows:
    """The rows a view prints: task uids and group header keys top to bottom, the headers
    among them by key (grouped), and whether names are printed unindented (sorted without
    the outline structure)."""

    rows: tuple[int, ...]
    groups: dict[int, TaskGroup] = field(default_factory=dict, hash=False)
    flat: bool = False


def printed_key(sheet_key: str) -> str | None:
    """The printed column of a sheet column's key (None: one the printout lacks)."""
    if sheet_key.startswith(_CUSTOM):
        name = sheet_key.removeprefix(_CUSTOM)
        return name if is_field_name(name) else None
    key = _RENAMED.get(sheet_key, sheet_key)
    return key if key in COLUMNS else None


def view_columns(view: SheetView) -> tuple[str, ...] | None:
    """The printed columns of a saved view: the sheet's columns as shown, else its table's
    (a built-in one, or the user's own); None: the printout's default columns."""
    keys: Iterator[str]
    if view.columns:
        keys = (k for k, _width in view.columns)
    elif view.table in _TABLES:
        return _TABLES[view.table].columns
    elif view.table.startswith(USER_PREFIX):
        name = view.table.removeprefix(USER_PREFIX)
        keys = iter(next((cols for n, cols in view.tables if n == name), ()))
    else:
        return None
    printed = tuple(dict.fromkeys(p for k in keys if (p := printed_key(k)) is not None))
    return printed or None


def view_rows(
    plan: Plan,
    schedule: Schedule,
    task_filter: TaskFilter | None = None,
    task_sort: TaskSort | None = None,
    task_group: GroupBy | None = None,
    folded_groups: frozenset[tuple[str, ...]] = frozenset(),
    costs: CostReport | None = None,
    now: datetime | None = None,
) -> ViewRows:
    """The rows of the task sheet filtered, sorted and grouped so, every summary expanded
    and the groups at ``folded_groups`` (their paths) folded. ``costs``: the plan's cost
    report (worked out here when a sort or group needs one); ``now``: when the plan has no
    status date, the moment Late Tasks and Status are judged at (default: now)."""
    moment = measured_at(plan.project, now or datetime.now())
    tasks = plan.tasks
    keep: set[int] | None = None
    if task_filter is not None and not task_filter.is_all:
        # Custom Field matches the cell as the window's sheet writes it (Fr. 01.01.2027 in
        # German), so a view prints the rows the window showed
        cells = partial(custom_text, project=plan.project, marks=locale_marks())
        matched = matching_uids(plan, schedule, task_filter, moment, cell_text=cells)
        keep = with_summaries(tasks, matched)
    if task_sort is not None and task_sort.is_id:
        task_sort = None
    if (task_sort is not None or task_group is not None) and costs is None:
        costs = compute_costs(plan, schedule)  # sorts and groups by cost read the window's
    clock = (now or datetime.now()).replace(second=0, microsecond=0)  # the sheet's minute
    order = tasks if task_sort is None else sorted_tasks(plan, schedule, task_sort, costs, clock)
    outline = task_sort is None or task_sort.keep_outline
    if task_group is None or task_group.is_none:
        rows = tuple(t.uid for t in order if keep is None or t.uid in keep)
        return ViewRows(rows, {}, not outline)
    if task_group.keep_hierarchy and not outline:  # no summaries listed: none to keep
        task_group = replace(task_group, keep_hierarchy=False)
    today = now or datetime.now()
    groups = group_tasks(plan, schedule, task_group, order, costs, keep, today, date_names())
    keys: dict[tuple[str, ...], int] = {}

    def key_of(path: tuple[str, ...]) -> int:
        return keys.setdefault(path, GROUP_KEY_FIRST + len(keys))

    flat = flatten(groups, key_of, folded_groups)
    headers = {row.key: row.group for row in flat if row.group is not None}
    return ViewRows(tuple(row.key for row in flat), headers, not outline)


def rows_active(view: ViewRows, active: Collection[int]) -> ViewRows:
    """The view's rows of the tasks among ``active`` (a PNG's dates: the tasks then), in
    the view's order; a group header stays above a task it keeps, and goes without one."""
    kept: list[int] = []
    waiting: list[tuple[int, int]] = []  # headers with no task kept below yet: (key, level)
    for key in view.rows:
        group = view.groups.get(key)
        if group is not None:
            while waiting and waiting[-1][1] >= group.level:
                waiting.pop()  # a header of its own level or deeper ended with no task
            waiting.append((key, group.level))
        elif key in active:
            kept.extend(k for k, _level in waiting)
            waiting.clear()
            kept.append(key)
    groups = {k: view.groups[k] for k in kept if k in view.groups}
    return ViewRows(tuple(kept), groups, view.flat)


def saved_view_rows(
    plan: Plan, schedule: Schedule, view: SheetView, costs: CostReport | None = None
) -> ViewRows:
    """:func:`view_rows` of the plan's saved view."""
    return view_rows(
        plan,
        schedule,
        view.task_filter,
        view.task_sort,
        view.task_group,
        view.folded_groups,
        costs,
    )


# The writer options (``formats.write_plan``'s, the command line's) that stand in for a part
# of the saved view; ``saved_view=False`` prints without the plan's view.
VIEW_OPTIONS = ("task_filter", "task_sort", "task_group")


@dataclass(frozen=True, slots=True)
class PrintedView:
    """What a printout made without the window shows of a view: its columns (None: the
    printout's default), its rows, the cost report worked out for them (if any), and the
    filter that chose them (None: all tasks), named when it keeps none; ``note``: the
    filter, sort and group, as the page header says them (app/report/view_note.py)."""

    columns: tuple[str, ...] | None
    rows: ViewRows
    costs: CostReport | None = None
    task_filter: TaskFilter | None = None
    note: str = ""


def chosen_view(plan: Plan, options: Mapping[str, Any]) -> SheetView | None:
    """The view a printout shows: the plan's saved one (unless ``saved_view`` is False),
    the filter, sort or group the options give in place of its own (None: not given;
    All Tasks, by ID or No Group for none). A group given in place of the saved one
    prints unfolded. None: no view, every task in outline order."""
    saved = plan.view if options.get("saved_view", True) else None
    given = {name: options[name] for name in VIEW_OPTIONS if options.get(name) is not None}
    if saved is None and not given:
        return None
    view = replace(saved or SheetView(), **given)
    if saved is not None and view.task_group != saved.task_group:
        view = replace(view, folded_groups=frozenset())
    return view


def printed_view(plan: Plan, schedule: Schedule, options: Mapping[str, Any]) -> PrintedView | None:
    """The columns and rows a PDF or PNG of the plan prints for the writer's ``options``
    (None: no view, the printout as it always was). ``columns`` given (``--table``) win
    over the view's."""
    view = chosen_view(plan, options)
    if view is None:
        return None
    costs: CostReport | None = None
    if view.task_sort is not None or view.task_group is not None:
        costs = compute_costs(plan, schedule)  # sorts and groups by cost read the window's
    rows = saved_view_rows(plan, schedule, view, costs)
    given = options.get("columns")
    columns = tuple(given) if given else view_columns(view)
    note = view_note(plan, view.task_filter, view.task_sort, view.task_group)
    return PrintedView(columns, rows, costs, view.task_filter, note)
