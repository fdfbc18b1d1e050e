"""Custom task fields in MS Project XML: definitions under ``<Project><ExtendedAttributes>``
and each task's values as ``<Task><ExtendedAttribute><FieldID/><Value/>``.

A field is told by its FieldID (the FieldName may be in the user's language); the task
fields Gantry keeps are MS Project's Text1..30, Number1..20, Flag1..20, Date1..10,
Cost1..10 and Duration1..10. Enterprise fields (a Project Server's, FieldIDs of their own)
and other kinds (Start1, Outline Code1...) are left out: Gantry cannot show or keep them
faithfully, and writing them back under another field would mislead MS Project. Values
follow MS Project's spelling: flags 1/0, costs in hundredths (MS Project 2007 writes a
Cost1 of 1 as 100: tests/unit/test_s14custom_mspdi_cost.py), dates ISO, durations PTnHnMnS.

A field's value list (Text, Number, Cost, Date and Duration fields: MS Project's lookup
tables) is the definition's ``<ValueList>`` of ``<Value>`` entries (``<ID>`` unique in the
file, ``<Value>``, ``<Description>``), with ``<RestrictValues>`` when only those values may
be typed. A list value is spelled as the field's task values are (a cost in hundredths, a
date ISO, a duration PTnHnMnS); tasks hold the value itself, as any value of the field.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from datetime import datetime
from itertools import pairwise
from operator import attrgetter
from xml.etree.ElementTree import Element, SubElement

from app.domain.custom_fields import (
    ALIAS_LIMIT,
    FIELD_COUNTS,
    LIST_KINDS,
    TEXT_LIMIT,
    CustomField,
    CustomValue,
    CustomValues,
    FieldKind,
    ListValue,
    field_order,
    fitted_alias,
    kind_of,
    ordered,
    same_value,
)
from app.domain.errors import FileFormatError
from app.domain.project import Project
from app.domain.quoting import quoted
from app.domain.task import Task
from app.io.mspdi_interim import INTERIM_FIELD_IDS
from app.io.mspdi_left_out import LeftOut
from app.io.mspdi_values import Q, format_duration, parse_duration, xml_decimal

_BASE = 188743680  # task fields: FieldID = this + the field's index in MS Project


def _ids() -> dict[str, int]:
    """Each custom task field's FieldID (MS Project's numbering, in blocks per kind)."""
    offsets: dict[FieldKind, list[int]] = {
        # Text1..5 sit among Start1..5/Finish1..5 (every third), Text6..10 follow
        FieldKind.TEXT: [51, 54, 57, 60, 63, 66, 67, 68, 69, 70, *range(317, 337)],
        FieldKind.NUMBER: [*range(87, 92), *range(302, 317)],
        FieldKind.FLAG: [*range(72, 82), *range(292, 302)],
        FieldKind.DATE: list(range(265, 275)),
        FieldKind.COST: [106, 107, 108, *range(258, 265)],
        FieldKind.DURATION: [103, 104, 105, *range(275, 282)],
    }
    out: dict[str, int] = {}
    for kind, count in FIELD_COUNTS.items():
        assert len(offsets[kind]) == count
        for n, offset in enumerate(offsets[kind], start=1):
            out[f"{kind.value}{n}"] = _BASE + offset
    return out


FIELD_IDS: dict[str, int] = _ids()
_NAMES: dict[str, str] = {str(fid): name for name, fid in FIELD_IDS.items()}
# MSPDI's CFType of each kind
CF_TYPES: dict[FieldKind, int] = {
    FieldKind.COST: 0,
    FieldKind.DATE: 1,
    FieldKind.DURATION: 2,
    FieldKind.FLAG: 4,
    FieldKind.NUMBER: 5,
    FieldKind.TEXT: 7,
}
_ORDER = {name: field_order(name) for name in FIELD_IDS}
# Every Task field's value in field order, and where ``custom`` sits among them.
_TASK_FIELDS = tuple(f.name for f in fields(Task))
_CUSTOM_AT = _TASK_FIELDS.index("custom")
_FIELDS_OF = attrgetter(*_TASK_FIELDS)
_EXT = Q + "ExtendedAttribute"
_FIELD_ID = Q + "FieldID"
_VALUE = Q + "Value"
_ALIAS = Q + "Alias"
_RESTRICT = Q + "RestrictValues"
_VALUE_LIST = Q + "ValueList"
_DESCRIPTION = Q + "Description"
_FLAGS = {"1": True, "true": True, "0": False, "false": False}


def read_definitions(
    root: Element, left_out: LeftOut | None = None, keep: str | None = None
) -> tuple[CustomField, ...]:
    """The custom task fields the file renames (aliases) or gives a value list, in field
    order. ``left_out`` hears the definitions of fields Gantry does not keep (but ``keep``,
    the FieldID read otherwise), aliases cut and value lists on fields taking none (flags)."""
    container = root.find(Q + "ExtendedAttributes")
    found: dict[str, CustomField] = {}
    for attr in container.findall(_EXT) if container is not None else ():
        fid = (attr.findtext(_FIELD_ID) or "").strip()
        name = _NAMES.get(fid)
        if name is None:
            if left_out is not None and fid and fid != keep and fid not in INTERIM_FIELD_IDS:
                left_out.define(fid, attr)
            continue
        if name in found:
            continue
        raw = attr.findtext(_ALIAS) or ""
        alias = fitted_alias(raw)
        if left_out is not None and len(" ".join(raw.split())) > ALIAS_LIMIT:
            left_out.cut.append(name)
        if kind_of(name) in LIST_KINDS:
            values = _value_list(attr, name)
        else:
            values = ()
            listed = [e for e in attr.findall(f"{_VALUE_LIST}/{_VALUE}") if _text_of(e, _VALUE)]
            if left_out is not None and listed:
                left_out.lists.append((name, len(listed)))
        restricted = bool(values) and _FLAGS.get(_text_of(attr, _RESTRICT).lower(), False)
        field = CustomField(name, alias, values, restricted)
        if field.is_set:
            found[name] = field
    return tuple(sorted(found.values(), key=lambda f: field_order(f.name)))


def _text_of(elem: Element, tag: str) -> str:
    return (elem.findtext(tag) or "").strip()


def _value_list(attr: Element, name: str) -> tuple[ListValue, ...]:
    """Field ``name``'s ``<ValueList>``, in the file's order, each value read as the field's
    task values are; an empty value, one listed twice (MS Project allows neither) or one
    that is none of the field's kind is left out rather than refusing the whole file."""
    out: list[ListValue] = []
    seen: list[CustomValue] = []
    kind = kind_of(name)
    for entry in attr.findall(f"{_VALUE_LIST}/{_VALUE}"):
        raw = " ".join((entry.findtext(_VALUE) or "").split())
        if not raw:
            continue
        if kind is FieldKind.TEXT:
            value: CustomValue = raw
            key: CustomValue = raw.lower()
        else:
            try:
                value = key = _typed(kind, raw)
            except ValueError:
                continue
        if any(same_value(key, other) for other in seen):
            continue
        seen.append(key)
        out.append(ListValue(value, " ".join((entry.findtext(_DESCRIPTION) or "").split())))
    return tuple(out)


