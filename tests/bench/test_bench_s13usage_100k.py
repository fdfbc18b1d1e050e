"""The Usage view's outline on a generated 100,000-task plan (66,666 assignments, 1,000 people).

Measured in the real main window offscreen on the shared 2-core box under load
(tests/bench/generate.make_plan(100_000, 150_000, 3, n_resources=1000) written
with app.store.document.write_plan): Collapse all in Task Usage took 31.7 s
(70,000 collapses after expandAll, each searching the laid-out rows) and now
0.8-1.7 s; an edit spent 2.3 s in the tree asking every row whether it has
children, now nothing (refresh 3.9 s, of which 3.3 s is build_usage's own
incremental pass). Still slow: switching to Task Usage, 4-6 s, most of it
QTreeView.expandAll asking the Python model about 166,000 rows.

pytest-benchmark here, min of 3 (5 for the outline), box under load: outline taken
over after an edit 0.05 s; Collapse all then Expand all in Task Usage 5.2 s (the
expandAll); an edit and its undo with Task Usage shown 6.5 s (two refreshes, each
mostly build_usage). No timing is asserted; compare runs made in the same minute.
"""

from __future__ import annotations

import pytest

from app.domain.usage_costs import CostUsage
from app.domain.usage_tree import build_usage_tree
from app.ui.commands import EditTaskCommand, execute
from app.ui.document import Document
from app.ui.usage.rows import Mode
from app.ui.usage.view import UsageView
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def document():
    return Document(make_plan(100_000, 150_000, 3, n_resources=1000))


@pytest.fixture
def view(qtbot, document):
    shown = UsageView(document)
    qtbot.addWidget(shown)
    shown.resize(1400, 800)
    shown.show()
    shown.set_mode(Mode.TASKS)
    return shown


def test_bench_s13usage_outline_fresh_and_reused_on_100k(benchmark, document):
    """Task Usage's outline laid out, then taken over after an edit that kept the rows."""
    plan, schedule = document.plan, document.schedule
    from app.domain.usage import build_usage

    usage = build_usage(plan, schedule)
    costs = CostUsage(plan, schedule, usage)
    fresh = build_usage_tree(usage, costs, True)
    assert len(fresh) == 100_000 + 66_666
    again = benchmark.pedantic(
        build_usage_tree, args=(usage, costs, True), kwargs={"previous": fresh}, rounds=5
    )
    assert again.reused


def test_bench_s13usage_collapse_all_then_expand_all_on_100k(benchmark, view):
    def collapse_expand():
        view.collapse_all()
        view.grab()
        view.expand_all()
        view.grab()

    benchmark.pedantic(collapse_expand, rounds=3, iterations=1)
    assert len(view.grid_model.shown) == len(view.tree_model.tree)


def test_bench_s13usage_edit_and_undo_in_task_usage_on_100k(benchmark, view, document):
    plan = document.plan
    uid = next(a.task_uid for a in plan.assignments)
    duration = plan.task(uid).duration_minutes

    def edit_and_undo():
        execute(document, EditTaskCommand(document, uid, "d", duration_minutes=duration + 480))
        view.grab()
        document.undo_stack.undo()
        view.grab()

    benchmark.pedantic(edit_and_undo, rounds=3, iterations=1)
    assert view.tree_model.tree.reused
