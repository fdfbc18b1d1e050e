"""Colours text can be read in: WCAG's contrast ratio, and chart axes drawn dark enough.

WCAG 2 asks 4.5:1 between normal text and its background. pyqtgraph draws axis text in
its foreground grey (150, 150, 150): 3:1 on the white chart background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

if TYPE_CHECKING:  # the main window reads ISSUES_TEXT: pyqtgraph (~0.4 s) waits for a chart
    import pyqtgraph as pg  # type: ignore[import-untyped]  # no stubs nor py.typed

AXIS_TEXT = QColor(64, 64, 64)  # 10:1 on white
# The status bar's "Scheduling issues": amber, 5:1 on the light status bar (#a06a00 was 4:1)
ISSUES_TEXT = "#7f5400"


def _channel(value: int) -> float:
    c = value / 255.0
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """WCAG relative luminance of a colour (0 black to 1 white)."""
    r, g, b = (_channel(v) for v in (color.red(), color.green(), color.blue()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def dark_axes(plot: pg.PlotWidget) -> None:
    """Draw a plot's left and bottom axes, their ticks, numbers and titles, in AXIS_TEXT."""
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(AXIS_TEXT)
        axis.setTextPen(AXIS_TEXT)
