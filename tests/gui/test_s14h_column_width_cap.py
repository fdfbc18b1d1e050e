"""A custom column with a huge alias opens, and comes back from a saved layout, at most
MAX_COLUMN_WIDTH pixels wide (a 100,000-character alias asked for 1,018,754 px)."""

from __future__ import annotations

from dataclasses import replace

from app.domain.custom_fields import CustomField
from app.ui.column_catalog import MAX_COLUMN_WIDTH
from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.models.custom_columns import custom_column
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.sheet_layout import apply_layout, decode, encode, layout_of
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


def _view(qtbot, alias: str) -> TaskTreeView:
    plan = build_plan()
    plan.project = replace(plan.project, custom_fields=(CustomField("Text1", alias),))
    tree = TaskTreeView(TaskTreeModel(Document(plan)))
    qtbot.addWidget(tree)
    return tree


def test_insert_column_of_a_huge_alias_is_capped(qtbot):
    tree = _view(qtbot, "W" * 100_000)
    column = custom_column("Text1")
    insert_column(tree, column)
    assert not tree.isColumnHidden(column)
    assert 0 < tree.columnWidth(column) <= MAX_COLUMN_WIDTH
    entries = {k: w for k, w, _h in decode(layout_of(tree)) or []}
    assert entries["custom:Text1"] <= MAX_COLUMN_WIDTH


def test_a_short_alias_still_gets_room_for_its_title(qtbot):
    tree = _view(qtbot, "Responsible person")
    column = custom_column("Text1")
    insert_column(tree, column)
    assert tree.columnWidth(column) >= tree.horizontalHeader().sectionSizeHint(column)


def test_saved_layout_with_a_huge_width_comes_back_capped(qtbot):
    tree = _view(qtbot, "Owner")
    saved = encode([("name", 1_018_754, False), ("custom:Text1", 2_000_000, False)])
    entries = decode(saved)
    assert entries is not None
    assert all(w <= MAX_COLUMN_WIDTH for _k, w, _h in entries)
    apply_layout(tree, [("name", 1_018_754, False)])
    assert tree.columnWidth(Column.NAME) == MAX_COLUMN_WIDTH
