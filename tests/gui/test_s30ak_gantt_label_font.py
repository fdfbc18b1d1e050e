"""The Gantt chart drew its bar labels and timescale at 11 px whatever the user's font: at a
16 pt font the names beside the bars stayed small. They now follow the font (a pixel under it, 11 px at least)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontInfo

from tests.gui.test_s30ak_usage_keyboard import window  # noqa: F401  (the demo plan's window)


def test_s30ak_gantt_labels_follow_a_large_font(window):  # noqa: F811
    chart = window.gantt
    big = QFont(chart.font())
    big.setPointSize(16)
    chart.setFont(big)
    chart._painter = None  # built again, as after any change
    assert chart.chart_painter().font.pixelSize() == QFontInfo(big).pixelSize() - 1 > 11
