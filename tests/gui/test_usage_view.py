"""The Usage view in the real main window: switching views and timescales, rows that follow the
tree, red over-allocated periods, double-clicks, and the grid following edits and undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

import pytest
from PySide6.QtCore import Qt

from app.domain.overallocation import overallocations
from app.domain.resource import Assignment, Resource
from app.domain.usage import Scale
from app.store.document import GantryFile
from app.ui.models.task_edits import Column
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.usage.grid_model import OffRole, OverRole
from app.ui.usage.rows import Mode
from app.ui.usage.tree_model import DepthRole
from app.ui.usage.view import UsageView
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole
SHOW = Qt.ItemDataRole.DisplayRole


def staffed_plan():
    """The sample plan with Ana on Specs and Review, Ben on Specs and Code (Specs at 100% each)."""
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 3 * 480))  # Specs, Mon-Wed
    plan.add_assignment(Assignment(2, 3, 1, 1.0, 480))  # Review, Thu
    plan.add_assignment(Assignment(3, 2, 2, 1.0, 3 * 480))  # Specs
    plan.add_assignment(Assignment(4, 5, 2, 1.0, 5 * 480))  # Code
    return plan


def open_window(session, qtbot, tmp_path, plan):
    path = tmp_path / "staffed.gantry"
    GantryFile.create(path, plan).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1200, 700)
    with qtbot.waitExposed(win):
        win.show()
    return win


@pytest.fixture
def window(session, qtbot, tmp_path):
    return open_window(session, qtbot, tmp_path, staffed_plan())


def usage_view(window) -> UsageView:
    window.action_collection["view_usage"].trigger()
    view = window.views["usage"]
    assert isinstance(view, UsageView)
    return view


def task_index(window, name, column=Column.NAME):
    """The Gantt sheet's cell of a task, found by name."""
    model = window.model
    hits = model.match(
        model.index(0, Column.NAME),
        Qt.ItemDataRole.DisplayRole,
        name,
        1,
        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
    )
    assert hits, name
    return hits[0].siblingAtColumn(column)


def grid_texts(view, row):
    model = view.grid_model
    return [model.index(row, c).data(SHOW) for c in range(model.columnCount())]


def test_view_menu_opens_usage_with_ctrl_5_and_back(window):
    action = window.action_collection["view_usage"]
    assert action.shortcut().toString() == "Ctrl+5"
    view = usage_view(window)
    assert window.current_view == "usage"
    assert window.stack.currentWidget() is view
    window.action_collection["view_gantt"].trigger()
    assert window.current_view == "gantt"


def test_models_pass_the_model_tester(window, qtmodeltester):
    view = usage_view(window)
    qtmodeltester.check(view.tree_model)
    qtmodeltester.check(view.grid_model)
    view.set_mode(Mode.TASKS)
    qtmodeltester.check(view.tree_model)
    qtmodeltester.check(view.grid_model)


def test_people_with_their_tasks_and_work_per_week_then_day_then_month(window):
    view = usage_view(window)
    tree = view.tree_model
    assert tree.headerData(0, Qt.Orientation.Horizontal) == "Resource Name"
    names = [(tree.index(r, 0).data(), tree.index(r, 0).data(DepthRole)) for r in range(6)]
    assert names == [
        ("Ana", 0),
        ("Specs", 1),
        ("Review", 1),
        ("Ben", 0),
        ("Specs", 1),
        ("Code", 1),
    ]
    assert tree.index(0, 1).data() == "32.0h"
    assert tree.index(3, 1).data() == "64.0h"
    # the grid shows the tree's rows: Ana, Specs, Review, Ben, Specs, Code
    assert len(view.grid_model.shown) == 6
    view.set_scale(Scale.WEEKS)
    grid = view.grid_model
    assert grid.headerData(0, Qt.Orientation.Horizontal) == "2 Mar 2026"
    assert grid_texts(view, 0)[:1] == ["32.0h"]
    view.set_scale(Scale.DAYS)
    assert view.grid_model.headerData(0, Qt.Orientation.Horizontal) == "Mon 2 Mar"
    assert grid_texts(view, 1)[:5] == ["8.0h", "8.0h", "8.0h", "", ""]  # Specs Mon-Wed
    assert grid_texts(view, 2)[:5] == ["", "", "", "8.0h", ""]  # Review Thu
    assert view.grid_model.index(0, 5).data(OffRole)  # Saturday
    assert not view.grid_model.index(0, 4).data(OffRole)
    view.set_scale(Scale.MONTHS)
    assert view.grid_model.headerData(0, Qt.Orientation.Horizontal) == "Mar 2026"
    assert grid_texts(view, 3) == ["64.0h"]


