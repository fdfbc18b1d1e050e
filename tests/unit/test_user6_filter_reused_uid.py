"""A task inserted under a filter shows, even when it takes the id of one deleted since.

Under Critical, a PM deleted a phase whose last subtask (hidden: not critical)
had the highest id, then pressed Insert: the new task took that id, which the
filter remembered as "not a match", so the row never showed and the name
could not be typed.
"""

from __future__ import annotations

from app.domain.filters import FilterKind, TaskFilter
from app.domain.plan import Plan
from app.domain.task import Task
from app.ui.models.task_rows import RowFilter


def _plan() -> Plan:
    plan = Plan()
    for uid, name, level in [(1, "Phase", 1), (2, "Key", 2), (4, "Side", 2), (3, "Next", 1)]:
        plan.append_task(Task(uid, name, level))
    return plan


def test_a_new_task_with_a_deleted_tasks_id_is_shown():
    plan = _plan()
    rows = RowFilter(TaskFilter(FilterKind.CRITICAL), {1, 2, 3}, plan.tasks)
    assert rows.rows(plan.tasks) == {1, 2, 3}
    plan.remove_tasks([1, 2, 4])  # the phase and its subtasks, hidden Side among them
    assert rows.rows(plan.tasks) == {3}
    plan.insert_tasks(0, [Task(plan.next_task_uid(), "New task", 1)])
    assert plan.tasks[0].uid == 4  # the id Side had
    assert rows.rows(plan.tasks) == {3, 4}
    assert rows.counts(plan.tasks) == (2, 2)
