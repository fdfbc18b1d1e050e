"""Texts a .gantry file cannot hold as they are, and texts older files hold past today's limits.

SQLite stores text as UTF-8, which has no encoding for a lone surrogate (half of a UTF-16
pair: U+D800..U+DFFF, left by text pasted from some Windows tools or a damaged workbook
cell). Writing one raised UnicodeEncodeError and the edit or the save failed; the writer
now stores U+FFFD (the replacement character) in its place and :func:`surrogates_note`
says so for a save or convert.

Files written before the limits were enforced may hold a custom field's name (alias)
longer than MS Project's 50 characters or a Text field value longer than 255: a load
trims them (:func:`trimmed`), saying so, rather than showing what no edit could type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields, is_dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from operator import attrgetter
from types import UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints

from app.domain.custom_fields import (
    ALIAS_LIMIT,
    TEXT_LIMIT,
    FieldKind,
    fitted_alias,
    kind_of,
    ordered,
)
from app.domain.plan import Plan
from app.domain.plural_words import counted, verb
from app.domain.project import Project
from app.domain.task import Task

LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def repaired(value: object) -> object:
    """``value`` with each lone surrogate replaced by U+FFFD (any other value as it is)."""
    if isinstance(value, str) and LONE_SURROGATE.search(value):
        return LONE_SURROGATE.sub(REPLACEMENT, value)
    return value


def repaired_row(row: Iterable[object]) -> tuple[object, ...]:
    """A row's values, texts repaired (:func:`repaired`)."""
    return tuple(map(repaired, row))


def surrogates_note(plan: Plan, ext: str = ".gantry") -> str:
    """The line saying a save as ``ext`` replaced lone surrogates; "" when the plan has none."""
    count = 0
    first = ""
    for place, text in _texts(plan):
        found = len(LONE_SURROGATE.findall(text))
        if found and not first:
            first = place
        count += found
    if not count:
        return ""
    return (
        f"{ext} cannot hold half a character pair (pasted from another tool?): "
        f"{counted(count, 'character')} saved as \N{REPLACEMENT CHARACTER}, the first in {first}"
    )


def _texts(plan: Plan) -> Iterator[tuple[str, str]]:
    """(place, text) of the plan's texts that hold a lone surrogate: one search over all
    of them first, so a plan holding none costs one walk and a join."""
    values: list[tuple[str, object]] = [("the project settings", plan.project)]
    values += [(f"task {t.uid}", t) for t in plan.tasks]
    values += [(f"resource {r.uid}", r) for r in plan.resources]
    values += [(f"the assignment {a.uid}", a) for a in plan.assignments]
    values += [(f"calendar {c.uid}", c) for c in plan.calendars.values()]
    values += [(f"risk {r.uid}", r) for r in plan.risks]
    values += [(f"baseline {b.index}", b) for b in plan.baselines.values()]
    every: list[str] = []
    for _, value in values:
        _gather(value, every)
    if not LONE_SURROGATE.search("\n".join(every)):
        return iter(())
    return (
        (place, text)
        for place, value in values
        for text in _strings(value)
        if LONE_SURROGATE.search(text)
    )


# Values that hold no text, skipped without asking what they are: most of a task's fields.
_NO_TEXT: frozenset[type] = frozenset(
    {int, float, bool, type(None), datetime, date, time, timedelta, Decimal}
)


def _strings(value: object) -> list[str]:
    """Every text a domain value holds, nested values and tuples followed."""
    out: list[str] = []
    _gather(value, out)
    return out


def _gather(value: object, out: list[str]) -> None:
    """Append to ``out`` every text ``value`` holds (a text, a tuple or list of values, a
    dataclass's fields; anything else holds none), in no set order. One loop over a stack
    that numbers and dates never enter, not nested generators: walking 10,000 tasks'
    fields that way took a quarter of a second on every .gantry write."""
    stack = [value]
    pop, push, keep = stack.pop, stack.append, out.append
    while stack:
        held = pop()
        if isinstance(held, str):
            keep(held)
            continue
        if isinstance(held, tuple | list):
            items = held
        else:
            read = _field_values(type(held))
            if read is None:
                continue
            items = read(held)
        for item in items:
            cls = type(item)
            if cls is str:
                keep(item)
            elif cls not in _NO_TEXT:
                push(item)


