"""The selected row's band runs through weekends in the chart, at every zoom that shades them.

Walking the chart: the light band of the selected row stopped at each
weekend column (the day shading was painted over it), so a long selected
row read as several pieces.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtGui import QColor

from app.ui.app import Session
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot):
    win = MainWindow(Document(build_plan()), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    win.show_view("gantt")
    yield win
    win.close()


@pytest.mark.parametrize("zoom", ["days", "weeks"])
def test_the_selected_rows_band_crosses_the_weekend(window, zoom):
    gantt = window.gantt
    gantt.set_zoom(zoom)
    gantt.scroll_to_task(1)
    window.tree.select_uids([7])  # Go-live: a milestone, its row mostly empty
    rows = {r.uid: r for r in gantt.visible_rows()}
    saturday = datetime(2026, 3, 7, 12, 0)
    monday = datetime(2026, 3, 9, 12, 0)
    image = gantt.canvas.grab().toImage()

    def colour(uid: int, moment: datetime) -> QColor:
        x = round(gantt.scale.x_of(moment) - gantt.hscroll)
        return image.pixelColor(x, round(rows[uid].top + 2))

    # a weekday and a weekend day of the selected row differ only by the day shading
    plain_weekend, selected_weekend = colour(6, saturday), colour(7, saturday)
    plain_weekday, selected_weekday = colour(6, monday), colour(7, monday)
    assert selected_weekday != plain_weekday
    assert selected_weekend != plain_weekend  # the band used to vanish under the shading
    assert selected_weekend.blue() > selected_weekend.red()
