"""Task Usage sorted on a generated 10,000-task plan with 200 people: View > Sort by Start
while Task Usage shows (the ranks, the outline laid out in the new order, both panes
filled) and ``gantry usage --tasks --sort start`` as text. No timing is asserted; compare
runs made in the same minute (numbers in the commit that added this file)."""

from __future__ import annotations

import io

import pytest

from app.cli.usage_table import run_usage
from app.domain.sorting import SortField, SortKey, TaskSort
from app.domain.usage import Scale
from app.ui.document import Document
from app.ui.usage.rows import Mode
from app.ui.usage.view import UsageView
from tests.bench.generate import make_plan

BY_START = TaskSort((SortKey(SortField.START),))


@pytest.fixture(scope="module")
def document():
    return Document(make_plan(10_000, 15_000, 3, n_resources=200))


@pytest.mark.parametrize("task_sort", [TaskSort(), BY_START], ids=["by_id", "by_start"])
def test_bench_s20us_sort_task_usage_on_10k(benchmark, qtbot, document, task_sort):
    view = UsageView(document)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.set_mode(Mode.TASKS)
    view.set_scale(Scale.WEEKS)

    def sort():
        view.set_task_sort(BY_START if task_sort.is_id else TaskSort())  # from the other
        view.set_task_sort(task_sort)
        view.grab()

    benchmark.pedantic(sort, rounds=3, iterations=1)
    assert view.task_sort() == task_sort


@pytest.mark.parametrize("task_sort", [None, BY_START], ids=["by_id", "by_start"])
def test_bench_s20us_cli_usage_sorted_on_10k(benchmark, document, task_sort):
    def write():
        out = io.StringIO()
        run_usage(document.plan, document.schedule, Scale.WEEKS, True, None, out, None, task_sort)
        return out.getvalue()

    text = benchmark.pedantic(write, rounds=3, iterations=1)
    assert text.count("\n") > 10_000
