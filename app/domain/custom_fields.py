"""Custom task fields as MS Project has them: Text1..30, Number1..20, Flag1..20, Date1..10,
Cost1..10 and Duration1..10, each renamed by an alias ("Text1" -> "Owner").

A field is known by its MS Project name; its kind follows from the name. The plan keeps
the definitions (the aliases, and a field's value list: MS Project's lookup table,
optionally restricting the field to its values; Text, Number, Cost, Date and Duration fields
take one, as in MS Project, flags do not) in ``Project.custom_fields``; a task keeps its
values in ``Task.custom``, a tuple of (field name, value) pairs in :data:`FIELD_NAMES` order, so two
tasks with the same values compare equal. A value is ``str`` (text), ``float`` (number,
cost), ``bool`` (flag), ``datetime`` (date) or ``int`` working minutes (duration).

This module knows no project settings; reading and writing values as cells do is in
app/domain/custom_values.py.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING

from app.domain.errors import InputError
from app.domain.quoting import quoted

if TYPE_CHECKING:  # plan.py imports this module
    from app.domain.plan import Plan

CustomValue = str | float | bool | datetime | int
CustomValues = tuple[tuple[str, CustomValue], ...]


class FieldKind(Enum):
    """The kinds of custom field, valued by their MS Project name stem."""

    TEXT = "Text"
    NUMBER = "Number"
    FLAG = "Flag"
    DATE = "Date"
    COST = "Cost"
    DURATION = "Duration"

    @property
    def label(self) -> str:
        """The kind as a menu shows it."""
        return self.value


# How many fields of each kind MS Project offers on tasks.
FIELD_COUNTS: dict[FieldKind, int] = {
    FieldKind.TEXT: 30,
    FieldKind.NUMBER: 20,
    FieldKind.FLAG: 20,
    FieldKind.DATE: 10,
    FieldKind.COST: 10,
    FieldKind.DURATION: 10,
}

# Every field's name, kind by kind in the order above ("Text1".."Text30", "Number1", ...).
FIELD_NAMES: tuple[str, ...] = tuple(
    f"{kind.value}{n}" for kind, count in FIELD_COUNTS.items() for n in range(1, count + 1)
)
_ORDER: dict[str, int] = {name: i for i, name in enumerate(FIELD_NAMES)}
_KIND_OF: dict[str, FieldKind] = {
    f"{kind.value}{n}": kind for kind, count in FIELD_COUNTS.items() for n in range(1, count + 1)
}
_BY_LOWER: dict[str, str] = {name.lower(): name for name in FIELD_NAMES}


def is_field_name(name: str) -> bool:
    """Whether ``name`` is one of MS Project's custom task fields ("Text1", "Flag20"...)."""
    return name in _KIND_OF


def canonical_name(text: str) -> str | None:
    """The field name written in any case and spacing ("text 1" -> "Text1"), else None."""
    return _BY_LOWER.get("".join(text.split()).lower())


def kind_of(name: str) -> FieldKind:
    """The kind of a field by its name; KeyError for a name that is no custom field."""
    return _KIND_OF[name]


def field_order(name: str) -> int:
    """Where a field sits in :data:`FIELD_NAMES` (the order columns and files list them)."""
    return _ORDER[name]


# The kinds MS Project gives a value list (Custom Fields > Lookup): a flag is Yes or No.
LIST_KINDS = frozenset(
    (FieldKind.TEXT, FieldKind.NUMBER, FieldKind.COST, FieldKind.DATE, FieldKind.DURATION)
)


@dataclass(frozen=True, slots=True)
class ListValue:
    """One entry of a field's value list (MS Project's lookup table) and what it means.

    ``value`` is of the field's kind: text, a number or cost (float), a date (datetime), a
    duration (int working minutes)."""

    value: CustomValue
    description: str = ""


@dataclass(frozen=True, slots=True)
class CustomField:
    """A custom field the user has defined: MS Project's ``name``, the ``alias`` shown and,
    for a Text, Number, Cost, Date or Duration field, a list of ``values`` offered in its
    cells (``restricted``: only those may be typed)."""

    name: str
    alias: str = ""
    values: tuple[ListValue, ...] = ()
    restricted: bool = False

    @property
    def kind(self) -> FieldKind:
        """Text, number, flag, date, cost or duration."""
        return _KIND_OF[self.name]

    @property
    def title(self) -> str:
        """What a column header shows: the alias, else the field's own name."""
        return self.alias or self.name

    @property
    def is_set(self) -> bool:
        """Whether the definition says anything (an alias or a value list) worth keeping."""
        return bool(self.alias or self.values)

    def listed(self, text: str) -> str | None:
        """The list's own spelling of ``text`` (any case and spacing), None when not listed."""
        wanted = " ".join(text.split()).lower()
        for item in self.values:
            if isinstance(item.value, str) and item.value.lower() == wanted:
                return item.value
        return None

    def holds(self, value: CustomValue) -> bool:
        """Whether ``value`` is one of the list's (text in any case and spacing; a number or
        cost equal to the cent's millionth)."""
        if isinstance(value, str):
            return self.listed(value) is not None
        return any(same_value(item.value, value) for item in self.values)

    def on_day(self, moment: datetime) -> datetime | None:
        """The one listed date on ``moment``'s day (None: none or several): a Date field's
        value typed without a time takes it, as a Text value takes the list's spelling."""
        found = [
            v.value
            for v in self.values
            if isinstance(v.value, datetime) and v.value.date() == moment.date()
        ]
        return found[0] if len(found) == 1 else None


