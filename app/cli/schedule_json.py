"""The object ``gantry schedule --json`` prints (DESIGN.md, "Command line").

Keys may be added; none may be renamed: scripts and tests rely on them.

A split task (Split Task…) has one more key, ``splits``: its pauses in order,
each ``{"stop": ISO, "resume": ISO}``, the moment its work stops (the end of
a working part) and the moment it resumes (the start of the next part); a task
under way whose work left waits for its links is split there, as the Gantt draws it.
Tasks that are not split have no ``splits`` key, so an unsplit plan prints
as before. A recurring task's summary likewise has ``recurrence``, its pattern
(app/cli/recurring_json.py). The top-level ``issues`` lists the scheduler's
conflicts (app/cli/schedule_issues.py), ``[]`` when there are none.

``project`` has ``status_date`` (ISO, ``null`` when the plan has none). When
the plan has a baseline (MS Project's Baseline, number 0, the one the Baseline
columns show), every task has :data:`BASELINE_KEYS` after the others: its
baseline start and finish (ISO), duration and work (working minutes), cost and
fixed cost (MS Project's Baseline Fixed Cost), ``null`` for a task the baseline does
not hold (added since it was saved). Each other baseline set (MS Project's Baseline1
to Baseline10) adds the same six keys numbered as MS Project numbers its fields
(``baseline1_start``, ..., ``baseline10_fixed_cost``), after them in baseline order.
A plan without one prints as before.

Each task's ``actual_start`` and ``actual_finish`` are its Actual Start and Finish as the
sheet shows them (ISO, ``null``: NA), a summary's rolled up (app/cli/schedule_actuals.py).

Each task's ``overtime_work_minutes`` (MS Project's Overtime Work) is the part of its
``work_minutes`` done as overtime (a summary's: its subtasks'), 0 when none. Its
``actual_work_minutes`` and ``remaining_work_minutes`` are the Tracking table's Actual Work
and Remaining Work (a summary's: its subtasks'), so a burn-down script needs no % complete.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from itertools import pairwise, repeat
from operator import add, attrgetter, floordiv, mod
from typing import Any

from app.cli.json_text import RawJSON, all_zero, column_texts, dumps
from app.cli.recurring_json import recurrences_by_row
from app.cli.schedule_actuals import actual_columns
from app.cli.schedule_issues import issue_entries
from app.domain.costs import CostReport, compute_costs
from app.domain.custom_fields import field_title
from app.domain.estimates import estimated_summaries
from app.domain.inactive_slack import shows_slack
from app.domain.notation import format_duration, format_summary_duration
from app.domain.overtime_rows import overtime_rows
from app.domain.percent_shown import shown_percent
from app.domain.plan import Plan
from app.domain.schedule import Schedule, ScheduleTimes, TaskTimes
from app.domain.schedule_times import TimesColumns
from app.domain.splits import TaskClocks, may_be_split
from app.domain.wbs_shown import shown_wbs_codes
from app.domain.worktime import MINUTES_PER_DAY, from_minutes

# The keys of each task, in the order they are printed.
TASK_KEYS = (
    "uid",
    "wbs",
    "name",
    "milestone",
    "summary",
    "percent_complete",
    "cost",
    "start",
    "finish",
    "duration_minutes",
    "duration_text",
    "critical",
    "total_slack_minutes",
    "free_slack_minutes",
    "early_start",
    "early_finish",
    "late_start",
    "late_finish",
    "work_minutes",
    "overtime_work_minutes",  # part of work_minutes (app/domain/overtime_work.py)
    "actual_work_minutes",  # MS Project's Actual Work (a summary's: its subtasks')
    "remaining_work_minutes",  # work_minutes less actual_work_minutes, never below 0
    "actual_start",  # ISO, null: not started (app/cli/schedule_actuals.py)
    "actual_finish",  # ISO, null: not finished
)
# The keys each task has after TASK_KEYS when the plan has a baseline (number 0).
BASELINE_KEYS = (
    "baseline_start",
    "baseline_finish",
    "baseline_duration_minutes",
    "baseline_work_minutes",
    "baseline_cost",
    "baseline_fixed_cost",  # the task's own Fixed Cost when saved (s27bf)
)
# The TaskTimes fields among them (None for a task the scheduler left out).
_TIMES_KEYS = (
    "start",
    "finish",
    "critical",
    "total_slack_minutes",
    "free_slack_minutes",
    "early_start",
    "early_finish",
    "late_start",
    "late_finish",
)
_DATE_KEYS = frozenset(
    ("start", "finish", "early_start", "early_finish", "late_start", "late_finish")
)


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 local time to the second, ``YYYY-MM-DDTHH:MM:SS``."""
    if moment is None:
        return None
    if moment.microsecond:
        moment = moment.replace(microsecond=0)
    return moment.isoformat()


