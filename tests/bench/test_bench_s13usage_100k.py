"""The Usage view's outline on a generated 100,000-task plan (66,666 assignments, 1,000 people).

Measured in the real main window offscreen on the shared 2-core box under load
(tests/bench/generate.make_plan(100_000, 150_000, 3, n_resources=1000) written
with app.store.document.write_plan), before -> after today's fixes:

- Collapse all in Task Usage 31.7 s -> 0.6 s (70,000 collapses after expandAll,
  each searching the tree view's laid-out rows; then the left pane's rows).
- Switching to Task Usage 5.6 s -> 1.1 s, Expand all 2.8-5.4 s -> 0.2 s, back to
  Resource Usage 2.0 s -> 0.3 s: QTreeView laid out all 166,000 open rows through
  the Python model; the left pane is now a flat table drawn as an outline.
- An edit with Task Usage shown 7.2 s -> 4.0 s: the tree asked every row whether it
  has children after each edit (2.3 s), and the outline was laid out again (0.4 s);
  what is left is build_usage's own incremental pass over the assignments (~3 s).
- Print Preview's sheet of Task Usage by week 90 s -> 9 s (each row asked for every
  period, then 300 texts per row; now the whole table's cells at once, kept sparse).

pytest-benchmark here, min of 3 (5 for the outline), same box: outline taken over
after an edit 0.05 s; Collapse all then Expand all 5.2 s -> 0.62 s; an edit and its
undo 6.5 s -> 2.8 s; Resource Usage and back to Task Usage (outlines built) 0.21 s. No timing is asserted; compare runs made in the same minute.
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
    shown.wait_built()  # plans this big are built in a worker (UsageView.background_from)
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


def test_bench_s13usage_table_on_100k(benchmark, document):
    """build_usage from scratch: what View > Usage waits for before anything shows.

    3.6 s -> 0.5-0.65 s on the plan read from its file (min of 3, loaded box), 0.25 s
    here: flat assignments laid out in numpy from the schedule's minute columns, people
    swept for over-allocation in numpy."""
    from app.domain.usage import build_usage

    usage = benchmark.pedantic(
        build_usage, args=(document.plan, document.schedule), rounds=3, iterations=1
    )
    assert len(usage.assignments) == 66_666


def test_bench_s13usage_table_after_an_edit_on_100k(benchmark, document):
    """build_usage(previous=...) after one task's duration changed (2.1 s -> 0.4-0.5 s on
    the plan read from its file, 0.21 s here, min of 3)."""
    from app.domain.usage import build_usage

    plan = document.plan
    uid = next(a.task_uid for a in plan.assignments)
    duration = plan.task(uid).duration_minutes
    before = build_usage(plan, document.schedule)
    execute(document, EditTaskCommand(document, uid, "d", duration_minutes=duration + 480))
    try:
        usage = benchmark.pedantic(
            build_usage, args=(plan, document.schedule, before), rounds=3, iterations=1
        )
        fresh = build_usage(plan, document.schedule)
        assert usage.resource_total.tolist() == fresh.resource_total.tolist()
    finally:
        document.undo_stack.undo()


def test_bench_s13usage_view_opens_on_100k(benchmark, qtbot, document):
    """What View > Usage (Ctrl+5) does: the tables, Resource Usage laid out, first screen
    painted: 4.4 s wall in the window before today's table work, 0.7 s after on the plan
    read from its file; 0.43 s here (min of 3, loaded box)."""

    def open_view():
        shown = UsageView(document)
        shown.resize(1400, 800)
        shown.wait_built()  # until the tables show: the worker's build is what the user waits for
        shown.grab()
        shown.deleteLater()
        return shown

    shown = benchmark.pedantic(open_view, rounds=3, iterations=1)
    assert shown.grid_model.rowCount() > 1000


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
        view.wait_built()
        view.grab()
        document.undo_stack.undo()
        view.wait_built()
        view.grab()

    benchmark.pedantic(edit_and_undo, rounds=3, iterations=1)
    assert view.tree_model.tree.reused


def test_bench_s13usage_switch_modes_on_100k(benchmark, view):
    """Resource Usage then Task Usage again, each with its first screen painted."""

    def switch():
        view.set_mode(Mode.RESOURCES)
        view.wait_built()
        view.grab()
        view.set_mode(Mode.TASKS)
        view.wait_built()
        view.grab()

    benchmark.pedantic(switch, rounds=3, iterations=1)
    assert view.mode is Mode.TASKS


def test_bench_s13usage_print_sheet_on_100k(benchmark, view):
    """The sheet Print Preview and Export PDF lay out: Task Usage by week, every row open."""
    from app.domain.usage import Scale

    view.set_scale(Scale.WEEKS)
    sheet = benchmark.pedantic(view.print_sheet, rounds=2, iterations=1)
    assert len(sheet.lines) == len(view.tree_model.tree)