def read_values(
    elems: Iterable[Element],
    where: str,
    seen: dict[tuple[str, str], CustomValue] | None = None,
    left_out: LeftOut | None = None,
) -> CustomValues:
    """A task's values from its ``<ExtendedAttribute>`` children (other fields skipped, and
    told to ``left_out``).

    ``seen``: values already read, by (field, text), shared across a file's tasks (the same
    owners, flags and dates recur on thousands of rows).
    """
    values: dict[str, CustomValue] = {}
    for attr in elems:
        fid = attr.findtext(_FIELD_ID)
        name = _NAMES.get(fid.strip()) if fid else None
        text = attr.findtext(_VALUE)
        if name is None:
            if left_out is not None and fid and fid.strip() not in INTERIM_FIELD_IDS:
                left_out.value(fid, text, where)  # (interim plans: app/io/mspdi_interim.py)
            continue
        if text is None or name in values:
            continue
        if seen is None:
            values[name] = _value(name, text, where)
            continue
        key = (name, text)
        found = seen.get(key)
        if found is None:
            found = seen[key] = _value(name, text, where)
        values[name] = found
    items = tuple((k, v) for k, v in values.items() if v is not False and v != "")
    if all(_ORDER[a[0]] < _ORDER[b[0]] for a, b in pairwise(items)):
        return items  # as Gantry writes them (and most files): in field order already
    return ordered(values)


def _value(name: str, text: str, where: str) -> CustomValue:
    kind = kind_of(name)
    if kind is FieldKind.TEXT:
        if len(text) > TEXT_LIMIT:  # MS Project's Text fields hold 255 characters
            raise FileFormatError(
                f"{where}: <ExtendedAttribute> {name} holds {len(text):,} characters of text "
                f"(a Text field holds at most {TEXT_LIMIT})"
            )
        return text
    raw = text.strip()
    if not raw:
        return ""  # <Value/>: no value, for every kind (as an empty text is)
    try:
        return _typed(kind, raw)
    except ValueError:
        raise FileFormatError(
            f"{where}: <ExtendedAttribute> {name} {quoted(raw)} is not {_WHAT[kind]}"
        ) from None


