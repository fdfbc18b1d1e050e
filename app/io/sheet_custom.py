"""Columns of a foreign sheet kept as custom text fields instead of dropped.

The column-mapping dialog lets the user keep a column Gantry has no field for ("Client
ref", "Owner"); each becomes a custom text field (Text1, Text2... in column order), renamed
to the column's title, and every row's cell its value on the task.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from app.domain.custom_fields import (
    TEXT_LIMIT,
    CustomField,
    CustomValue,
    CustomValues,
    FieldKind,
    fitted_alias,
    ordered,
)
from app.domain.project import Project
from app.io.sheet_values import is_blank, ref_text


def text_fields_for(columns: Sequence[int]) -> tuple[tuple[int, str], ...]:
    """(column, field name) for columns kept as text: Text1, Text2... in column order."""
    limit = 30  # MS Project's Text1..Text30
    return tuple(
        (col, f"{FieldKind.TEXT.value}{n}") for n, col in enumerate(sorted(columns)[:limit], 1)
    )


def with_custom_fields(
    project: Project, custom: Sequence[tuple[int, str]], titles: Sequence[str]
) -> Project:
    """The project with each kept column's field renamed to the column's title."""
    fields = tuple(CustomField(name, _title(titles, col, name)) for col, name in custom)
    return replace(project, custom_fields=fields)


def row_values(row: Sequence[object], custom: Sequence[tuple[int, str]]) -> CustomValues:
    """A row's kept cells as its task's custom text values (blank cells: none)."""
    values: dict[str, CustomValue] = {}
    for col, name in custom:
        value = row[col] if col < len(row) else None
        if is_blank(value):
            continue
        if isinstance(value, datetime):
            text = (
                f"{value:%Y-%m-%d}"
                if value.time() == datetime.min.time()
                else f"{value:%Y-%m-%d %H:%M}"
            )
        else:
            text = ref_text(value)
        values[name] = _fitted(" ".join(text.splitlines()).strip())
    return ordered(values)


def _fitted(text: str) -> str:
    """A kept cell's text as a Text field holds it: at most 255 characters (MS Project's
    limit), a longer one cut with "…" rather than refusing a sheet for a long comment."""
    if len(text) > TEXT_LIMIT:
        return text[: TEXT_LIMIT - 1] + "\u2026"
    return text


def _title(titles: Sequence[str], col: int, name: str) -> str:
    title = fitted_alias(str(titles[col])) if col < len(titles) else ""
    return title or name
