"""The roster's commands on several people at once, as MS Project's Resource Sheet has them:
Fill Down (Ctrl+D: the top selected row's value of the current column into the other
selected rows, Max Units for a whole crew, say) and Copy (Ctrl+C: the selected rows' shown
cells as tab-separated text, for Excel). Each edit is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from app.domain.errors import InputError
from app.domain.plural_words import counted
from app.ui.commands import PlanCommand, one_step
from app.ui.document import Document
from app.ui.team.roster_model import HEADERS, RosterColumn, RosterModel
from app.ui.team.roster_sort import RosterSortProxy

_Edit = Qt.ItemDataRole.EditRole


def selected_rows(table: QTableView) -> list[int]:
    """The view's rows selected, top to bottom (the current row when none is)."""
    selection = table.selectionModel()
    rows = sorted({i.row() for i in selection.selectedIndexes()}) if selection else []
    current = table.currentIndex()
    return rows or ([current.row()] if current.isValid() else [])


def fill_down_command(
    document: Document, table: QTableView, proxy: RosterSortProxy
) -> PlanCommand | None:
    """Fill Down in the roster: the top selected row's cell of the current column typed into
    the other selected rows (those the column does not apply to, a material's Max Units,
    left as they are). None when nothing would change; InputError says what to select."""
    column = table.currentIndex().column()
    rows = selected_rows(table)
    if len(rows) < 2 or column < 0:
        raise InputError("Fill Down: select the people to fill; the top one's value goes down")
    roster: RosterModel = proxy.roster
    field = RosterColumn(column)
    title = HEADERS[field]
    if field is RosterColumn.NAME:
        raise InputError("Fill Down: each person needs a name of their own")
    top = proxy.index(rows[0], column)
    if not top.flags() & Qt.ItemFlag.ItemIsEditable and field is not RosterColumn.CAN_LEVEL:
        raise InputError(f"Fill Down: {title} is worked out, not typed")
    text = str(top.data(_Edit))
    parts: list[PlanCommand] = []
    resources = document.plan.resources
    for row in rows[1:]:
        index = proxy.index(row, column)
        if not index.flags() & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable):
            continue
        res = resources[proxy.mapToSource(index).row()]
        try:
            command = roster.edit_command(res, field, text)
        except InputError as exc:
            raise InputError(f"Fill Down {title} into {res.name}: {exc}") from exc
        if command is not None:
            parts.append(command)
    if not parts:
        return None
    return one_step(
        document, f"Fill Down {title.lower()} into {counted(len(parts), 'person', 'people')}", parts
    )


def copy_rows(table: QTableView) -> int:
    """Put the selected rows' shown cells on the clipboard as tab-separated lines, as MS
    Project copies a Resource Sheet's rows; how many rows."""
    model = table.model()
    columns = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    header = table.horizontalHeader()
    columns.sort(key=header.visualIndex)
    rows = selected_rows(table)
    lines = ["\t".join(str(model.index(r, c).data() or "") for c in columns) for r in rows]
    if lines:
        QApplication.clipboard().setText("\n".join(lines))
    return len(lines)
