"""The Indicators column at 10k tasks: scrolling the sheet with it shown and hidden, and reading
the marks of a page of rows right after an edit (when they are worked out again).

The generated plan has 40 people over-allocated on two thirds of the tasks, so
every row asks whether someone on it is over-allocated while it runs. No timing
is asserted; compare the figures.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.domain.plan import Plan
from app.ui.document import Document
from app.ui.models.indicators import IndicatorsRole
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.bench.generate import make_plan

ROUNDS = 7
PAGES = 20


@pytest.fixture(autouse=True)
def _temporary_settings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(scope="module")
def plan_10k() -> Plan:
    return make_plan(10_000, 15_000, 3, n_resources=40)


def _sheet(qtbot, plan: Plan, indicators: bool) -> TaskTreeView:
    tree = TaskTreeView(TaskTreeModel(Document(plan)))
    qtbot.addWidget(tree)
    tree.setColumnHidden(Column.INDICATORS, not indicators)
    tree.resize(1600, 900)
    tree.show()
    QApplication.processEvents()
    return tree


@pytest.mark.parametrize("indicators", [True, False], ids=["indicators", "no_indicators"])
def test_bench_scroll_10k(benchmark, qtbot, plan_10k, indicators):
    tree = _sheet(qtbot, plan_10k, indicators)
    bar = tree.verticalScrollBar()
    step = bar.pageStep()

    def page_down_through() -> None:
        for n in range(PAGES):
            bar.setValue(n * step * 10)
            tree.viewport().repaint()

    def to_top() -> None:
        bar.setValue(0)
        tree.viewport().repaint()

    benchmark.pedantic(page_down_through, setup=to_top, rounds=ROUNDS, iterations=1)
    tree.task_model().detach()


def test_bench_marks_of_a_page_after_an_edit_10k(benchmark, plan_10k):
    """A fresh schedule (what every edit makes): 60 rows' marks at twenty places down the plan."""
    doc = Document(plan_10k)
    model = TaskTreeModel(doc)
    rows = [start + r for start in range(0, 10_000, 500) for r in range(60)]

    def fresh() -> None:
        doc.reschedule()

    def read_all() -> None:
        index = model.index
        for row in rows:
            index(row, Column.INDICATORS).data(IndicatorsRole)

    benchmark.pedantic(read_all, setup=fresh, rounds=ROUNDS, iterations=1)
    model.detach()
