"""Custom task fields in the CSV task table: one column per field the plan names or holds
values of, after the table's own columns.

A column's title is the field's alias with its name after it, ``Owner (Text1)``, or the
name alone, ``Number2``: a CSV keeps no definitions elsewhere, and the name in the title
is what tells the field and its kind when the file is read back (``Owner`` alone could
be any field, and reads as the People column). Cells hold what a spreadsheet shows and
takes: text, numbers written in full, Yes/No for flags, dates as ``2026-03-02 13:00``,
costs as bare amounts, durations as ``5d`` (hours where 8-hour days would read another
length). A field's value list has no place in a CSV (formats.not_kept says so).

Read back, a title naming a field this way feeds that field, its cells read by the
field's kind (app/domain/custom_values.py); a cell that does not read is refused naming
its row and column. Other columns are left out as before, unless the column-mapping
dialog keeps them as text (app/io/sheet_custom.py): those take the Text fields the
titles leave free.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from app.domain.custom_fields import (
    ALIAS_LIMIT,
    FIELD_COUNTS,
    CustomField,
    CustomValue,
    CustomValues,
    FieldKind,
    canonical_name,
    field_order,
    field_title,
    fitted_alias,
    is_empty,
    kind_of,
    ordered,
)
from app.domain.custom_values import parse_value
from app.domain.errors import AppError, FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project
from app.io.custom_text import duration_text, number_text
from app.io.sheet_mapping import column_letter
from app.io.sheet_values import CellError, is_blank, read_date

_TITLE_RE = re.compile(r"^(.*?)\s*\(\s*([A-Za-z]+\s*\d+)\s*\)\s*$")
_HEADER_SCAN_ROWS = 40  # as far down as the mapping looks for the header row


def csv_fields(plan: Plan) -> list[str]:
    """The fields that get a column: those the plan names or holds values of, in field order."""
    names = {f.name for f in plan.project.custom_fields if f.is_set}
    for task in plan.tasks:
        names.update(name for name, value in task.custom if not is_empty(value))
    return sorted(names, key=field_order)


def column_title(name: str, fields: Sequence[CustomField]) -> str:
    """``Owner (Text1)`` for a field with an alias, ``Text1`` for one without."""
    title = field_title(name, fields)
    return name if title == name else f"{title} ({name})"


def read_title(title: object) -> tuple[str, str] | None:
    """(field, alias) a column title names (``Owner (Text1)`` -> ("Text1", "Owner"),
    ``number 2`` -> ("Number2", "")); None for any other title."""
    text = " ".join(str(title or "").split())
    field = canonical_name(text)
    if field is not None:
        return field, ""
    m = _TITLE_RE.match(text)
    if m is None:
        return None
    field = canonical_name(m.group(2))
    if field is None:
        return None
    return field, fitted_alias(m.group(1))


def cell_text(name: str, value: CustomValue | None, project: Project) -> str:
    """What field ``name``'s cell holds ("" for no value; a flag is Yes or No)."""
    kind = kind_of(name)
    if kind is FieldKind.FLAG:
        return "Yes" if value is True else "No"
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, str):
        return value
    if kind is FieldKind.DURATION:
        return duration_text(int(value), project)
    return number_text(float(value))


def masked_for_guess(rows: Sequence[Sequence[object]]) -> list[Sequence[object]]:
    """The rows with the custom columns' titles blanked, for guessing the mapping: the
    guess folds away brackets, so ``Owner (Text1)`` would pass for a People column."""
    out: list[Sequence[object]] = []
    for n, row in enumerate(rows):
        if n < _HEADER_SCAN_ROWS and any(read_title(c) for c in row if isinstance(c, str)):
            row = ["" if isinstance(c, str) and read_title(c) else c for c in row]
        out.append(row)
    return out


def custom_columns(
    sheet: str, titles: Sequence[object], taken: Sequence[int]
) -> list[tuple[int, str, str]]:
    """(column, field, alias) of the columns whose titles name a field, leaving out the
    columns in ``taken`` (mapped to the table's own fields); FileFormatError when two
    columns name the same field."""
    out: list[tuple[int, str, str]] = []
    seen: dict[str, int] = {}
    for col, title in enumerate(titles):
        found = read_title(title) if col not in taken else None
        if found is None:
            continue
        field, alias = found
        if field in seen:
            raise FileFormatError(
                f"{sheet}: columns {column_letter(seen[field])} and {column_letter(col)} "
                f"both hold {field}"
            )
        seen[field] = col
        out.append((col, field, alias))
    return out


