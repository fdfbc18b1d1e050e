"""Custom task fields in the client workbook: one Plan sheet column per field the plan
renames or holds values of, titled by its alias, after the sheet's own columns.

Cells hold what a client can read and type: text, numbers, Yes/No for flags, dates,
money and durations as Gantry writes them ("2d"); a Text field with a value list gets
Excel's drop-down of its values. The hidden snapshot keeps each
column's title and field and each cell's text as written, so a returned workbook's
edits to them are found as the other cells' are (cell text differs from what was
written) and reviewed like them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.custom_fields import (
    CustomValue,
    FieldKind,
    allowed_text,
    defined,
    field_order,
    field_title,
    kind_of,
)
from app.domain.custom_values import format_value, parse_value
from app.domain.errors import AppError
from app.domain.notation import format_duration
from app.domain.plan import Plan
from app.domain.project import Project
from app.io.sheet_values import CellError, is_blank, ref_text
from app.io.workbook_cells import PLAN_COLUMNS, cell_text


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


_LIST_LIMIT = 255  # Excel's longest inline list of a data validation, quotes left out


def add_value_lists(
    ws: Worksheet | WriteOnlyWorksheet,
    project: Project,
    columns: list[tuple[str, str]],
    first: int,
    rows: int,
) -> None:
    """Give each custom column whose field has a value list a drop-down of its values (a
    restricted field's refuses other text in Excel too; the review refuses it anyway).

    ``first``: the sheet column number of the first custom column; ``rows``: task rows
    below the header. A list Excel cannot hold inline (a comma or quote in a value, over
    255 characters) gets no drop-down.
    """
    if rows <= 0:
        return
    for k, (title, name) in enumerate(columns):
        field = defined(project.custom_fields, name)
        if field is None or not field.values:
            continue
        texts = [v.value for v in field.values]
        inline = ",".join(texts)
        if len(inline) > _LIST_LIMIT or any("," in t or '"' in t for t in texts):
            continue
        check = DataValidation(
            type="list",
            formula1=f'"{inline}"',
            allow_blank=True,
            showErrorMessage=field.restricted,
            errorTitle=title,
            error=f"{title} takes one of: {allowed_text(field)}",
        )
        letter = get_column_letter(first + k)
        check.add(f"{letter}2:{letter}{rows + 1}")
        ws.data_validations.append(check)


def exported_texts(plan: Plan, columns: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Per task uid, the text of its custom cells in column order, as written."""
    out: dict[str, list[str]] = {}
    for task in plan.tasks:
        values = dict(task.custom)
        out[str(task.uid)] = [
            cell_text(cell_value(name, values.get(name), plan.project)) for _, name in columns
        ]
    return out


def custom_meta(
    rows: Sequence[Sequence[object]],
) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    """The custom columns and their exported texts from the snapshot's ``cells`` part
    (none for a workbook written before custom fields, or from a plan without any)."""
    text = "".join(
        "" if r[1] is None else str(r[1]) for r in rows if len(r) >= 2 and r[0] == "cells"
    )
    try:
        meta: Any = json.loads(text)
        columns = [(str(t), str(n)) for t, n in meta.get("custom_columns", [])]
        texts = {str(k): [str(x) for x in v] for k, v in meta.get("custom", {}).items()}
    except (ValueError, TypeError, AttributeError):
        return [], {}
    return columns, texts


def read_cell(name: str, value: object, project: Project, title: str) -> CustomValue | None:
    """The value a custom cell holds as read back; CellError when it is no value of its kind."""
    if is_blank(value):
        return None
    kind = kind_of(name)
    if isinstance(value, bool):
        value = "Yes" if value else "No"
    if isinstance(value, datetime):
        if kind is not FieldKind.DATE:
            raise CellError(f"{title}: a date is not {kind.value.lower()}")
        return value.replace(second=0, microsecond=0)
    if isinstance(value, int | float):
        if kind in (FieldKind.NUMBER, FieldKind.COST):
            return float(value)
        value = ref_text(value)
    try:
        return parse_value(name, str(value), project, title)
    except AppError as exc:
        raise CellError(str(exc)) from None


def shown(name: str, value: CustomValue | None, project: Project) -> str:
    """A value as a note or the review shows it."""
    return format_value(name, value, project)
