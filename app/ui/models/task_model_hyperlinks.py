"""The task sheet's hyperlink columns: MS Project's Hyperlink, Hyperlink Address and
Hyperlink SubAddress fields, one column each.

The Hyperlink cell shows the link's text to display (its address when it has none),
underlined in the link colour; typing into it changes that text. The Address and
SubAddress cells show and change those parts. Every edit is checked by
:func:`app.domain.hyperlinks.hyperlink` (one message naming the column) and is one undo
step. As in the client workbook's Hyperlink column, an address typed into the Hyperlink
cell (``https://...``, ``mailto:...``, ``www...``, a drive's path) becomes the link's
address, other text its text to display; a Hyperlink cell emptied, or an Address emptied
on a link with no sub-address, takes the link away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.hyperlinks import SCHEMES, Hyperlink, hyperlink, scheme_of
from app.ui.commands import EditTaskCommand, PlanCommand, quoted
from app.ui.models.task_edits import HEADERS, Column

if TYPE_CHECKING:
    from app.ui.document import Document

HYPERLINK_COLUMNS = frozenset(
    {Column.HYPERLINK, Column.HYPERLINK_ADDRESS, Column.HYPERLINK_SUB_ADDRESS}
)
LINK_COLOUR = QColor(5, 99, 193)  # Office's hyperlink blue (#0563C1), as the workbook's cells


def hyperlink_text(link: Hyperlink | None, column: Column) -> str:
    """What a hyperlink cell shows (and its editor starts from): "" without a link."""
    if link is None:
        return ""
    if column is Column.HYPERLINK:
        return link.shown
    if column is Column.HYPERLINK_ADDRESS:
        return link.address
    return link.sub_address


def hyperlink_style(link: Hyperlink | None, role: int, bold: bool) -> Any:
    """The Hyperlink cell's font (underlined, bold on a summary) and colour; None when
    ``role`` is neither or the task has no link."""
    if link is None:
        return None
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setUnderline(True)
        font.setBold(bold)
        return font
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(LINK_COLOUR)
    if role == Qt.ItemDataRole.ToolTipRole:
        return f"{link.target}\nCtrl+click to open" if link.address else link.target
    return None


def typed_hyperlink(link: Hyperlink | None, column: Column, text: str) -> Hyperlink | None:
    """The task's link once ``text`` is typed into ``column``'s cell (None: no link).

    InputError (from :func:`hyperlink`, naming the column) when the parts make no link.
    """
    title = HEADERS[column]
    old = link or Hyperlink()
    typed = text.strip()
    if column is Column.HYPERLINK:
        if not typed:
            return None  # the link's cell emptied: no link, as the workbook reads it
        if link is not None and typed == link.shown:
            return link  # what the cell showed, committed again (its address: still no text)
        if _looks_like_address(typed):  # the link goes there now, "#part" its sub-address
            address, _sep, sub_address = typed.partition("#")
            return hyperlink("", address, sub_address, shown=title)
        return hyperlink(typed, old.address, old.sub_address, shown=title)
    if column is Column.HYPERLINK_ADDRESS:
        if not typed and not old.sub_address:
            return None  # nothing left to open
        return hyperlink(old.text, typed, old.sub_address, shown=title)
    return hyperlink(old.text, old.address, typed, shown=title)


def hyperlink_cell_command(
    document: Document, uid: int, column: Column, text: str
) -> PlanCommand | None:
    """The undo step for typing ``text`` into a hyperlink cell (None: nothing changes)."""
    task = document.plan.task(uid)
    link = typed_hyperlink(task.hyperlink, column, text)
    if link == task.hyperlink:
        return None
    if link is None:
        label = f"Remove hyperlink from {quoted(task.name)}"
    else:
        label = f"Set {HEADERS[column].lower()} of {quoted(task.name)}"
    return EditTaskCommand(document, uid, label, hyperlink=link)


def _looks_like_address(text: str) -> bool:
    """An http/https/mailto/file address, a www. name, a drive's or a share's path ("Spec:
    draft" is text, not an address of scheme "spec")."""
    if scheme_of(text) in SCHEMES or text.lower().startswith(("www.", "\\\\")):
        return True
    return len(text) > 2 and text[0].isalpha() and text[1] == ":" and text[2] in "\\/"
