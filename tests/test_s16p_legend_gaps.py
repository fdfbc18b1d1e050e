"""The printed legend spaces its entries evenly: each entry's room was guessed from its
number of letters, which left 'Critical task' a gap twice the others' before 'Progress'."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetricsF, QGuiApplication

from app.report.page_frame import _font, paint_legend

SWATCH_TO_TEXT = 20.0  # the label starts this far right of its swatch


class _Recorder:
    """Stands in for a QPainter: keeps where each text was drawn, ignores the rest."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, QPointF]] = []

    def drawText(self, at: QPointF, text: str) -> None:
        self.texts.append((text, at))

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


def test_the_gaps_between_entries_are_equal(qapp):
    assert QGuiApplication.instance() is not None
    rec = _Recorder()
    paint_legend(rec, 100.0, 2000.0, True, True, True, deadline=True)  # type: ignore[arg-type]
    entries = [(text, at) for text, at in rec.texts if text != "Legend:"]
    assert len(entries) == 9  # every bar style on one line of a wide page
    assert len({at.y() for _, at in entries}) == 1
    width = QFontMetricsF(_font(7)).horizontalAdvance
    gaps = [
        (b.x() - SWATCH_TO_TEXT) - (a.x() + width(text)) for (text, a), (_, b) in pairwise(entries)
    ]
    assert max(gaps) - min(gaps) < 0.5, gaps
    assert min(gaps) > 6  # and there is a gap
