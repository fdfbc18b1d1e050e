"""A critical task's lightning bolt comes first in its Indicators cell; with a deadline, a
constraint and a note too the note was pushed out of the column (tester s30xk). The icons
now shrink so every mark a row has shows in the cell, the note included."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from itertools import pairwise

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from app.domain.task import ConstraintType
from app.report.indicators import Indicator
from app.ui.column_catalog import INDICATORS_WIDTH
from app.ui.commands import EditTaskCommand, execute
from app.ui.document import Document
from app.ui.indicator_delegate import SMALLEST, icon_rects
from app.ui.models.critical_mark import CRITICAL_MARK
from app.ui.models.indicators import IndicatorsRole
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


@pytest.fixture
def view(qtbot):
    plan = build_plan()
    plan.update_risk(replace(plan.risk(1), task_uids=()))  # no risk mark
    doc = Document(plan)
    execute(
        doc,
        EditTaskCommand(
            doc,
            6,
            "Marks",
            deadline=datetime(2026, 3, 3, 17),
            notes="why",
            constraint_type=ConstraintType.SNLT,  # years away: the task stays critical
            constraint_date=datetime(2030, 1, 7, 8),
        ),
    )
    tree = TaskTreeView(TaskTreeModel(doc))
    qtbot.addWidget(tree)
    return tree


def test_s31ac_a_critical_tasks_four_marks_all_show_in_the_cell(view):
    index = view.task_model().index_of_uid(6, Column.INDICATORS)
    kinds = index.data(IndicatorsRole)
    assert kinds[0] is CRITICAL_MARK
    assert kinds[-1] is Indicator.NOTE
    assert len(kinds) == 4  # bolt, deadline, constraint, note
    cell = QRect(0, 0, INDICATORS_WIDTH, 22)
    rects = icon_rects(cell, len(kinds))
    assert len(rects) == 4
    assert all(cell.contains(r) and r.width() >= SMALLEST for r in rects)
    assert all(a.right() < b.left() for a, b in pairwise(rects))
    image = QImage(cell.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.rect = cell
    painter = QPainter(image)
    view.itemDelegateForColumn(Column.INDICATORS).paint(painter, option, index)
    painter.end()
    note = rects[-1]
    drawn = [
        image.pixelColor(x, y)
        for x in range(note.left(), note.right() + 1)
        for y in range(note.top(), note.bottom() + 1)
    ]
    assert any(c != QColor("white") for c in drawn)  # the note's icon is there


def test_s31ac_icons_keep_full_size_where_the_column_has_room():
    rects = icon_rects(QRect(0, 0, 200, 22), 4)
    assert [r.width() for r in rects] == [16] * 4
    assert len(icon_rects(QRect(0, 0, INDICATORS_WIDTH, 22), 12)) < 12  # past the floor: cut
