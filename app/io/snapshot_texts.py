"""Texts a workbook's snapshot holds beyond what a plan keeps today, fitted on reading.

A plan saved before Gantry held custom Text fields to MS Project's 255 characters
(or read from a file that did not) exports its long values into the snapshot as
they are; read back unchecked they would enter the plan past the limit every
other way in keeps. As a sheet import fits a long cell (app.io.sheet_custom), the
value is cut to 254 characters and "…", and the review says where: the client
did not type it, so the workbook is not refused for it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from app.domain.custom_fields import TEXT_LIMIT, FieldKind, kind_of, one_line, ordered
from app.domain.task import Task
from app.io.sheet_mapping import column_letter

ELLIPSIS = "\u2026"


@dataclass(frozen=True, slots=True)
class FittedText:
    """A custom Text value cut to the limit: on which task and field, how long it was."""

    task_uid: int
    field: str
    length: int
    kept: str


def fitted(text: str) -> str:
    """``text`` as one line, cut to :data:`TEXT_LIMIT` characters with "…" when longer."""
    line = one_line(text)
    return line if len(line) <= TEXT_LIMIT else line[: TEXT_LIMIT - 1] + ELLIPSIS


def fit_tasks(tasks: Sequence[Task]) -> tuple[list[Task], list[FittedText]]:
    """``tasks`` with every custom Text value longer than the limit cut; what was cut,
    in row order."""
    out: list[Task] = []
    cut: list[FittedText] = []
    for task in tasks:
        long = [
            (name, value)
            for name, value in task.custom
            if kind_of(name) is FieldKind.TEXT
            and isinstance(value, str)
            and len(value) > TEXT_LIMIT
        ]
        if not long:
            out.append(task)
            continue
        values = dict(task.custom)
        for name, value in long:
            values[name] = kept = fitted(str(value))
            cut.append(FittedText(task.uid, name, len(str(value)), kept))
        out.append(replace(task, custom=ordered(values)))
    return out, cut


def fitted_note(
    text: FittedText,
    sheet: str,
    columns: Mapping[str, int],
    custom: Sequence[tuple[str, str]],
    row: int | None,
) -> str:
    """The review's line for a cut value: the cell (``Plan!K7``) when the sheet still has
    the row and the field's column, else the sheet and the task's uid.

    ``columns``: column index by title; ``custom``: (title, field) of the custom columns;
    ``row``: the task's row index in the sheet (0: the header).
    """
    title = next((t for t, name in custom if name == text.field), text.field)
    shown = title if title == text.field else f"{title} ({text.field})"
    col = columns.get(title)
    if row is not None and col is not None:
        place = f"{sheet}!{column_letter(col)}{row + 1}"
    else:
        place = f"{sheet}, task uid {text.task_uid}"
    return (
        f"{place}: {shown} held {text.length:,} characters, more than a Text field keeps "
        f"({TEXT_LIMIT}); its first {TEXT_LIMIT - 1} are kept, followed by '{ELLIPSIS}'"
    )
