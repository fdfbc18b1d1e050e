"""Ctrl+V of 2,000 rows of cells past the last task of a 4,000-task plan, in the real window
on a .gantry file: the tasks are added as one change and typed a column at a time, one undo
step (they were added one at a time, each its own reschedule). Min of a few rounds; no
timing is asserted here."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.ui.models.task_edits import Column

ROUNDS = 3
ROWS = 2000


def test_bench_s23ps_paste_2000_rows_past_the_last_task_4k(benchmark, window_4k):
    plan, stack = window_4k.document.plan, window_4k.document.undo_stack
    text = "Duration\tNotes\r\n" + "".join(f"{k % 5 + 1}d\tstep {k}\r\n" for k in range(ROWS + 1))
    last = plan.tasks[-1].uid

    def place() -> None:  # untimed: the paste before taken back, the cursor on the last task
        if len(plan.tasks) > 4000:
            stack.undo()
        window_4k.tree.setCurrentIndex(window_4k.model.index_of_uid(last, Column.DURATION))
        QApplication.clipboard().setText(text)
        QApplication.processEvents()

    def paste() -> None:
        window_4k.action_collection["paste_tasks"].trigger()
        QApplication.processEvents()

    benchmark.pedantic(paste, setup=place, rounds=ROUNDS, iterations=1)
    assert len(plan.tasks) == 4000 + ROWS
    assert plan.tasks[-1].notes == f"step {ROWS}"
    said = f"Pasted {2 * (ROWS + 1)} cells; added {ROWS} tasks"
    assert window_4k.statusBar().currentMessage() == said
    stack.undo()
    assert len(plan.tasks) == 4000