class _IsoTexts(dict[datetime | None, str | None]):
    """:func:`iso` of each moment, computed once (a plan's dates repeat across its tasks)."""

    def __missing__(self, moment: datetime | None) -> str | None:
        text = self[moment] = iso(moment)
        return text


class _MinuteIsoTexts(dict[int, str]):
    """:func:`iso` of the moment of each minute count (``worktime.from_minutes``), computed once."""

    def __missing__(self, minutes: int) -> str:
        text = self[minutes] = iso(from_minutes(minutes)) or ""
        return text


# The JSON text's time of day for each minute of a day, with the closing quote.
_TIMES_OF_DAY = [f'T{h:02d}:{m:02d}:00"' for h in range(24) for m in range(60)]


def _minute_json_texts(columns: Sequence[Sequence[int]]) -> dict[int, str]:
    """The JSON text of :func:`iso` of each minute count's moment in these columns.

    One text per distinct minute, as the day's text (one datetime per distinct
    day) and the time of day joined: no datetime per distinct minute.
    """
    minutes = list(set().union(*columns))
    day_of = list(map(floordiv, minutes, repeat(MINUTES_PER_DAY)))
    days = {
        day: '"' + from_minutes(day * MINUTES_PER_DAY).date().isoformat() for day in set(day_of)
    }
    times = map(_TIMES_OF_DAY.__getitem__, map(mod, minutes, repeat(MINUTES_PER_DAY)))
    return dict(zip(minutes, map(add, map(days.__getitem__, day_of), times), strict=True))


def _times_columns(plan: Plan, schedule: Schedule) -> TimesColumns | None:
    """The schedule's values as columns when it can give them for exactly the plan's rows.

    Read before the costs: they build the TaskTimes of assigned tasks, all of
    them at once in a large plan, and the schedule then no longer offers columns.
    """
    times = schedule.times
    # with the summaries' % complete rolled up from their subtasks, as the sheet shows it
    columns = times.columns(percent=True) if isinstance(times, ScheduleTimes) else None
    if columns is None or columns.uids != list(map(_UID, plan.tasks)):
        return None
    return columns


def _columns(
    plan: Plan, schedule: Schedule, costs: CostReport, found_columns: TimesColumns | None
) -> tuple[dict[str, list[Any]], bool]:
    """:func:`_plain_columns` and the duration as the task sheet writes it (``2w``, ``4h``)."""
    columns, in_minutes = _plain_columns(plan, schedule, costs, found_columns)
    columns |= actual_columns(plan, schedule)
    _blank_inactive_slack(plan, columns)
    columns["duration_text"] = _duration_texts(
        plan, columns["summary"], columns["duration_minutes"]
    )
    return columns, in_minutes


def _blank_inactive_slack(plan: Plan, columns: dict[str, list[Any]]) -> None:
    """An inactive task's slack as null, as the sheet shows none (app/domain/inactive_slack.py)."""
    rows = [row for row, task in enumerate(plan.tasks) if not shows_slack(task)]
    if not rows:
        return
    for key in ("total_slack_minutes", "free_slack_minutes"):
        values = columns[key] = list(columns[key])  # the schedule's own column left as it is
        for row in rows:
            values[row] = None


