"""Scrolling the task sheet of a 10k plan with the default columns, then with five optional
ones shown (Total Slack, Baseline Finish, Finish Variance, Successors, Work).

Each round pages down the sheet twenty times and paints each page, as a user
dragging the scroll bar does. Every optional cell is read per paint from
dictionaries the Document keeps (schedule, costs, baseline, links by
predecessor); the two figures should stay close. No timing is asserted.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.domain.baselines import snapshot
from app.domain.plan import Plan
from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.bench.generate import make_plan

ROUNDS = 7
PAGES = 20
FIVE = (
    Column.TOTAL_SLACK,
    Column.BASELINE_FINISH,
    Column.FINISH_VARIANCE,
    Column.SUCCESSORS,
    Column.WORK,
)


@pytest.fixture(autouse=True)
def _temporary_settings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(scope="module")
def plan_10k() -> Plan:
    """A generated 10k plan with people (work and cost) and baseline 0 saved."""
    plan = make_plan(10_000, 15_000, 3, n_resources=40)
    doc = Document(plan)
    plan.set_baseline(snapshot(plan, doc.schedule, doc.costs, 0, datetime(2026, 1, 1)))
    return plan


def _sheet(qtbot, plan: Plan, extra: tuple[Column, ...]) -> TaskTreeView:
    doc = Document(plan)
    tree = TaskTreeView(TaskTreeModel(doc))
    qtbot.addWidget(tree)
    for column in extra:
        insert_column(tree, column)
    tree.resize(1600, 900)
    tree.show()
    QApplication.processEvents()
    return tree


def _bench_scroll(benchmark, tree: TaskTreeView) -> None:
    bar = tree.verticalScrollBar()
    step = bar.pageStep()

    def page_down_through() -> None:
        for n in range(PAGES):
            bar.setValue(n * step * 10)  # ten pages at a time: fresh rows every paint
            tree.viewport().repaint()

    def to_top() -> None:
        bar.setValue(0)
        tree.viewport().repaint()

    benchmark.pedantic(page_down_through, setup=to_top, rounds=ROUNDS, iterations=1)
    benchmark.extra_info["shown_columns"] = sum(
        not tree.isColumnHidden(c) for c in range(tree.model().columnCount())
    )
    tree.task_model().detach()


def test_bench_scroll_default_columns_10k(benchmark, qtbot, plan_10k):
    _bench_scroll(benchmark, _sheet(qtbot, plan_10k, ()))


def test_bench_scroll_five_more_columns_10k(benchmark, qtbot, plan_10k):
    tree = _sheet(qtbot, plan_10k, FIVE)
    assert all(not tree.isColumnHidden(c) for c in FIVE)
    assert tree.model().index(5, Column.FINISH_VARIANCE).data() is not None
    _bench_scroll(benchmark, tree)


@pytest.mark.parametrize("which", ["default", "five_optional"])
def test_bench_cell_text_per_cell_10k(benchmark, plan_10k, which):
    """What the model does per painted cell, without Qt's painting: the display text of
    60 rows at twenty places down the plan. ``extra_info`` holds microseconds per cell."""
    doc = Document(plan_10k)
    model = TaskTreeModel(doc)
    columns = [c for c in Column if c <= Column.COST] if which == "default" else list(FIVE)
    rows = [start + r for start in range(0, 10_000, 500) for r in range(60)]
    display = Qt.ItemDataRole.DisplayRole

    def read_all() -> None:
        index = model.index
        for row in rows:
            for column in columns:
                index(row, column).data(display)

    benchmark.pedantic(read_all, rounds=ROUNDS, iterations=1)
    cells = len(rows) * len(columns)
    benchmark.extra_info["cells"] = cells
    if benchmark.stats is not None:  # None when benchmarks are disabled (a plain test run)
        benchmark.extra_info["us_per_cell_min"] = round(1e6 * benchmark.stats.stats.min / cells, 2)
    model.detach()