def _typed(kind: FieldKind, raw: str) -> CustomValue:
    """The value of a non-text field's text; ValueError when it is none."""
    bad = ValueError(raw)
    if kind is FieldKind.FLAG:
        if raw.lower() not in _FLAGS:
            raise bad
        return _FLAGS[raw.lower()]
    if kind is FieldKind.DURATION:
        minutes = parse_duration(raw)
        if minutes is None:
            raise bad
        return minutes
    if kind is FieldKind.DATE:
        return datetime.fromisoformat(raw).replace(second=0, microsecond=0, tzinfo=None)
    number = xml_decimal(raw)  # not float(): it takes '5_0', other scripts' digits, 'nan'
    return number / 100 if kind is FieldKind.COST else number


_WHAT = {
    FieldKind.FLAG: "a flag (1 or 0)",
    FieldKind.DURATION: "a duration",
    FieldKind.DATE: "a date",
    FieldKind.NUMBER: "a number",
    FieldKind.COST: "an amount",
}


def used_fields(project: Project, tasks: Iterable[Task]) -> list[str]:
    """The fields to define in a file: those renamed and those a task has a value of."""
    names = {f.name for f in project.custom_fields}
    for task in tasks:
        names.update(name for name, _ in task.custom)
    return sorted(names, key=field_order)


def write_definitions(container: Element, project: Project, names: Iterable[str]) -> None:
    """One ``<ExtendedAttribute>`` definition per field in ``names``, with its alias and value
    list (children in the schema's order: Alias ... RestrictValues ... ValueList)."""
    defined = {f.name: f for f in project.custom_fields}
    value_id = 0  # a list value's ID is unique across the file
    for name in names:
        attr = SubElement(container, _EXT)
        SubElement(attr, _FIELD_ID).text = str(FIELD_IDS[name])
        SubElement(attr, Q + "FieldName").text = name
        SubElement(attr, Q + "CFType").text = str(CF_TYPES[kind_of(name)])
        field = defined.get(name)
        if field is None:
            continue
        if field.alias:
            SubElement(attr, _ALIAS).text = field.alias
        if not field.values:
            continue
        SubElement(attr, _RESTRICT).text = "1" if field.restricted else "0"
        entries = SubElement(attr, _VALUE_LIST)
        for item in field.values:
            value_id += 1
            entry = SubElement(entries, _VALUE)
            SubElement(entry, Q + "ID").text = str(value_id)
            SubElement(entry, _VALUE).text = _text(name, item.value)
            if item.description:
                SubElement(entry, _DESCRIPTION).text = item.description


def write_values(elem: Element, task: Task) -> None:
    """A task's values as ``<ExtendedAttribute>`` children of its ``<Task>`` element."""
    for name, value in task.custom:
        attr = SubElement(elem, _EXT)
        SubElement(attr, _FIELD_ID).text = str(FIELD_IDS[name])
        SubElement(attr, _VALUE).text = _text(name, value)
        if kind_of(name) is FieldKind.DURATION:
            SubElement(attr, Q + "DurationFormat").text = "7"


def _text(name: str, value: CustomValue) -> str:
    kind = kind_of(name)
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat(timespec="seconds")
    if kind is FieldKind.FLAG:
        return "1" if value else "0"
    if kind is FieldKind.COST:
        return str(round(float(value) * 100))
    if kind is FieldKind.DURATION:
        return format_duration(int(value))
    if kind is FieldKind.NUMBER:
        number = float(value)
        return str(int(number)) if number == int(number) else repr(number)
    return str(value)


def with_custom_values(
    tasks: list[Task], found: dict[int, list[Element]], left_out: LeftOut | None = None
) -> list[Task]:
    """The tasks, those whose rows had ``<ExtendedAttribute>`` values holding them
    (``left_out`` hears the values of fields Gantry does not keep)."""
    seen: dict[tuple[str, str], CustomValue] = {}
    rows: list[tuple[object, ...]] = []
    at: list[int] = []
    for i, task in enumerate(tasks):
        elems = found.get(task.uid)
        if elems:
            custom = read_values(elems, f"Task UID {task.uid}", seen, left_out)
            if custom:
                row = list(_FIELDS_OF(task))
                row[_CUSTOM_AT] = custom
                rows.append(tuple(row))
                at.append(i)
    if not rows:
        return tasks
    # built in one pass (Task.of_many), as replace() per task cost 30 us a task
    out = list(tasks)
    for i, made in zip(at, Task.of_many(rows), strict=True):
        out[i] = made
    return out
