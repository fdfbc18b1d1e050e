"""The Usage view as MS Project users expect it: Task Usage is the plan's outline (summaries open
and close with their rolled-up work), closed rows stay closed across edits and mode switches,
cost items show money and materials their unit, and double-clicks open the row's dialog."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import QPoint, Qt

from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import CostAccrual
from app.domain.usage import Scale
from app.ui.commands import EditTaskCommand, execute
from app.ui.document import Document
from app.ui.usage import assignment_open
from app.ui.usage.rows import Mode
from app.ui.usage.view import UsageView
from tests.gui.test_usage_view import staffed_plan

HAVE_DIALOG = importlib.util.find_spec("app.ui.dialogs.assignment_info") is not None


def costed_plan():
    """The staffed plan with 40 t of cement on Code and a 900 travel cost item on Specs."""
    plan = staffed_plan()
    plan.add_resource(Resource(3, "Cement", type=ResourceType.MATERIAL, material_label="t"))
    plan.add_resource(Resource(4, "Travel", type=ResourceType.COST, accrue_at=CostAccrual.PRORATED))
    plan.add_assignment(Assignment(5, 5, 3, 40.0))
    plan.add_assignment(Assignment(6, 2, 4, 0.0, cost=900.0))
    return plan


def _view(qtbot, plan=None):
    doc = Document(plan or staffed_plan())
    view = UsageView(doc)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    with qtbot.waitExposed(view):
        view.show()
    return doc, view


def _names(view):
    """The rows the grid shows, by name, indented by depth."""
    tree = view.tree_model.tree
    return ["  " * tree.depth[n] + tree.name(n) for n in view.grid_model.shown]


def _node(view, *path):
    """The outline row along row numbers from the top."""
    tree = view.tree_model.tree
    node = -1
    for row in path:
        node = tree.child(node, row)
    return node


def _index(view, *path):
    """The left pane's index of an outline row (shown)."""
    index = view.tree_model.index_of(_node(view, *path))
    assert index.isValid()
    return index


