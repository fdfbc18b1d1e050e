"""An inserted column opens wide enough for its title.

Finish Variance opened at 84 px and Remaining Duration at 80: their titles,
right-aligned over figures, read "nish Variance" and "ing Duration". Bold
summaries' "Fixed duration" was cut in the Type column too.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.models.task_edits import OPTIONAL_COLUMNS, Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


def test_every_optional_column_shows_its_whole_title(qtbot):
    tree = TaskTreeView(TaskTreeModel(Document(build_plan())))
    qtbot.addWidget(tree)
    tree.show()
    header = tree.horizontalHeader()
    for column in OPTIONAL_COLUMNS:
        insert_column(tree, column)
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column.name


def test_the_type_column_holds_a_summarys_bold_fixed_duration(qtbot):
    tree = TaskTreeView(TaskTreeModel(Document(build_plan())))
    qtbot.addWidget(tree)
    tree.show()
    insert_column(tree, Column.TASK_TYPE)
    bold = QFont(tree.font())
    bold.setBold(True)
    text = QFontMetrics(bold).horizontalAdvance("Fixed duration")
    assert tree.columnWidth(Column.TASK_TYPE) >= text + 8  # the cell's margins
