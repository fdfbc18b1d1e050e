"""The printed legend wraps onto another line rather than dropping entries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF

from app.domain.task_path import PathKind
from app.report.page_frame import (
    LEGEND_H,
    LEGEND_LABELS,
    legend_height,
    legend_items,
    paint_legend,
)

A4_PORTRAIT = 523.0  # points of printable width
ALL_PATHS = tuple(PathKind)


class _Recorder:
    """Stands in for a QPainter: keeps where each text was drawn, ignores the rest."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, QPointF]] = []

    def drawText(self, at: QPointF, text: str) -> None:
        self.texts.append((text, at))

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


def _draw(width: float) -> _Recorder:
    rec = _Recorder()
    paint_legend(rec, 100.0, width, True, True, True, ALL_PATHS)  # type: ignore[arg-type]
    return rec


def test_every_entry_is_drawn_on_a_portrait_page():
    rec = _draw(A4_PORTRAIT)
    drawn = [text for text, _ in rec.texts]
    wanted = [LEGEND_LABELS[k] for k in legend_items(True, True, True, ALL_PATHS)]
    assert drawn == ["Legend:", *wanted]


def test_the_entries_stay_inside_the_width_and_the_reserved_height():
    rec = _draw(A4_PORTRAIT)
    height = legend_height(A4_PORTRAIT, True, True, True, ALL_PATHS)
    assert height >= 2 * LEGEND_H
    for text, at in rec.texts:
        assert at.x() + len(text) * 4.2 <= A4_PORTRAIT + 1
        assert 100.0 <= at.y() <= 100.0 + height


def test_a_short_legend_keeps_one_line():
    assert legend_height(A4_PORTRAIT, False, False) == LEGEND_H
    rec = _Recorder()
    paint_legend(rec, 0.0, A4_PORTRAIT, False, False)  # type: ignore[arg-type]
    assert len({at.y() for _, at in rec.texts}) == 1


def test_a_path_swatch_shows_its_colour_after_the_milestone_s_black(qapp):
    from PySide6.QtGui import QColor, QImage, QPainter

    from app.report.gantt_paint import PATH_COLORS

    kind = PathKind.DRIVEN_SUCCESSORS
    rec = _Recorder()
    paint_legend(rec, 0.0, 2000.0, False, False, False, (kind,))  # type: ignore[arg-type]
    label_at = next(at for text, at in rec.texts if text == LEGEND_LABELS[f"path:{kind.name}"])
    image = QImage(2000, int(LEGEND_H), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_legend(painter, 0.0, 2000.0, False, False, False, (kind,))
    painter.end()
    inside = image.pixelColor(int(label_at.x() - 20 + 8), int(LEGEND_H / 2))
    assert inside.name() == PATH_COLORS[kind].name()
