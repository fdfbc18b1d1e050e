"""Custom task fields as MS Project has them: Text1..30, Number1..20, Flag1..20, Date1..10,
Cost1..10 and Duration1..10, each renamed by an alias ("Text1" -> "Owner").

A field is known by its MS Project name; its kind follows from the name. The plan keeps
the definitions (the aliases) in ``Project.custom_fields``; a task keeps its values in
``Task.custom``, a tuple of (field name, value) pairs in :data:`FIELD_NAMES` order, so two
tasks with the same values compare equal. A value is ``str`` (text), ``float`` (number,
cost), ``bool`` (flag), ``datetime`` (date) or ``int`` working minutes (duration).

This module knows no project settings; reading and writing values as cells do is in
app/domain/custom_values.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

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


@dataclass(frozen=True, slots=True)
class CustomField:
    """A custom field the user has renamed: MS Project's ``name`` and the ``alias`` shown."""

    name: str
    alias: str = ""

    @property
    def kind(self) -> FieldKind:
        """Text, number, flag, date, cost or duration."""
        return _KIND_OF[self.name]

    @property
    def title(self) -> str:
        """What a column header shows: the alias, else the field's own name."""
        return self.alias or self.name


def field_title(name: str, fields: Iterable[CustomField]) -> str:
    """The title of field ``name`` among the plan's definitions (its alias, else its name)."""
    for f in fields:
        if f.name == name:
            return f.title
    return name


def defined(fields: Iterable[CustomField], name: str) -> CustomField | None:
    """The definition of field ``name``, if the plan has one."""
    return next((f for f in fields if f.name == name), None)


def with_field(fields: Iterable[CustomField], field: CustomField) -> tuple[CustomField, ...]:
    """The definitions with ``field`` set (an empty alias drops the definition), in field
    order."""
    kept = {f.name: f for f in fields if f.name != field.name}
    if field.alias:
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
