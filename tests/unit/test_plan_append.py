"""Adding rows checks only the outline around them, and an append keeps the row index."""

from __future__ import annotations

import pytest

from app.domain.errors import OutlineError
from app.domain.plan import Plan
from app.domain.task import Task


def _plan() -> Plan:
    plan = Plan()
    for uid, level in ((1, 1), (2, 2), (3, 3), (4, 1)):
        plan.append_task(Task(uid, f"T{uid}", level))
    return plan


def test_appended_rows_are_found_where_they_are():
    plan = _plan()
    assert plan.index_of(4) == 3  # the index is built...
    plan.append_task(Task(5, "T5", 2))
    plan.append_task(Task(6, "T6", 3))
    assert [plan.index_of(u) for u in (1, 4, 5, 6)] == [0, 3, 4, 5]  # ...and kept
    plan.insert_tasks(1, [Task(7, "T7", 2)])
    assert [plan.index_of(u) for u in (1, 7, 2, 6)] == [0, 1, 2, 6]
    assert plan.is_summary(4)
    assert plan.is_summary(5)


@pytest.mark.parametrize(
    ("index", "level"),
    [
        (0, 2),  # the first row is at level 1
        (4, 3),  # under T4 (level 1) a row goes one level down at most
    ],
)
def test_levels_are_checked_against_the_rows_around(index, level):
    plan = _plan()
    with pytest.raises(OutlineError):
        plan.insert_tasks(index, [Task(9, "T9", level)])
    assert [t.uid for t in plan.tasks] == [1, 2, 3, 4]


def test_a_level_one_row_above_a_subtask_makes_it_the_new_rows_subtask():
    plan = _plan()
    plan.insert_tasks(1, [Task(9, "T9", 1)])
    assert [t.uid for t in plan.tasks] == [1, 9, 2, 3, 4]
    assert plan.is_summary(9)


def test_a_row_above_a_deeper_row_must_leave_it_reachable():
    plan = _plan()
    with pytest.raises(OutlineError):  # T3 (level 3) would follow a level-1 row
        plan.insert_tasks(2, [Task(9, "T9", 1)])
    assert [t.uid for t in plan.tasks] == [1, 2, 3, 4]
