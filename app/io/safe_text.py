"""Characters no exchange file can hold, and a plan without them.

Text pasted from another tool can carry control characters: U+000B (a line break
inside a PowerPoint paragraph), U+0001, a form feed. XML 1.0 has no place for them
(nor for lone surrogates, U+FFFE and U+FFFF): a GanttProject file or an MS Project
XML holding one is refused by every XML reader, MS Project, GanttProject and Gantry
alike; a CSV holding U+0000 or U+0001 does not read back. The .gan, .xml and .csv
writers therefore write :func:`safe_plan` (the plan itself when it holds none), and
``formats.not_kept`` says what was left out with :func:`left_out_note`: how many
characters, and the first place holding one.

Tab, line feed and carriage return are kept: every format holds them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from app.domain.baseline import Baseline
from app.domain.calendar import Calendar, CalendarException, WorkWeek
from app.domain.custom_fields import CustomField, ListValue
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.project import Project
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk
from app.domain.task import Task

# XML 1.0's Char production leaves these out (tab, LF, CR and all else are allowed).
NOT_HELD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# The text fields of each value a plan holds, written to files; nested values
# (a task's custom texts, a resource's skills, a calendar's exceptions, the project's
# custom field definitions) are followed in _NESTED. A field id such as
# CustomField.name ("Text1") is not text the user typed.
TEXT_FIELDS: dict[type, tuple[str, ...]] = {
    Project: ("name", "currency", "currency_symbol", "author", "manager", "company", "notes"),
    Task: ("name", "notes", "wbs"),
    Resource: ("name", "initials", "role", "email", "material_label", "notes"),
    Assignment: ("notes",),
    Calendar: ("name", "holiday_country", "holiday_subdivision"),
    CalendarException: ("name",),
    WorkWeek: ("name",),
    Risk: ("title", "owner", "mitigation", "description", "category", "trigger"),
    Baseline: ("name",),
    CustomField: ("alias",),
    ListValue: ("value", "description"),
}

T = TypeVar("T")


def held(text: str) -> str:
    """``text`` without the characters no exchange file can hold."""
    return NOT_HELD.sub("", text) if NOT_HELD.search(text) else text


@dataclass(frozen=True, slots=True)
class LeftOut:
    """How many characters a plan holds that no exchange file can, and the first place."""

    count: int
    first: str  # "task 3 'Design' (notes)"


def left_out(plan: Plan) -> LeftOut | None:
    """What :func:`safe_plan` leaves out of ``plan``; None when nothing."""
    count = 0
    first = ""
    for place, value in _dirty_values(plan):
        n, where = _count(value)
        if n and not first:
            first = f"{place(value)} ({where})"
        count += n
    return LeftOut(count, first) if count else None


def left_out_note(plan: Plan, fmt: str) -> str:
    """The one line that says a save as ``fmt`` left characters out; "" when none."""
    found = left_out(plan)
    if found is None:
        return ""
    return (
        f"{fmt} cannot hold control characters (pasted from another tool?): "
        f"{counted(found.count, 'character')} left out, the first in {found.first}"
    )


def safe_plan(plan: Plan) -> Plan:
    """``plan`` itself when every text can be written, else a copy without those characters
    (the plan in the window keeps them)."""
    dirty = list(_dirty_values(plan))
    if not dirty:
        return plan
    swap = {id(value): _clean(value) for _, value in dirty}

    def fixed(values: Iterable[T]) -> list[T]:
        return [swap.get(id(v), v) for v in values]

    return Plan(
        project=swap.get(id(plan.project), plan.project),
        tasks=fixed(plan.tasks),
        links=list(plan.links),
        calendars={k: swap.get(id(c), c) for k, c in plan.calendars.items()},
        resources=fixed(plan.resources),
        assignments=fixed(plan.assignments),
        baselines={k: swap.get(id(b), b) for k, b in plan.baselines.items()},
        interims=dict(plan.interims),
        risks=fixed(plan.risks),
        recurrences=dict(plan.recurrences),
        kept_links=plan.kept_links,
    )


# ---------------------------------------------------------------------- finding


def _dirty_values(plan: Plan) -> Iterable[tuple[Callable[[Any], str], Any]]:
    """(how to name it, value) for each value of the plan holding a character not held,
    tasks first (the note names the first)."""
    yield from _scan(
        plan.tasks, lambda t: f"task {t.uid} {quoted(held(t.name), NAME_LIMIT)}", _task_texts
    )
    if _holds_any(_texts(plan.project)):
        yield (lambda _p: "the project settings"), plan.project
    yield from _scan(
        plan.resources, lambda r: f"resource {quoted(held(r.name), NAME_LIMIT)}", _texts
    )
    yield from _scan(
        plan.assignments,
        lambda a: f"the assignment of task {a.task_uid}",
        lambda rows: [a.notes for a in rows],
    )
    yield from _scan(
        plan.calendars.values(), lambda c: f"calendar {quoted(held(c.name), NAME_LIMIT)}", _texts
    )
    yield from _scan(plan.risks, lambda r: f"risk {quoted(held(r.title), NAME_LIMIT)}", _texts)
    yield from _scan(plan.baselines.values(), lambda b: f"baseline {b.index}", _texts)


def _scan(
    values: Iterable[Any],
    place: Callable[[Any], str],
    texts: Callable[[list[Any]], Iterable[str]],
) -> Iterable[tuple[Callable[[Any], str], Any]]:
    rows = list(values)
    # One search over all the texts first: 100k clean tasks cost a few joins, not 100k calls
    if not rows or not _holds_any(texts(rows)):
        return
    for value in rows:
        if _holds_any(texts([value])):
            yield place, value


def _holds_any(texts: Iterable[str]) -> bool:
    return NOT_HELD.search("\n".join(texts)) is not None


def _task_texts(tasks: list[Task]) -> list[str]:
    # list comprehensions, not generators: safe_plan on 100k tasks 0.07 s instead of 0.21
    return [
        "\n".join([t.name for t in tasks]),
        "\n".join([t.notes for t in tasks]),
        "\n".join([t.wbs for t in tasks if t.wbs]),
        "\n".join([v for t in tasks for _, v in t.custom if isinstance(v, str)]),
    ]


def _texts(value: Any) -> Iterable[str]:
    """Every text of ``value`` (or of each value of a list of them), nested ones too."""
    if isinstance(value, list):
        for item in value:
            yield from _texts(item)
        return
    for name in TEXT_FIELDS.get(type(value), ()):
        text = getattr(value, name)
        if isinstance(text, str):  # a value list's number or date is no text
            yield text
    for name, _ in _NESTED.get(type(value), ()):
        nested = getattr(value, name)
        for item in nested:
            if isinstance(item, str):
                yield item
            elif isinstance(item, tuple):  # a task's (field, value) pair
                if isinstance(item[1], str):
                    yield item[1]
            else:
                yield from _texts(item)


def _count(value: Any) -> tuple[int, str]:
    """How many characters ``value``'s texts hold that no file can, and the first field."""
    total = 0
    first = ""
    for name in TEXT_FIELDS.get(type(value), ()):
        text = getattr(value, name)
        n = len(NOT_HELD.findall(text)) if isinstance(text, str) else 0
        if n and not first:
            first = name
        total += n
    for name, label in _NESTED.get(type(value), ()):
        n = sum(len(NOT_HELD.findall(t)) for t in _texts_of(getattr(value, name)))
        if n and not first:
            first = label
        total += n
    return total, first.replace("_", " ")


