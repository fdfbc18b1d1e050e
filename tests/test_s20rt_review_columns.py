"""The review dialog shows the values it asks about whole, and no empty Conflict column."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from app.domain.diff import PlanChange
from app.domain.merge import MergeItem
from app.domain.project import Project
from app.ui.exchange.review_dialog import ReviewChangesDialog

_OLD = "Start no earlier than 2027-01-15 17:00"
_NEW = "Finish no earlier than 2027-01-28 17:00"


def _item(conflict: bool = False) -> MergeItem:
    change = PlanChange("task", 7, "Requirements workshops", "changed", "name", _OLD, _NEW)
    return MergeItem(change, conflict, None, "also changed here" if conflict else "")


def _dialog(qtbot, items: list[MergeItem]) -> ReviewChangesDialog:
    dialog = ReviewChangesDialog(items, Project(name="P"), notes=["A note " * 40])
    qtbot.addWidget(dialog)
    return dialog


def test_s20rt_values_are_not_cut_and_no_empty_conflict_column(qtbot):
    dialog = _dialog(qtbot, [_item()])
    tree = dialog.tree
    metrics = QFontMetrics(tree.font())
    for col, text in ((1, _OLD), (2, _NEW)):
        assert tree.columnWidth(col) > metrics.horizontalAdvance(text)
    assert tree.isColumnHidden(3)
    # a long note spans the row: it does not widen the Change column
    assert tree.columnWidth(0) <= 300
    dialog.grab().save("/tmp/s20rt_review_test.png")


def test_s20rt_a_conflict_shows_its_column(qtbot):
    dialog = _dialog(qtbot, [_item(conflict=True)])
    assert not dialog.tree.isColumnHidden(3)
    assert dialog.tree.columnWidth(3) > QFontMetrics(dialog.tree.font()).horizontalAdvance(
        "also changed here"
    )
