"""Ctrl+A on a big plan: the chart bands the selected rows read from the sheet's first cells
(not Qt's selectedRows(), 13 s at 5,000 tasks), a plain QTreeView still through Qt; Copy's text
is read from the model cell by cell without a QModelIndex each, the same text as before."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QSplitter, QTreeView

from app.domain.custom_fields import CustomField
from app.ui.document import Document
from app.ui.gantt.view import GanttView
from app.ui.models.custom_columns import custom_column
from app.ui.models.roles import TaskUidRole
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


@pytest.fixture
def chart(qtbot):
    doc = Document(build_plan())
    tree = TaskTreeView(TaskTreeModel(doc))
    gantt = GanttView(doc, tree, clock=lambda: datetime(2026, 3, 4, 12))
    splitter = QSplitter()
    splitter.addWidget(tree)
    splitter.addWidget(gantt)
    splitter.resize(1200, 400)
    qtbot.addWidget(splitter)
    with qtbot.waitExposed(splitter):
        splitter.show()
    yield tree, gantt
    splitter.close()


def _band(gantt: GanttView) -> dict[int, QColor]:
    """Each shown row's colour at the chart's right edge, where no bar is drawn."""
    image = QImage(gantt.canvas.width(), gantt.canvas.height(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gantt.paint(painter, image.width(), image.height())
    painter.end()
    x = image.width() - 3
    return {r.uid: image.pixelColor(x, int(r.top + r.height / 2)) for r in gantt.visible_rows()}


def test_s17sel_the_chart_bands_the_rows_selected_and_all_after_ctrl_a(chart):
    tree, gantt = chart
    plain = _band(gantt)
    tree.select_uids([3, 6])
    assert gantt.selected_uids() == {3, 6}
    banded = _band(gantt)
    for uid, colour in banded.items():
        blued = colour.blue() > colour.red() and colour != plain[uid]
        assert blued == (uid in (3, 6)), uid
    tree.selectAll()
    assert gantt.selected_uids() == {1, 2, 3, 4, 5, 6, 7}  # not the empty last row
    assert all(c.blue() > c.red() for c in _band(gantt).values())
    tree.clearSelection()
    assert gantt.selected_uids() == set()
    assert _band(gantt) == plain


def test_s17sel_a_plain_tree_s_selection_still_reaches_the_chart(qtbot):
    doc = Document(build_plan())
    model = QStandardItemModel()
    for task in doc.plan.tasks:
        item = QStandardItem(task.name)
        item.setData(task.uid, TaskUidRole)
        model.appendRow([item, QStandardItem("")])
    tree = QTreeView()
    tree.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
    tree.setModel(model)
    gantt = GanttView(doc, tree)
    qtbot.addWidget(gantt)
    qtbot.addWidget(tree)
    rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    tree.selectionModel().select(model.index(1, 0), rows)
    tree.selectionModel().select(model.index(4, 0), rows)
    assert gantt.selected_uids() == {2, 5}
    tree.selectAll()
    assert gantt.selected_uids() == {1, 2, 3, 4, 5, 6, 7}


# selection_as_text() before it read cells without a QModelIndex (9e478cf), on this plan.
COPIED = (
    "ID\tWBS\tTask name\tOwner\tDuration\tStart\tFinish\tPredecessors\tPeople\t% Complete\tCost\n"
    "1\t1\tDesign\t\t4d\tMon 2026-03-02\tThu 2026-03-05\t\t\t0%\t€0.00\n"
    "2\t1.1\t    Specs\tMaria\t3d\tMon 2026-03-02\tWed 2026-03-04\t\t\t0%\t€0.00\n"
    "3\t1.2\t    Review\t\t1d\tThu 2026-03-05\tThu 2026-03-05\t2\t\t0%\t€0.00\n"
    "4\t2\tBuild\t\t7d\tFri 2026-03-06\tMon 2026-03-16\t\t\t0%\t€0.00\n"
    "5\t2.1\t    Code\t\t5d\tFri 2026-03-06\tThu 2026-03-12\t3\t\t0%\t€0.00\n"
    "6\t2.2\t    Test\t\t2d\tFri 2026-03-13\tMon 2026-03-16\t5\t\t0%\t€0.00\n"
    "7\t3\tGo-live\t\t0d\tMon 2026-03-16\tMon 2026-03-16\t6\t\t0%\t€0.00\n"
)


def _sheet(qtbot) -> TaskTreeView:
    doc = Document(build_plan())
    plan = doc.plan
    plan.set_project(replace(plan.project, custom_fields=(CustomField("Text1", "Owner"),)))
    plan.update_task(replace(plan.task(2), custom=(("Text1", "Maria"),)))
    tree = TaskTreeView(TaskTreeModel(doc))
    qtbot.addWidget(tree)
    column = custom_column("Text1")
    tree.setColumnHidden(column, False)
    header = tree.horizontalHeader()
    header.moveSection(header.visualIndex(column), header.visualIndex(3))  # after Name
    return tree


def test_s17sel_copy_gives_the_text_it_gave_before(qtbot):
    tree = _sheet(qtbot)
    tree.select_uids([6, 2])  # in row order, indented under their summaries
    header, *rows = COPIED.splitlines(keepends=True)
    assert tree.selection_as_text() == header + rows[1] + rows[5]
    tree.selectAll()
    assert tree.selection_as_text() == COPIED
