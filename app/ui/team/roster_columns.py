"""The roster header's column menu: each column a check box to show or hide it, as MS
Project's Resource Sheet inserts and hides columns. Budget (a budget resource's Budget Cost
or Budget Work) starts hidden: most plans hold no budget resource."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView

from app.ui.team.roster_model import HEADERS, RosterColumn

HIDDEN_BY_DEFAULT = (RosterColumn.BUDGET,)


def install_column_menu(table: QTableView) -> None:
    """Hide the columns hidden by default and give the header its column menu."""
    for column in HIDDEN_BY_DEFAULT:
        table.setColumnHidden(column, True)
    header = table.horizontalHeader()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(pos: QPoint) -> None:
        column_menu(table).exec(header.mapToGlobal(pos))

    header.customContextMenuRequested.connect(show_menu)


def column_menu(table: QTableView) -> QMenu:
    """A check box per column (Name always shown), ticked where shown; toggling one shows
    or hides it."""
    menu = QMenu(table)
    for column in RosterColumn:
        action = menu.addAction(HEADERS[column])
        action.setObjectName(f"roster_column_{column.name.lower()}")
        action.setCheckable(True)
        action.setChecked(not table.isColumnHidden(column))
        if column is RosterColumn.NAME:
            action.setEnabled(False)  # the people need their names
            continue
        action.toggled.connect(lambda on, c=column: _shown(table, c, on))
    return menu


def _shown(table: QTableView, column: RosterColumn, on: bool) -> None:
    table.setColumnHidden(column, not on)
    if on:
        table.resizeColumnToContents(column)
