"""A summary's Constraint Type list offers only what a summary accepts.

Testers opened the Constraint Type cell of a summary row, saw all eight types and
picked Must Finish On, only to be told summaries take As Soon As Possible, Start No
Earlier Than or Finish No Later Than. The list now offers just those there, as MS Project
does.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from app.domain.task import ConstraintType
from app.report.columns import CONSTRAINT_NAMES
from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


def _choices(tree, uid):
    index = tree.task_model().index_of_uid(uid, Column.CONSTRAINT_TYPE)
    delegate = tree.itemDelegateForColumn(Column.CONSTRAINT_TYPE)
    editor = delegate.createEditor(tree.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    items = [editor.itemText(k) for k in range(editor.count())]
    chosen = editor.currentText()
    editor.deleteLater()
    return items, chosen


def test_a_summary_offers_asap_snet_and_fnlt(qtbot):
    tree = TaskTreeView(TaskTreeModel(Document(build_plan())))
    qtbot.addWidget(tree)
    insert_column(tree, Column.CONSTRAINT_TYPE)
    items, chosen = _choices(tree, 1)  # Design, a summary
    assert items == [
        CONSTRAINT_NAMES[ConstraintType.ASAP],
        CONSTRAINT_NAMES[ConstraintType.SNET],
        CONSTRAINT_NAMES[ConstraintType.FNLT],
    ]
    assert chosen == CONSTRAINT_NAMES[ConstraintType.ASAP]


def test_a_task_still_offers_every_type(qtbot):
    tree = TaskTreeView(TaskTreeModel(Document(build_plan())))
    qtbot.addWidget(tree)
    insert_column(tree, Column.CONSTRAINT_TYPE)
    items, _ = _choices(tree, 2)  # Specs, a subtask
    assert items == list(CONSTRAINT_NAMES.values())
    assert len(items) == 8


def test_a_summary_read_with_another_type_keeps_it_when_the_list_closes(qtbot):
    """A file may hold Must Finish On on a summary: opening the cell must not change it."""
    from dataclasses import replace
    from datetime import datetime

    plan = build_plan()
    plan.update_task(
        replace(
            plan.task(4), constraint_type=ConstraintType.MFO, constraint_date=datetime(2026, 4, 1)
        )
    )
    tree = TaskTreeView(TaskTreeModel(Document(plan)))
    qtbot.addWidget(tree)
    insert_column(tree, Column.CONSTRAINT_TYPE)
    items, chosen = _choices(tree, 4)
    mfo = CONSTRAINT_NAMES[ConstraintType.MFO]
    assert items == [
        CONSTRAINT_NAMES[ConstraintType.ASAP],
        CONSTRAINT_NAMES[ConstraintType.SNET],
        CONSTRAINT_NAMES[ConstraintType.FNLT],
        mfo,
    ]
    assert chosen == mfo
