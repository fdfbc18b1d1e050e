"""The current cell shows where Left and Right go, as MS Project's and Excel's do: inside a
selected (blue) row it stays white with a dark frame, in the task sheet and the Team roster."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from app.ui.app import Session
from app.ui.current_cell_frame import FRAME_WIDTH, frame_color
from app.ui.models.task_edits import Column
from app.ui.settings import Settings

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "demo.gantry"
    shutil.copy(DEMO, path)
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.resize(1200, 700)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _pixel(image: QImage, x: int, y: int) -> QColor:
    return image.pixelColor(x, y)


def _near(a: QColor, b: QColor) -> bool:
    return all(abs(p - q) <= 24 for p, q in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def _assert_framed(view, index, other) -> None:
    """The current cell: base colour inside, frame on its edge; a cell beside it: highlight."""
    view.setCurrentIndex(index)
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    rect = view.visualRect(index)
    palette = view.palette()
    base = palette.color(QPalette.ColorRole.Base)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    frame = frame_color(palette)
    inside = _pixel(image, rect.left() + FRAME_WIDTH + 1, rect.top() + FRAME_WIDTH + 1)
    edge = _pixel(image, rect.center().x(), rect.top())
    assert _near(inside, base), (inside.name(), base.name())
    assert _near(edge, frame), (edge.name(), frame.name())
    beside = view.visualRect(other)
    row_colour = _pixel(image, beside.left() + FRAME_WIDTH + 1, beside.top() + FRAME_WIDTH + 1)
    assert _near(row_colour, highlight), (row_colour.name(), highlight.name())


def test_s23ay_sheet_frames_the_current_cell_and_right_moves_it(window, qtbot):
    tree = window.tree
    tree.setFocus()
    model = window.model
    uid = model.document.plan.tasks[2].uid
    tree.selectRow(model.index_of_uid(uid, Column.NAME).row())
    duration = model.index_of_uid(uid, Column.DURATION)
    start = model.index_of_uid(uid, Column.START)
    _assert_framed(tree, duration, start)
    # Right: the frame moves to Start, Duration goes back to the row's blue
    _assert_framed(tree, start, duration)
    tree.grab().save("/tmp/s23ay/s23ay_current_cell.png")


def test_s23ay_roster_frames_the_current_cell(window, qtbot):
    window.show_view("team")
    table = window.views["team"].table
    proxy = table.model()
    assert proxy.rowCount() > 1
    table.selectRow(1)
    first, second = proxy.index(1, 0), proxy.index(1, 1)
    _assert_framed(table, second, first)
    table.grab().save("/tmp/s23ay/s23ay_roster_cell.png")


def test_s23ay_risks_table_frames_the_current_cell(window, qtbot):
    window.show_view("risks")
    table = window.views["risks"].table
    model = table.model()
    assert model.rowCount() > 1
    table.selectRow(0)
    _assert_framed(table, model.index(0, 2), model.index(0, 1))
    table.grab().save("/tmp/s23ay/s23ay_risks_cell.png")


def test_s23ay_usage_grid_frames_the_current_period(window, qtbot):
    window.show_view("usage")
    grid = window.views["usage"].grid
    model = grid.model()
    assert model.rowCount() > 0
    assert model.columnCount() > 2
    grid.selectRow(0)
    _assert_framed(grid, model.index(0, 2), model.index(0, 1))
    grid.grab().save("/tmp/s23ay/s23ay_usage_cell.png")
