"""Fill Down of 1,000 durations and Undo of a 2,000-row paste on a 4,000-task plan, in
the real window on a .gantry file (each edit rescheduled, costed and written).

A tester measured 42 s for the fill (its undo 34 s) and 21 s for the paste's undo on
a loaded machine, when each cell and each pasted row's link and assignment was its
own change. Each figure is the min of a few rounds; no timing is asserted here.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication

from app.ui.models.task_edits import Column

ROUNDS = 3


def test_bench_s22fd_fill_down_1000_durations_4k(benchmark, window_4k):
    plan, model, stack = window_4k.document.plan, window_4k.model, window_4k.document.undo_stack
    uids = [t.uid for t in plan.tasks if not plan.is_summary(t.uid)][:1001]
    before = [plan.task(u).duration_minutes for u in uids]

    def select() -> None:  # untimed: the fill before taken back, the rows selected
        if stack.canUndo():
            stack.undo()
        window_4k.tree.select_uids(uids)
        window_4k.tree.selectionModel().setCurrentIndex(
            model.index_of_uid(uids[0], Column.DURATION),
            QItemSelectionModel.SelectionFlag.NoUpdate,
        )
        QApplication.processEvents()

    def fill() -> None:
        window_4k.action_collection["fill_down"].trigger()
        QApplication.processEvents()

    benchmark.pedantic(fill, setup=select, rounds=ROUNDS, iterations=1)
    assert {plan.task(u).duration_minutes for u in uids} == {before[0]}
    stack.undo()
    assert [plan.task(u).duration_minutes for u in uids] == before


def test_bench_s22fd_undo_paste_2000_rows_4k(benchmark, window_4k):
    plan, stack = window_4k.document.plan, window_4k.document.undo_stack
    window_4k.tree.select_uids([t.uid for t in plan.tasks[:2000]])
    window_4k.action_collection["copy_tasks"].trigger()
    window_4k.tree.select_uids([plan.tasks[-1].uid])
    window_4k.action_collection["paste_tasks"].trigger()
    pasted = len(plan.tasks)
    stack.undo()

    def paste() -> None:  # untimed: the paste again
        stack.redo()
        QApplication.processEvents()
        assert len(plan.tasks) == pasted

    def undo() -> None:
        stack.undo()
        QApplication.processEvents()

    benchmark.pedantic(undo, setup=paste, rounds=ROUNDS, iterations=1)
    assert len(plan.tasks) == 4000
