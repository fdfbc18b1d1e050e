"""The Team roster's, Risks register's and Budget tables' columns grow with the font, as the
task sheet's do (:mod:`app.ui.sheet_font_fit`): their widths were laid out for a 10 pt font,
so a large application font cut titles and figures.

:func:`follow_font` watches one table or tree: at its first show and after each font change
every shown column grows to show its title whole and its cells as the font grew (no wider than
the rows in view need); a column named in ``whole`` grows to show its cells whole at any font
(the roster's Name, which carries the over-allocated mark before the name). A column is never
narrowed, so a width the user set stays at least as wide. Rows take the new line height.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView

from app.ui.sheet_font_fit import grow_columns

_ROW_ROOM = 8  # px above and below a line of text, as the tables are built with
_MOST = 600  # px: a whole column never grows wider than this (a long note stays cut)
_FOLLOWED = (QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange)


def _header(view: QAbstractItemView) -> QHeaderView | None:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    return None


def grow_with_font(view: QAbstractItemView, whole: Iterable[int] = ()) -> None:
    """Widen ``view``'s shown columns for its font (see the module's docstring)."""
    header = _header(view)
    if header is None:
        return
    grow_columns(view, header, set(whole), _MOST)
    if isinstance(view, QTableView):
        rows = view.verticalHeader()
        line = view.fontMetrics().height() + _ROW_ROOM
        if rows.defaultSectionSize() < line:
            rows.setDefaultSectionSize(line)


class _FontFollower(QObject):
    """Grows its view's columns at first show and after each font change."""

    def __init__(self, view: QAbstractItemView, whole: Iterable[int]) -> None:
        super().__init__(view)
        self._view = view
        self._whole = tuple(whole)
        self._shown = False
        self._pending = False
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        again = kind != QEvent.Type.Show or not self._shown  # a show: the first one only
        if watched is self._view and kind in _FOLLOWED and again:
            self._shown = True
            self._later()
        return False

    def _later(self) -> None:
        """Once the header and the cells have the new font too (they hear of it after the view)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._grow)

    def _grow(self) -> None:
        self._pending = False
        grow_with_font(self._view, self._whole)


def follow_font(view: QAbstractItemView, whole: Iterable[int] = ()) -> None:
    """Have ``view``'s columns grow with its font, ``whole`` ones to show their cells whole."""
    _FontFollower(view, whole)
