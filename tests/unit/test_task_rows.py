"""Which tasks the flat task sheet shows, computed without Qt."""

from __future__ import annotations

from app.domain.task import Task
from app.ui.models.task_rows import (
    runs,
    shown_between,
    shown_uids,
    summaries_below_level,
    summary_uids,
)

# 1 A(1) 2 A1(2) 3 A1a(3) 4 A1b(3) 5 A2(2) 6 B(1) 7 B1(2) 8 C(1)
TASKS = [
    Task(uid, name, level)
    for uid, name, level in [
        (1, "A", 1),
        (2, "A1", 2),
        (3, "A1a", 3),
        (4, "A1b", 3),
        (5, "A2", 2),
        (6, "B", 1),
        (7, "B1", 2),
        (8, "C", 1),
    ]
]


def test_nothing_collapsed_shows_every_task_in_order():
    assert shown_uids(TASKS, set()) == [1, 2, 3, 4, 5, 6, 7, 8]


def test_a_collapsed_summary_shows_itself_and_hides_its_whole_subtree():
    assert shown_uids(TASKS, {2}) == [1, 2, 5, 6, 7, 8]
    assert shown_uids(TASKS, {1}) == [1, 6, 7, 8]
    assert shown_uids(TASKS, {1, 2, 6}) == [1, 6, 8]
    assert shown_uids(TASKS, {8, 3}) == shown_uids(TASKS, set())  # leaves hide nothing


def test_shown_between_covers_one_subtree():
    assert shown_between(TASKS, 1, 5, {2}) == [2, 5]
    assert shown_between(TASKS, 1, 5, set()) == [2, 3, 4, 5]


def test_summaries_and_outline_levels():
    assert summary_uids(TASKS) == {1, 2, 6}
    assert summaries_below_level(TASKS, 1) == {1, 2, 6}
    assert summaries_below_level(TASKS, 2) == {2}
    assert summaries_below_level(TASKS, 3) == set()
    assert summaries_below_level(TASKS, None) == set()
    assert shown_uids(TASKS, summaries_below_level(TASKS, 2)) == [1, 2, 5, 6, 7, 8]


def test_runs_of_rows():
    assert runs([1, 2, 3, 7, 9, 10]) == [(1, 3), (7, 7), (9, 10)]
    assert runs([]) == []
