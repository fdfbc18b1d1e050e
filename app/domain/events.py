"""Change notifications: the plan tells subscribers before and after every change.

A Qt model turns these into begin/end row calls and dataChanged; the store
turns them into row writes. The domain never knows who listens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum


class Entity(Enum):
    """What kind of object changed."""

    PROJECT = "project"
    TASK = "task"
    LINK = "link"
    RESOURCE = "resource"
    ASSIGNMENT = "assignment"
    CALENDAR = "calendar"
    RISK = "risk"
    BASELINE = "baseline"
    OUTLINE = "outline"  # order or levels of tasks changed


class ChangeKind(Enum):
    """Added, removed or changed in place."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True, slots=True)
class Change:
    """One change. ``keys`` are uids (for links: (predecessor, successor) pairs).

    For tasks ``index`` is the row where the first task was added or removed.
    """

    entity: Entity
    kind: ChangeKind
    keys: tuple[object, ...] = ()
    index: int | None = None


Listener = Callable[[Change], None]


class ChangeHub:
    """Subscribers for before/after notifications."""

    __slots__ = ("_after", "_batch_listeners", "_before", "_depth")

    def __init__(self) -> None:
        self._before: list[Listener] = []
        self._after: list[Listener] = []
        self._batch_listeners: list[Callable[[bool], None]] = []
        self._depth = 0

    def subscribe(self, after: Listener, before: Listener | None = None) -> None:
        """Call ``after`` after every change (and ``before`` before it, if given)."""
        self._after.append(after)
        if before is not None:
            self._before.append(before)

    def unsubscribe(self, after: Listener, before: Listener | None = None) -> None:
        """Stop notifying these callbacks."""
        if after in self._after:
            self._after.remove(after)
        if before is not None and before in self._before:
            self._before.remove(before)

    def subscribe_batch(self, callback: Callable[[bool], None]) -> None:
        """``callback(True)`` when an outermost batch opens, ``callback(False)`` when it closes."""
        self._batch_listeners.append(callback)

    def before(self, change: Change) -> None:
        """Announce a change that is about to happen."""
        for listener in list(self._before):
            listener(change)

    def after(self, change: Change) -> None:
        """Announce a change that happened."""
        for listener in list(self._after):
            listener(change)

    def open_batch(self) -> None:
        """Start a group of changes that belong to one user edit (nestable)."""
        self._depth += 1
        if self._depth == 1:
            for cb in list(self._batch_listeners):
                cb(True)

    def close_batch(self) -> None:
        """End a group opened by :meth:`open_batch`."""
        self._depth -= 1
        if self._depth == 0:
            for cb in list(self._batch_listeners):
                cb(False)
