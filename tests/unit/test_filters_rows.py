"""The sheet's rows under a filter (app/ui/models/task_rows.py, plain Python, no Qt)."""

from __future__ import annotations

from app.domain.filters import FilterKind, TaskFilter
from app.domain.plan import Plan
from app.domain.task import Task
from app.ui.models.task_rows import RowFilter, shown_between, shown_uids

# 1 A          6 F
#   2 B          7 G
#     3 C      8 H
#     4 D
#   5 E
LEVELS = [1, 2, 3, 3, 2, 1, 2, 1]


def _plan() -> Plan:
    plan = Plan()
    for uid, level in enumerate(LEVELS, start=1):
        plan.append_task(Task(uid, "ABCDEFGH"[uid - 1], level))
    return plan


def test_a_filter_keeps_matches_and_the_summaries_above_them_greyed_as_context():
    plan = _plan()
    rows = RowFilter(TaskFilter(FilterKind.CRITICAL), {4, 7}, plan.tasks)
    keep = rows.rows(plan.tasks)
    assert keep == {1, 2, 4, 6, 7}
    assert rows.context == {1, 2, 6}
    assert shown_uids(plan.tasks, (), keep) == [1, 2, 4, 6, 7]
    assert rows.counts(plan.tasks) == (2, 8)


def test_collapsed_summaries_still_hide_their_rows_under_a_filter():
    plan = _plan()
    keep = RowFilter(TaskFilter(FilterKind.CRITICAL), {3, 4, 5, 8}, plan.tasks).rows(plan.tasks)
    assert shown_uids(plan.tasks, {2}, keep) == [1, 2, 5, 8]
    assert shown_uids(plan.tasks, {1}, keep) == [1, 8]
    # Expanding B again inserts only its kept rows.
    assert shown_between(plan.tasks, 2, 4, {1}, keep) == [3, 4]
    assert shown_between(plan.tasks, 2, 4, set(), {1, 2, 4}) == [4]


def test_tasks_added_after_the_filter_show_and_count_deleted_ones_do_not():
    plan = _plan()
    rows = RowFilter(TaskFilter(FilterKind.MILESTONES), {8}, plan.tasks)
    assert rows.rows(plan.tasks) == {8}
    plan.insert_tasks(6, [Task(9, "New", 2)])  # under F, after G
    assert rows.counts(plan.tasks) == (2, 9)  # counted before the rows are rebuilt
    assert rows.rows(plan.tasks) == {6, 8, 9}
    assert rows.context == {6}
    plan.remove_tasks([8])
    assert rows.counts(plan.tasks) == (1, 8)
    assert rows.rows(plan.tasks) == {6, 9}


def test_no_filter_and_no_collapse_shows_every_task():
    plan = _plan()
    assert shown_uids(plan.tasks, ()) == list(range(1, 9))
    assert shown_uids(plan.tasks, (), None) == list(range(1, 9))
    assert shown_uids(plan.tasks, (), set()) == []
