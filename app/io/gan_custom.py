"""GanttProject's custom task properties as Gantry's custom fields, both ways.

A .gan file declares each property once, ``<taskproperty id="tpc0" name="Owner"
type="custom" valuetype="text" defaultvalue=""/>`` under ``<tasks><taskproperties>``, and
gives a task its value with ``<customproperty taskproperty-id="tpc0" value="Ana"/>``
(a task without one shows the property's default).

Reading, a property becomes the next free field of its kind, named by the property's
name as alias: text -> Text, int and double -> Number, date -> Date, boolean -> Flag (any
other valuetype is text, as GanttProject reads it). A property named as a field of that
kind ("Number3") takes that field, without alias. A property beyond the kind's fields
(a 31st text one) is left out, with a note.

Writing, each field the plan names or holds values of is one property, named by its
alias (else its name), and a column of GanttProject's task table view: Text as text, Number and Cost as double, Flag as boolean, Date
as date (GanttProject's ``2026-03-02T13:00:00.00Z``: wall-clock time, its "Z" is not
UTC), Duration as text ("5d", in hours where 8-hour days would read another length).
The property also carries ``gantry-field="Cost1"``, which GanttProject ignores and
drops on its next save: Gantry reads the field back as it was (a Cost stays a Cost in
its own slot); once GanttProject saved the file a Cost comes back as a Number, a
Duration as Text. A field's value list is not kept (formats.not_kept says so).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from xml.etree.ElementTree import Element, SubElement

from app.domain.custom_fields import (
    ALIAS_LIMIT,
    FIELD_COUNTS,
    TEXT_LIMIT,
    CustomField,
    CustomValue,
    CustomValues,
    FieldKind,
    canonical_name,
    cut_aliases_note,
    field_order,
    field_title,
    fitted_alias,
    is_empty,
    kind_of,
    ordered,
)
from app.domain.errors import FileFormatError, InputError
from app.domain.notation import parse_duration
from app.domain.plan import Plan
from app.domain.plural_words import noun, verb
from app.domain.project import Project
from app.domain.quoting import NAME_LIMIT, clipped, quoted
from app.domain.task import Task
from app.io.custom_text import duration_text, number_text, read_number

# GanttProject valuetype -> the kind of field that holds it.
_KINDS = {
    "text": FieldKind.TEXT,
    "int": FieldKind.NUMBER,
    "integer": FieldKind.NUMBER,
    "double": FieldKind.NUMBER,
    "date": FieldKind.DATE,
    "boolean": FieldKind.FLAG,
}
# The kind of field -> the valuetype written.
_VALUE_TYPES = {
    FieldKind.TEXT: "text",
    FieldKind.NUMBER: "double",
    FieldKind.COST: "double",
    FieldKind.FLAG: "boolean",
    FieldKind.DATE: "date",
    FieldKind.DURATION: "text",
}
FIELD_ATTRIBUTE = "gantry-field"  # the field a property was written from (ours, not GanttProject's)
_DATE_RE = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?$"
)
_SHOWN = 3  # properties named in a note before "and N more"


@dataclass(frozen=True, slots=True)
class _Property:
    """One custom <taskproperty> and the field it is read into."""

    pid: str
    field: str
    valuetype: str
    default: CustomValue | None


@dataclass(frozen=True, slots=True)
class GanCustom:
    """What a .gan file's custom properties become: the field definitions, each task's
    values by task uid, and notes on what was left out."""

    fields: tuple[CustomField, ...] = ()
    values: dict[int, CustomValues] | None = None
    notes: tuple[str, ...] = ()


def read_custom(
    file_name: str,
    root: Element,
    tasks: Iterable[tuple[Element, int]],
    project: Project,
) -> GanCustom:
    """The custom fields and values of a parsed .gan document; ``tasks``: each <task>
    element with its uid. FileFormatError naming the element and task on a value that
    does not read or a property that is not declared."""
    reader = _Reader(file_name, project)
    declared = reader.properties(root.findall("tasks/taskproperties/taskproperty"))
    defaults = [(pid, p) for pid, p in declared.items() if p is not None and p.default is not None]
    values: dict[int, CustomValues] = {}
    for el, uid in tasks:
        own = reader.task_values(el, uid, declared, defaults)
        if own:
            values[uid] = own
    fields = tuple(
        CustomField(p.field, reader.alias[p.pid])
        for p in sorted(
            (p for p in declared.values() if p is not None), key=lambda p: field_order(p.field)
        )
        if reader.alias[p.pid]
    )
    return GanCustom(fields, values, reader.notes())


class _Reader:
    """Reads the declarations, then each task's values."""

    def __init__(self, file_name: str, project: Project) -> None:
        self.file_name = file_name
        self.project = project
        self.alias: dict[str, str] = {}
        self.left_out: dict[FieldKind, list[str]] = {}
        self.cut: list[str] = []  # fields whose names (aliases) were cut to 50 characters

    def fail(self, message: str) -> FileFormatError:
        return FileFormatError(f"{self.file_name}: {message}")

    def properties(self, elements: list[Element]) -> dict[str, _Property | None]:
        """Property id -> its field (None: a default property, or one left out)."""
        out: dict[str, _Property | None] = {}
        custom: list[tuple[Element, str, str, FieldKind]] = []
        for el in elements:
            pid = el.get("id")
            if not pid:
                raise self.fail(f'<taskproperty name="{el.get("name", "")}"> has no id attribute')
            if pid in out or any(pid == c[1] for c in custom):
                raise self.fail(f'<taskproperty id="{pid}"> is declared twice')
            if el.get("type") != "custom":
                out[pid] = None  # GanttProject's own columns (name, begindate...)
                continue
            valuetype = (el.get("valuetype") or "text").strip().lower()
            custom.append((el, pid, valuetype, _KINDS.get(valuetype, FieldKind.TEXT)))
        taken: dict[str, str] = {}  # field -> property id
        wanted: dict[str, str] = {}  # property id -> field it names
        for el, pid, _vt, kind in custom:
            field = self._named_field(el, kind)
            if field is not None and field not in taken:
                taken[field] = pid
                wanted[pid] = field
        free = {
            k: [f"{k.value}{n}" for n in range(1, c + 1) if f"{k.value}{n}" not in taken]
            for k, c in FIELD_COUNTS.items()
        }
        for el, pid, valuetype, kind in custom:
            title = " ".join((el.get("name") or "").split())
            field = wanted.get(pid)
            if field is None:
                if not free[kind]:
                    self.left_out.setdefault(kind, []).append(title or pid)
                    out[pid] = None
                    continue
                field = free[kind].pop(0)
            if len(title) > ALIAS_LIMIT:
                self.cut.append(field)
            title = fitted_alias(title)  # MS Project's 50 characters at most
            self.alias[pid] = "" if title == field or not title else title
            default = self._default(el, pid, field)
            out[pid] = _Property(pid, field, valuetype, default)
        return out

    def _named_field(self, el: Element, kind: FieldKind) -> str | None:
        """The field a property names: ours (``gantry-field``), else its name when that is
        a field of its kind ("Number3")."""
        ours = canonical_name(el.get(FIELD_ATTRIBUTE) or "")
        if ours is not None:
            return ours
        named = canonical_name(el.get("name") or "")
        if named is not None and kind_of(named) is kind:
            return named
        return None

    def _default(self, el: Element, pid: str, field: str) -> CustomValue | None:
        text = el.get("defaultvalue")
        if text is None or not text.strip():
            return None
        try:
            return self.value(field, (el.get("valuetype") or "text").lower(), text)
        except _UnreadError as exc:
            raise self.fail(f'<taskproperty id="{pid}"> {exc}') from None

    def task_values(
        self,
        el: Element,
        uid: int,
        declared: dict[str, _Property | None],
        defaults: list[tuple[str, _Property]],
    ) -> CustomValues:
        """A task's values: its own <customproperty> values, else the properties' defaults."""
        props = el.findall("customproperty")
        if not props and not defaults:
            return ()
        values: dict[str, CustomValue] = {}
        given: set[str] = set()
        for prop in props:
            pid = prop.get("taskproperty-id")
            if pid is None:
                raise self.fail(f"task id {uid - 1}: <customproperty> has no taskproperty-id")
            if pid not in declared:
                raise self.fail(
                    f"{_where(uid, pid)} names no <taskproperty> declared in <taskproperties>"
                )
            found = declared[pid]
            given.add(pid)
            if found is None:
                continue  # a left-out property, or a default column GanttProject never fills
            text = prop.get("value")
            values.pop(found.field, None)
            if text is not None:
                try:
                    value = self.value(found.field, found.valuetype, text)
                except _UnreadError as exc:
                    raise self.fail(f"{_where(uid, pid)} {exc}") from None
                if value is not None:
                    values[found.field] = value
        for pid, found in defaults:
            if pid not in given and found.default is not None:
                values[found.field] = found.default
        return ordered(values)

    def value(self, field: str, valuetype: str, text: str) -> CustomValue | None:
        """The value ``text`` holds for ``field``; _UnreadError saying why it holds none."""
        kind = kind_of(field)
        if kind is FieldKind.TEXT:
            kept = " ".join(text.splitlines()).strip()
            if len(kept) > TEXT_LIMIT:  # MS Project's Text fields hold 255 characters
                raise _UnreadError(f"holds {len(kept):,} characters of text (at most {TEXT_LIMIT})")
            return kept or None
        typed = text.strip()
        if not typed:
            return None
        if kind is FieldKind.FLAG:
            if typed.lower() in ("true", "false"):
                return typed.lower() == "true"
            raise _UnreadError(f'has value="{clipped(text)}", not true or false')
        if kind in (FieldKind.NUMBER, FieldKind.COST):
            number = read_number(typed)
            if number is None or (valuetype in ("int", "integer") and not number.is_integer()):
                what = "a whole number" if valuetype in ("int", "integer") else "a number"
                raise _UnreadError(f'has value="{clipped(text)}", not {what}')
            return number
        if kind is FieldKind.DURATION:
            try:
                return parse_duration(typed, self.project).minutes
            except InputError:
                raise _UnreadError(
                    f'has value="{clipped(text)}", not a duration (5d, 4h)'
                ) from None
        return _date(typed)

    def notes(self) -> tuple[str, ...]:
        out = []
        for kind, titles in self.left_out.items():
            named = ", ".join(quoted(t, NAME_LIMIT) for t in titles[:_SHOWN])
            if len(titles) > _SHOWN:
                named += f" and {len(titles) - _SHOWN} more"
            count, more = FIELD_COUNTS[kind], len(titles)
            properties = noun(more, "property", "properties")
            out.append(
                f"{self.file_name}: Gantry has {count} {kind.label} fields; "
                f"{more} more {kind.label.lower()} {properties} {verb(more)} left out ({named})"
            )
        cut = cut_aliases_note(self.file_name, self.cut)
        return tuple(out) if cut is None else (*out, cut)


