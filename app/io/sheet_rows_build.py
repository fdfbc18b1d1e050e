"""The tasks, links and assignments of a client's sheet, built many at once.

A frozen dataclass's constructor sets each field with one Python call: 30 for a
Task, so building 150,000 of them one by one was a fifth of a big sheet's import.
The sheet reader collects each row's values as a tuple in field order instead and
builds them all with :func:`app.domain.bulk.build_many`, one Python call a row.
The values not given are the dataclass's own defaults, read from a default instance.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields
from typing import Any

from app.domain.bulk import build_columns, build_many
from app.domain.link import Link
from app.domain.resource import Assignment
from app.domain.task import Task

_TASK_NAMES = tuple(f.name for f in fields(Task))
_TASK_HEAD = ("uid", "name", "outline_level")  # the values each row gives first
if _TASK_NAMES[:3] != _TASK_HEAD:  # pragma: no cover - the order rows are built in
    raise ImportError(f"Task's first fields are {_TASK_NAMES[:3]}, not {_TASK_HEAD}")
_TASK_TAIL = tuple(getattr(Task(0), name) for name in _TASK_NAMES[3:])
_TAIL_AT = {name: k - 3 for k, name in enumerate(_TASK_NAMES) if k >= 3}
CUSTOM_AT = _TAIL_AT["custom"]  # where a row's custom values go in its tail

_LINK_NAMES = tuple(f.name for f in fields(Link))
PLAIN_LINK_TAIL = tuple(getattr(Link(0, 0), name) for name in _LINK_NAMES[2:])  # FS, no lag

_ASSIGNMENT_TAIL = tuple(getattr(Assignment(0, 0, 0), f.name) for f in fields(Assignment))[4:]


def task_tail(changes: Mapping[str, Any]) -> tuple[Any, ...]:
    """A Task's values after its uid, name and outline level: the defaults with
    ``changes`` (field name -> value) put in their places."""
    tail = list(_TASK_TAIL)
    for name, value in changes.items():
        tail[_TAIL_AT[name]] = value
    return tuple(tail)


def tasks_of(rows: Iterable[tuple[Any, ...]]) -> list[Task]:
    """``[Task(*row) for row in rows]``, each row ``(uid, name, level) + task_tail(...)``."""
    return Task.of_many(rows)


def tasks_from(
    uids: Sequence[int],
    names: Sequence[str],
    levels: Sequence[int],
    tails: Sequence[tuple[Any, ...]],
) -> list[Task]:
    """``[Task(uid, name, level, *tail) ...]`` from the rows' uids, names, levels and tails
    (:func:`task_tail`, shared by rows alike)."""
    if not tails:
        return []
    return build_columns(Task, [uids, names, levels, *zip(*tails, strict=True)])


def link_values(link: Link) -> tuple[Any, ...]:
    """A link's values in field order, for :func:`links_of`."""
    return tuple(getattr(link, name) for name in _LINK_NAMES)


def links_of(rows: Iterable[tuple[Any, ...]]) -> list[Link]:
    """``[Link(*row) for row in rows]``; a plain FS link's row is
    ``(pred, succ) + PLAIN_LINK_TAIL``."""
    return Link.of_many(rows)


def assignments_of(rows: Iterable[tuple[int, int, int, float]]) -> list[Assignment]:
    """``[Assignment(uid, task, resource, units) for ...]``, the other fields their defaults."""
    return build_many(Assignment, (row + _ASSIGNMENT_TAIL for row in rows))