def _duration_texts(plan: Plan, summary: list[bool], minutes: Sequence[int]) -> list[str]:
    """Each task's duration in its own unit; a summary's span in days, as the sheet shows them.

    Each distinct (minutes, unit, flags) is written once: durations repeat across a plan.
    The keys are made in C-level passes over the columns, not a Python step per task.
    """
    project = plan.project
    tasks = plan.tasks
    units = list(map(_UNIT, tasks))
    estimated = list(map(_ESTIMATED, tasks))
    if any(estimated):  # a summary's mark is its subtasks' (7d?), as the sheet and PDF show
        rolled = estimated_summaries(tasks)
        estimated = [
            t.uid in rolled if is_summary else flag
            for t, is_summary, flag in zip(tasks, summary, estimated, strict=True)
        ]
    # the unit by id(): an Enum's hash is a Python-level call (10k of them at 10k tasks)
    keys = list(
        zip(
            minutes,
            summary,
            map(_ELAPSED, tasks),
            estimated,
            map(id, units),
            strict=True,
        )
    )
    unit_of = dict(zip(keys, units, strict=True))  # one task's unit for each distinct key
    texts: dict[tuple[Any, ...], str] = {}
    for key, unit in unit_of.items():
        length, is_summary, elapsed, marked, _ = key
        texts[key] = (
            format_summary_duration(length, project, marked)
            if is_summary
            else format_duration(length, project, elapsed, marked, unit)
        )
    return list(map(texts.__getitem__, keys))


_UNIT = attrgetter("duration_unit")
_ELAPSED = attrgetter("elapsed")
_ESTIMATED = attrgetter("estimated")


def _plain_columns(
    plan: Plan, schedule: Schedule, costs: CostReport, found_columns: TimesColumns | None
) -> tuple[dict[str, list[Any]], bool]:
    """Each task key's values for all tasks in row order, and whether dates are minute counts.

    Dates are datetimes, or minute counts when the schedule gave its values as
    columns (every task scheduled, nothing built yet: no TaskTimes is built).
    """
    rows = plan.tasks
    uids = list(map(_UID, rows))
    levels = [t.outline_level for t in rows]
    # a summary is a row whose next row sits deeper (Plan.is_summary)
    summary = [a < b for a, b in pairwise(levels)]
    if rows:
        summary.append(False)
    columns: dict[str, list[Any]] = {
        "uid": uids,
        "wbs": shown_wbs_codes(plan),  # a task's own code, else its outline number
        "name": list(map(_NAME, rows)),
        "milestone": list(map(_MILESTONE, rows)),
        "summary": summary,
        "percent_complete": list(map(_PERCENT, rows)),  # a summary's: rolled up, below
        "cost": _rounded(list(map(costs.task_cost.get, uids, repeat(0.0)))),
        "work_minutes": list(map(costs.task_work_minutes.get, uids, repeat(0))),
        "overtime_work_minutes": overtime_rows(plan),  # a summary's: its subtasks'
    }
    columns |= _work_done_columns(columns["work_minutes"], uids, costs)
    if found_columns is not None:
        for key in (*_TIMES_KEYS, "duration_minutes"):
            columns[key] = getattr(found_columns, key)
        if found_columns.percent_complete is not None:
            columns["percent_complete"] = found_columns.percent_complete
        columns["percent_complete"] = _whole_percents(columns["percent_complete"])
        return columns, True
    found: dict[int, TaskTimes] = dict(schedule.times.items())
    times = list(map(found.get, uids))
    # a summary's % complete is its subtasks' rolled up (TaskTimes), as the sheet shows it
    columns["percent_complete"] = _whole_percents(
        [
            p if tt is None else tt.percent_complete
            for p, tt in zip(columns["percent_complete"], times, strict=True)
        ]
    )
    if None not in times:
        for key in (*_TIMES_KEYS, "duration_minutes"):
            columns[key] = list(map(attrgetter(key), times))
        return columns, False
    for key in _TIMES_KEYS:  # an inactive task the scheduler left out has no times
        get = attrgetter(key)
        columns[key] = [None if tt is None else get(tt) for tt in times]
    columns["critical"] = [False if c is None else c for c in columns["critical"]]
    columns["duration_minutes"] = [
        t.duration_minutes if tt is None else tt.duration_minutes
        for t, tt in zip(rows, times, strict=True)
    ]
    return columns, False