def same_value(a: CustomValue, b: CustomValue) -> bool:
    """Whether two values of one field are the same (floats compared past rounding noise)."""
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-9)
    return type(a) is type(b) and a == b


_SHOWN_VALUES = 12  # values a refusal lists before "and N more"
_SHOWN_CHARS = 300  # characters of values a refusal lists before "and N more"
_QUOTE_CHARS = 40  # characters of one value a refusal quotes

# MS Project's limits: a Text field holds 255 characters (as a task name does); a field's
# alias (Rename Field; Project Server's CustomField.MAX_LEN_MD_PROP_NAME) is 50 at most.
TEXT_LIMIT = 255
ALIAS_LIMIT = 50

# Tabs and line breaks typed or pasted (a cell copied from Excel ends in one) become
# spaces; any other control character is refused: no plan file can hold it (XML 1.0
# refuses them, and MS Project with it).
_SPACED = str.maketrans(dict.fromkeys("\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " "))


def one_line(text: str) -> str:
    """``text`` with tabs and line breaks as spaces, no outer spaces."""
    return text.translate(_SPACED).strip()


def control_character(text: str) -> str | None:
    """The first control character ``text`` holds, as "U+0007", else None."""
    for c in text:
        if c < " " or "\x7f" <= c <= "\x9f":
            return f"U+{ord(c):04X}"
    return None


def checked_text(text: str, shown: str, what: str = "the text", limit: int = TEXT_LIMIT) -> str:
    """Typed text as one line (tabs and breaks as spaces); InputError naming ``shown`` and
    ``what`` the text is for a control character or more than ``limit`` characters."""
    text = one_line(text)
    bad = control_character(text)
    if bad is not None:
        raise InputError(
            f"{shown}: {what} holds the control character {bad}, which a plan cannot keep"
        )
    if len(text) > limit:
        raise InputError(f"{shown}: {what} is {len(text):,} characters long (at most {limit})")
    return text


def fitted_alias(alias: str) -> str:
    """An alias a file gives, as a plan keeps it: one line without control characters, a
    longer one than :data:`ALIAS_LIMIT` cut to it with "…" (the cut shows in the header)."""
    text = " ".join(
        "".join(c for c in alias if control_character(c) is None or c.isspace()).split()
    )
    if len(text) > ALIAS_LIMIT:
        return text[: ALIAS_LIMIT - 1].rstrip() + "\u2026"
    return text


def cut_aliases_note(where: str, fields: Iterable[str]) -> str | None:
    """The note a read gives when it cut aliases to :data:`ALIAS_LIMIT` (None: none cut)."""
    names = list(fields)
    if not names:
        return None
    which = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    return f"{where}: the name of {which} is cut to {ALIAS_LIMIT} characters (MS Project's limit)"


def checked_alias(name: str, alias: str) -> str:
    """An alias typed for field ``name`` (one line); InputError for a control character or
    more than :data:`ALIAS_LIMIT` characters."""
    return checked_text(alias, name, "the name", ALIAS_LIMIT)


def value_list(
    name: str, values: Iterable[ListValue], restricted: bool, title: str = ""
) -> CustomField:
    """Field ``name``'s definition with a value list, its texts tidied (one line, no outer
    spaces); raises InputError for a field of a kind without lists (a flag), a value not
    of the field's kind, an empty value or one listed twice (text: any case). ``title``
    names the field in the message. Values other than text come typed (see
    app/domain/custom_values.py's typed_list for a list typed as text)."""
    shown = title or name
    kind = kind_of(name)
    values = tuple(values)
    if values and kind not in LIST_KINDS:
        raise InputError(f"{shown}: a {kind.label} field takes no list of values")
    items = tuple(
        ListValue(
            _list_entry(kind, v.value, shown),
            checked_text(" ".join(v.description.split()), shown, "a description in the list"),
        )
        for v in values
    )
    seen: list[CustomValue] = []
    for item in items:
        if item.value == "":
            raise InputError(f"{shown}: a value in the list is empty")
        key = item.value.lower() if isinstance(item.value, str) else item.value
        if any(same_value(key, other) for other in seen):
            raise InputError(f"{shown}: {quoted(plain_value(item.value))} is in the list twice")
        seen.append(key)
    return CustomField(name, values=items, restricted=restricted and bool(items))


_LIST_TYPES: dict[FieldKind, type] = {
    FieldKind.NUMBER: float,
    FieldKind.COST: float,
    FieldKind.DATE: datetime,
    FieldKind.DURATION: int,
}


def _list_entry(kind: FieldKind, value: CustomValue, shown: str) -> CustomValue:
    """A list value as the field keeps it: text as one line, others of the field's type."""
    if isinstance(value, str) and kind is FieldKind.TEXT:
        return checked_text(" ".join(value.split()), shown, "a value in the list")
    wanted = _LIST_TYPES.get(kind)
    if wanted is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if wanted is None or not isinstance(value, wanted) or isinstance(value, bool):
        raise InputError(f"{shown}: {quoted(plain_value(value))} is no {kind.label.lower()}")
    if isinstance(value, float) and not math.isfinite(value):
        raise InputError(f"{shown}: {quoted(plain_value(value))} is no {kind.label.lower()}")
    return value


def plain_value(value: CustomValue) -> str:
    """A value as text without the project's settings: a number as typed, a date
    "2026-03-02 08:00", a duration in hours ("16h")."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return str(int(value)) if value == int(value) and abs(value) < 1e15 else repr(value)
    return f"{value / 60:g}h"


def allowed_text(field: CustomField, shown: Callable[[CustomValue], str] = plain_value) -> str:
    """The values a restricted field takes, each quoted, as a refusal lists them
    ("'Low', 'High, urgent' and 3 more"); ``shown`` writes a value as the user reads it."""
    texts = [quoted(shown(v.value), _QUOTE_CHARS) for v in field.values]
    out: list[str] = []
    used = 0
    for text in texts:
        if out and (len(out) >= _SHOWN_VALUES or used + len(text) > _SHOWN_CHARS):
            break
        out.append(text)
        used += len(text) + 2
    rest = len(texts) - len(out)
    return ", ".join(out) + (f" and {rest} more" if rest else "")


def describe(fields: Iterable[CustomField]) -> str:
    """The definitions in one line, as a diff shows them: "Text1=Owner, Text2=Risk level
    [Low|Medium|High, restricted]" (a field with only a list: "Text3 [A|B]"; values other
    than text as :func:`plain_value` writes them)."""
    parts = []
    for f in fields:
        text = f"{f.name}={f.alias}" if f.alias else f.name
        if f.values:
            listed = "|".join(plain_value(v.value) for v in f.values)
            text += f" [{listed}, restricted]" if f.restricted else f" [{listed}]"
        parts.append(text)
    return ", ".join(parts)


def field_title(name: str, fields: Iterable[CustomField]) -> str:
    """The title of field ``name`` among the plan's definitions (its alias, else its name)."""
    for f in fields:
        if f.name == name:
            return f.title
    return name


def fields_in_use(plan: Plan) -> list[str]:
    """The custom fields the plan renames or a task holds, in field order."""
    names = {f.name for f in plan.project.custom_fields}
    for task in plan.tasks:
        if task.custom:
            names.update(n for n, _ in task.custom)
    return [n for n in FIELD_NAMES if n in names]


def defined(fields: Iterable[CustomField], name: str) -> CustomField | None:
    """The definition of field ``name``, if the plan has one."""
    return next((f for f in fields if f.name == name), None)


def with_field(fields: Iterable[CustomField], field: CustomField) -> tuple[CustomField, ...]:
    """The definitions with ``field`` set (one with neither alias nor value list is dropped),
    in field order."""
    kept = {f.name: f for f in fields if f.name != field.name}
    if field.is_set:
        kept[field.name] = field
    return tuple(sorted(kept.values(), key=lambda f: _ORDER[f.name]))


def find_by_title(fields: Iterable[CustomField], title: str) -> str | None:
    """The field whose alias (any case) or own name is ``title``, else None."""
    wanted = " ".join(title.split()).lower()
    for f in fields:
        if f.alias and f.alias.lower() == wanted:
            return f.name
    return canonical_name(title)


def value_of(values: CustomValues, name: str) -> CustomValue | None:
    """A task's value of field ``name`` (None when it has none)."""
    for key, value in values:
        if key == name:
            return value
    return None


def with_value(values: CustomValues, name: str, value: CustomValue | None) -> CustomValues:
    """``values`` with field ``name`` set to ``value`` (None, "" or False clears it)."""
    kept = {k: v for k, v in values if k != name}
    if not is_empty(value):
        assert value is not None
        kept[name] = value
    return ordered(kept)


def ordered(values: Mapping[str, CustomValue]) -> CustomValues:
    """Values by field name as a task keeps them: empty ones dropped, in field order."""
    return tuple(
        sorted(((k, v) for k, v in values.items() if not is_empty(v)), key=lambda kv: _ORDER[kv[0]])
    )


def is_empty(value: CustomValue | None) -> bool:
    """A value a task need not keep: none, empty text or an unset flag (MS Project's "No")."""
    return value is None or value == "" or value is False
