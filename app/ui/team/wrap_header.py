"""A table header whose titles wrap at spaces ("Rate table" over two lines), so a column
is as wide as its figures and its title's longest word, not its whole title."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHeaderView, QWidget


class WrapHeader(QHeaderView):
    """Horizontal header with titles wrapped at spaces; the titles' words stay as they are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N803
        """Wide enough for the longest word, tall enough for two lines when there are two."""
        size = super().sectionSizeFromContents(logicalIndex)
        model = self.model()
        if model is None:
            return size
        text = str(model.headerData(logicalIndex, self.orientation()) or "")
        words = text.split()
        if len(words) < 2:
            return size
        metrics = self.fontMetrics()
        whole = metrics.horizontalAdvance(text)
        widest = max(metrics.horizontalAdvance(w) for w in words)
        return QSize(size.width() - whole + widest, size.height() + metrics.height())
