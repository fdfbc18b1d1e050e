"""Actual Start and Actual Finish of every row of an MS Project XML file, as MS Project keeps them.

MS Project sets a task's Actual Start to its scheduled start as soon as it has a
% complete (and its Actual Finish to its finish at 100 %): a started task always
has one. Gantry keeps the % a file or workbook gave without inventing a date
(a GanttProject plan has % complete and no actual dates), so the writer adds
them, from the schedule, where MS Project would hold them.

A summary's actual dates are its subtasks': the earliest actual start of any
started one, and the latest actual finish once every one is finished (an
inactive subtask does not count, as the % complete roll-up leaves it out). The
project summary task (UID 0) has the project's start once any active leaf task
has started, and its latest actual finish once every one is finished, as its %
complete counts them (app.domain.status_report.project_percent_complete).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.costs import parent_rows
from app.domain.diff_actual_dates import held_actuals
from app.domain.plan import Plan
from app.domain.schedule import Schedule

Dates = tuple[datetime | None, datetime | None]
NO_DATES: Dates = (None, None)


@dataclass(frozen=True, slots=True)
class Actuals:
    """Each row's actual start and finish (rows without either left out) and the project's."""

    by_uid: dict[int, Dates]
    project: Dates


def actual_dates(plan: Plan, result: Schedule, summaries: set[int]) -> Actuals:
    """The actual dates of every row and of the project summary task, in one pass up the plan.

    ``summaries``: the UIDs of the summary rows (their own stored dates are not used).
    """
    tasks = plan.tasks
    if not any(
        t.percent_complete > 0 or t.actual_start is not None or t.actual_finish is not None
        for t in tasks
    ):
        return Actuals({}, NO_DATES)  # nothing started: no row has one (most plans)
    n = len(tasks)
    parents = parent_rows(tasks)
    first: list[datetime | None] = [None] * n  # earliest actual start below each summary
    last: list[datetime | None] = [None] * n  # latest actual finish below it
    leaves = [0] * n  # active leaves below it
    done = [0] * n  # and how many of them are finished
    by_uid: dict[int, Dates] = {}
    top_first: datetime | None = None
    top_last: datetime | None = None
    top_leaves = top_done = 0
    for i in range(n - 1, -1, -1):  # a summary's subtasks come after it: all seen before it
        task = tasks[i]
        if task.uid in summaries:
            start, finish = first[i], last[i]
            count, finished = leaves[i], done[i]
            if finished < count or not count:
                finish = None
        else:
            times = result.get(task.uid)
            if times is None:
                continue
            start, finish = held_actuals(task, times)  # the diff reads them alike
            count, finished = 1, int(finish is not None)
            if task.active:
                top_leaves += 1
                top_done += finished
                if start is not None and (top_first is None or start < top_first):
                    top_first = start
                if finish is not None and (top_last is None or finish > top_last):
                    top_last = finish
        if start is not None or finish is not None:
            by_uid[task.uid] = (start, finish)
        up = parents[i]
        if up < 0 or not task.active:
            continue
        leaves[up] += count
        done[up] += finished
        if start is not None:
            known = first[up]
            if known is None or start < known:
                first[up] = start
        if finish is not None:
            known = last[up]
            if known is None or finish > known:
                last[up] = finish
    project_finish = top_last if top_leaves and top_done == top_leaves else None
    # MS Project writes the project's start, not its earliest task's actual start, once
    # any task has started (mspdiresource.xml: task 4 began a day after the project)
    project_start = result.start if top_first is not None else None
    return Actuals(by_uid, (project_start, project_finish))
