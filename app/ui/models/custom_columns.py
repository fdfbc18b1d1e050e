"""The task sheet's custom field columns (Text1..30, Number1..20, Flag1..20, Date1..10,
Cost1..10, Duration1..10), after the sheet's own columns.

Every field has a column of its own, hidden until inserted from the header's menu, so a
saved header state keeps which ones show as it keeps the others. A column is titled by
the field's alias (its name when it has none) and edited with its kind's rules.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from app.domain.custom_fields import (
    FIELD_NAMES,
    CustomValue,
    FieldKind,
    field_order,
    field_title,
    kind_of,
    value_of,
    with_value,
)
from app.domain.custom_filter_tests import CellText
from app.domain.custom_values import edit_text, in_list, parse_value
from app.domain.errors import InputError
from app.domain.project import Project
from app.report.columns import custom_text
from app.report.locale_numbers import local_figure, locale_marks
from app.ui.commands import EditTaskCommand, quoted
from app.ui.locale_dates import held_year, locale_date_order, locale_typed_date
from app.ui.locale_durations import typed_marks
from app.ui.models.task_date_edits import format_date, format_date_edit
from app.ui.models.task_edits import Column

if TYPE_CHECKING:
    from app.ui.document import Document

CUSTOM_FIRST = len(Column)  # the first custom column's number
CUSTOM_COUNT = len(FIELD_NAMES)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_FIGURES = frozenset({FieldKind.NUMBER, FieldKind.COST, FieldKind.DURATION})
_LOCAL = frozenset({FieldKind.NUMBER, FieldKind.DURATION})  # C-form figures without money


def custom_name(column: int) -> str | None:
    """The field a column shows ("Text1"), None for the sheet's own columns."""
    i = column - CUSTOM_FIRST
    return FIELD_NAMES[i] if 0 <= i < CUSTOM_COUNT else None


def custom_column(name: str) -> int:
    """The column of field ``name``."""
    return CUSTOM_FIRST + field_order(name)


def custom_header(project: Project, column: int, role: int) -> Any:
    """headerData of a custom column: its alias (or name), right-aligned for figures."""
    name = custom_name(column)
    if name is None:
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return field_title(name, project.custom_fields)
    if role == Qt.ItemDataRole.ToolTipRole:
        title = field_title(name, project.custom_fields)
        return name if title == name else f"{title} ({name})"
    if role == Qt.ItemDataRole.TextAlignmentRole and kind_of(name) in _FIGURES:
        return _RIGHT
    return None


def custom_cell(document: Document, uid: int, column: int, role: int) -> Any:
    """data() of a task's custom cell."""
    name = custom_name(column)
    if name is None:
        return None
    plan = document.plan
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
        value = value_of(plan.task(uid).custom, name)
        if role == Qt.ItemDataRole.DisplayRole:  # as the printout and gantry diff write it
            return sheet_cells(plan.project)(name, value)
        text = edit_text(name, value, plan.project, format_date_edit)  # with its time; in full
        if kind_of(name) in _LOCAL:  # 12,5 and 1,5d in German; read back as typed
            return local_figure(text, locale_marks())
        return text
    if role == Qt.ItemDataRole.TextAlignmentRole and kind_of(name) in _FIGURES:
        return _RIGHT
    return None


def sheet_cells(project: Project) -> CellText:
    """How the sheet writes a custom cell of ``project`` (field, value): the printout's and
    gantry diff's rule with the Start cell's date writer; the Custom Field filter matches it."""
    return partial(custom_text, project=project, marks=locale_marks(), date_text=format_date)


def typed_custom_value(
    name: str, text: str, project: Project, title: str, year: int | None
) -> CustomValue | None:
    """The value ``text`` typed into field ``name``'s cell gives (None: empty), read in the
    user's locale as the sheet's own cells read it: numbers in its marks, a date as the
    Start cell reads one (locale_typed_date: its order, 1800 to 2999, a Persian year
    refused), taking ``year`` when it has none (None: the project start's)."""
    typed = text.strip()
    if not typed or kind_of(name) is not FieldKind.DATE:
        return parse_value(name, text, project, title, locale_date_order(), year, typed_marks())
    on = project.start.year if year is None else year
    try:
        moment = locale_typed_date(typed, project.default_start_time, on)
    except InputError as exc:
        raise InputError(f"{title}: {exc}") from None
    # a refusal quotes the listed dates as the cell writes them (Fr. 01.01.2027 in German)
    return in_list(name, moment, project, title, typed, ":" in typed, format_date)


def check_custom_text(project: Project, column: int, text: str) -> None:
    """Raise InputError when text typed into the empty row's custom cell is no value of its
    field (checked before a task is added for it, as the sheet's own columns are)."""
    name = custom_name(column)
    assert name is not None
    title = field_title(name, project.custom_fields)
    typed_custom_value(name, text, project, title, None)


def custom_command(document: Document, uid: int, column: int, text: str) -> EditTaskCommand | None:
    """The command for typing ``text`` into a custom cell; None when nothing changes.

    Raises InputError naming the column when the text is no value of its kind.
    """
    name = custom_name(column)
    assert name is not None
    plan = document.plan
    task = plan.task(uid)
    title = field_title(name, plan.project.custom_fields)
    # a date in the computer's order; without a year, the year of the one the cell holds
    year = held_year(task.custom, name)
    value = typed_custom_value(name, text, plan.project, title, year)
    custom = with_value(task.custom, name, value)
    if custom == task.custom:
        return None
    return EditTaskCommand(document, uid, f"Set {title} of {quoted(task.name)}", custom=custom)
