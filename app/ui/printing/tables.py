"""Tabular views (Team roster, Budget, Risks) as plain rows of text for the table report."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTreeView, QWidget

from app.report.render import BoldRow

TITLES = {"team": "Team", "budget": "Budget", "risks": "Risks", "usage": "Usage"}


def main_item_view(widget: QWidget) -> QAbstractItemView | None:
    """The view's main table or tree (its ``table`` or ``tree``, else the first one inside)."""
    for name in ("table", "tree"):
        candidate = getattr(widget, name, None)
        if isinstance(candidate, QAbstractItemView):
            return candidate
    found = widget.findChildren(QAbstractItemView)
    return found[0] if found else None


def sort_note(view: QAbstractItemView | None) -> str:
    """ "Sorted by Std. rate (descending)": the column whose title was clicked, as a printed
    table says it (the page has no sort arrow); "" in the view's own order."""
    if not isinstance(view, QTableView | QTreeView) or not view.isSortingEnabled():
        return ""
    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    column = header.sortIndicatorSection()
    model = view.model()
    if model is None or not 0 <= column < model.columnCount() or _hidden(view, column):
        return ""
    title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    name = " ".join(str(title or "").split())  # a title wrapped over two lines: one
    if not name:
        return ""
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    return f"Sorted by {name}" + (" (descending)" if descending else "")


def _hidden(view: QAbstractItemView, column: int) -> bool:
    if isinstance(view, QTableView | QTreeView):
        return view.isColumnHidden(column)
    return False


def table_rows(view: QAbstractItemView) -> tuple[list[str], list[list[str]]]:
    """Visible columns' headings and every row's display text (tree rows indented); a row
    the view draws in bold (a Budget summary) is a :class:`BoldRow`, printed bold."""
    model = view.model()
    if model is None:
        return [], []
    columns = [c for c in range(model.columnCount()) if not _hidden(view, c)]
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in columns
    ]
    rows: list[list[str]] = []
    _walk(model, QModelIndex(), columns, 0, rows)
    return headers, rows


def _walk(
    model: QAbstractItemModel,
    parent: QModelIndex,
    columns: list[int],
    depth: int,
    out: list[list[str]],
) -> None:
    # Table models keep hasChildren private in PySide; they have no children anyway.
    flat = isinstance(model, QAbstractTableModel | QAbstractListModel)
    for r in range(model.rowCount(parent)):
        cells = []
        for n, c in enumerate(columns):
            value = model.index(r, c, parent).data(Qt.ItemDataRole.DisplayRole)
            text = "" if value is None else str(value)
            cells.append(("   " * depth + text) if n == 0 else text)
        font = (
            model.index(r, columns[0], parent).data(Qt.ItemDataRole.FontRole) if columns else None
        )
        out.append(BoldRow(cells) if isinstance(font, QFont) and font.bold() else cells)
        if flat:
            continue
        first = model.index(r, 0, parent)
        if model.rowCount(first) > 0:
            _walk(model, first, columns, depth + 1, out)
