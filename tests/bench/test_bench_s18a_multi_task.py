"""Multiple Task Information's OK on 5k tasks with people (``make bench``): a new duration
moves ~3k assignments' work, all as one change of the plan. No timed asserts."""

from __future__ import annotations

import pytest

from app.ui.dialogs.multi_task_dialog import MultiTaskDialog
from app.ui.document import Document
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def staffed_5k(qapp):
    return Document(make_plan(5_000, 7_500, 3, 50))


def test_s18a_apply_duration_to_5k_staffed_tasks(benchmark, staffed_5k):
    doc = staffed_5k
    uids = [t.uid for t in doc.plan.tasks]

    def fresh():
        while doc.undo_stack.canUndo():
            doc.undo_stack.undo()
        dialog = MultiTaskDialog(doc, uids)
        dialog.duration.setText("3d")
        dialog.priority.setValue(777)
        return (dialog,), {}

    benchmark.pedantic(lambda d: d.accept(), setup=fresh, rounds=3, iterations=1)
    assert doc.undo_stack.count() == 1
    assert {doc.plan.task(u).priority for u in uids} == {777}
