"""Multiple Task Information over a 5k selection (``make bench``): opening the dialog on every
task of a generated plan (summaries among them), and OK with a duration and a priority set
(one composite step, one reschedule). No timed asserts: pytest-benchmark reports."""

from __future__ import annotations

import pytest

from app.ui.dialogs.multi_task_dialog import MultiTaskDialog
from app.ui.document import Document
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def document_5k(qapp):
    return Document(make_plan(5_000, 7_500, 3))


def test_open_on_5k_tasks(benchmark, document_5k):
    uids = [t.uid for t in document_5k.plan.tasks]
    dialog = benchmark(MultiTaskDialog, document_5k, uids)
    assert dialog.uids == uids
    dialog.deleteLater()


def test_apply_duration_and_priority_to_5k_tasks(benchmark, document_5k):
    doc = document_5k
    uids = [t.uid for t in doc.plan.tasks]
    plain = [u for u in uids if not doc.plan.is_summary(u)]

    def fresh():
        while doc.undo_stack.canUndo():
            doc.undo_stack.undo()
        dialog = MultiTaskDialog(doc, uids)
        dialog.duration.setText("3d")
        dialog.priority.setValue(777)
        return (dialog,), {}

    benchmark.pedantic(lambda d: d.accept(), setup=fresh, rounds=3, iterations=1)
    assert {doc.plan.task(u).duration_minutes for u in plain} == {3 * 480}
    assert {doc.plan.task(u).priority for u in uids} == {777}
    assert doc.undo_stack.count() == 1
