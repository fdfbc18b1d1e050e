"""Task Usage has its own sort, as MS Project's Sort acts on "the tasks or resources in the
active pane": View > Sort chosen while Task Usage shows sorts its tasks (each with its
assignments below it), leaves the Gantt's order alone, survives an edit and the other mode,
and its printout says it; ``gantry usage --tasks --sort`` lists the same order."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from app.cli import main
from app.domain.filters import FilterKind, TaskFilter
from app.domain.scheduler import schedule as run_schedule
from app.domain.sorting import SortField, SortKey, TaskSort, sort_ranks
from app.domain.usage import build_usage
from app.domain.usage_costs import CostUsage
from app.domain.usage_filter import sorted_task_rows
from app.domain.usage_tree import build_usage_tree
from app.formats import write_plan
from app.ui import filter_menu, sort_menu
from app.ui.models.task_edits import Column
from app.ui.printing import actions
from app.ui.usage.rows import Mode
from app.ui.usage.view import UsageView
from tests.gui.test_usage_view import EDIT, open_window, staffed_plan, task_index

BY_NAME_DOWN = TaskSort((SortKey(SortField.NAME, descending=True),))

# staffed_plan in ID order: Design (Specs: Ana, Ben; Review: Ana), Build (Code: Ben; Test),
# Go-live; by name, Z to A, the outline kept
NAME_DOWN = [
    "Go-live",
    "Design",
    "  Specs",
    "    Ana",
    "    Ben",
    "  Review",
    "    Ana",
    "Build",
    "  Test",
    "  Code",
    "    Ben",
]


@pytest.fixture
def session(qtbot):
    from app.ui.app import Session
    from app.ui.settings import Settings

    s = Session(Settings())
    yield s
    for window in list(s.windows):
        window.close()


@pytest.fixture
def window(session, qtbot, tmp_path):
    return open_window(session, qtbot, tmp_path, staffed_plan())


def _names(view: UsageView) -> list[str]:
    tree = view.tree_model.tree
    return ["  " * tree.depth[n] + tree.name(n) for n in view.tree_model.shown]


def _task_usage(window) -> UsageView:
    window.show_view("usage")
    view = window.views["usage"]
    assert isinstance(view, UsageView)
    view.set_mode(Mode.TASKS)
    return view


def test_s20us_sorted_outline_keeps_assignments_under_tasks():
    plan = staffed_plan()
    schedule = run_schedule(plan)
    usage = build_usage(plan, schedule)
    costs = CostUsage(plan, schedule, usage)
    ranks = sort_ranks(plan, schedule, BY_NAME_DOWN)
    tree = build_usage_tree(usage, costs, True, task_rows=sorted_task_rows(usage, ranks, True))
    assert ["  " * tree.depth[n] + tree.name(n) for n in range(len(tree))] == NAME_DOWN
    # every row's figures are its own task's, wherever it stands
    plain = build_usage_tree(usage, costs, True)
    totals = {plain.key(n): plain.total(n) for n in range(len(plain))}
    assert {tree.key(n): tree.total(n) for n in range(len(tree))} == totals
    flat = build_usage_tree(usage, costs, True, task_rows=sorted_task_rows(usage, ranks, False))
    # without the outline: the tasks without subtasks only, one level, people below
    assert [flat.name(n) for n in range(len(flat)) if flat.depth[n] == 0] == [
        "Test", "Specs", "Review", "Go-live", "Code",
    ]  # fmt: skip
    assert max(flat.depth) == 1


def test_s20us_view_sort_sorts_task_usage_only(window):
    view = _task_usage(window)
    controller = sort_menu.controller_of(window)
    controller.apply(BY_NAME_DOWN)
    assert window.current_view == "usage"  # stays on the view it sorted
    assert _names(view) == NAME_DOWN
    assert view.grid_model.shown == view.tree_model.shown
    assert window.model.row_sort() is None  # the Gantt keeps its order
    # closing and opening a row in the sorted outline
    design = view.tree_model.shown[1]
    view.collapse(design)
    assert _names(view)[:3] == ["Go-live", "Design", "Build"]
    view.expand(design)
    assert _names(view) == NAME_DOWN
    # an edit keeps the sort: MS Project does not sort again until asked (Sort Again)
    assert window.model.setData(task_index(window, "Go-live", Column.NAME), "A go-live", EDIT)
    view.set_mode(Mode.RESOURCES)  # per person, as before
    assert _names(view)[0] == "Ana"
    view.set_mode(Mode.TASKS)
    assert _names(view)[:2] == ["A go-live", "Design"]
    controller.resort()  # Ctrl+Shift+F3: Task Usage's sort, run again
    assert _names(view)[0] == "Design"
    assert _names(view)[-1] == "A go-live"
    assert window.model.row_sort() is None
    # by ID (Shift+F3): the plan's outline again
    controller.sort_by_id()
    assert _names(view)[:3] == ["Design", "  Specs", "    Ana"]


def test_s20us_sort_and_filter_and_printout(window):
    filter_menu.controller_of(window).apply(TaskFilter(FilterKind.USING_RESOURCE, resource_uid=1))
    view = _task_usage(window)
    sort_menu.controller_of(window).apply(BY_NAME_DOWN)
    assert _names(view) == ["Design", "  Specs", "    Ana", "    Ben", "  Review", "    Ana"]
    _title, _headers, sheet = actions.current_table(window)
    assert sheet.note == "Filter: Using Resource 'Ana' · Sorted by Name (descending)"
    # the Gantt sorted from the Gantt: Task Usage keeps its own
    window.show_view("gantt")
    sort_menu.controller_of(window).apply(TaskSort((SortKey(SortField.NAME),)))
    assert window.model.row_sort() is not None
    assert window.statusBar().findChild(QLabel, "status_sort").text() == "Sort: Name"
    window.show_view("usage")
    assert view.task_sort() == BY_NAME_DOWN
    # the status bar says the sort of the view shown
    label = window.statusBar().findChild(QLabel, "status_sort")
    assert label.text() == "Sort: Name (descending)"
    window.show_view("gantt")
    assert label.text() == "Sort: Name"


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "plan.gantry"
    write_plan(staffed_plan(), path)
    return path


def test_s20us_cli_sort(source, tmp_path, capsys):
    assert main(["usage", str(source), "--tasks", "--sort", "name:desc"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line[:10].rstrip() for line in lines[1:]] == NAME_DOWN
    target = tmp_path / "usage.csv"
    args = ["usage", str(source), "--tasks", "--sort", "name:desc", "--flat"]
    assert main([*args, "--csv", str(target)]) == 0
    rows = target.read_text(encoding="utf-8-sig").splitlines()
    assert [r.split(",")[0] for r in rows[1:] if r.split(",")[2] == "1"] == [
        "Test", "Specs", "Review", "Go-live", "Code",
    ]  # fmt: skip
    # Resource Usage is per person; an unknown key is bad usage
    assert main(["usage", str(source), "--sort", "name"]) == 2
    assert "--sort applies to Task Usage (--tasks)" in capsys.readouterr().err
    assert main(["usage", str(source), "--tasks", "--sort", "colour"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_s20us_sort_on_a_large_plan_builds_off_the_gui_thread(window, qtbot):
    view = _task_usage(window)
    view.background_from = 1  # as a 20,000-task plan: the outline laid out by a worker
    sort_menu.controller_of(window).apply(BY_NAME_DOWN)
    view.wait_built()
    assert _names(view) == NAME_DOWN
    # an edit while sorted: the tables built again keep the sort
    assert window.model.setData(task_index(window, "Test", Column.NAME), "Tests", EDIT)
    view.wait_built()
    qtbot.waitUntil(lambda: not view.building and "  Tests" in _names(view))
    assert _names(view)[-3:] == ["  Tests", "  Code", "    Ben"]
