"""The Plan sheet's Hyperlink column: each task's hyperlink as a real Excel hyperlink cell.

The column follows the custom field columns and is written only when a task has a
hyperlink. A cell shows the link's text (its address when it has none) and opens the
address in Excel. Coming back, the cell's text is what is compared with the export (the
link a client edits in Excel is not read: python-calamine reads values only): cleared,
the task loses its link; an address typed (``https://...``, ``mailto:...``, ``www...``)
becomes the link's address; other text becomes the text shown for the task's link.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet.hyperlink import Hyperlink as SheetHyperlink

from app.domain.errors import InputError
from app.domain.hyperlinks import Hyperlink, hyperlink, opened_address, scheme_of
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.domain.task import Task
from app.io.sheet_values import CellError, is_blank
from app.io.workbook_cells import cell_text, writable_text
from app.io.workbook_format import sheet_font

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

HYPERLINK_TITLE = "Hyperlink"
HYPERLINK_WIDTH = 24
# Excel's Hyperlink cell style, in the sheet's typeface (a nameless one printed serif)
_LINK_FONT = sheet_font(Font(color="0563C1", underline="single"))


def has_hyperlinks(plan: Plan) -> bool:
    """Whether any task has a hyperlink (the Plan sheet then has the column)."""
    return any(t.hyperlink is not None for t in plan.tasks)


def exported_text(task: Task) -> str:
    """The text a task's Hyperlink cell holds as exported ("" for none)."""
    link = task.hyperlink
    return "" if link is None else writable_text(link.shown)


def hyperlink_cell(ws: WriteOnlyWorksheet, task: Task) -> WriteOnlyCell | None:
    """The task's Hyperlink cell: its text, opening the address in Excel (None: no link)."""
    link = task.hyperlink
    if link is None:
        return None
    cell = WriteOnlyCell(ws, value=exported_text(task))
    cell.data_type = "s"  # a text cell even when the text starts like a formula
    cell.font = _LINK_FONT
    if link.address:
        cell.hyperlink = SheetHyperlink(
            ref="", target=opened_address(Hyperlink("", link.address)), location=None
        )
        if link.sub_address:
            cell.hyperlink.location = link.sub_address
    else:  # a place in this workbook only
        cell.hyperlink = SheetHyperlink(ref="", location=link.sub_address)
    return cell


def edited(task: Task, value: object) -> Task:
    """The task with its Hyperlink cell as the client left it (CellError for an address
    Gantry does not open, or text typed where the task has no link to show it for)."""
    if cell_text(value) == exported_text(task):
        return task
    if is_blank(value):
        return _with(task, None)
    text = str(value).strip()
    old = task.hyperlink or Hyperlink()
    try:
        if _looks_like_address(text):
            return _with(task, hyperlink("", text))
        if task.hyperlink is None:
            raise CellError(
                f"{quoted(text)} is no address: type one (https://..., mailto:...) to add a link"
            )
        return _with(task, hyperlink(text, old.address, old.sub_address))
    except InputError as exc:
        raise CellError(str(exc).removeprefix("Hyperlink: ")) from None


def _looks_like_address(text: str) -> bool:
    return scheme_of(text) is not None or text.lower().startswith("www.")


def _with(task: Task, link: Hyperlink | None) -> Task:
    return replace(task, hyperlink=link)