def test_task_usage_opens_and_closes_summaries_as_the_gantt_outline(qtbot, qtmodeltester):
    _doc, view = _view(qtbot)
    view.set_mode(Mode.TASKS)
    qtmodeltester.check(view.tree_model)
    assert _names(view) == [
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
    view.set_scale(Scale.WEEKS)
    design_week = view.grid_model.index(0, 0).data()
    view.tree.collapse(_index(view, 0))
    assert _names(view) == ["Design", "Build", "  Code", "    Ben", "  Test", "Go-live"]
    assert view.grid_model.index(0, 0).data() == design_week == "56.0h"  # still rolled up
    view.tree.collapse(_index(view, 1, 0))  # Code, under the open Build
    assert _names(view) == ["Design", "Build", "  Code", "  Test", "Go-live"]
    view.tree.expand(_index(view, 0))
    assert _names(view)[:6] == ["Design", "  Specs", "    Ana", "    Ben", "  Review", "    Ana"]
    view.tree.collapse(_index(view, 1))
    view.tree.expand(_index(view, 1))  # Build opens as it was left: Code stays closed
    assert _names(view)[6:] == ["Build", "  Code", "  Test", "Go-live"]
    # the same row sits at the same height in both panes
    for row, node in enumerate(view.grid_model.shown):
        tree_top = view.tree.visualRect(view.tree_model.index_of(node)).top()
        assert tree_top == view.grid.visualRect(view.grid_model.index(row, 0)).top()


def test_closed_rows_stay_closed_across_edits_undo_and_mode_switches(qtbot):
    doc, view = _view(qtbot)
    view.set_mode(Mode.TASKS)
    view.tree.collapse(_index(view, 0))  # Design
    tasks_shown = _names(view)
    view.set_mode(Mode.RESOURCES)
    view.tree.collapse(_index(view, 1))  # Ben
    assert _names(view) == ["Ana", "  Specs", "  Review", "Ben"]
    view.set_mode(Mode.TASKS)
    assert _names(view) == tasks_shown
    assert not view.tree.isExpanded(_index(view, 0))
    assert view.tree.isExpanded(_index(view, 1))
    # an edit of figures, then one that adds a row (a new assignment lays the outline anew)
    execute(doc, EditTaskCommand(doc, 5, "Code longer", duration_minutes=8 * 480))
    assert _names(view) == tasks_shown
    doc.plan.add_assignment(Assignment(9, 6, 1, 1.0, 2 * 480))  # Ana on Test
    assert _names(view) == [*tasks_shown[:-1], "    Ana", "Go-live"]
    assert not view.tree.isExpanded(_index(view, 0))
    doc.undo_stack.undo()
    view.set_mode(Mode.RESOURCES)
    assert _names(view) == ["Ana", "  Specs", "  Review", "  Test", "Ben"]
    assert view.closed_keys(Mode.RESOURCES) == {("resource", 2)}
    assert view.closed_keys(Mode.TASKS) == {("task", 1)}


def test_collapse_all_shows_the_top_of_the_outline_and_expand_all_everything(qtbot):
    _doc, view = _view(qtbot)
    view.set_mode(Mode.TASKS)
    full = list(view.grid_model.shown)
    view.collapse_all()
    assert _names(view) == ["Design", "Build", "Go-live"]
    view.expand_all()
    assert view.grid_model.shown == full
    assert all(view.is_expanded(n) for n in full)


def test_each_mode_keeps_where_it_was_scrolled(qtbot):
    _doc, view = _view(qtbot)
    view.resize(700, 160)
    qtbot.wait(1)
    view.set_mode(Mode.TASKS)
    bar = view.tree.verticalScrollBar()
    bar.setValue(bar.maximum())
    down = bar.value()
    assert down > 0
    view.set_mode(Mode.RESOURCES)
    assert bar.value() == 0
    view.set_mode(Mode.TASKS)
    assert bar.value() == down
    assert view.grid.verticalScrollBar().value() == down


def test_cost_items_show_money_and_materials_their_unit_apart_from_work(qtbot):
    _doc, view = _view(qtbot, costed_plan())
    view.set_scale(Scale.WEEKS)
    tops = [_index(view, r) for r in range(4)]
    assert [top.data() for top in tops] == ["Ana", "Ben", "Cement", "Travel"]
    assert [top.siblingAtColumn(1).data() for top in tops] == [
        "32.0h",
        "64.0h",
        "40.0 t",
        "€900.00",
    ]
    assert _index(view, 3, 0).data() == "Specs"
    row = tops[3].row()
    # Specs runs Mon-Wed of the first week: all its money falls there
    assert [view.grid_model.index(row, c).data() for c in range(2)] == ["€900.00", ""]
    cement = tops[2].row()
    weeks = [view.grid_model.index(cement, c).data() for c in range(3)]
    assert [w for w in weeks if w] == ["8.0 t", "32.0 t"]  # Code: Fri, then Mon-Thu
    # Task Usage: the cement and the money sit under their tasks, not in the task's work
    view.set_mode(Mode.TASKS)
    assert _names(view)[1:5] == ["  Specs", "    Ana", "    Ben", "    Travel"]
    specs = _index(view, 0, 0)
    assert specs.siblingAtColumn(1).data() == "48.0h"
    assert _index(view, 0).siblingAtColumn(1).data() == "56.0h"
    assert _index(view, 0, 0, 2).siblingAtColumn(1).data() == "€900.00"
    assert [_index(view, 1, 0, r).data() for r in range(2)] == ["Ben", "Cement"]
    assert _index(view, 1, 0, 1).siblingAtColumn(1).data() == "40.0 t"
    sheet = view.print_sheet()  # the printout follows: money and tonnes on their own lines
    lines = {(line.name, line.depth): line for line in sheet.lines}
    assert lines[("Travel", 2)].total == "€900.00"
    assert lines[("Cement", 2)].total == "40.0 t"
    assert lines[("Design", 0)].bold


@pytest.mark.skipif(not HAVE_DIALOG, reason="app.ui.dialogs.assignment_info not written yet")
def test_double_click_on_an_assignment_opens_assignment_information(qtbot, monkeypatch):
    doc, view = _view(qtbot)
    asked = []

    def fake(document, assignment_uid, parent):
        asked.append((document, assignment_uid, parent))
        return False

    monkeypatch.setattr("app.ui.dialogs.assignment_info.open_assignment_info", fake)
    review = _index(view, 0, 1)  # Ana's Review
    view.tree.doubleClicked.emit(review)
    assert asked == [(doc, 2, view)]
    view.set_mode(Mode.TASKS)
    ben_on_code = _index(view, 1, 0, 0)
    view.grid.doubleClicked.emit(view.grid_model.index(ben_on_code.row(), 0))
    assert asked[-1] == (doc, 4, view)


def test_without_the_assignment_dialog_an_assignment_opens_its_task(qtbot, monkeypatch):
    _doc, view = _view(qtbot)

    def missing(name):
        raise ModuleNotFoundError(f"No module named '{name}'", name=name)

    monkeypatch.setattr(assignment_open, "import_module", missing)
    with qtbot.waitSignal(view.sig_task_activated) as got:
        view.tree.doubleClicked.emit(_index(view, 1, 1))  # Ben's Code
    assert got.args == [5]


def test_each_rows_context_menu_names_the_dialog_it_opens(qtbot, monkeypatch):
    _doc, view = _view(qtbot)
    opened = []
    monkeypatch.setattr(view, "open_row", opened.append)
    for path, text in [
        ((0,), "Resource Information…"),
        ((0, 1), "Assignment Information…"),
    ]:
        node = _node(view, *path)
        actions = view.row_menu(node).actions()
        assert [a.text() for a in actions] == [text]
        actions[0].trigger()
        assert opened[-1] == node
    view.set_mode(Mode.TASKS)
    node = _node(view, 0)
    assert [a.text() for a in view.row_menu(node).actions()] == ["Task Information…"]
    assert view.tree.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


def test_the_branch_arrow_and_the_arrow_keys_open_and_close_rows(qtbot):
    from app.ui.usage.outline_view import INDENT

    _doc, view = _view(qtbot)
    view.set_mode(Mode.TASKS)
    pane = view.tree
    build = _index(view, 1)
    rect = pane.visualRect(build)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.is_expanded(_node(view, 1))  # a click on the name only selects
    arrow = rect.topLeft() + QPoint(INDENT // 2, rect.height() // 2)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=arrow)
    assert not view.is_expanded(_node(view, 1))
    assert _names(view)[6:] == ["Build", "Go-live"]
    pane.setFocus()
    pane.setCurrentIndex(_index(view, 1))
    qtbot.keyClick(pane, Qt.Key.Key_Right)
    assert _names(view)[6:9] == ["Build", "  Code", "    Ben"]
    pane.setCurrentIndex(_index(view, 1, 0, 0))  # Ben on Code
    qtbot.keyClick(pane, Qt.Key.Key_Left)  # a row that does not open: up to its task
    assert pane.currentIndex().row() == _index(view, 1, 0).row()
    qtbot.keyClick(pane, Qt.Key.Key_Left)
    assert not view.is_expanded(_node(view, 1, 0))
    assert view.grid.currentIndex().row() == pane.currentIndex().row()  # the grid follows


@pytest.mark.skipif(not HAVE_DIALOG, reason="app.ui.dialogs.assignment_info not written yet")
def test_work_typed_in_assignment_information_reaches_the_row_and_undo_takes_it_back(
    qtbot, monkeypatch
):
    from app.ui.dialogs.assignment_info import AssignmentInfoDialog

    doc, view = _view(qtbot)
    view.set_mode(Mode.TASKS)
    seen = []

    def type_work(dialog):
        seen.append(dialog.windowTitle())
        dialog.work.setText("12h")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AssignmentInfoDialog, "exec", type_work)
    ana_on_specs = _index(view, 0, 0, 0)
    assert ana_on_specs.siblingAtColumn(1).data() == "24.0h"
    view.tree.doubleClicked.emit(ana_on_specs)
    assert seen == ["Assignment Information — Ana on Specs"]
    assert doc.plan.assignment(1).work_minutes == 12 * 60
    assert _index(view, 0, 0, 0).siblingAtColumn(1).data() == "12.0h"
    doc.undo_stack.undo()
    assert _index(view, 0, 0, 0).siblingAtColumn(1).data() == "24.0h"
