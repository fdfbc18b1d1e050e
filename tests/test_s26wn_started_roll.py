"""A summary has started, for its slack, as MS Project rolls its Actual Start up: when an
active subtask below it has an actual start; an inactive started subtask and subtasks not
started leave it not started (app/domain/scheduling/started_roll.py)."""

from __future__ import annotations

from datetime import datetime

from app.domain.scheduling.started_roll import started_summaries
from app.domain.task import Task

DAY = datetime(2027, 1, 4, 8, 0)


def _rows(started: dict[int, bool], active: dict[int, bool]):
    """Row 0 Phase > row 1 Stage > rows 2, 3; row 4 Other > row 5."""
    levels = [1, 2, 3, 3, 1, 2]
    tasks = [
        Task(i + 1, f"T{i}", level, actual_start=DAY if started.get(i) else None)
        for i, level in enumerate(levels)
    ]
    summary = [True, True, False, False, True, False]
    parent = [-1, 0, 1, 1, -1, 4]
    flags = [active.get(i, True) for i in range(len(levels))]
    return tasks, summary, parent, flags


def test_s26wn_an_active_started_subtask_starts_every_summary_above_it():
    tasks, summary, parent, active = _rows({3: True}, {})
    assert started_summaries(tasks, summary, parent, active, range(6)) == {0, 1}


def test_s26wn_an_inactive_started_subtask_starts_no_summary():
    tasks, summary, parent, active = _rows({3: True, 5: True}, {3: False, 5: False})
    assert started_summaries(tasks, summary, parent, active, range(6)) == frozenset()


def test_s26wn_subtasks_not_started_beside_a_started_one_do_not_matter():
    tasks, summary, parent, active = _rows({2: True}, {3: False})
    assert started_summaries(tasks, summary, parent, active, range(6)) == {0, 1}
    tasks, summary, parent, active = _rows({}, {})
    assert started_summaries(tasks, summary, parent, active, range(6)) == frozenset()