def _texts_of(items: tuple[Any, ...]) -> Iterable[str]:
    for item in items:
        if isinstance(item, str):
            yield item
        elif isinstance(item, tuple):
            if isinstance(item[1], str):
                yield item[1]
        else:
            yield from _texts(item)


# ---------------------------------------------------------------------- cleaning


def _clean(value: T) -> T:
    """``value`` with every text (nested ones too) :func:`held`."""
    changes: dict[str, Any] = {}
    for name in TEXT_FIELDS.get(type(value), ()):
        text = getattr(value, name)
        if isinstance(text, str) and NOT_HELD.search(text):
            changes[name] = held(text)
    for name, _ in _NESTED.get(type(value), ()):
        items = getattr(value, name)
        cleaned = tuple(_clean_item(item) for item in items)
        if cleaned != items:
            changes[name] = cleaned
    return replace(value, **changes) if changes else value  # type: ignore[type-var]


def _clean_item(item: Any) -> Any:
    if isinstance(item, str):
        return held(item)
    if isinstance(item, tuple):  # (field, value) of a task's custom values
        field, value = item
        return (field, held(value)) if isinstance(value, str) else item
    return _clean(item)


# Nested tuples holding text: (attribute, how a note names it).
_NESTED: dict[type, tuple[tuple[str, str], ...]] = {
    Project: (("custom_fields", "custom field names"),),
    Task: (("custom", "custom fields"),),
    Resource: (("skills", "skills"),),
    Calendar: (("exceptions", "exceptions"), ("work_weeks", "work weeks")),
    CustomField: (("values", "value list"),),
}
