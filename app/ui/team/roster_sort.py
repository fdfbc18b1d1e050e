"""The roster as the Team view shows it: sorted by the column whose title was clicked.

The view's rows are not the plan's rows once sorted: whatever reads the view's
selection maps it through this proxy (or reads the row's ResourceUidRole), and
edits pass through it to :class:`app.ui.team.roster_model.RosterModel`.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from app.ui.team.roster_model import ResourceUidRole, RosterModel, SortRole

Index = QModelIndex | QPersistentModelIndex


class RosterSortProxy(QSortFilterProxyModel):
    """Sorts roster rows by each column's sort key; equal keys keep the plan's order."""

    def __init__(self, roster: RosterModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roster = roster
        self.setSourceModel(roster)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)  # an edited rate or name moves its row at once

    def lessThan(self, left: Index, right: Index) -> bool:
        """By the column's key, then by plan order so that ties stay put."""
        a, b = left.data(SortRole), right.data(SortRole)
        if a != b and a is not None and b is not None:
            return bool(a < b)
        return left.row() < right.row()

    def uid_at(self, row: int) -> int | None:
        """Resource uid of a row of the view."""
        index = self.index(row, 0)
        return int(index.data(ResourceUidRole)) if index.isValid() else None

    def row_of(self, uid: int) -> int | None:
        """The view's row of a resource uid."""
        source = self.roster.row_of(uid)
        if source is None:
            return None
        row = self.mapFromSource(self.roster.index(source, 0)).row()
        return row if row >= 0 else None