def _work_done_columns(work: list[int], uids: list[int], costs: CostReport) -> dict[str, list[Any]]:
    """Each task's Actual Work and Remaining Work in minutes, as the Tracking table shows
    them (app/domain/cost_tracking.py): actual from the costing, remaining the rest."""
    actual = list(map(costs.task_actual_work_minutes.get, uids, repeat(0)))
    remaining = [max(0, w - a) for w, a in zip(work, actual, strict=True)]
    return {"actual_work_minutes": actual, "remaining_work_minutes": remaining}


_UID = attrgetter("uid")
_NAME = attrgetter("name")
_MILESTONE = attrgetter("milestone")
_PERCENT = attrgetter("percent_complete")


def _whole_percents(percents: list[float]) -> list[float]:
    """Each % complete as MS Project stores and shows it (<PercentComplete>, the sheet):
    whole, a task under way 1..99 (app.domain.percent_shown), kept a float ("50.0")."""
    if all_zero(percents):
        return percents
    return [float(shown_percent(p)) for p in percents]


def _rounded(costs: list[float]) -> list[float]:
    """Each cost rounded to the cent; a plan with nothing to cost has only +0.0s, which
    round to themselves (app.domain.costs)."""
    if set(map(type, costs)) == {float} and all_zero(costs):
        return costs
    return list(map(round, costs, repeat(2)))


def baseline_keys(index: int) -> tuple[str, ...]:
    """The keys of baseline ``index``'s values: :data:`BASELINE_KEYS` for the Baseline (0),
    ``baseline1_start``... for Baseline1 to Baseline10, as MS Project numbers its fields."""
    if index == 0:
        return BASELINE_KEYS
    return tuple(key.replace("baseline_", f"baseline{index}_", 1) for key in BASELINE_KEYS)


def _task_keys(plan: Plan) -> tuple[str, ...]:
    """The keys of each task: :data:`TASK_KEYS`, then each baseline's keys (the Baseline's
    :data:`BASELINE_KEYS` first) for the baselines the plan has."""
    return TASK_KEYS + tuple(k for i in sorted(plan.baselines) for k in baseline_keys(i))


def _baseline_columns(plan: Plan) -> dict[str, list[Any]]:
    """Each baseline's values of every task in row order, under :func:`baseline_keys` (None:
    a task the baseline does not hold); empty without a baseline. Dates are ISO texts."""
    columns: dict[str, list[Any]] = {}
    texts = _IsoTexts()
    for index, base in plan.baselines.items():
        entries = {e.task_uid: e for e in base.entries}
        found = list(map(entries.get, map(_UID, plan.tasks)))
        start, finish, duration, work, cost, fixed = baseline_keys(index)
        columns |= {
            start: [None if e is None else texts[e.start] for e in found],
            finish: [None if e is None else texts[e.finish] for e in found],
            duration: [None if e is None else e.duration_minutes for e in found],
            work: [None if e is None else e.work_minutes for e in found],
            cost: [None if e is None else round(e.cost, 2) for e in found],
            fixed: [None if e is None else round(e.fixed_cost, 2) for e in found],
        }
    return columns


def _task_dicts(
    columns: dict[str, list[Any]], texts: Callable[[Any], Any], keys: tuple[str, ...] = TASK_KEYS
) -> list[dict[str, Any]]:
    values = [list(map(texts, columns[key])) if key in _DATE_KEYS else columns[key] for key in keys]
    return [dict(zip(keys, row, strict=True)) for row in zip(*values, strict=True)]


def _resources(plan: Plan, costs: CostReport) -> list[dict[str, Any]]:
    base = plan.baselines.get(0)
    people = base.assignments if base is not None else ()
    # MS Project's resource Baseline Work and Cost: their assignments' in Baseline (0); null
    # when it keeps no people (none saved, or saved before Gantry kept them)
    work: dict[int, int] = {}
    cost: dict[int, float] = {}
    for e in people:
        work[e.resource_uid] = work.get(e.resource_uid, 0) + e.work_minutes
        cost[e.resource_uid] = cost.get(e.resource_uid, 0.0) + e.cost
    return [
        {
            "uid": r.uid,
            "name": r.name,
            "type": r.type.name.lower(),
            "max_units": r.max_units,
            "work_minutes": costs.resource_work_minutes.get(r.uid, 0),
            "cost": round(costs.resource_cost.get(r.uid, 0.0), 2),
            "overallocated": r.uid in costs.overallocated,
            "baseline_work_minutes": work.get(r.uid, 0) if people else None,
            "baseline_cost": round(cost.get(r.uid, 0.0), 2) if people else None,
        }
        for r in plan.resources
    ]