def test_over_allocated_periods_are_red_where_the_team_view_lists_them(window):
    view = usage_view(window)
    view.set_scale(Scale.DAYS)
    plan = window.document.plan
    assert not overallocations(plan, window.document.schedule)  # one task after another
    model = view.grid_model
    assert not any(model.index(0, c).data(OverRole) for c in range(model.columnCount()))
    # Review without its predecessor runs beside Specs: Ana on both at 100%, and Code
    # (after Review) comes forward onto Ben's Specs days
    review = task_index(window, "Review", Column.PREDECESSORS)
    assert window.model.setData(review, "", EDIT)
    stretches = overallocations(plan, window.document.schedule)
    assert {o.resource_uid for o in stretches} == {1, 2}
    days = model.periods
    for row in (0, 3):  # Ana's and Ben's own rows
        node = model.shown[row]
        uid = view.tree_model.tree.uid[node]
        red = [c for c in range(model.columnCount()) if model.index(row, c).data(OverRole)]
        listed = sorted(
            {
                c
                for o in stretches
                if o.resource_uid == uid
                for c in range(len(days))
                if o.start.date() <= days.starts[c]
                and o.finish > datetime.combine(days.starts[c], time())
            }
        )
        assert red == listed
        assert red
        assert model.index(row, red[0]).data(Qt.ItemDataRole.ForegroundRole) is not None
        assert view.tree_model.index_of(node).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert not model.index(1, 0).data(OverRole)  # assignment rows are never red
    window.action_collection["undo"].trigger()
    assert not any(model.index(0, c).data(OverRole) for c in range(model.columnCount()))
    assert view.tree_model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_duration_edited_in_the_gantt_reaches_the_grid_and_undo_takes_it_back(window):
    view = usage_view(window)
    view.set_scale(Scale.WEEKS)
    window.action_collection["view_gantt"].trigger()
    code = task_index(window, "Code")
    assert window.model.setData(code.siblingAtColumn(Column.DURATION), "10d", EDIT)
    usage_view(window)
    ben = view.tree_model.index(3, 1)  # Ana, Specs, Review, Ben, Specs, Code
    assert ben.data() == "104.0h"  # Specs 24h + Code 80h
    assert view.tree_model.index(5, 1).data() == "80.0h"
    window.action_collection["undo"].trigger()
    assert view.tree_model.index(3, 1).data() == "64.0h"
    weeks = [view.grid_model.index(3, c).data() for c in range(view.grid_model.columnCount())]
    assert weeks == ["32.0h", "32.0h", ""]  # Specs Mon-Wed, Code Fri to next Thu; Test after
    window.action_collection["redo"].trigger()
    assert view.tree_model.index(3, 1).data() == "104.0h"


