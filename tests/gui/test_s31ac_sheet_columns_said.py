"""Qt's accessible table over the task sheet counts all ~250 model columns, hidden ones
included, in the model's order (PySide6 cannot replace it: no QAccessibleTableInterface).
The sheet's accessible description therefore names the shown columns in the order shown,
and follows hiding and moving them: a screen reader says it on entering the sheet."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible

from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


@pytest.fixture
def view(qtbot):
    tree = TaskTreeView(TaskTreeModel(Document(build_plan())))
    qtbot.addWidget(tree)
    with qtbot.waitExposed(tree):
        tree.show()
    return tree


def _said(view) -> list[str]:
    text = QAccessible.queryAccessibleInterface(view).text(QAccessible.Text.Description)
    assert text.startswith("Columns: ")
    return text.removeprefix("Columns: ").split(", ")


def _shown(view) -> list[int]:
    header = view.horizontalHeader()
    order = [header.logicalIndex(v) for v in range(header.count())]
    return [c for c in order if not header.isSectionHidden(c)]


def test_s31ac_the_sheet_names_its_shown_columns_in_order(view, qtbot):
    qtbot.waitUntil(lambda: view.accessibleDescription() != "")
    said = _said(view)
    assert len(said) == len(_shown(view)) < view.model().columnCount() // 10
    assert said[:3] == ["ID", "Indicators", "WBS"]  # the icon column by its name
    assert "Total Slack" not in said  # hidden


def test_s31ac_hiding_and_moving_a_column_is_said(view, qtbot):
    qtbot.waitUntil(lambda: view.accessibleDescription() != "")
    view.setColumnHidden(Column.WBS, True)
    view.setColumnHidden(Column.TOTAL_SLACK, False)
    header = view.horizontalHeader()
    header.moveSection(header.visualIndex(Column.DURATION), 0)
    qtbot.waitUntil(lambda: _said(view)[0] == "Duration")
    said = _said(view)
    assert "WBS" not in said
    assert "Total Slack" in said
    assert len(said) == len(_shown(view))