def _document(plan: Plan, schedule: Schedule, costs: CostReport, tasks: object) -> dict[str, Any]:
    return {
        "project": {
            "name": plan.project.name,
            "start": iso(schedule.start),
            "finish": iso(schedule.finish),
            "status_date": iso(plan.project.status_date),  # null: none set
            "current_date": iso(plan.project.current_date),  # null: none set (today)
        },
        "tasks": tasks,
        "resources": _resources(plan, costs),
        "cost": round(costs.total_cost, 2),
        "currency": costs.currency,  # ISO 4217 code; "" when the file names none
        "currency_symbol": plan.project.currency_symbol,
        "issues": issue_entries(plan, schedule),  # the scheduler's conflicts ([] for none)
    }


def _pauses(plan: Plan, schedule: Schedule) -> dict[int, list[dict[str, str | None]]]:
    """The ``splits`` value of each split task, by row (empty when no task is split)."""
    split = [(row, t) for row, t in enumerate(plan.tasks) if may_be_split(t)]
    if not split:
        return {}
    clocks = TaskClocks(plan)
    out: dict[int, list[dict[str, str | None]]] = {}
    for row, task in split:
        times = schedule.get(task.uid)
        parts = clocks.parts(task, times) if times is not None else ()
        if len(parts) > 1:  # a task under way with nothing done waits whole: one part
            out[row] = [
                {"stop": iso(stop), "resume": iso(resume)}
                for (_a, stop), (resume, _b) in pairwise(parts)
            ]
    return out


def _with_pauses(
    tasks: list[dict[str, Any]], pauses: dict[int, list[dict[str, str | None]]]
) -> list[dict[str, Any]]:
    for row, value in pauses.items():
        tasks[row]["splits"] = value
    return tasks


def _customs(plan: Plan) -> dict[int, dict[str, Any]]:
    """The ``custom`` value of each task holding custom field values, by row: {alias or
    field name: value}, numbers and costs as numbers, flags true, dates ISO, durations in
    working minutes (empty when no task has any)."""
    fields = plan.project.custom_fields
    out: dict[int, dict[str, Any]] = {}
    for row, task in enumerate(plan.tasks):
        if task.custom:
            out[row] = {
                field_title(name, fields): iso(v) if isinstance(v, datetime) else v
                for name, v in task.custom
            }
    return out


def _with_custom(
    tasks: list[dict[str, Any]], customs: dict[int, dict[str, Any]]
) -> list[dict[str, Any]]:
    for row, values in customs.items():
        tasks[row]["custom"] = values
    return tasks


def schedule_to_dict(plan: Plan, schedule: Schedule) -> dict[str, Any]:
    """Project span, one entry per task in outline order, and the resources with their totals."""
    found = _times_columns(plan, schedule)
    pauses = _pauses(plan, schedule)
    costs = compute_costs(plan, schedule)
    columns, in_minutes = _columns(plan, schedule, costs, found)
    columns |= _baseline_columns(plan)
    texts = _MinuteIsoTexts() if in_minutes else _IsoTexts()
    tasks = _with_pauses(_task_dicts(columns, texts.__getitem__, _task_keys(plan)), pauses)
    tasks = _with_recurrences(_with_custom(tasks, _customs(plan)), recurrences_by_row(plan))
    return _document(plan, schedule, costs, tasks)


def _task_parts(keys: tuple[str, ...]) -> list[str]:
    """The text of one task at its place in the document, an item of the list under
    "tasks", around its values: part ``i`` before the i-th key's value, then _TASK_END."""
    return ("{\n      " + ",\n      ".join(f'"{key}": %s' for key in keys)).split("%s")


_TASK_END = "\n    }"


class _IsoJSON(dict[datetime | None, str]):
    """The JSON text of :func:`iso` of each moment (``null`` for None), computed once."""

    def __missing__(self, moment: datetime | None) -> str:
        found = iso(moment)
        text = self[moment] = "null" if found is None else f'"{found}"'
        return text