def free_text_fields(
    kept: Sequence[tuple[int, str]], columns: Sequence[tuple[int, str, str]]
) -> tuple[tuple[int, str], ...]:
    """The columns the mapping dialog keeps as text, but for those whose titles name a
    field, given the Text fields those titles leave free (in column order)."""
    named = {col for col, _, _ in columns}
    taken = {field for _, field, _ in columns}
    free = [
        f"{FieldKind.TEXT.value}{n}"
        for n in range(1, FIELD_COUNTS[FieldKind.TEXT] + 1)
        if f"{FieldKind.TEXT.value}{n}" not in taken
    ]
    cols = sorted(col for col, _ in kept if col not in named)
    return tuple(zip(cols, free, strict=False))


def add_custom_values(
    plan: Plan,
    rows: Sequence[tuple[int, Sequence[object]]],
    columns: Sequence[tuple[int, str, str]],
    where: Callable[[int, int], str],
    day_first: bool | None = None,
) -> None:
    """Give each task the values of its row's custom cells and the plan the columns'
    aliases; ``rows``: each task's (row index, cells) in task order. FileFormatError
    naming the cell (``where(row, col)``) whose text is no value of its field.
    ``day_first``: how a date field's text like 07/08/2026 reads: the order the import
    read its Start and Finish cells in (app.io.sheet_date_order.mapped_date_order: a
    ``1/25/2027`` there makes this column's ``2/9/2027`` 9 February); None: the
    environment's order."""
    if not columns:
        return
    project = plan.project
    for n, (i, row) in enumerate(rows):
        values: dict[str, CustomValue] = {}
        for col, field, alias in columns:
            cell = row[col] if col < len(row) else None
            if is_blank(cell):
                continue
            try:
                value = _cell_value(field, cell, project, alias or field, day_first)
            except AppError as exc:
                raise FileFormatError(f"{where(i, col)}: {exc}") from None
            if value is not None:
                values[field] = value
        if values:
            task = plan.tasks[n]
            plan.tasks[n] = replace(task, custom=_merged(task.custom, values))
    fields = {f.name: f for f in project.custom_fields}
    for _, field, alias in columns:
        if alias:
            fields[field] = CustomField(field, alias)
    # a plan under construction: nobody listens yet, so the project is set directly
    plan.project = replace(
        project, custom_fields=tuple(sorted(fields.values(), key=lambda f: field_order(f.name)))
    )


def _cell_value(
    field: str, cell: object, project: Project, title: str, day_first: bool | None
) -> CustomValue | None:
    """The value of one custom cell; a date with slashes reads in the import's day order."""
    text = str(cell)
    if kind_of(field) is FieldKind.DATE and "/" in text:
        try:
            return read_date(text.strip(), project.default_start_time, day_first)
        except CellError:
            pass  # "Mon 07/08/2026" and the like: the field's own reading, which names it
    return parse_value(field, text, project, title)


def cut_aliases(titles: Sequence[object]) -> list[str]:
    """The fields whose aliases in ``titles`` are longer than MS Project's 50 characters
    (read_title cuts them), for a note."""
    out = []
    for title in titles:
        m = _TITLE_RE.match(" ".join(str(title or "").split()))
        if m is not None and len(m.group(1)) > ALIAS_LIMIT:
            field = canonical_name(m.group(2))
            if field is not None:
                out.append(field)
    return out


def defined_fields(titles: Sequence[object]) -> tuple[CustomField, ...]:
    """The aliases the custom titles among ``titles`` give (for a table without rows)."""
    found = [read_title(t) for t in titles]
    fields = [CustomField(f, a) for f, a in (x for x in found if x is not None) if a]
    return tuple(sorted(fields, key=lambda f: field_order(f.name)))


def _merged(old: CustomValues, new: dict[str, CustomValue]) -> CustomValues:
    return ordered({**dict(old), **new})
