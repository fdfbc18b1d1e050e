"""Summary tasks' actual start and finish, rolled up from their subtasks (the sheet's,
the printout's and the sort's Actual Start and Actual Finish)."""

from __future__ import annotations

from datetime import datetime

from app.domain.plan import Plan


def summary_actuals(plan: Plan) -> dict[int, tuple[datetime | None, datetime | None]]:
    """Each summary's actual start and finish, rolled up as MS Project does: it started
    when its first subtask did, and finished when its last one did, once all are done.

    One pass over the plan, bottom-up; inactive tasks count for nothing.
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
            start, finish = task.actual_start, task.actual_finish
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
