"""Tasks' actual start and finish as the sheet, the printout and the sort show them: a
summary's rolled up from its subtasks, and a task tracked by % complete alone (a CSV or
workbook's, a plan from before typing set the dates) started where it is scheduled.

MS Project never shows NA for the Actual Start of a task with progress: entering %
complete sets Actual Start to the task's Start (and 100 % sets Actual Finish to its
Finish). A task whose progress came without those dates shows them so too.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.finished import is_finished
from app.domain.plan import Plan
from app.domain.schedule import Schedule, TaskTimes
from app.domain.started import has_started
from app.domain.task import Task


def shown_actuals(task: Task, times: TaskTimes | None) -> tuple[datetime | None, datetime | None]:
    """A task's actual start and finish as shown: its own, else its scheduled start once it
    has started (app.domain.started: an actual finish or % complete above 0) and its
    scheduled finish once it is 100 % complete, as MS Project records them (``times``
    None: its own only)."""
    start, finish = task.actual_start, task.actual_finish
    if times is None:
        return start, finish
    if start is None and has_started(task):
        start = times.start
    if finish is None and is_finished(task):
        finish = times.finish
    return start, finish


def lacks_dates(task: Task) -> bool:
    """Whether ``task``'s progress implies an actual date it does not hold (started with no
    Actual Start, finished with no Actual Finish): only then are its scheduled dates read,
    so a large plan's tracked tasks build no TaskTimes here."""
    return (task.actual_start is None and has_started(task)) or (
        task.actual_finish is None and is_finished(task)
    )


def summary_actuals(
    plan: Plan, schedule: Schedule | None = None
) -> dict[int, tuple[datetime | None, datetime | None]]:
    """Each summary's actual start and finish, rolled up as MS Project does: it started
    when its first subtask did, and finished when its last one did, once all are done.

    One pass over the plan, bottom-up; inactive tasks count for nothing. With the
    ``schedule``, a subtask's dates are :func:`shown_actuals`' (one tracked by % complete
    alone started at its scheduled start).
    """
    parents = plan.parent_uids()
    starts: dict[int, datetime] = {}
    finishes: dict[int, datetime] = {}
    open_work: set[int] = set()  # summaries with a subtask not finished
    has_children: set[int] = set()
    for task in reversed(plan.tasks):
        uid = task.uid
        parent = parents[uid]
        if parent is None or not task.active:
            continue
        has_children.add(parent)
        if uid in has_children:  # a summary hands on what its subtasks gave it
            start, finish = starts.get(uid), None if uid in open_work else finishes.get(uid)
        else:
            times = None if schedule is None or not lacks_dates(task) else schedule.get(uid)
            start, finish = shown_actuals(task, times)
        if start is not None and (parent not in starts or start < starts[parent]):
            starts[parent] = start
        if finish is None:
            open_work.add(parent)
        elif parent not in finishes or finish > finishes[parent]:
            finishes[parent] = finish
    return {
        uid: (starts.get(uid), None if uid in open_work else finishes.get(uid))
        for uid in has_children
    }