def schedule_to_json_data(plan: Plan, schedule: Schedule) -> dict[str, Any]:
    """:func:`schedule_to_dict` with the task list already encoded as indented JSON text.

    ``json_text.dumps`` of this gives the same text as of :func:`schedule_to_dict`,
    many times faster: each column of values is encoded in C-level passes and
    the tasks' text is joined from them a few hundred tasks at a time.
    """
    found = _times_columns(plan, schedule)
    pauses = _pauses(plan, schedule)
    costs = compute_costs(plan, schedule)
    columns, in_minutes = _columns(plan, schedule, costs, found)
    columns |= _baseline_columns(plan)
    keys = _task_keys(plan)
    customs = _customs(plan)
    recurring = recurrences_by_row(plan)
    if pauses:  # split tasks have one more key than the template: the general writer
        general = _MinuteIsoTexts() if in_minutes else _IsoTexts()
        tasks = _with_pauses(_task_dicts(columns, general.__getitem__, keys), pauses)
        tasks = _with_recurrences(_with_custom(tasks, customs), recurring)
        return _document(plan, schedule, costs, tasks)
    in_dates = [columns[key] for key in _DATE_KEYS]
    dates: dict[Any, str] = _minute_json_texts(in_dates) if in_minutes else _IsoJSON()
    values: list[list[str]] = []
    for key in keys:
        if key in _DATE_KEYS:
            values.append(list(map(dates.__getitem__, columns[key])))
            continue
        texts = column_texts(columns[key])
        if texts is None:  # a value of another type: the general writer knows it
            general = _MinuteIsoTexts() if in_minutes else _IsoTexts()
            tasks = _task_dicts(columns, general.__getitem__, keys)
            tasks = _with_recurrences(_with_custom(tasks, customs), recurring)
            return _document(plan, schedule, costs, tasks)
        values.append(texts)
    if not values[0]:
        return _document(plan, schedule, costs, [])
    # the few tasks holding custom values get their object after the last value, and
    # recurring summaries their pattern after it (as the general writer puts them)
    _end_with_objects(values[-1], "custom", customs)
    _end_with_objects(values[-1], "recurrence", recurring)
    pieces = _task_pieces(values, _task_parts(keys))
    return _document(plan, schedule, costs, RawJSON("[\n    ", *pieces, "\n  ]"))


def _task_pieces(values: list[list[str]], parts: list[str]) -> Iterator[str]:
    """The tasks' text from each key's column of JSON texts, in pieces of a few hundred
    tasks, which the writer writes one by one: the ~10 MB of a large plan's tasks are
    never joined into one string.

    Each piece is one join of the keys' texts and the text around them, laid out in
    one list by a slice assignment per key: no string is made per task.
    """
    count, keys = len(values[0]), len(values)
    stride = 2 * keys
    following = _TASK_END + ",\n    " + parts[0]  # between one task's last value and the next's
    layout: list[str] = [following] * (stride * _TASKS_A_PIECE)
    for i in range(1, keys):
        layout[2 * i :: stride] = [parts[i]] * _TASKS_A_PIECE
    for first in range(0, count, _TASKS_A_PIECE):
        last = min(first + _TASKS_A_PIECE, count)
        pieces = layout if last - first == _TASKS_A_PIECE else layout[: stride * (last - first)]
        for i, texts in enumerate(values):
            pieces[2 * i + 1 :: stride] = texts[first:last]
        if first == 0:
            pieces[0] = parts[0]
            yield "".join(pieces)
            pieces[0] = following
        else:
            yield "".join(pieces)
    yield _TASK_END


_TASKS_A_PIECE = 256


def _end_with_objects(last: list[str], key: str, values: dict[int, dict[str, Any]]) -> None:
    """The last key's texts of the rows in ``values`` followed by ``"key": {...}``,
    indented at the task's depth."""
    for row, found in values.items():
        encoded = dumps(found, str).replace("\n", "\n      ")
        last[row] += f',\n      "{key}": {encoded}'


def _with_recurrences(
    tasks: list[dict[str, Any]], recurring: dict[int, dict[str, Any]]
) -> list[dict[str, Any]]:
    for row, value in recurring.items():
        tasks[row]["recurrence"] = value
    return tasks
