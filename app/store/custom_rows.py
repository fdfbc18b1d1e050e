"""Custom fields in the .gantry file: the definitions and each task's values.

``custom_fields`` holds one row per defined field (name, alias, restricted: schema v12);
``custom_field_values`` a field's value list, one row per value in its order (v12), the
value's text as a task's value of the field is stored (Number, Cost, Date and Duration
lists: v17);
``task_custom`` one row per value a task has (task uid, field name, value as text). The
value's text
follows the field's kind: text as is, numbers and costs as decimal text, a flag as
"1", a date as ISO text, a duration as working minutes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from app.domain.custom_fields import CustomField, CustomValue, FieldKind, ListValue, kind_of
from app.domain.project import Project
from app.domain.task import Task
from app.store.rows import Row


def field_rows(project: Project) -> list[Row]:
    """The defined custom fields, one row each."""
    return [
        {"name": f.name, "alias": f.alias, "restricted": int(f.restricted)}
        for f in project.custom_fields
    ]


def list_rows(project: Project) -> list[Row]:
    """The fields' value lists, one row per value, in each list's order."""
    return [
        {"field": f.name, "seq": seq, "value": value_out(v.value), "description": v.description}
        for f in project.custom_fields
        for seq, v in enumerate(f.values)
    ]


def value_rows(task: Task) -> list[Row]:
    """A task's custom values, one row each (none for most tasks)."""
    return [
        {"task_uid": task.uid, "field": name, "value": value_out(value)}
        for name, value in task.custom
    ]


def value_out(value: CustomValue) -> str:
    """A value as its stored text."""
    if value is True:
        return "1"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def value_in(name: str, text: object) -> CustomValue:
    """A stored value of field ``name`` read back (KeyError or ValueError when damaged)."""
    kind = kind_of(name)
    raw = str(text)
    if kind is FieldKind.TEXT:
        return raw
    if kind in (FieldKind.NUMBER, FieldKind.COST):
        return float(raw)
    if kind is FieldKind.FLAG:
        return raw == "1"
    if kind is FieldKind.DURATION:
        return int(raw)
    return datetime.fromisoformat(raw)


def field_in(
    name: object, alias: object, restricted: object = 0, values: Iterable[Any] = ()
) -> CustomField:
    """A stored definition read back with its list's rows (KeyError for a name that is no
    custom field)."""
    items = tuple(ListValue(value_in(str(name), r["value"]), str(r["description"])) for r in values)
    field = CustomField(str(name), str(alias), items, bool(restricted) and bool(items))
    kind_of(field.name)
    return field
