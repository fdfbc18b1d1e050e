"""Ctrl+A on 5k and 20k tasks: the chart's band of selected rows read and painted, and Copy's
text of every row. The chart read the rows through Qt's selectedRows() (13 s at 5k), Copy each
cell through a QModelIndex (4 s at 5k). No timing is asserted."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QSplitter

from app.ui.document import Document
from app.ui.gantt.view import GanttView
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.bench.generate import make_plan

SIZES = (5_000, 20_000)


def _window(qtbot, n: int) -> tuple[TaskTreeView, GanttView, QSplitter]:
    plan = make_plan(n, n * 3 // 2, 3)
    doc = Document(plan)
    tree = TaskTreeView(TaskTreeModel(doc))
    gantt = GanttView(doc, tree)
    splitter = QSplitter()
    splitter.addWidget(tree)
    splitter.addWidget(gantt)
    splitter.resize(1600, 900)
    qtbot.addWidget(splitter)
    tree.expandAll()
    return tree, gantt, splitter  # the splitter owns both: kept alive by the test


@pytest.mark.parametrize("n", SIZES)
def test_bench_s17sel_ctrl_a_then_the_chart(benchmark, qtbot, n):
    tree, gantt, _splitter = _window(qtbot, n)
    image = QImage(1100, 900, QImage.Format.Format_RGB32)

    def ctrl_a_and_paint() -> None:
        tree.selectAll()
        painter = QPainter(image)
        gantt.paint(painter, image.width(), image.height())
        painter.end()

    benchmark.pedantic(ctrl_a_and_paint, setup=tree.clearSelection, rounds=3)
    assert len(gantt.selected_uids()) == n


@pytest.mark.parametrize("n", SIZES)
def test_bench_s17sel_copy_after_ctrl_a(benchmark, qtbot, n):
    tree, _gantt, _splitter = _window(qtbot, n)
    tree.selectAll()
    text = benchmark.pedantic(tree.selection_as_text, rounds=3)
    assert text.count("\n") == n + 1  # the header and each task
