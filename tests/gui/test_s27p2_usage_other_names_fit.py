"""Resource Usage with other plans' work: an other plan's row opened into its tasks, each
named with its dates there ("Integration design (ERP, e-mail) (2027-03-19 to 2027-03-25)"),
but the Resource Name column kept its 260 px and cut them. It now widens to the widest of
them (up to NAME_WIDEST), and the left pane follows."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from app import formats
from app.cli import main
from app.ui.document import Document
from app.ui.usage.name_fit import NAME_WIDEST
from app.ui.usage.outline_view import INDENT
from app.ui.usage.tree_model import NAME
from app.ui.usage.view import UsageView

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


def _view(qtbot, tmp_path, long_name: str | None = None):
    a, c = tmp_path / "clientA.gantry", tmp_path / "clientC.gantry"
    shutil.copy(DEMO, a)
    assert main(["move", str(a), "--start", "2027-02-15", "-o", str(c)]) == 0
    if long_name is not None:  # Priya's first task in clientC gets a very long name
        plan_c = formats.read_plan(c)
        priya = next(r.uid for r in plan_c.resources if r.name == "Priya Nair")
        uid = next(x.task_uid for x in plan_c.assignments if x.resource_uid == priya)
        plan_c.update_task(replace(plan_c.task(uid), name=long_name))
        formats.write_plan(plan_c, c)
    view = UsageView(Document(formats.read_plan(a)))
    qtbot.addWidget(view)
    view.resize(1300, 700)
    with qtbot.waitExposed(view):
        view.show()
    view.wait_built()
    assert view.other_plans.include([c], keep=False)
    view.wait_built()
    return view


def _priya_other(view) -> int:
    model, tree = view.tree_model, view.tree_model.tree
    for r in range(model.rowCount()):
        node = model.shown[r]
        if str(model.data(model.index(r, NAME))).startswith("[clientC] ") and (
            tree.name(tree.parent[node]) == "Priya Nair"
        ):
            return node
    raise AssertionError("no [clientC] row under Priya Nair")


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


def test_s27p2_opened_other_plan_tasks_fit_the_name_column(qtbot, tmp_path):
    view = _view(qtbot, tmp_path)
    assert view.tree.columnWidth(NAME) == 260  # closed rows: as the view opens
    node = _priya_other(view)
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
    assert view.tree.columnWidth(NAME) == width  # never narrowed by itself
    view.close()


def test_s27p2_rows_laid_out_again_open_fit_too(qtbot, tmp_path):
    view = _view(qtbot, tmp_path)
    node = _priya_other(view)
    view.expand(node)
    width = view.tree.columnWidth(NAME)
    view.tree.setColumnWidth(NAME, 260)  # as a user might narrow it
    view.mode_box.setCurrentIndex(1)  # Task Usage, then Resource Usage again: laid out anew
    view.wait_built()
    view.mode_box.setCurrentIndex(0)
    view.wait_built()
    assert _kids(view, _priya_other(view))
    assert view.tree.columnWidth(NAME) == width
    view.close()


@pytest.mark.parametrize("expand_all", [False, True])
def test_s27p2_a_very_long_name_widens_only_to_the_most(qtbot, tmp_path, expand_all):
    view = _view(qtbot, tmp_path, long_name="Integration " * 30)
    node = _priya_other(view)
    if expand_all:
        view.expand_all()
    else:
        view.expand(node)
    assert view.tree.columnWidth(NAME) == NAME_WIDEST
    view.close()
