"""Resource Usage with other plans' work: an other plan's row opened into its tasks, each
named with its dates there ("Integration design (ERP, e-mail) (2027-03-19 to 2027-03-25)"),
but the Resource Name column kept its 260 px and cut them. It now widens to the widest of
them (up to NAME_WIDEST), and the left pane follows."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from app.ui.usage import name_fit
from app.ui.usage.outline_view import INDENT
from app.ui.usage.tree_model import NAME
from tests.gui.test_s27op_other_plan_tasks import (
    _priya_other_row,
    view_with_c,  # noqa: F401 (fixture)
)


def _kids(view, node) -> list[int]:
    model, tree = view.tree_model, view.tree_model.tree
    return [r for r in range(model.rowCount()) if tree.parent[model.shown[r]] == node]


def _need(view, row) -> int:
    italic = QFont(view.tree.font())
    italic.setItalic(True)
    model = view.tree_model
    text = str(model.data(model.index(row, NAME)))
    depth = model.tree.depth[model.shown[row]]
    return (depth + 1) * INDENT + QFontMetrics(italic).horizontalAdvance(text)


def test_s27p2_opened_other_plan_tasks_fit_the_name_column(view_with_c, tmp_path):  # noqa: F811
    view, _plan_c = view_with_c
    assert view.tree.columnWidth(NAME) == 260  # closed rows: as the view opens
    _row, node = _priya_other_row(view)
    view.expand(node)
    kids = _kids(view, node)
    assert kids
    width = view.tree.columnWidth(NAME)
    assert width > 260
    for row in kids:  # every task's name and dates fit, none is cut
        assert _need(view, row) < width, view.tree_model.data(view.tree_model.index(row, NAME))
    # the left pane follows the wider column, the periods keep the rest
    tree = view.tree
    shown = [c for c in range(view.tree_model.columnCount()) if not tree.isColumnHidden(c)]
    columns = sum(tree.columnWidth(c) for c in shown)
    assert view._panes.sizes()[0] >= columns
    view.grab().save(str(tmp_path / "usage_names.png"))
    view.collapse(node)
    assert view.tree.columnWidth(NAME) == 260  # narrowed again, as the view opened (s28wd)


def test_s27p2_rows_laid_out_again_open_fit_too(view_with_c):  # noqa: F811
    view, _plan_c = view_with_c
    _row, node = _priya_other_row(view)
    view.expand(node)
    width = view.tree.columnWidth(NAME)
    view.tree.setColumnWidth(NAME, 260)  # as a user might narrow it
    view.mode_box.setCurrentIndex(1)  # Task Usage, then Resource Usage again: laid out anew
    view.wait_built()
    view.mode_box.setCurrentIndex(0)
    view.wait_built()
    assert _kids(view, _priya_other_row(view)[1])
    assert view.tree.columnWidth(NAME) == width


@pytest.mark.parametrize("expand_all", [False, True])
def test_s27p2_the_column_widens_only_to_the_most(view_with_c, monkeypatch, expand_all):  # noqa: F811
    view, _plan_c = view_with_c
    monkeypatch.setattr(name_fit, "NAME_WIDEST", 300)  # narrower than the rows want
    _row, node = _priya_other_row(view)
    if expand_all:
        view.expand_all()
    else:
        view.expand(node)
    assert view.tree.columnWidth(NAME) == 300