_FIELD_VALUES: dict[type, Callable[[Any], tuple[Any, ...]] | None] = {}


def _field_values(cls: type) -> Callable[[Any], tuple[Any, ...]] | None:
    """What reads a dataclass's field values as a tuple (None for any other class), made
    once per class: asking is_dataclass and fields of each of 150,000 tasks, then each
    field by name, took most of a big convert's time (12 s of 33 at 150k rows)."""
    if cls in _FIELD_VALUES:
        return _FIELD_VALUES[cls]
    names = [f.name for f in fields(cls)] if is_dataclass(cls) else []
    if names:
        try:
            hints = get_type_hints(cls)
        except (NameError, TypeError, AttributeError):  # a hint not resolvable: read all
            hints = {}
        # Fields typed as numbers, dates, flags or enums hold no text a user typed: not
        # read at all (a task's twenty-odd fields are mostly such).
        names = [n for n in names if n not in hints or _may_hold_text(hints[n])]
    read = None if not names else lambda v, get=attrgetter(*names): _as_tuple(get(v), len(names))
    _FIELD_VALUES[cls] = read
    return read


def _may_hold_text(hint: Any) -> bool:
    """Whether a field typed ``hint`` may hold a text: not a number, date, flag or enum
    member (nor None), nor a union of only those."""
    if isinstance(hint, type):
        return hint not in _NO_TEXT and not issubclass(hint, Enum)
    if get_origin(hint) in (Union, UnionType):
        return any(_may_hold_text(arg) for arg in get_args(hint))
    return True


def _as_tuple(got: Any, n: int) -> tuple[Any, ...]:
    return got if n > 1 else (got,)  # attrgetter of one name gives the value itself


def trimmed(
    project: Project, tasks: list[Task], file_name: str
) -> tuple[Project, list[Task], list[str]]:
    """The project and tasks with aliases over :data:`ALIAS_LIMIT` and Text values over
    :data:`TEXT_LIMIT` characters cut (as an older file may hold them), and the notes saying
    what was cut (none when nothing was)."""
    notes: list[str] = []
    cut = [f.name for f in project.custom_fields if len(f.alias) > ALIAS_LIMIT]
    if cut:
        project = replace(
            project,
            custom_fields=tuple(
                replace(f, alias=fitted_alias(f.alias)) if f.name in cut else f
                for f in project.custom_fields
            ),
        )
        which = ", ".join(cut[:3]) + (f" and {len(cut) - 3} more" if len(cut) > 3 else "")
        notes.append(
            f"{file_name}: the name of {which} is cut to {ALIAS_LIMIT} characters "
            "(MS Project's limit; the file holds a longer one)"
        )
    long_values = 0
    first = ""
    out: list[Task] = []
    for task in tasks:
        if task.custom and any(_too_long(n, v) for n, v in task.custom):
            for name, value in task.custom:
                if _too_long(name, value):
                    long_values += 1
                    first = first or f"{name} of task {task.uid}"
            task = replace(task, custom=ordered({n: _cut(n, v) for n, v in task.custom}))
        out.append(task)
    if long_values:
        notes.append(
            f"{file_name}: {counted(long_values, 'Text value')} longer than {TEXT_LIMIT} "
            f"characters {verb(long_values)} cut to {TEXT_LIMIT} (the first: {first})"
        )
    return project, out if long_values else tasks, notes


def _too_long(name: str, value: object) -> bool:
    return isinstance(value, str) and len(value) > TEXT_LIMIT and kind_of(name) is FieldKind.TEXT


def _cut(name: str, value: Any) -> Any:
    if _too_long(name, value):
        return str(value)[: TEXT_LIMIT - 1].rstrip() + "\u2026"
    return value
