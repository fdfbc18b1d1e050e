"""Copy Tasks after Insert Column: the pasted columns come in the order the sheet shows.

A PM inserted Deadline left of Start and copied rows into a mail: Deadline
came last, after Cost, because the copy listed the columns by when they were
added to Gantry rather than where the sheet shows them.
"""

from __future__ import annotations

from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.models.task_edits import HEADERS, Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


def test_copied_columns_follow_the_sheets_order(qtbot):
    tree = TaskTreeView(TaskTreeModel(Document(build_plan())))
    qtbot.addWidget(tree)
    insert_column(tree, Column.DEADLINE, Column.START)
    insert_column(tree, Column.TOTAL_SLACK, Column.DURATION)
    header = tree.horizontalHeader()
    header.moveSection(header.visualIndex(Column.WBS), header.visualIndex(Column.NAME))  # dragged
    tree.select_uids([5])
    lines = tree.selection_as_text().splitlines()
    texts = (c for c in Column if not tree.isColumnHidden(c) and c is not Column.INDICATORS)
    shown = sorted(texts, key=header.visualIndex)
    assert lines[0].split("\t") == [HEADERS[c] for c in shown]
    assert lines[0].split("\t")[:7] == [
        "ID",
        "Task name",
        "WBS",
        "Total Slack",
        "Duration",
        "Deadline",
        "Start",
    ]
    assert lines[1].split("\t")[1].strip() == "Code"