class _UnreadError(ValueError):
    """A value that does not read for its field; the message says why (``has value=...``)."""


def _where(uid: int, pid: str) -> str:
    return f'task id {uid - 1}: <customproperty taskproperty-id="{pid}">'


def _date(typed: str) -> datetime:
    """GanttProject's date (``2026-03-02T13:30:00.00Z``, or a day alone) as wall-clock time
    (its "Z" is no time zone)."""
    m = _DATE_RE.match(typed)
    try:
        if m is None:
            raise ValueError(typed)
        year, month, day, hour, minute, second = (int(p) if p else 0 for p in m.groups())
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        raise _UnreadError(
            f'has value="{clipped(typed)}", not a date (2026-03-02 or 2026-03-02T13:00:00)'
        ) from None


# ---------------------------------------------------------------------- writing


def written_fields(plan: Plan) -> list[str]:
    """The fields written as properties: those the plan names or holds values of."""
    names = {f.name for f in plan.project.custom_fields if f.is_set}
    for task in plan.tasks:
        names.update(name for name, value in task.custom if not is_empty(value))
    return sorted(names, key=field_order)


def write_properties(parent: Element, plan: Plan, fields: list[str]) -> dict[str, str]:
    """One custom <taskproperty> per field under ``parent`` (<taskproperties>); returns
    field name -> property id."""
    ids: dict[str, str] = {}
    for n, name in enumerate(fields):
        pid = f"tpc{n}"
        ids[name] = pid
        SubElement(
            parent,
            "taskproperty",
            {
                "id": pid,
                "name": field_title(name, plan.project.custom_fields),
                "type": "custom",
                "valuetype": _value_type(plan, name),
                FIELD_ATTRIBUTE: name,
            },
        )
    return ids


