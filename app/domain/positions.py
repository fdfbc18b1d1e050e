"""Where each item of one of the plan's lists sits, found without walking the list.

A plan of 10k tasks holds ~15k links and thousands of assignments. Finding one
by walking its list made every bulk operation quadratic: taking back a client
workbook that changed every link's lag took 41 s, and undoing it 48 s.

A :class:`Positions` sits beside one list that its owner changes. The owner
tells it of appends and removals; the index also notices what it was not told:
a list replaced or grown or shrunk behind its back is read again, and a
position is trusted only after the item there is checked to have the key.

After a removal the items behind it move up one place. Their positions stay as
read, and the places removed since are kept in order beside them: an item's
place now is its place as read less the removals before it (a bisection).
Reading the list again after each removal made taking out many items from the
front quadratic: undoing a paste of 2,000 rows read the 4,500 assignments of a
4,000-task plan 1,899 times (21 s).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")


class Positions(Generic[K, T]):
    """Position of each item of a list by a key unique within the list."""

    __slots__ = ("_at", "_gone", "_key", "_rows", "_size")

    def __init__(self, key: Callable[[T], K]) -> None:
        self._key = key
        self._rows: list[T] | None = None
        self._size = -1
        self._at: dict[K, int] = {}  # place as read (appends: as if nothing was removed)
        self._gone: list[int] = []  # places as read of the items removed since, in order

    def find(self, rows: list[T], key: K) -> int | None:
        """Where the item with this key sits in ``rows``, or None when none has it."""
        if rows is not self._rows or len(rows) != self._size:
            self._read(rows)
        i = self._at.get(key)
        if i is None:
            return None
        if self._gone:
            i -= bisect_left(self._gone, i)
        if i < len(rows) and self._key(rows[i]) == key:
            return i
        self._read(rows)  # moved by a change not told here
        return self._at.get(key)

    def appended(self, rows: list[T]) -> None:
        """``rows`` just had one item appended."""
        if rows is self._rows and len(rows) == self._size + 1:
            self._at.setdefault(self._key(rows[-1]), self._size + len(self._gone))
            self._size += 1

    def removed(self, rows: list[T], key: K) -> None:
        """The item with this key was just taken out of ``rows``."""
        if rows is self._rows and len(rows) == self._size - 1:
            place = self._at.pop(key, None)
            if place is None:  # not the item indexed under its key: read the list again
                self._rows = None
                return
            insort(self._gone, place)
            self._size -= 1
            if len(self._gone) > self._size:  # more gone than left: read it again, smaller
                self._rows = None

    def forget(self) -> None:
        """The list changed in a way not told here (say, an insert): read it again when asked."""
        self._rows = None

    def _read(self, rows: list[T]) -> None:
        key = self._key
        # from the back, so that the first of two items with one key wins, as in a walk
        self._at = {key(rows[i]): i for i in range(len(rows) - 1, -1, -1)}
        self._gone = []
        self._rows = rows
        self._size = len(rows)
