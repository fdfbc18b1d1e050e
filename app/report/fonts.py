"""Fonts of every report: sized in the painter's units, without ligatures.

Ligatures would turn "Roofing" into "Roo\ufb01ng" in a PDF, so searching or
copying task names from the file would fail; text stays plain text.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

_NO_LIGATURES = ("liga", "clig", "dlig")


def report_font(size: float, bold: bool = False) -> QFont:
    """A font ``size`` units tall (pixels on screen, points on a page)."""
    font = QFont()
    font.setPixelSize(max(round(size), 1))
    font.setBold(bold)
    for tag in _NO_LIGATURES:
        font.setFeature(QFont.Tag(tag), 0)
    return font
