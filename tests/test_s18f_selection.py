"""The sheet's selection read from the selection's rows (app/ui/selected_rows.py), one walk
over the ranges shared with selected_row_starts: the tasks Qt's own call gives, grouped too
(a task under two people's headers once, no header, not the empty row), without asking the
model any cell; Copy reads the uids once; a summary deep in a plan reads its estimate fast."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex

from app.domain.estimates import has_estimated_subtask
from app.domain.grouping import GroupBy, GroupField, GroupKey
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.document import Document
from app.ui.group_menu import controller_of
from app.ui.main_window import MainWindow
from app.ui.models.roles import TaskUidRole
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

_Flag = QItemSelectionModel.SelectionFlag


@pytest.fixture
def window(qtbot):
    plan = build_plan()
    plan.resources = [Resource(1, "Ann"), Resource(2, "Bob")]
    plan.assignments = [Assignment(1, 2, 1, 1.0, 1440), Assignment(2, 2, 2, 1.0, 1440)]
    win = MainWindow(Document(plan), settings=Settings())
    qtbot.addWidget(win)
    return win


def _through_qt(window) -> list[int]:
    """The selected tasks as Qt's selectedRows(0) and each row's data() give them."""
    found: list[int] = []
    for index in window.tree.selectionModel().selectedRows(0):
        uid = index.data(TaskUidRole)
        if uid is not None and uid not in found:
            found.append(uid)
    return found


def test_s18f_selected_tasks_are_qts_grouped_and_not(window):
    tree, model = window.tree, window.model
    select = tree.selectionModel()
    last = model.columnCount() - 1
    parts = QItemSelection(model.index(4, 0), model.index(model.rowCount() - 1, last))
    parts.select(model.index(1, 0), model.index(2, last))
    select.select(parts, _Flag.ClearAndSelect)
    assert list(tree.iter_selected_uids()) == _through_qt(window) == [5, 6, 7, 2, 3]
    controller_of(window).apply(GroupBy((GroupKey(GroupField.RESOURCE_NAMES),)))
    tree.selectAll()  # Specs under Ann's and Bob's headers: once; headers are no task
    assert window.model.shown_uids().count(2) == 2
    assert sorted(tree.iter_selected_uids()) == [2, 3, 5, 6, 7]  # summaries: not grouped
    assert list(tree.iter_selected_uids()) == _through_qt(window)


def test_s18f_selected_tasks_ask_the_model_nothing(window, monkeypatch):
    window.tree.selectAll()
    asked = []
    monkeypatch.setattr(type(window.model), "data", lambda *a: asked.append(a))
    monkeypatch.setattr(type(window.model), "index", lambda *a: asked.append(a) or QModelIndex())
    assert window.tree.selected_uids() == [1, 2, 3, 4, 5, 6, 7]
    assert asked == []


def test_s18f_copy_reads_the_selection_once(window, monkeypatch):
    window.tree.select_uids([3, 5])
    reads = []
    real = type(window.tree).iter_selected_uids
    monkeypatch.setattr(
        type(window.tree), "iter_selected_uids", lambda tree: reads.append(1) or real(tree)
    )
    window.copy_tasks()
    assert len(reads) == 1
    from PySide6.QtWidgets import QApplication

    lines = QApplication.clipboard().text().splitlines()
    assert [line.split("\t")[2].strip() for line in lines] == ["Task name", "Review", "Code"]


def test_s18f_a_summary_far_down_reads_its_estimate():
    tasks = [Task(n, f"T{n}", 1, duration_minutes=480) for n in range(1, 5001)]
    tasks += [Task(5001, "Phase", 1), Task(5002, "Sub", 2, estimated=True), Task(5003, "End", 1)]
    assert has_estimated_subtask(tasks, 5000)
    assert not has_estimated_subtask(tasks, 4999)
    tasks[5001] = Task(5002, "Sub", 2)
    assert not has_estimated_subtask(tasks, 5000)
