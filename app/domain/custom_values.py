"""Custom field values read from and written as cell text, by the field's kind.

Flags read "Yes"/"No" (also true/false, 1/0, x), numbers as typed (``12.5``, ``1,5``),
costs as money in the project's currency, durations as the duration notation (``5d``,
``4h``: working minutes), dates as the sheet's dates. An empty cell clears the value;
text that cannot be read raises InputError naming the field. A field restricted to its
value list takes only a listed value (text in any case: the list's spelling is kept; a
number, cost, date or duration equal to a listed one); the refusal quotes the values. Text
takes one line of at most 255 characters (MS Project's limit): tabs and line breaks pasted
become spaces, other control characters are refused.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from datetime import datetime, time

from app.domain.custom_fields import (
    CustomField,
    CustomValue,
    FieldKind,
    ListValue,
    allowed_text,
    checked_text,
    defined,
    kind_of,
    value_list,
)
from app.domain.errors import InputError
from app.domain.money import NO_MARKS, NumberMarks, UnclearNumberError, format_money, parse_money
from app.domain.notation import format_duration, parse_duration
from app.domain.project import Project
from app.domain.quoting import quoted
from app.domain.typed_dates import DateOrder, parse_date
from app.domain.typed_rates import typed_number

_YES = {"yes", "y", "true", "1", "x", "on", "ja", "oui", "sí", "si"}
_NO = {"no", "n", "false", "0", "off", "", "nein", "non"}
_NUMBER_RE = re.compile(r"^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$")


def parse_value(
    name: str,
    text: str,
    project: Project,
    title: str = "",
    order: DateOrder = DateOrder.DMY,
    year: int | None = None,
    marks: NumberMarks = NO_MARKS,
) -> CustomValue | None:
    """The value typed into field ``name``'s cell; None for an empty cell.

    ``title`` (the column's alias) names the field in the message of a bad value, or of a
    value outside the list of a field restricted to it. A date is read in ``order`` (the
    UI passes the computer's, app/ui/locale_dates.py); one without a year takes ``year``
    (None: the project start's). A number, a cost or a duration is read in ``marks``, the reader's
    locale's (the UI passes the computer's: ``1.500`` is 1500 in German, as
    :func:`app.domain.money.parse_money` reads it); files pass none.
    """
    shown = title or name
    if kind_of(name) is FieldKind.TEXT:
        return _listed(name, checked_text(text, shown), project, shown) or None
    typed = text.strip()
    value = _typed(name, typed, project, shown, order, year, marks)
    if value is None:
        return None
    return in_list(name, value, project, shown, typed, time_given=":" in typed)


def in_list(
    name: str,
    value: CustomValue,
    project: Project,
    title: str = "",
    typed: str = "",
    time_given: bool = True,
    date_text: Callable[[datetime], str] | None = None,
) -> CustomValue:
    """``value`` of field ``name`` (not Text) as its field takes it: a date given without a
    time (``time_given`` False) is the listed date of its day when there is one; InputError
    naming the field (``title``), the value as ``typed`` and the listed ones when the field
    is restricted to a list without it. The refusal writes dates by ``date_text`` (the
    sheet passes its Start column's writer: ``Fr. 01.01.2027`` in German; None:
    :func:`day_text`)."""
    field = defined(project.custom_fields, name)
    if field is None or not field.values:
        return value
    if isinstance(value, datetime) and not time_given and not field.holds(value):
        value = field.on_day(value) or value
    if not field.restricted or field.holds(value):
        return value
    writer = date_text or day_text
    shown = typed or format_value(name, value, project, writer)
    listed = allowed_values(field, project, writer)
    raise InputError(f"{title or name}: {quoted(shown)} is not in its list ({listed})")


def typed_value(
    name: str,
    text: str,
    project: Project,
    title: str = "",
    order: DateOrder = DateOrder.DMY,
    marks: NumberMarks = NO_MARKS,
) -> CustomValue | None:
    """``text`` read as a value of field ``name`` (not Text), its value list not looked at: a
    filter's value to compare with (custom_filter_tests); a bad one is an InputError naming
    the field by ``title``. Files and scripts pass no ``order``/``marks``; the window its."""
    return _typed(name, text.strip(), project, title or name, order, marks=marks)


def _typed(
    name: str,
    typed: str,
    project: Project,
    shown: str,
    order: DateOrder = DateOrder.DMY,
    year: int | None = None,
    marks: NumberMarks = NO_MARKS,
) -> CustomValue | None:
    """The value of a field other than Text typed as ``typed`` (its list not looked at)."""
    kind = kind_of(name)
    if not typed:
        return None
    if kind is FieldKind.FLAG:
        return _flag(typed, shown)
    if kind is FieldKind.NUMBER:
        return _number(typed, shown, marks)
    if kind is FieldKind.COST:
        try:
            return parse_money(typed, (project.currency_symbol, project.currency), marks)
        except InputError as exc:
            raise InputError(f"{shown}: {exc}") from None
    if kind is FieldKind.DURATION:
        try:
            group, decimal = marks
            return parse_duration(typed, project, group=group, decimal=decimal).minutes
        except InputError as exc:
            raise InputError(f"{shown}: {exc}") from None
    on = project.start.year if year is None else year
    return _date(typed, shown, project.default_start_time, order, on)


def typed_list(
    name: str,
    rows: Iterable[tuple[CustomValue, str]],
    restricted: bool,
    project: Project,
    title: str = "",
    order: DateOrder = DateOrder.DMY,
) -> CustomField:
    """Field ``name``'s definition with the value list typed as (value, description) rows,
    a value typed as text read by the field's kind (a cost as money, a duration as "2d", a
    date in ``order``, as the sheet reads it: the UI passes the computer's); raises
    InputError naming the field and the row for a value that is none of its kind, and as
    :func:`app.domain.custom_fields.value_list` does."""
    shown = title or name
    items: list[ListValue] = []
    for n, (text, description) in enumerate(rows, start=1):
        value = (
            _typed(name, text.strip(), project, f"{shown}, row {n} of the list", order)
            if isinstance(text, str) and kind_of(name) is not FieldKind.TEXT
            else text
        )
        if value is None:
            raise InputError(f"{shown}: a value in the list is empty")
        items.append(ListValue(value, description))
    return value_list(name, items, restricted, shown)


def allowed_values(
    field: CustomField, project: Project, date_text: Callable[[datetime], str] | None = None
) -> str:
    """The values of ``field``'s list as a refusal quotes them ("'Low', 'High, urgent'",
    costs as money, durations as "2d", at most a dozen), dates by ``date_text`` (the
    reader's form, as the sheet writes them; None: :func:`day_text`)."""
    writer = date_text or day_text
    return allowed_text(field, lambda value: format_value(field.name, value, project, writer))


def list_entry_text(
    name: str,
    value: CustomValue,
    project: Project,
    date_text: Callable[[datetime], str] | None = None,
) -> str:
    """A list value as a cell's editor offers it: text that reads back as the same value
    (a date by ``date_text``, as :func:`edit_text`)."""
    return edit_text(name, value, project, date_text)


def day_text(moment: datetime) -> str:
    """A Date field's day where no reader's locale writes it (a refusal quoting a list, a
    filter, a workbook's note): ``Fri 2027-01-01``."""
    return moment.strftime("%a %Y-%m-%d")


def format_value(
    name: str,
    value: CustomValue | None,
    project: Project,
    date_text: Callable[[datetime], str] = day_text,
) -> str:
    """How a cell shows field ``name``'s value ("" for none; a flag without one is "No").

    A Date is written by ``date_text``: the sheet, the printout and ``gantry diff`` pass
    the writer of their Start column (app/report/columns.custom_text: ``Fr. 01.01.2027``
    in German), as the domain cannot ask the locale."""
    kind = kind_of(name)
    if kind is FieldKind.FLAG:
        return "Yes" if value is True else "No"
    if value is None:
        return ""
    if isinstance(value, datetime):
        return date_text(value)
    if isinstance(value, str):
        return value
    if kind is FieldKind.NUMBER:
        return format_number(float(value))
    if kind is FieldKind.COST:
        return format_money(float(value), project)
    return format_duration(int(value), project)


def edit_text(
    name: str,
    value: CustomValue | None,
    project: Project,
    date_text: Callable[[datetime], str] | None = None,
) -> str:
    """The text an editor starts from (a date with its time, a number in full). A date is
    written by ``date_text``: the UI passes its Start editor's writer (``04.01.2027 08:00``
    in German, app/ui/models/task_date_edits.format_date_edit), as the domain cannot ask
    the locale; None: ``2027-01-04 08:00``, which every reader takes (files, the CLI)."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if date_text is None else date_text(value)
    return format_value(name, value, project)


def format_number(value: float) -> str:
    """A number as MS Project shows a Number field: whole numbers bare, else up to 6 places."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _listed(name: str, typed: str, project: Project, shown: str) -> str:
    """Typed text as a Text field keeps it: a restricted field's own spelling of a listed
    value; InputError naming the field and its values for any other text."""
    field = defined(project.custom_fields, name)
    if not typed or field is None or not field.values:
        return typed
    found = field.listed(typed)
    if found is not None:
        return found
    if not field.restricted:
        return typed
    raise InputError(
        f"{shown}: {quoted(typed)} is not in its list ({allowed_values(field, project)})"
    )


def _flag(typed: str, shown: str) -> bool:
    low = typed.lower()
    if low in _YES:
        return True
    if low in _NO:
        return False
    raise InputError(f"{shown}: {quoted(typed)} is not Yes or No")


def _number(typed: str, shown: str, marks: NumberMarks = NO_MARKS) -> float:
    """A Number field's value: in the reader's ``marks`` when given, as the sheet shows it
    ("1.234,5" and its own "1234,5" in German, typed_rates.typed_number); else (files) a
    point or a comma for the decimal, as it was always read."""
    group, decimal = marks
    if group is not None and "%" not in typed:
        try:
            return typed_number(typed, shown, group, decimal)
        except UnclearNumberError:
            raise  # named and with its hint: "1 500 or 1,5"
        except InputError:
            raise InputError(
                f"{shown}: {quoted(typed)} is not a number (try 12 or 12{decimal}5)"
            ) from None
    cleaned = typed.replace(" ", "").replace("\u00a0", "")
    if not _NUMBER_RE.match(cleaned):
        raise InputError(f"{shown}: {quoted(typed)} is not a number (try 12 or 12.5)")
    value = float(cleaned.replace(",", "."))
    if not math.isfinite(value):
        raise InputError(f"{shown}: {quoted(typed)} is not a number (try 12 or 12.5)")
    return value


def _date(typed: str, shown: str, default_time: time, order: DateOrder, year: int) -> datetime:
    """A date as the sheet's date cells read it, the message naming the field."""
    try:
        return parse_date(typed, default_time, order, year)
    except InputError as exc:
        raise InputError(f"{shown}: {exc}") from None
