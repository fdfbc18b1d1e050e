"""The Risks view's Heat map: a 5 x 5 probability x impact grid beside the register, each
cell counting the risks the filters show and coloured by its exposure band; clicking a cell
lists only its risks (the note says so), clicking it again lists them all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.ui.risks.heat_map import BAND_COLOURS
from tests.gui.test_s30ak_usage_keyboard import window  # noqa: F401  (the demo plan's window)

CTRL = Qt.KeyboardModifier.ControlModifier


def _shown(view) -> list[str]:
    return [view.sorted.index(r, 0).data() for r in range(view.sorted.rowCount())]


def _click(view, qtbot, row, column):
    grid = view.heat_map.grid
    rect = grid.visualRect(grid.model().index(row, column))
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_s30rk_heat_map_counts_and_filters(window, qtbot, tmp_path):  # noqa: F811
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_4, CTRL)
    view = window.views["risks"]
    assert not view.heat_map.isVisible()
    view.map_button.setChecked(True)
    qtbot.waitUntil(view.heat_map.isVisible)
    grid = view.heat_map.grid
    counts = [[grid.item(r, c).text() for c in range(5)] for r in range(5)]
    # most likely on top: Low (20-40%) is the 4th row; impact up to 16,000 .. 40,000
    assert counts[3] == ["", "1", "1", "1", "1"]
    assert counts[2] == ["", "", "", "1", ""]
    assert counts[4] == ["", "", "", "", "1"]
    assert grid.item(0, 4).background().color() == BAND_COLOURS["high"]
    assert grid.item(4, 0).background().color() == BAND_COLOURS["low"]
    window.grab().save(str(tmp_path / "heat.png"))

    _click(view, qtbot, 2, 3)  # medium probability, impact up to 32,000
    assert _shown(view) == ["R-01"]
    assert view.print_note().startswith("Showing: heat map cell probability medium, impact")
    _click(view, qtbot, 2, 3)
    assert len(_shown(view)) == 6

    view.show_box.setCurrentIndex(view.show_box.findText("Mitigating"))
    counts = [[grid.item(r, c).text() for c in range(5)] for r in range(5)]
    assert sum(int(t) for row in counts for t in row if t) == 1


def test_s30rk_the_cell_listed_follows_an_edit(window, qtbot):  # noqa: F811
    from app.ui.models.risk_model import RiskColumn

    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_4, CTRL)
    view = window.views["risks"]
    view.map_button.setChecked(True)
    qtbot.waitUntil(view.heat_map.isVisible)
    _click(view, qtbot, 2, 3)  # medium probability, impact up to 32,000: R-01
    assert _shown(view) == ["R-01"]
    # R-02 (30%, 25,000) raised to 50%: now in the same cell, so listed too
    row = next(r for r in range(view.model.rowCount()) if view.model.risk_at(r).uid == 2)
    assert view.model.setData(view.model.index(row, RiskColumn.PROBABILITY), "50%")
    assert _shown(view) == ["R-01", "R-02"]
    assert view.heat_map.grid.item(2, 3).text() == "2"
