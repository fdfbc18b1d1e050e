"""Edit > Copy Tasks after Ctrl+A on 20k tasks in the main window: the selection read once,
the text formatted a column at a time (it took ~7 s). No timing is asserted."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.bench.generate import make_plan


def test_bench_s18f_copy_20k_tasks(benchmark, qtbot):
    n = 20_000
    window = MainWindow(Document(make_plan(n, n * 3 // 2, 3)), settings=Settings())
    qtbot.addWidget(window)
    window.show_view("gantt")
    window.tree.selectAll()
    benchmark.pedantic(window.copy_tasks, rounds=3)
    assert QApplication.clipboard().text().count("\n") == n + 1
