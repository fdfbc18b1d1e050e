"""The Usage view on a generated 10,000-task plan with 200 people (target: well under a second).

Measured on the shared 2-core box with others' tests running (min of 3 rounds): the
table itself (build_usage) 0.09-0.14 s; the view opened on Resource Usage with its
first screen of days painted 0.27 s (0.50 s at load 3.8); opened then switched to
Task Usage 0.71 s (1.2 s at load 3.8). The switch alone, side by side in one
process: 0.37 s, was 0.56 s before the tree model left flags() to Qt and answered
hasChildren() itself (QTreeView.expandAll asks both for each of 17,000 rows). No
timing is asserted here; compare runs made in the same minute.
"""

from __future__ import annotations

import pytest

from app.domain.usage import Scale, build_usage
from app.ui.document import Document
from app.ui.usage.rows import Mode
from app.ui.usage.view import UsageView
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def document():
    return Document(make_plan(10_000, 15_000, 3, n_resources=200))


def test_bench_usage_table_on_10k(benchmark, document):
    usage = benchmark.pedantic(
        build_usage, args=(document.plan, document.schedule), rounds=3, iterations=1
    )
    assert len(usage.resources) == 200
    assert usage.assignment_total.sum() == pytest.approx(
        sum(a.work_minutes for a in document.plan.assignments)
    )


@pytest.mark.parametrize("mode", list(Mode))
def test_bench_usage_view_opens_on_10k(benchmark, qtbot, document, mode):
    def open_view():
        view = UsageView(document)
        view.resize(1400, 800)
        if mode is Mode.TASKS:
            view.set_mode(mode)
        view.set_scale(Scale.DAYS)
        view.grab()  # paints the first screen: every cell shown is computed
        view.deleteLater()
        return view

    view = benchmark.pedantic(open_view, rounds=3, iterations=1)
    assert view.grid_model.rowCount() > view.tree_model.rowCount()


def test_bench_usage_scroll_to_the_end_on_10k(benchmark, qtbot, document):
    view = UsageView(document)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.set_scale(Scale.DAYS)

    def scroll():
        bar = view.grid.verticalScrollBar()
        bar.setValue(bar.maximum() if bar.value() == 0 else 0)
        view.grid.horizontalScrollBar().setValue(view.grid.horizontalScrollBar().maximum() // 2)
        view.grab()

    benchmark.pedantic(scroll, rounds=5, iterations=1)