def _value_type(plan: Plan, name: str) -> str:
    """The valuetype a field is written as: a Number all of whose values are whole as
    "int" (GanttProject's whole-number column, as a story-point column read from one was;
    Gantry's Number keeps no such mark), else its kind's."""
    kind = kind_of(name)
    if kind is FieldKind.NUMBER:
        values = [v for t in plan.tasks for n, v in t.custom if n == name and not is_empty(v)]
        whole = all(isinstance(v, int | float) and float(v).is_integer() for v in values)
        if values and whole:
            return "int"
    return _VALUE_TYPES[kind]


# The task table's columns a view with custom columns shows first: (id, name, width).
_VIEW_COLUMNS = (
    ("tpd3", "Name", 240),
    ("tpd4", "Begin date", 90),
    ("tpd5", "End date", 90),
    ("tpd6", "Duration", 60),
)
_CUSTOM_WIDTH = 90


def write_view(root: Element, plan: Plan, fields: list[str]) -> None:
    """GanttProject's task table view (``<view id="gantt-chart">``): name, dates and
    duration, then one column per custom property (ids as :func:`write_properties` gives
    them), so that GanttProject shows the fields as Gantry's sheet does."""
    view = SubElement(root, "view", {"zooming-state": "default:2", "id": "gantt-chart"})
    columns = [*_VIEW_COLUMNS]
    columns += [
        (f"tpc{n}", field_title(name, plan.project.custom_fields), _CUSTOM_WIDTH)
        for n, name in enumerate(fields)
    ]
    for order, (pid, name, width) in enumerate(columns):
        SubElement(
            view, "field", {"id": pid, "name": name, "width": str(width), "order": str(order)}
        )


def write_values(el: Element, task: Task, ids: dict[str, str], project: Project) -> None:
    """The task's values as <customproperty> children of its <task> element."""
    for name, value in task.custom:
        pid = ids.get(name)
        if pid is None or is_empty(value):
            continue
        SubElement(
            el,
            "customproperty",
            {"taskproperty-id": pid, "value": value_text(name, value, project)},
        )


def value_text(name: str, value: CustomValue, project: Project) -> str:
    """A value as a property's ``value`` attribute holds it."""
    kind = kind_of(name)
    if kind is FieldKind.FLAG:
        return "true" if value is True else "false"
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%dT%H:%M:%S}.00Z"
    if isinstance(value, str):
        return value
    if kind is FieldKind.DURATION:
        return duration_text(int(value), project)
    return number_text(float(value))


def note_lines(custom: GanCustom, warn: Callable[[str], None] | None) -> None:
    """Tell ``warn`` the notes of a read (nothing without a listener)."""
    if warn is not None:
        for line in custom.notes:
            warn(line)
