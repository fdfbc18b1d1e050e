"""When a task has started: the one rule the scheduler's slack, a summary's roll-up, the
sheet's Actual Start and the cost and earned value code share.

A task has started once it has progress: an actual start, an actual finish, or % complete
above 0. MS Project has no task with % complete and no Actual Start: typing % complete
records the task's Start as its Actual Start. Gantry records it so wherever progress is
entered or read (the sheet, Task Information, Update Tasks, Update Project, gantry progress,
a CSV, a workbook, a GanttProject file), through one function,
app.domain.tracking.typed_progress. A plan saved before that, holding % complete without the
date, is not rewritten: its task is started all the same, at its scheduled start
(app/domain/summary_actuals.shown_actuals). When a task is finished: app/domain/finished.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.task import Task


def has_started(task: Task) -> bool:
    """Whether ``task`` has progress: an actual start or finish, or % complete above 0."""
    return (
        task.actual_start is not None or task.actual_finish is not None or task.percent_complete > 0
    )


def started_without_date(tasks: Sequence[Task]) -> list[int]:
    """The rows started by % complete alone (no actual date): the started rows the
    scheduler's ``special`` rows (those with a date set, among others) do not hold."""
    return [
        i
        for i, t in enumerate(tasks)
        if t.percent_complete > 0 and t.actual_start is None and t.actual_finish is None
    ]
