"""Custom field values read from and written as cell text, by the field's kind.

Flags read "Yes"/"No" (also true/false, 1/0, x), numbers as typed (``12.5``, ``1,5``),
costs as money in the project's currency, durations as the duration notation (``5d``,
``4h``: working minutes), dates as the sheet's dates. An empty cell clears the value;
text that cannot be read raises InputError naming the field. A Text field restricted to
its value list takes only a listed value (any case: the list's spelling is kept). Text
takes one line of at most 255 characters (MS Project's limit): tabs and line breaks pasted
become spaces, other control characters are refused.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, time

from app.domain.custom_fields import (
    CustomValue,
    FieldKind,
    allowed_text,
    checked_text,
    defined,
    kind_of,
)
from app.domain.errors import InputError
from app.domain.money import format_money, parse_money
from app.domain.notation import format_duration, parse_date, parse_duration
from app.domain.project import Project
from app.domain.quoting import quoted

_YES = {"yes", "y", "true", "1", "x", "on", "ja", "oui", "sí", "si"}
_NO = {"no", "n", "false", "0", "off", "", "nein", "non"}
_NUMBER_RE = re.compile(r"^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$")


def parse_value(name: str, text: str, project: Project, title: str = "") -> CustomValue | None:
    """The value typed into field ``name``'s cell; None for an empty cell.

    ``title`` (the column's alias) names the field in the message of a bad value.
    """
    kind = kind_of(name)
    shown = title or name
    typed = text.strip()
    if kind is FieldKind.TEXT:
        return _listed(name, checked_text(text, shown), project, shown) or None
    if not typed:
        return None
    if kind is FieldKind.FLAG:
        return _flag(typed, shown)
    if kind is FieldKind.NUMBER:
        return _number(typed, shown)
    if kind is FieldKind.COST:
        try:
            return parse_money(typed, (project.currency_symbol, project.currency))
        except InputError as exc:
            raise InputError(f"{shown}: {exc}") from None
    if kind is FieldKind.DURATION:
        try:
            return parse_duration(typed, project).minutes
        except InputError as exc:
            raise InputError(f"{shown}: {exc}") from None
    return _date(typed, shown, project.default_start_time)


def format_value(name: str, value: CustomValue | None, project: Project) -> str:
    """How a cell shows field ``name``'s value ("" for none; a flag without one is "No")."""
    kind = kind_of(name)
    if kind is FieldKind.FLAG:
        return "Yes" if value is True else "No"
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%a %Y-%m-%d")
    if isinstance(value, str):
        return value
    if kind is FieldKind.NUMBER:
        return format_number(float(value))
    if kind is FieldKind.COST:
        return format_money(float(value), project)
    return format_duration(int(value), project)


def edit_text(name: str, value: CustomValue | None, project: Project) -> str:
    """The text an editor starts from (a date with its time, a number in full)."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
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
    raise InputError(f"{shown}: {quoted(typed)} is not in its list ({allowed_text(field)})")


def _flag(typed: str, shown: str) -> bool:
    low = typed.lower()
    if low in _YES:
        return True
    if low in _NO:
        return False
    raise InputError(f"{shown}: {quoted(typed)} is not Yes or No")


def _number(typed: str, shown: str) -> float:
    cleaned = typed.replace(" ", "").replace("\u00a0", "")
    if not _NUMBER_RE.match(cleaned):
        raise InputError(f"{shown}: {quoted(typed)} is not a number (try 12 or 12.5)")
    value = float(cleaned.replace(",", "."))
    if not math.isfinite(value):
        raise InputError(f"{shown}: {quoted(typed)} is not a number (try 12 or 12.5)")
    return value


def _date(typed: str, shown: str, default_time: time) -> datetime:
    """A date as the sheet's date cells read it, the message naming the field."""
    try:
        return parse_date(typed, default_time)
    except InputError as exc:
        raise InputError(f"{shown}: {exc}") from None
