"""The Budget tab after an edit on a 100k-task plan (5000 phases), its tree expanded.

``figures_changed``: telling the tree every figure changed (one signal over the
top rows; one per phase took 0.85 s). ``refresh``: the whole model refresh
(earned value of every task, then that signal). ``make bench``; nothing timed
is asserted.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTreeView

from app.ui.budget.budget_model import BudgetModel
from app.ui.document import Document
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def tree(qapp):
    document = Document(make_plan(100_000, 150_000, 3, n_resources=1000))
    model = BudgetModel(document)
    view = QTreeView()
    view.setUniformRowHeights(True)
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    view.expandToDepth(0)
    qapp.processEvents()
    yield view, model
    view.close()


def test_bench_edit100k_budget_figures_changed(benchmark, tree, qapp) -> None:
    _view, model = tree

    def run() -> None:
        model._figures_changed()
        qapp.processEvents()

    benchmark.pedantic(run, rounds=5, iterations=1)


def test_bench_edit100k_budget_refresh(benchmark, tree, qapp) -> None:
    _view, model = tree

    def run() -> None:
        model.refresh()
        qapp.processEvents()

    benchmark.pedantic(run, rounds=3, iterations=1)
