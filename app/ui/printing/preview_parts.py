"""Print Preview's parts: its title, its note, and its page view held from painting while
drawn."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QBoxLayout, QGraphicsView, QLabel

from app.ui.printing.page_count import pages_text


class PaintHeld(QObject):
    """Keeps the preview's page view from painting while its pages are drawn anew.

    Qt frees the pages it shows before asking for new ones (Portrait, Landscape, Page
    setup in the preview); the progress lets events through, and a paint of the view then
    drew freed pages: a crash in QPicture::play. Disabling updates was not enough (an
    update already pending still painted), so the view's paint events are dropped until
    the new pages are in, then it paints once.
    """

    def __init__(self, dialog: QPrintPreviewDialog) -> None:
        super().__init__(dialog)
        view = dialog.findChild(QGraphicsView)
        self._viewport = view.viewport() if view is not None else None

    def __enter__(self) -> PaintHeld:
        if self._viewport is not None:
            self._viewport.installEventFilter(self)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._viewport is not None:
            self._viewport.removeEventFilter(self)
            self._viewport.update()
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Drop the view's paint events while held."""
        return event.type() == QEvent.Type.Paint


def preview_title(project: str, counted: tuple[int, int] | None, turned: str = "") -> str:
    """ "Print Preview — Sparse — 7 pages, 105 blank left out" (no brackets in brackets);
    without a count (a plain table flows down its pages), the project's name only; then
    ``turned``, how the page is turned ("Automatic (landscape)"), when given."""
    pages = ""
    if counted is not None:
        count, blank = counted
        pages = f" — {pages_text(count, 0)}" + (f", {blank:,} blank left out" if blank else "")
    return f"Print Preview — {project}{pages}" + (f" — {turned}" if turned else "")


def preview_note(dialog: QPrintPreviewDialog, text: str) -> QLabel | None:
    """Say ``text`` on a line atop the preview (a header picture that does not
    print, as ``gantry convert`` says it on stderr; the toolbar's end is out of sight on a
    narrow window); "" takes the note away. The label, None when the preview has no
    layout to hold it."""
    label = dialog.findChild(QLabel, "preview_note")
    if label is None:
        layout = dialog.layout()
        if not isinstance(layout, QBoxLayout):
            return None
        label = QLabel()
        label.setObjectName("preview_note")
        label.setStyleSheet("color: #b00020; padding: 4px 8px")
        label.setWordWrap(True)
        layout.insertWidget(0, label)
    shown = f"{text[0].upper()}{text[1:]}" if text else ""
    label.setText(shown)
    label.setAccessibleName(shown)  # said by a screen reader
    label.setVisible(bool(text))
    return label
