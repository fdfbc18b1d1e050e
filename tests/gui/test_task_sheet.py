"""The task sheet in a window: outline drawing, expand/collapse by mouse and keys, the Gantt
chart showing the same rows, selection and scroll kept across edits."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QSplitter

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.app import Session
from app.ui.document import Document
from app.ui.gantt.view import GanttView
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.settings import Settings
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


def phases_plan(phases: int, per_phase: int) -> Plan:
    """Top-level phases, each with ``per_phase`` one-day subtasks."""
    plan = Plan(project=Project(name="Phases", start=datetime(2026, 1, 5, 8, 0)))
    tasks = []
    for p in range(phases):
        tasks.append(Task(len(tasks) + 1, f"Phase {p + 1}", 1))
        for _ in range(per_phase):
            tasks.append(Task(len(tasks) + 1, f"Task {len(tasks) + 1}", 2, duration_minutes=480))
    plan.insert_tasks(0, tasks)
    return plan


def make_sheet(qtbot, plan: Plan, height: int = 400):
    doc = Document(plan)
    tree = TaskTreeView(TaskTreeModel(doc))
    gantt = GanttView(doc, tree)
    splitter = QSplitter()
    splitter.addWidget(tree)
    splitter.addWidget(gantt)
    splitter.resize(1200, height)
    splitter.setSizes([500, 700])
    qtbot.addWidget(splitter)
    with qtbot.waitExposed(splitter):
        splitter.show()
    return doc, tree, gantt, splitter  # the caller keeps the splitter (and its views) alive


@pytest.fixture
def sheet(qtbot):
    """Rows: 1 Design 2 Specs 3 Review 4 Build 5 Code 6 Test 7 Go-live."""
    doc, tree, gantt, splitter = make_sheet(qtbot, build_plan())
    yield doc, tree, gantt
    splitter.close()


def shown(tree):
    """Uids of the task rows (the last row, empty, holds none)."""
    model = tree.task_model()
    last = model.rowCount() - 1
    assert model.index(last, 0).data(0x0101) is None
    return [model.index(r, 0).data(0x0101) for r in range(last)]


def chart_uids(gantt):
    return [r.uid for r in gantt.visible_rows()]


def name_cell(tree, uid):
    return tree.task_model().index_of_uid(uid, Column.NAME)


def triangle(tree, uid) -> QPoint:
    index = name_cell(tree, uid)
    return tree.itemDelegateForIndex(index).branch_rect(tree.visualRect(index), index).center()


def test_collapsing_hides_exactly_the_descendants_in_sheet_and_chart(sheet, qtbot):
    _doc, tree, gantt = sheet
    tree.select_uids([2, 7], current=7)
    with qtbot.waitSignal(tree.collapsed):
        tree.collapse(name_cell(tree, 4))
    assert shown(tree) == [1, 2, 3, 4, 7]
    assert chart_uids(gantt) == [1, 2, 3, 4, 7]
    assert gantt.row_index().uids == shown(tree)
    assert not tree.isExpanded(name_cell(tree, 4))
    assert tree.isExpanded(name_cell(tree, 1))
    assert tree.selected_uids() == [2, 7]
    assert tree.current_uid() == 7
    for row in gantt.visible_rows():  # each bar sits on its sheet row
        assert row.top == gantt.header_height() + tree.visualRect(name_cell(tree, row.uid)).top()
    tree.expand(name_cell(tree, 4))
    assert shown(tree) == chart_uids(gantt) == [1, 2, 3, 4, 5, 6, 7]
    assert tree.selected_uids() == [2, 7]


def test_collapsing_the_current_task_s_summary_moves_the_cursor_onto_it(sheet):
    _doc, tree, _gantt = sheet
    tree.select_uids([5])
    tree.collapse(name_cell(tree, 4))
    assert tree.current_uid() == 4


def test_a_click_on_the_triangle_toggles_without_selecting(sheet, qtbot):
    _doc, tree, gantt = sheet
    tree.select_uids([7])
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=triangle(tree, 4))
    assert shown(tree) == chart_uids(gantt) == [1, 2, 3, 4, 7]
    assert tree.selected_uids() == [7]
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=triangle(tree, 4))
    assert shown(tree) == [1, 2, 3, 4, 5, 6, 7]
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=triangle(tree, 4))
    assert tree.state() != tree.State.EditingState  # a double click on it edits nothing
    tree.expandAll()
    text = tree.visualRect(name_cell(tree, 4)).center()  # on the name: selects, keeps rows
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=text)
    assert tree.selected_uids() == [4]
    assert shown(tree) == [1, 2, 3, 4, 5, 6, 7]


def test_left_and_right_keys_walk_the_outline(sheet, qtbot):
    _doc, tree, _gantt = sheet
    tree.setFocus()
    tree.setCurrentIndex(name_cell(tree, 4))
    qtbot.keyClick(tree, Qt.Key.Key_Left)
    assert not tree.isExpanded(name_cell(tree, 4))
    assert shown(tree) == [1, 2, 3, 4, 7]
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    assert tree.isExpanded(name_cell(tree, 4))
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # already open: down to the first subtask
    assert tree.current_uid() == 5
    assert tree.currentIndex().column() == Column.NAME
    qtbot.keyClick(tree, Qt.Key.Key_Left)  # on a subtask: up to its summary
    assert tree.current_uid() == 4
    assert tree.isExpanded(name_cell(tree, 4))


def test_ctrl_home_and_ctrl_end_go_to_the_first_and_last_row(sheet, qtbot):
    """Ctrl+Home/Ctrl+End, not Home/End: as in MS Project, Home and End stay on the row
    (its first and last cell; test_s14odds_home_end), Ctrl with them goes to the first
    and last task."""
    _doc, tree, _gantt = sheet
    tree.setFocus()
    tree.setCurrentIndex(tree.task_model().index_of_uid(4, Column.DURATION))
    qtbot.keyClick(tree, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert tree.current_uid() == 7
    qtbot.keyClick(tree, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert tree.current_uid() == 1


def test_names_are_indented_by_level_and_edited_in_place(sheet, qtbot):
    _doc, tree, _gantt = sheet
    step = tree.indentation()
    design, specs = name_cell(tree, 1), name_cell(tree, 2)
    delegate = tree.itemDelegateForIndex(specs)
    assert delegate.indent_of(design) == step
    assert delegate.indent_of(specs) == 2 * step
    assert triangle(tree, 1).x() < tree.visualRect(design).left() + step
    tree.setCurrentIndex(specs)
    tree.edit(specs)
    editor = tree.indexWidget(specs) or tree.focusWidget()
    assert editor.geometry().left() >= tree.visualRect(specs).left() + 2 * step - 1
    editor.setText("Specification")
    tree.commitData(editor)
    assert tree.task_model().document.plan.task(2).name == "Specification"


def test_an_outline_level_hands_a_hidden_selection_to_its_summary(sheet):
    _doc, tree, gantt = sheet
    tree.select_uids([5, 6, 7], current=6)
    tree.show_outline_level(1)
    assert shown(tree) == chart_uids(gantt) == [1, 4, 7]
    assert tree.current_uid() == 4
    assert tree.selected_uids() == [4, 7]
    tree.show_outline_level(None)
    assert shown(tree) == [1, 2, 3, 4, 5, 6, 7]
    assert tree.current_uid() == 4


def test_selecting_a_hidden_task_expands_its_summaries(sheet):
    _doc, tree, gantt = sheet
    tree.show_outline_level(1)
    assert shown(tree) == [1, 4, 7]
    tree.select_uids([6])
    assert shown(tree) == chart_uids(gantt) == [1, 4, 5, 6, 7]
    assert tree.current_uid() == 6
    assert not tree.isExpanded(name_cell(tree, 1))


def test_scroll_selection_and_collapsed_rows_survive_an_edit_and_reschedule(qtbot):
    doc, tree, gantt, _splitter = make_sheet(qtbot, phases_plan(20, 14), height=300)
    model = tree.task_model()
    tree.collapse(name_cell(tree, 1))
    bar = tree.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    top = bar.value()
    assert top > 0
    middle = tree.indexAt(QPoint(5, tree.viewport().height() // 2))
    uid = middle.data(0x0101)
    tree.select_uids([uid])
    assert bar.value() == top  # already in view: no scroll
    assert model.setData(name_cell(tree, uid).siblingAtColumn(Column.DURATION), "3d", EDIT)
    assert doc.plan.task(uid).duration_minutes == 3 * 480
    assert bar.value() == top
    assert tree.selected_uids() == [uid]
    assert model.is_collapsed(1)
    assert gantt.row_index().uids == shown(tree)
    doc.undo_stack.undo()
    assert bar.value() == top
    assert tree.selected_uids() == [uid]


@pytest.fixture
def window(qtbot):
    win = MainWindow(Document(build_plan()), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1400, 600)
    win.show()
    win.show_view("gantt")
    yield win
    win.close()


def test_indenting_under_a_collapsed_summary_shows_the_moved_task(window):
    tree, gantt = window.tree, window.gantt
    tree.collapse(name_cell(tree, 1))
    tree.select_uids([4])
    window.action_collection["indent_task"].trigger()  # Build goes under Design
    assert window.document.plan.parent(4).uid == 1
    assert tree.selected_uids() == [4]
    assert 4 in shown(tree)
    assert shown(tree) == [r.uid for r in gantt.visible_rows()]
    window.action_collection["undo"].trigger()
    assert window.document.plan.parent(4) is None
    assert shown(tree) == [r.uid for r in gantt.visible_rows()]


def test_outline_menu_and_delete_keep_sheet_and_chart_row_for_row(window):
    tree, gantt = window.tree, window.gantt
    window.action_collection["outline_level_1"].trigger()
    assert shown(tree) == [r.uid for r in gantt.visible_rows()] == [1, 4, 7]
    tree.select_uids([4])
    window.action_collection["delete_task"].trigger()
    assert shown(tree) == [r.uid for r in gantt.visible_rows()] == [1, 7]
    window.action_collection["undo"].trigger()
    assert shown(tree) == [r.uid for r in gantt.visible_rows()]
    window.action_collection["show_all_subtasks"].trigger()
    assert shown(tree) == [r.uid for r in gantt.visible_rows()] == [1, 2, 3, 4, 5, 6, 7]


class CountingModel(TaskTreeModel):
    """Counts the Python calls Qt makes into the model."""

    calls = 0

    def index(self, row, column, parent=None):
        CountingModel.calls += 1
        return super().index(row, column) if parent is None else super().index(row, column, parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        CountingModel.calls += 1
        return super().data(index, role)

    def flags(self, index):
        CountingModel.calls += 1
        return super().flags(index)


def test_building_and_showing_a_big_sheet_asks_only_for_the_rows_in_view(qtbot):
    plan = phases_plan(1000, 19)  # 20k rows
    model = CountingModel(Document(plan))
    CountingModel.calls = 0
    tree = TaskTreeView(model)
    qtbot.addWidget(tree)
    assert CountingModel.calls == 0  # nothing per row while the sheet is built
    tree.resize(900, 400)
    with qtbot.waitExposed(tree):
        tree.show()
    tree.viewport().grab()  # paint the rows in view
    in_view = tree.viewport().height() // tree.rowHeight(0) + 2
    assert model.rowCount() == 20_001  # and the empty row
    assert 0 < CountingModel.calls < in_view * len(Column) * 20  # a few roles per visible cell
    CountingModel.calls = 0
    tree.show_outline_level(1)
    tree.expandAll()
    tree.viewport().grab()
    assert CountingModel.calls < in_view * len(Column) * 20
    model.detach()


def test_the_header_keeps_the_tree_s_behaviour(sheet):
    _doc, tree, _gantt = sheet
    header = tree.header()
    assert header is tree.horizontalHeader()
    assert header.sectionsMovable()
    assert not header.isFirstSectionMovable()
    assert not header.sectionsClickable()
    header.moveSection(header.visualIndex(Column.DURATION), header.visualIndex(Column.NAME))
    assert header.visualIndex(Column.DURATION) < header.visualIndex(Column.NAME)