def test_collapsing_a_person_takes_their_rows_out_of_the_grid_and_rows_stay_aligned(window, qtbot):
    view = usage_view(window)
    tree = view.tree
    ana = view.tree_model.index(0, 0)
    tree.collapse(ana)
    assert view.grid_model.shown == [0, 3, 4, 5]  # Ana, Ben, Specs, Code
    tree.expand(ana)
    assert len(view.grid_model.shown) == 6
    view.collapse_all()
    assert view.grid_model.shown == [0, 3]
    view.expand_all()
    assert len(view.grid_model.shown) == 6
    tree.collapse(ana)
    view.refresh()  # an edit rebuilds the table: Ana stays closed
    assert not tree.isExpanded(view.tree_model.index(0, 0))
    assert len(view.grid_model.shown) == 4
    # the same row sits at the same height in both panes, also after scrolling
    view.resize(900, 120)
    qtbot.wait(1)
    view.grid.verticalScrollBar().setValue(view.grid.verticalScrollBar().maximum())
    assert tree.verticalScrollBar().value() == view.grid.verticalScrollBar().value()
    for row, node in enumerate(view.grid_model.shown):
        index = view.tree_model.index_of(node)
        assert (
            tree.visualRect(index).top()
            == view.grid.visualRect(view.grid_model.index(row, 0)).top()
        )


def test_task_usage_lists_tasks_with_their_people(window):
    view = usage_view(window)
    view.set_mode(Mode.TASKS)
    tree = view.tree_model
    assert tree.headerData(0, Qt.Orientation.Horizontal) == "Task Name"
    rows = [
        "  " * tree.index(r, 0).data(DepthRole) + tree.index(r, 0).data()
        for r in range(tree.rowCount())
    ]
    assert rows == [
        "Design",
        "  Specs",
        "    Ana",
        "    Ben",
        "  Review",
        "    Ana",
        "Build",
        "  Code",
        "    Ben",
        "  Test",
        "Go-live",
    ]
    assert tree.index(0, 1).data() == "56.0h"  # Design: Specs 2 x 24h and Review 8h
    assert tree.index(1, 1).data() == "48.0h"


def test_double_click_opens_the_task_or_the_persons_dialog(window, qtbot, monkeypatch):
    view = usage_view(window)
    opened = []
    monkeypatch.setattr(
        "app.ui.dialogs.task_dialog.TaskDialog.exec", lambda self: opened.append(self) or 0
    )
    view.set_mode(Mode.TASKS)
    review = view.tree_model.index(4, 0)  # Design, Specs, Ana, Ben, Review
    with qtbot.waitSignal(view.sig_task_activated) as got:
        view.tree.doubleClicked.emit(review)
    assert got.args == [3]
    assert len(opened) == 1
    view.set_mode(Mode.RESOURCES)

    def rename(_parent, _plan, res):
        return replace(res, name="Ana Lima")

    monkeypatch.setattr(ResourceDialog, "ask", classmethod(lambda cls, *a: rename(*a)))
    view.grid.doubleClicked.emit(view.grid_model.index(0, 0))  # Ana's own row in the grid
    assert window.document.plan.resource(1).name == "Ana Lima"
    assert view.tree_model.index(0, 0).data() == "Ana Lima"
    assert window.current_view == "usage"  # the edit does not leave the view
    window.action_collection["undo"].trigger()
    assert view.tree_model.index(0, 0).data() == "Ana"


def test_a_hidden_view_catches_up_when_shown(window):
    view = usage_view(window)
    window.action_collection["view_gantt"].trigger()
    code = task_index(window, "Code")
    window.model.setData(code.siblingAtColumn(Column.DURATION), "1d", EDIT)
    assert view.tree_model.index(3, 1).data() == "64.0h"  # Ben, not rebuilt while hidden
    usage_view(window)
    assert view.tree_model.index(3, 1).data() == "32.0h"


def test_work_shows_in_the_plans_work_unit(session, qtbot, tmp_path):
    from app.domain.task import DurationUnit

    plan = staffed_plan()
    plan.project = replace(plan.project, work_unit=DurationUnit.DAYS)
    window = open_window(session, qtbot, tmp_path, plan)
    view = usage_view(window)
    view.set_scale(Scale.WEEKS)
    assert view.tree_model.index(0, 1).data() == "4.0d"
    assert view.grid_model.index(0, 0).data() == "4.0d"
