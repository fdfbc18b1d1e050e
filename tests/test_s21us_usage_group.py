"""Task Usage groups as MS Project's does: View > Group by while Task Usage shows groups its
tasks under shaded header rows with their rolled-up work per period, leaves the Gantt's
grouping alone, follows the sheet's filter and each edit; and the status bar's Sort and
Group labels follow Usage's mode (Task Usage has its own, Resource Usage none)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.domain.filters import FilterKind, TaskFilter
from app.domain.grouping import built_in
from app.domain.grouping_rows import group_tasks
from app.domain.scheduler import schedule as run_schedule
from app.domain.sorting import SortField, SortKey, TaskSort
from app.domain.usage import Scale, build_usage
from app.domain.usage_costs import CostUsage
from app.domain.usage_groups import GroupedUsageTree
from app.domain.usage_tree import RowKind
from app.report.group_rows import group_fill
from app.ui import filter_menu, group_menu, sort_menu
from app.ui.models.task_edits import Column
from app.ui.printing import actions
from app.ui.usage.rows import Mode
from app.ui.usage.view import UsageView
from tests.gui.test_usage_view import EDIT, open_window, staffed_plan, task_index

# staffed_plan: Design (Specs: Ana, Ben; Review: Ana), Build (Code: Ben; Test), Go-live.
# Grouped by Resource: a task under two people under each, its assignments with it.
BY_RESOURCE = [
    "Resource Names: Ana",
    "  Specs",
    "    Ana",
    "    Ben",
    "  Review",
    "    Ana",
    "Resource Names: Ben",
    "  Specs",
    "    Ana",
    "    Ben",
    "  Code",
    "    Ben",
    "No Resource Names",
    "  Test",
    "  Go-live",
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


def _label(window, name: str) -> QLabel:
    return window.statusBar().findChild(QLabel, name)


def test_s21us_group_rows_roll_up_their_tasks_work():
    plan = staffed_plan()
    schedule = run_schedule(plan)
    usage = build_usage(plan, schedule)
    costs = CostUsage(plan, schedule, usage)
    groups = group_tasks(plan, schedule, built_in("resource"))
    tree = GroupedUsageTree(usage, costs, groups)
    assert ["  " * tree.depth[n] + tree.name(n) for n in range(len(tree))] == BY_RESOURCE
    periods = usage.periods(Scale.WEEKS)
    task_row = {t.uid: k for k, t in enumerate(usage.tasks)}
    for n in range(len(tree)):
        group = tree.group_of(n)
        if group is None:
            continue
        assert tree.kind[n] == RowKind.GROUP
        assert tree.bold(n)
        # a header's work is its tasks' work, per period and in all
        rows = [task_row[uid] for uid in group.uids]
        expected = sum((usage.task_values(k, periods) for k in rows), np.zeros(len(periods)))
        assert np.allclose(tree.values(n, periods), expected)
        assert tree.total(n) == pytest.approx(sum(usage.task_total[k] for k in rows))
    assert tree.total(0) == pytest.approx(3 * 8 * 60 + 3 * 8 * 60 + 8 * 60)  # Ana's tasks
    # the whole table's reading (printout, gantry usage) agrees with the rows', for a
    # task listed twice and for its assignments too
    cell_rows, cell_cols, cell_values = tree.cells(periods)
    for n in range(len(tree)):
        got = np.zeros(len(periods))
        got[cell_cols[cell_rows == n]] = cell_values[cell_rows == n]
        assert np.allclose(got, tree.values(n, periods)), tree.name(n)


def test_s21us_group_by_groups_task_usage_only(window):
    view = _task_usage(window)
    controller = group_menu.controller_of(window)
    controller.apply(built_in("resource"))
    assert window.current_view == "usage"  # stays on the view it grouped
    assert _names(view) == BY_RESOURCE
    assert view.grid_model.shown == view.tree_model.shown
    assert window.model.row_group() is None  # the Gantt keeps its rows
    assert _label(window, "status_group").text() == "Group: Resource"
    assert controller.actions["resource"].isChecked()
    # a header row is shaded by its depth and shows its rolled-up work per period
    header = view.tree_model.index(0, 0)
    assert header.data(Qt.ItemDataRole.BackgroundRole).color() == group_fill(1)
    assert view.tree_model.index(0, 1).data() == "56.0h"
    week = next(k for k in range(view.grid_model.columnCount()) if view.grid_model.value(0, k))
    cell = view.grid_model.index(0, week)
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == group_fill(1)
    assert view.grid_model.value(0, week) == pytest.approx(
        sum(view.grid_model.value(r, week) for r in (1, 4))  # Specs and Review
    )
    # a header closes and opens as a summary does
    view.collapse(view.tree_model.shown[0])
    assert _names(view)[:2] == ["Resource Names: Ana", "Resource Names: Ben"]
    view.expand(view.tree_model.shown[0])
    assert _names(view) == BY_RESOURCE
    # the grouping follows an edit at once: Test given to Ana moves to her group
    people = task_index(window, "Test", Column.RESOURCES)
    assert window.model.setData(people, "Ana", EDIT)
    view.wait_built()
    names = _names(view)
    assert names[: names.index("Resource Names: Ben")][-2:] == ["  Test", "    Ana"]
    # No Group: the outline again
    controller.apply(built_in("no_group"))
    assert _names(view)[:3] == ["Design", "  Specs", "    Ana"]
    assert not _label(window, "status_group").isVisible()


def test_s21us_group_with_sort_filter_and_printout(window):
    filter_menu.controller_of(window).apply(TaskFilter(FilterKind.USING_RESOURCE, resource_uid=1))
    view = _task_usage(window)
    by_name_down = TaskSort((SortKey(SortField.NAME, descending=True),))
    sort_menu.controller_of(window).apply(by_name_down)
    group_menu.controller_of(window).apply(built_in("critical"))
    # only the filter's tasks (Ana's), in the sort's order within the group
    assert _names(view) == [
        "Critical: Yes", "  Specs", "    Ana", "    Ben", "  Review", "    Ana",
    ]  # fmt: skip
    assert view.tree_model.index(0, 1).data() == "56.0h"  # the filter's tasks only
    _title, _headers, sheet = actions.current_table(window)
    assert sheet.note == (
        "Filter: Using Resource 'Ana' · Sorted by Name (descending) · Grouped by Critical"
    )
    assert sheet.lines[0].group == 1
    assert sheet.lines[1].group == 0
    assert sheet[0][:2] == ["Critical: Yes", "56.0h"]
    # the filter cleared: the groups are made again of every task
    filter_menu.controller_of(window).apply(TaskFilter())
    assert _names(view)[0] == "Critical: Yes"
    assert "  Code" in _names(view)
    assert view.tree_model.index(0, 1).data() == "96.0h"


def test_s21us_sort_and_group_labels_follow_the_mode(window):
    view = _task_usage(window)
    sort_menu.controller_of(window).apply(TaskSort((SortKey(SortField.NAME),)))
    group_menu.controller_of(window).apply(built_in("critical"))
    sort_label, group_label = _label(window, "status_sort"), _label(window, "status_group")
    assert sort_label.text() == "Sort: Name"
    assert sort_label.isVisible()
    assert group_label.text() == "Group: Critical"
    assert group_label.isVisible()
    # Resource Usage: per person, neither Task Usage's sort nor its group applies
    view.set_mode(Mode.RESOURCES)
    assert not sort_label.isVisible()
    assert not group_label.isVisible()
    assert sort_menu.controller_of(window).actions["sort_by_id"].isChecked()
    assert group_menu.controller_of(window).actions["no_group"].isChecked()
    view.set_mode(Mode.TASKS)
    assert sort_label.isVisible()
    assert sort_label.text() == "Sort: Name"
    assert group_label.text() == "Group: Critical"
    assert group_menu.controller_of(window).actions["critical"].isChecked()


def test_s21us_group_on_a_large_plan_builds_off_the_gui_thread(window, qtbot):
    view = _task_usage(window)
    view.background_from = 1  # as a 20,000-task plan: the outline laid out by a worker
    group_menu.controller_of(window).apply(built_in("resource"))
    view.wait_built()
    assert _names(view) == BY_RESOURCE
    # an edit while grouped: the tables built again regroup at once
    assert window.model.setData(task_index(window, "Test", Column.RESOURCES), "Ben", EDIT)
    view.wait_built()
    tail = ["  Test", "    Ben", "No Resource Names", "  Go-live"]
    qtbot.waitUntil(lambda: not view.building and _names(view)[-4:] == tail)
    assert view.grid_model.shown == view.tree_model.shown


def test_s21us_maintain_hierarchy_in_task_usage(window):
    view = _task_usage(window)
    controller = group_menu.controller_of(window)
    controller.apply(built_in("critical"))
    assert controller.hierarchy.isEnabled()
    controller.set_hierarchy(True)  # Maintain Hierarchy in Current Group, on Task Usage's
    assert view.task_group().keep_hierarchy
    assert window.model.row_group() is None
    assert _names(view)[:4] == ["Critical: Yes", "  Design", "    Specs", "      Ana"]
    # a summary kept above a group's tasks shows its own work, on screen and on paper
    _title, _headers, sheet = actions.current_table(window)
    assert sheet[1][:2] == ["   Design", "56.0h"]
    assert controller.hierarchy.isChecked()


def test_s21us_a_task_listed_twice_stays_closed_in_both_groups():
    plan = staffed_plan()
    schedule = run_schedule(plan)
    usage = build_usage(plan, schedule)
    costs = CostUsage(plan, schedule, usage)
    tree = GroupedUsageTree(usage, costs, group_tasks(plan, schedule, built_in("resource")))
    specs = [n for n in range(len(tree)) if tree.name(n) == "Specs"]
    assert len(specs) == 2  # under Ana and under Ben
    # closed by hand (kept by what it stands for), both listings close after a regrouping
    assert tree.rows_of({tree.key(specs[0])}) == specs
    assert tree.rows_of({tree.key(0)}) == [0]  # a header by its path
