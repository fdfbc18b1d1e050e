"""Format > Task Path on screen draws with the printed Gantt's colours and bar drawing.

The window kept its own copy of the four path colours and of the bar painter
(app/report/gantt_paint.py has both for print, PDF and Copy Picture): a colour
changed in one place would have left screen and paper apart. The window now
uses the printed ones; these tests pin that and that the screen still draws them.
"""

from __future__ import annotations

import pytest

import app.report.gantt_paint as printed
import app.ui.gantt.task_path as window_path
from app.domain.task_path import PathKind
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.gantt.task_path import ACTION_IDS
from app.ui.gantt.toggles import gantt_view_of
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "paths.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.resize(1400, 700)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    for w in list(session.windows):
        w.close()


def test_the_window_has_no_colours_or_painter_of_its_own():
    assert window_path.PATH_COLORS is printed.PATH_COLORS
    assert not hasattr(window_path, "_paint_bar")


def _count(image, color) -> int:
    return sum(
        image.pixelColor(x, y) == color
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_the_chart_paints_successors_in_the_printed_purple(window, qtbot):
    purple = printed.PATH_COLORS[PathKind.SUCCESSORS]
    canvas = gantt_view_of(window).canvas
    before = _count(canvas.grab().toImage(), purple)
    window.tree.select_uids([2])  # Specs: Review, Code, Test and Go-live follow it
    window.action_collection[ACTION_IDS[PathKind.SUCCESSORS]].setChecked(True)
    qtbot.waitUntil(lambda: _count(canvas.grab().toImage(), purple) > before + 100)
