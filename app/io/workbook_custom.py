"""Custom task fields in the client workbook: one Plan sheet column per field the plan
renames or holds values of, titled by its alias, after the sheet's own columns.

Cells hold what a client can read and type: text, numbers, Yes/No for flags, dates,
money and durations as Gantry writes them ("2d"); a field with a value list gets Excel's
drop-down of its values, read from a column of the hidden "Lists" sheet (a range holds any
value, commas and quotes too, and any number of them, where Excel's inline lists hold no
comma and 255 characters at most). The hidden snapshot keeps each
column's title and field and each cell's text as written, so a returned workbook's
edits to them are found as the other cells' are (cell text differs from what was
written) and reviewed like them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.custom_fields import (
    CustomField,
    CustomValue,
    FieldKind,
    defined,
    field_order,
    field_title,
    kind_of,
)
from app.domain.custom_values import allowed_values, format_value, in_list, parse_value
from app.domain.errors import AppError
from app.domain.notation import format_duration
from app.domain.plan import Plan
from app.domain.project import Project
from app.io.sheet_values import CellError, is_blank, read_date, ref_text
from app.io.workbook_cells import PLAN_COLUMNS, cell_text, writable_text
from app.io.workbook_format import Formats, Pen, new_sheet


def custom_columns(plan: Plan) -> list[tuple[str, str]]:
    """(title, field name) of each custom column the Plan sheet gets, in field order.

    A title that is one of the sheet's own ("Notes") or another field's gets the
    field's name after it, so every column reads back as the one it is.
    """
    names = {f.name for f in plan.project.custom_fields}
    for task in plan.tasks:
        if task.custom:
            names.update(name for name, _ in task.custom)
    out: list[tuple[str, str]] = []
    taken = {t.lower() for t in PLAN_COLUMNS}
    for name in sorted(names, key=field_order):
        title = field_title(name, plan.project.custom_fields)
        if title.lower() in taken:
            title = f"{title} ({name})"
        taken.add(title.lower())
        out.append((title, name))
    return out


def cell_value(name: str, value: CustomValue | None, project: Project) -> object:
    """What the cell of field ``name`` holds (a flag: "Yes"/"No"; None: an empty cell)."""
    kind = kind_of(name)
    if kind is FieldKind.FLAG:
        return "Yes" if value is True else "No"
    if value is None:
        return None
    if kind is FieldKind.DURATION:
        return format_duration(int(value), project)  # type: ignore[arg-type]
    return value


LISTS_SHEET = "Lists"  # hidden: the values of each drop-down, a column per field
_TITLE_LIMIT = 32  # characters of a validation's error title Excel keeps
_MESSAGE_LIMIT = 255  # characters of a validation's error message Excel keeps


def listed_columns(
    project: Project, columns: list[tuple[str, str]]
) -> list[tuple[int, str, CustomField]]:
    """(custom column index, title, field) of each custom column whose field has a value
    list, in column order: the Lists sheet's columns, in the same order."""
    out = []
    for k, (title, name) in enumerate(columns):
        field = defined(project.custom_fields, name)
        if field is not None and field.values:
            out.append((k, title, field))
    return out


def add_value_lists(
    ws: Worksheet | WriteOnlyWorksheet,
    project: Project,
    columns: list[tuple[str, str]],
    first: int,
    rows: int,
) -> None:
    """Give each custom column whose field has a value list a drop-down of its values (a
    restricted field's refuses other values in Excel too; the review refuses them anyway),
    read from the field's column of the Lists sheet (:func:`write_lists_sheet`).

    ``first``: the sheet column number of the first custom column; ``rows``: task rows
    below the header.
    """
    if rows <= 0:
        return
    for at, (k, title, field) in enumerate(listed_columns(project, columns), start=1):
        source = get_column_letter(at)
        check = DataValidation(
            type="list",
            formula1=f"{LISTS_SHEET}!${source}$2:${source}${len(field.values) + 1}",
            allow_blank=True,
            showErrorMessage=field.restricted,
            # a date typed without its time is no listed moment to Excel (midnight against
            # 08:00), though the review takes it as the day's listed one: warn, not refuse
            errorStyle="warning" if field.kind is FieldKind.DATE else None,
            errorTitle=_cut(title, _TITLE_LIMIT),
            error=_cut(f"{title} takes one of: {_listed(field, project)}", _MESSAGE_LIMIT),
        )
        letter = get_column_letter(first + k)
        check.add(f"{letter}2:{letter}{rows + 1}")
        ws.data_validations.append(check)


