"""The task sheet at 4,000 tasks (tests/bench/generate.py make_plan(4000, 4500, 3, 40)) in the
real window on a .gantry file: a duration edit with the sheet's repaint after it, one repaint
of the sheet scrolled to the middle, and the Indicators column's marks for every row.

A keyboard-first PM measured ~110 ms an edit (Undo ~210, Redo ~277) and 70-200 ms a repaint
on a loaded machine. Each figure is the min of a few rounds; no timing is asserted here.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.report.indicators import TaskIndicators
from app.ui.models.task_edits import Column

ROUNDS = 5


@pytest.fixture
def window(window_4k):
    """The 4k window scrolled to the middle of the sheet."""
    bar = window_4k.tree.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    QApplication.processEvents()
    return window_4k


def test_bench_s22sp_edit_and_repaint_4k(benchmark, window):
    plan, model, stack = window.document.plan, window.model, window.document.undo_stack
    uid = plan.tasks[2002].uid
    before = plan.task(uid).duration_minutes

    def undo() -> None:  # untimed: the edit before taken back
        if stack.canUndo():
            stack.undo()
        QApplication.processEvents()

    def edit() -> None:
        model.setData(model.index_of_uid(uid, Column.DURATION), "11d", Qt.ItemDataRole.EditRole)
        QApplication.processEvents()
        window.tree.viewport().repaint()

    benchmark.pedantic(edit, setup=undo, rounds=ROUNDS, iterations=1)
    assert plan.task(uid).duration_minutes == 11 * 480
    stack.undo()
    assert plan.task(uid).duration_minutes == before


def test_bench_s22sp_sheet_repaint_4k(benchmark, window):
    viewport = window.tree.viewport()
    viewport.repaint()  # the rows' texts formatted once, as after the first paint
    benchmark.pedantic(viewport.repaint, rounds=ROUNDS * 2, iterations=1)


def test_bench_s22sp_indicators_every_row_4k(benchmark, window):
    document = window.document
    plan = document.plan
    uids = [t.uid for t in plan.tasks]
    over = document.costs.overallocated

    def marks() -> int:
        indicators = TaskIndicators(plan, document.schedule, over)
        return sum(len(indicators.of(u)) for u in uids)

    assert benchmark.pedantic(marks, rounds=ROUNDS, iterations=1) > 0
