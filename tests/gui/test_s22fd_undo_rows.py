"""Undo and Redo of a big paste or delete: one change of the plan each kind, O(n).

Undoing a paste of 2,000 rows on a 4,000-task plan took 21 s: the rows' links and
assignments went one change each, every listener working per change, and the plan's
index of assignments read again after each. These tests pin what the batching must
keep: after an undo the plan and its .gantry file exactly as before (the order of
links and assignments too: a task's predecessors and people read in that order), and
as after the edit once redone. Speed: tests/bench/test_bench_s22fd_batch.py.
"""

from __future__ import annotations

import pytest

from app.domain.events import Entity
from tests.gui.test_s22fd_fill_down import _state, opened


@pytest.fixture
def window(qtbot, tmp_path):
    yield from opened(qtbot, tmp_path)


def _paste_at_end(window, count):
    plan = window.document.plan
    actions = window.action_collection
    window.tree.select_uids([t.uid for t in plan.tasks[:count]])
    actions["copy_tasks"].trigger()
    window.tree.select_uids([plan.tasks[-1].uid])
    actions["paste_tasks"].trigger()


def test_s22fd_undo_and_redo_of_a_big_paste_restore_the_plan_and_its_file(window):
    plan = window.document.plan
    before = _state(window)
    _paste_at_end(window, 150)
    assert len(plan.tasks) >= 450
    pasted = _state(window)
    stack = window.document.undo_stack
    stack.undo()
    assert _state(window) == before
    stack.redo()
    assert _state(window) == pasted
    stack.undo()
    assert _state(window) == before


def test_s22fd_undo_and_redo_of_a_big_delete_restore_the_plan_and_its_file(window):
    plan = window.document.plan
    before = _state(window)
    window.tree.select_uids([t.uid for t in plan.tasks[40:240]])
    window.action_collection["delete_task"].trigger()
    assert len(plan.tasks) < 110
    deleted = _state(window)
    stack = window.document.undo_stack
    stack.undo()
    assert _state(window) == before
    stack.redo()
    assert _state(window) == deleted
    stack.undo()
    assert _state(window) == before


def test_s22fd_undoing_a_big_delete_is_one_change_of_each_kind(window):
    plan = window.document.plan
    changes: list[tuple[Entity, int]] = []
    window.tree.select_uids([t.uid for t in plan.tasks[40:240]])
    window.action_collection["delete_task"].trigger()
    plan.changes.subscribe(lambda change: changes.append((change.entity, len(change.keys))))
    window.document.undo_stack.undo()
    kinds = [entity for entity, _ in changes]
    assert kinds.count(Entity.TASK) == 1
    assert kinds.count(Entity.LINK) == 1
    assert kinds.count(Entity.ASSIGNMENT) == 1
    assert sum(n for entity, n in changes if entity is Entity.TASK) >= 200
