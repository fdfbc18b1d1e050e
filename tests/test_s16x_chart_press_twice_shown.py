"""Grouped by Resource, a task under two people shows on two rows; pressing its bar on the
second row makes that row current (as MS Project selects the row clicked), not the task's
first row in another group, which also scrolled the sheet away under the mouse."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from tests.test_s16g_sheet_groups import _plan


def test_pressing_the_second_bar_of_a_task_selects_that_row(qtbot, tmp_path):
    path = tmp_path / "twice.gantry"
    GantryFile.create(path, _plan()).close()
    session = Session(Settings())
    window = session.open_path(path)
    assert window is not None
    qtbot.addWidget(window)
    window.resize(1400, 700)
    window.show()
    window.action_collection["group_resource"].trigger()
    model = window.model
    shown = model.shown_uids()
    rows_of_specs = [row for row, key in enumerate(shown) if key == 2]
    assert len(rows_of_specs) == 2  # under Ann and under Bob
    second = rows_of_specs[1]
    view = window.gantt
    chart_row = [r for r in view.visible_rows() if r.uid == 2][1]
    geom = view.chart_painter().geometry(chart_row)
    assert geom is not None
    x = round((geom.x0 + geom.x1) / 2 - view.hscroll)
    y = round(chart_row.top + chart_row.height / 2)
    QTest.mousePress(
        view.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y)
    )
    QTest.mouseRelease(
        view.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y)
    )
    current = window.tree.currentIndex()
    assert current.row() == second
    assert window.tree.current_uid() == 2
    # a header row pressed is still made current, as before
    header = view.visible_rows()[0]
    QTest.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(5, header.top + 2))
    assert window.tree.currentIndex().row() == 0
    for w in list(session.windows):
        w.close()
