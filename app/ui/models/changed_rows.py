"""Which task rows a reschedule changed, so that the sheet redraws those and keeps the rest.

After tasks are edited in place (a duration typed, an undo of one) the
incremental scheduler knows the tasks whose dates it moved
(``Document.moved_uids``). A row shows more than its dates, though, so a row
counts as changed when:

- its task was edited or moved, or it is a summary above one (roll-ups: dates,
  work, cost, an estimated subtask's "?");
- it shares a person with one (the Indicators column's over-allocation, the
  People cell);
- the schedule's issues about it changed;
- its scheduled times (late dates, slack and the critical path's red move with the
  project's finish far beyond the moved tasks), cost or work differ, and its painted
  cells, asked again, answer otherwise than they did.

Anything else (tasks added or removed, links, people, the project, a full
reschedule) may change any row: :func:`changed_uids` says None then.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.domain.schedule import Schedule
from app.report.assignment_index import AssignmentIndex


def changed_uids(
    document: Any,
    edited: set[int],
    before: tuple[Schedule | None, Any],
    candidates: Iterable[int],
    assignments: AssignmentIndex | None,
) -> tuple[set[int], set[int]] | None:
    """The ``candidates`` (rows kept on screen) whose shown values the last reschedule
    changed, after ``edited`` tasks were changed in place, then those whose values
    changed somewhere (their cells are to be asked again: a late date may show or not);
    None: any row may have changed.

    ``before``: the schedule and costs the rows were shown from.
    """
    before_times, costs_before = before
    moved = document.moved_uids
    schedule = document.schedule
    if moved is None or before_times is None or schedule is None:
        return None
    plan = document.plan
    sure = set(edited) | moved
    sure |= summaries_above(document, sure)
    if assignments is not None:
        sure |= _sharing_people(assignments, sure)
    sure |= _issues_changed(before_times, schedule)
    costs = getattr(document, "costs", None)
    old_times, new_times = before_times.times, schedule.times
    changed: set[int] = set()
    maybe: set[int] = set()
    for uid in candidates:
        if uid in sure or not plan.has_task(uid):
            changed.add(uid)
            continue
        old, new = old_times.get(uid), new_times.get(uid)
        if (old is not new and old != new) or _cost_moved(costs_before, costs, uid):
            maybe.add(uid)
    return changed, maybe


def summaries_above(document: Any, uids: set[int]) -> set[int]:
    """The summaries above these tasks (from the scheduler's network when it is current)."""
    net = document.network
    out: set[int] = set()
    if net is not None:
        parent, row_of, net_uids = net.parent, net.row_of, net.uids
        for uid in uids:
            row = row_of.get(uid)
            row = -1 if row is None else parent[row]
            while row >= 0:
                above = net_uids[row]
                if above in out:
                    break
                out.add(above)
                row = parent[row]
        return out
    parents = document.plan.parent_uids()
    for uid in uids:
        above = parents.get(uid)
        while above is not None and above not in out:
            out.add(above)
            above = parents.get(above)
    return out


def _sharing_people(assignments: AssignmentIndex, uids: set[int]) -> set[int]:
    """The tasks of the people assigned to these tasks."""
    on_task, of_person = assignments.on_task, assignments.of_person
    people = {a.resource_uid for uid in uids for a in on_task.get(uid, ())}
    return {a.task_uid for person in people for a in of_person.get(person, ())}


def _issues_changed(before: Schedule, after: Schedule) -> set[int]:
    """The tasks whose scheduling issues (constraint broken, deadline missed) changed."""
    if before.issues is after.issues or before.issues == after.issues:
        return set()
    old = {(x.task_uid, x.kind, x.message) for x in before.issues}
    new = {(x.task_uid, x.kind, x.message) for x in after.issues}
    return {x[0] for x in old ^ new}


def _cost_moved(before: Any, after: Any, uid: int) -> bool:
    """Whether a task's cost or work differs between two cost reports (None: no costs)."""
    if before is after:
        return False
    if before is None or after is None:
        return before is not after
    return bool(
        before.task_cost.get(uid) != after.task_cost.get(uid)
        or before.task_work_minutes.get(uid) != after.task_work_minutes.get(uid)
    )
