"""Usage view > Other Plans: an other plan's row ("[clientC] 6 tasks") opens into that
plan's tasks booking the person (name, start and finish there, work per period), grey and
read only; on paper those rows print grey and italic as on screen."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app import formats
from app.cli import main
from app.report.usage_pages import _paint_line
from app.ui.document import Document
from app.ui.usage.tree_model import BranchRole
from app.ui.usage.view import UsageView

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def view_with_c(qtbot, tmp_path):
    a, c = tmp_path / "clientA.gantry", tmp_path / "clientC.gantry"
    shutil.copy(DEMO, a)
    assert main(["move", str(a), "--start", "2027-02-15", "-o", str(c)]) == 0
    view = UsageView(Document(formats.read_plan(a)))
    qtbot.addWidget(view)
    view.resize(1300, 700)
    with qtbot.waitExposed(view):
        view.show()
    view.wait_built()
    assert view.other_plans.include([c], keep=False)
    view.wait_built()
    yield view, formats.read_plan(c)
    view.close()


def _priya_other_row(view):
    model = view.tree_model
    tree = model.tree
    for r in range(model.rowCount()):
        node = model.shown[r]
        text = model.data(model.index(r, 0))
        if text.startswith("[clientC] ") and tree.name(tree.parent[node]) == "Priya Nair":
            return r, node
    raise AssertionError("no [clientC] row under Priya Nair")


def _names(view):
    model = view.tree_model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_s27op_other_plans_row_opens_into_its_tasks(view_with_c, tmp_path):
    view, plan_c = view_with_c
    model, grid = view.tree_model, view.grid_model
    row, node = _priya_other_row(view)
    assert model.data(model.index(row, 0), BranchRole) is False  # closed at first, opens
    before = model.rowCount()
    view.expand(node)
    tree = model.tree
    kids = [r for r in range(model.rowCount()) if tree.parent[model.shown[r]] == node]
    assert model.rowCount() == before + len(kids)
    priya = next(r.uid for r in plan_c.resources if r.name == "Priya Nair")
    booked = [plan_c.task(a.task_uid).name for a in plan_c.assignments if a.resource_uid == priya]
    assert sorted(tree.name(model.shown[r]) for r in kids) == sorted(booked)
    assert model.data(model.index(row, 0)) == f"[clientC] {len(booked)} tasks"
    for r in kids:
        text = model.data(model.index(r, 0))
        assert text.endswith(")")  # its start and finish in clientC
        assert " to " in text
        assert model.data(model.index(r, 0), Qt.ItemDataRole.FontRole).italic()
        assert grid.data(grid.index(r, 0), Qt.ItemDataRole.FontRole).italic()
        tip = model.data(model.index(r, 0), Qt.ItemDataRole.ToolTipRole)
        assert "clientC" in tip
        assert "read only" in tip
    # the tasks' work per period adds up to the plan's row, whose work Priya's row adds
    n = len(grid.periods)
    plan_row = np.array([grid.value(row, k) for k in range(n)])
    parts = np.array([[grid.value(r, k) for k in range(n)] for r in kids])
    assert plan_row.sum() > 0
    assert np.allclose(parts.sum(axis=0), plan_row)
    assert sum(tree.total(model.shown[r]) for r in kids) == pytest.approx(tree.total(node))
    # read only: typing in a task's cell is refused naming the plan
    r = kids[0]
    column = next(k for k in range(n) if grid.value(r, k) > 0)
    assert not grid.setData(grid.index(r, column), "1h", Qt.ItemDataRole.EditRole)
    assert "clientC" in view.other_plans.last_message
    view.grab().save(str(tmp_path / "usage_open.png"))
    # closed again, the tasks leave
    view.collapse(node)
    assert model.rowCount() == before


def test_s27op_printout_has_the_tasks_in_grey_italics(view_with_c):
    view, _plan_c = view_with_c
    _row, node = _priya_other_row(view)
    view.expand(node)
    sheet = view.print_sheet()
    muted = [line for line in sheet.lines if line.muted]
    names = [line.name for line in muted]
    assert any(name.startswith("[clientC] ") for name in names)
    assert any(" to " in name for name in names)  # an opened task with its dates
    assert not any(line.muted for line in sheet.lines if line.name == "Priya Nair")
    assert all(
        not line.muted
        for line in sheet.lines
        if line.name and not line.name.startswith("[") and " to " not in line.name
    )

    def darkest(line) -> int:
        image = QImage(900, 30, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        p = QPainter(image)
        from PySide6.QtGui import QFontMetricsF

        from app.report.fonts import report_font

        fonts = (QFontMetricsF(report_font(8)), QFontMetricsF(report_font(8, bold=True)))
        _paint_line(p, line, (0.0, 0.0), (300, 100, 60, 0, 0, 0, 0), (0, 8), fonts)
        p.end()
        return min(
            QColor(image.pixel(x, y)).value() for x in range(image.width()) for y in range(30)
        )

    other = next(line for line in muted if line.name.startswith("[clientC] "))
    mine = next(line for line in sheet.lines if line.name == "Design review")
    assert darkest(other) >= 100  # grey, as on screen
    assert darkest(mine) < 60  # this plan's rows stay black
