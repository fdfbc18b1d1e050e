"""Many links or assignments taken out of the plan, or put back, as one change.

A change each cost seconds when thousands went at once: undoing a paste of 2,000
rows took their links and assignments out one by one, and every listener (the
sheet's link index, the People labels, the file) worked per change. The plan's
own indexes of the list (:mod:`app.domain.positions`, the link graph) are told to
read it again (``forget``) before the listeners hear of the change: its length
alone would not tell them, after as many taken out and put back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import islice
from typing import Any

from app.domain.events import Change, ChangeHub, ChangeKind, Entity


def take_out(
    hub: ChangeHub,
    entity: Entity,
    items: list[Any],
    keys: list[Any],
    key: Callable[[Any], Any],
    forget: Callable[[], None],
) -> None:
    """Take the items with these keys out of ``items`` (in place), as one change."""
    if not keys:
        return
    change = Change(entity, ChangeKind.REMOVED, tuple(keys))
    hub.before(change)
    gone = set(keys)
    items[:] = [item for item in items if key(item) not in gone]
    forget()
    hub.after(change)


def put_back(
    hub: ChangeHub,
    entity: Entity,
    items: list[Any],
    back: Sequence[Any],
    places: Sequence[int],
    key: Callable[[Any], Any],
    forget: Callable[[], None],
) -> None:
    """Put items taken out by :func:`take_out` back at their ``places`` (ascending, as
    they were; none known: at the end), as one change."""
    if not back:
        return
    change = Change(entity, ChangeKind.ADDED, tuple(key(item) for item in back))
    hub.before(change)
    merged: list[Any] = []
    kept = iter(items)
    ends = range(len(items), len(items) + len(back))
    for place, item in zip(places or ends, back, strict=True):
        merged.extend(islice(kept, max(0, place - len(merged))))
        merged.append(item)
    merged.extend(kept)
    items[:] = merged
    forget()
    hub.after(change)