def _listed(field: CustomField, project: Project) -> str:
    """The field's values as its drop-down's message quotes them: a date as the drop-down
    (the Lists sheet's cell, ``yyyy-mm-dd``) shows it in every locale, ``2027-01-01``, not
    the domain's English ``Fri 2027-01-01``, a weekday no cell of the workbook shows."""
    usual = (project.default_start_time, project.default_finish_time)
    return allowed_values(
        field,
        project,
        lambda at: f"{at:%Y-%m-%d}" if at.time() in usual else f"{at:%Y-%m-%d %H:%M}",
    )


def write_lists_sheet(
    book: Workbook, fmt: Formats, project: Project, columns: list[tuple[str, str]]
) -> None:
    """The hidden Lists sheet the drop-downs read (none when no field has a list): a column
    per listed field, titled by it, its values below as the Plan sheet's cells hold them."""
    listed = listed_columns(project, columns)
    if not listed:
        return
    ws = new_sheet(book, LISTS_SHEET, dict.fromkeys(range(len(listed)), 18.0))
    ws.sheet_state = "veryHidden"  # not offered by Unhide: a client edits the Plan sheet
    pens = [Pen(ws) for _ in listed]
    usual = (project.default_start_time, project.default_finish_time)
    ws.append([fmt.text(pen, title) for pen, (_, title, _) in zip(pens, listed, strict=True)])
    for row in range(max(len(f.values) for _, _, f in listed)):
        cells: list[object] = []
        for pen, (_, _, field) in zip(pens, listed, strict=True):
            if row >= len(field.values):
                cells.append(None)
                continue
            value = cell_value(field.name, field.values[row].value, project)
            if field.kind is FieldKind.DATE:  # its time too where the Plan sheet shows it
                cells.append(pen(value, fmt.moment(value, usual)))
            elif field.kind is FieldKind.COST:
                cells.append(pen(value, fmt.money))
            elif isinstance(value, str):
                cells.append(fmt.text(pen, value))
            else:
                cells.append(value)
        ws.append(cells)


def _cut(text: str, limit: int) -> str:
    """``text`` as Excel keeps it in a validation's box: at most ``limit`` characters."""
    text = writable_text(text)
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def exported_texts(plan: Plan, columns: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Per task uid, the text of its custom cells in column order, as written."""
    out: dict[str, list[str]] = {}
    for task in plan.tasks:
        values = dict(task.custom)
        out[str(task.uid)] = [
            cell_text(cell_value(name, values.get(name), plan.project)) for _, name in columns
        ]
    return out


# the custom field columns (title, field name) and each task's cells as exported, by uid
CustomMeta = tuple[list[tuple[str, str]], dict[str, list[str]]]


def custom_meta(meta: Any) -> CustomMeta:
    """The custom columns and their exported texts from the snapshot's ``cells`` part, as
    its JSON read (none for a workbook written before custom fields, or from a plan
    without any)."""
    try:
        columns = [(str(t), str(n)) for t, n in meta.get("custom_columns", [])]
        texts = {str(k): [str(x) for x in v] for k, v in meta.get("custom", {}).items()}
    except (ValueError, TypeError, AttributeError):
        return [], {}
    return columns, texts


def read_cell(
    name: str, value: object, project: Project, title: str, day_first: bool | None = None
) -> CustomValue | None:
    """The value a custom cell holds as read back; CellError when it is no value of its kind.
    ``day_first``: how a Date field's text like 07/08/2027 reads, the order the sheet's
    Start and Finish are read in (app.io.sheet_date_order.plan_date_order), as a CSV's."""
    if is_blank(value):
        return None
    kind = kind_of(name)
    if kind is FieldKind.DATE and isinstance(value, str) and "/" in value:
        try:
            moment = read_date(value.strip(), project.default_start_time, day_first)
        except CellError:
            pass  # "Mon 07/08/2027" and the like: the field's own reading, which names it
        else:
            try:
                return in_list(name, moment, project, title, value, time_given=":" in value)
            except AppError as exc:
                raise CellError(str(exc)) from None
    if isinstance(value, bool):
        value = "Yes" if value else "No"
    try:
        if isinstance(value, datetime):
            if kind is not FieldKind.DATE:
                raise CellError(f"{title}: a date is not {kind.value.lower()}")
            # a plain moment, not the cell's kind (a TimedCell, app/io/shown_times.py)
            moment = datetime.combine(value.date(), value.time()).replace(second=0, microsecond=0)
            # a date typed into Excel without a time is read at midnight
            midnight = moment.time() == datetime.min.time()
            return in_list(name, moment, project, title, time_given=not midnight)
        if isinstance(value, int | float):
            if kind in (FieldKind.NUMBER, FieldKind.COST):
                return in_list(name, float(value), project, title, ref_text(value))
            value = ref_text(value)
        return parse_value(name, str(value), project, title)
    except AppError as exc:
        raise CellError(str(exc)) from None


def shown(name: str, value: CustomValue | None, project: Project) -> str:
    """A value as a note or the review shows it."""
    return format_value(name, value, project)
