"""The ``uid -> TaskTimes`` mapping of a :class:`~app.domain.schedule.Schedule`, built on demand.

A full schedule of 10k tasks computes its dates in integer arrays; turning
every row into a :class:`TaskTimes` (slack, six datetimes, a tuple) costs as
much as both CPM passes together, and most readers (the window's visible
rows, one tooltip) look at a few rows. :class:`ScheduleTimes` keeps a frozen
copy of the arrays (a :class:`TimesSource`) and builds a row's TaskTimes the
first time it is read; a reader that walks many rows, or asks for
``items()``/``values()``, gets all of them built in one bulk pass. Whatever
is read is the same value an eager build gives.
"""

from __future__ import annotations

import threading
from collections.abc import ItemsView, Iterator, Mapping, MutableMapping, Sequence, ValuesView
from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # schedule.py imports this module
    from app.domain.schedule import TaskTimes

# Rows built one at a time before the rest are built in bulk (a reader walking them all):
# at least this many, and at least one row in _BULK_SHARE. A reader of a few hundred rows
# (the tasks an edit on the critical path moved, costed again) builds just those: building
# all 100k would take a second, and one row at a time costs about twice a row in bulk.
_BULK_AFTER = 256
_BULK_SHARE = 16
# Fewer rows than this still to build: build them one at a time, not all rows in bulk.
_BULK_MIN = 2048


@dataclass(frozen=True, slots=True)
class TimesColumns:
    """Every row's TaskTimes fields as one list per field, in row order (``uids[i]`` is row i).

    For a reader of every row that wants values, not objects: no TaskTimes is
    built. Dates are minute counts (``app.domain.worktime.from_minutes`` gives
    the datetime a TaskTimes holds); ``work_minutes`` is always 0 there, so it
    has no list. ``percent_complete`` (summaries rolled up) is None unless asked for.
    """

    uids: list[int]
    start: list[int]
    finish: list[int]
    duration_minutes: list[int]
    early_start: list[int]
    early_finish: list[int]
    late_start: list[int]
    late_finish: list[int]
    total_slack_minutes: list[int]
    free_slack_minutes: list[int]
    critical: list[bool]
    summary: list[bool]
    percent_complete: list[float] | None


@dataclass(frozen=True, slots=True)
class TimesSpans:
    """When every row runs, in row order: the part of :class:`TimesColumns` without slack.

    For readers that only need each task's span (costing, over-allocation
    checks): computing slack for every row and link would double their cost.
    """

    uids: list[int]
    start: list[int]
    finish: list[int]
    duration_minutes: list[int]
    summary: list[bool]


class TimesSource(Protocol):
    """What :class:`ScheduleTimes` builds from: the TaskTimes of one row, or of all rows."""

    def one(self, row: int) -> TaskTimes:
        """TaskTimes of one row."""

    def all(self) -> list[TaskTimes]:
        """TaskTimes of every row, in row order."""

    def columns(self, percent: bool = True) -> TimesColumns:
        """The values :meth:`all` gives, one list per field (% complete if ``percent``)."""

    def spans(self) -> TimesSpans:
        """Start, finish, duration and summary flag of every row (no slack computed)."""

    def percents(self) -> dict[int, float]:
        """Summaries' rolled-up % complete by row (a summary with no duration has none)."""


class ScheduleTimes(MutableMapping[int, "TaskTimes"]):
    """A ``dict``-like mapping uid -> TaskTimes whose values are built when first read.

    Iterates in row order, compares equal to any mapping with the same items,
    pickles as its full contents and accepts assignment (an assigned value
    wins over the computed one). Safe to read from two threads: a row built
    twice at once gives equal values.
    """

    __slots__ = (
        "_assigned",
        "_cache",
        "_lock",
        "_misses",
        "_origin",
        "_rows",
        "_source",
        "_uids",
    )

    def __init__(
        self,
        uids: Sequence[int],
        rows: Mapping[int, int],
        source: TimesSource | None,
        known: dict[int, TaskTimes] | None = None,
        *,
        assigned: bool = False,
    ) -> None:
        self._uids = uids
        self._rows = rows
        # None once every value is in the cache (the cache then is the whole mapping).
        self._source = source
        self._origin = source  # kept: the next incremental update reuses what it worked out
        self._cache: dict[int, TaskTimes] = known if known is not None else {}
        self._misses = 0
        self._lock = threading.Lock()
        # Whether the cache may hold a value the source would not compute (assigned). ``known``
        # values are what the source computes (an incremental update carries the rows it did
        # not touch), so the columns still stand for the mapping: a reader of every row after
        # an edit reads them instead of building 100k TaskTimes (1-2 s).
        self._assigned = assigned

    @classmethod
    def of_dict(cls, times: Mapping[int, TaskTimes]) -> ScheduleTimes:
        """A mapping holding exactly ``times`` (nothing left to build)."""
        return cls((), {}, None, dict(times), assigned=True)

    @property
    def origin(self) -> TimesSource | None:
        """What the values are built from (kept after they are all built), None if given."""
        return self._origin

    @property
    def assigned(self) -> bool:
        """Whether some value was assigned (or given whole) rather than computed by the source."""
        return self._assigned

    # ------------------------------------------------------------------ reading

    def __getitem__(self, uid: int) -> TaskTimes:
        found = self._cache.get(uid)
        if found is not None:
            return found
        if self._source is None:
            raise KeyError(uid)
        row = self._rows.get(uid)
        if row is None:
            raise KeyError(uid)
        return self._build(uid, row)

    def get(self, uid: int, default: Any = None) -> Any:
        """The TaskTimes of ``uid``, else ``default``."""
        found = self._cache.get(uid)
        if found is not None:
            return found
        if self._source is None:
            return default
        row = self._rows.get(uid)
        if row is None:
            return default
        return self._build(uid, row)

    def __contains__(self, uid: object) -> bool:
        if uid in self._cache:
            return True
        return self._source is not None and uid in self._rows

    def __iter__(self) -> Iterator[int]:
        if self._source is None:
            return iter(self._cache)
        return iter(self._uids)

    def __len__(self) -> int:
        if self._source is None:
            return len(self._cache)
        return len(self._uids)

    def items(self) -> ItemsView[int, TaskTimes]:
        """All (uid, TaskTimes) pairs, in row order (builds what is not built yet)."""
        return self.complete().items()

    def values(self) -> ValuesView[TaskTimes]:
        """All TaskTimes, in row order (builds what is not built yet)."""
        return self.complete().values()

    def complete(self) -> dict[int, TaskTimes]:
        """Build every value not built yet; returns the mapping as a plain dict (do not mutate)."""
        source = self._source
        if source is None:
            return self._cache
        with self._lock:
            if self._source is None:  # another thread finished first
                return self._cache
            cache = self._cache
            missing = len(self._uids) - len(cache)
            if missing > _BULK_MIN:
                full = dict(zip(self._uids, source.all(), strict=True))
                full.update(cache)  # built or assigned before: keep those objects
            else:
                full = {}
                rows, one = self._rows, source.one
                for uid in self._uids:
                    found = cache.get(uid)
                    full[uid] = found if found is not None else one(rows[uid])
            self._cache = full
            self._source = None  # every value built (the columns stay readable from _origin)
            return full

    def columns(self, percent: bool = True) -> TimesColumns | None:
        """Every row's values straight from the source's arrays, without building TaskTimes.

        ``percent=False`` leaves out the rolled-up % complete (a reader that takes
        it from the tasks). None when they cannot stand for the mapping: some
        values were given or assigned rather than computed; read the mapping
        itself then.
        """
        with self._lock:
            source = self._origin
            if source is None or self._assigned:
                return None
        return source.columns(percent)

    def spans(self) -> TimesSpans | None:
        """Every row's start, finish, duration and summary flag straight from the arrays.

        Cheaper than :meth:`columns` (no slack); None exactly when it is None.
        """
        with self._lock:
            source = self._origin
            if source is None or self._assigned:
                return None
        return source.spans()

    def summary_percents(self) -> dict[int, float] | None:
        """Each summary's rolled-up % complete by uid, without building TaskTimes.

        A task not in it reads its own % complete (as its TaskTimes does). None
        exactly when :meth:`columns` is None.
        """
        with self._lock:
            source = self._origin
            if source is None or self._assigned:
                return None
        uids = self._uids
        return {uids[row]: value for row, value in source.percents().items()}

    def _build(self, uid: int, row: int) -> TaskTimes:
        misses = self._misses = self._misses + 1
        total = len(self._uids)
        if (
            misses > _BULK_AFTER
            and misses * _BULK_SHARE > total
            and total - len(self._cache) > _BULK_MIN
        ):
            return self.complete()[uid]
        source = self._source
        if source is None:  # completed meanwhile by another thread
            return self._cache[uid]
        return self._cache.setdefault(uid, source.one(row))

    def copy(self) -> dict[int, TaskTimes]:
        """A plain dict of every uid's TaskTimes (as ``dict.copy`` gave before)."""
        return dict(self.complete())

    def known(self) -> dict[int, TaskTimes]:
        """The values built (or assigned) so far, as a new dict."""
        return dict(self._cache)

    # ------------------------------------------------------------------ writing

    def __setitem__(self, uid: int, times: TaskTimes) -> None:
        with self._lock:
            self._assigned = True
            if self._source is not None and uid in self._rows:
                self._cache[uid] = times
                return
        self.complete()[uid] = times

    def __delitem__(self, uid: int) -> None:
        del self.complete()[uid]

    # ------------------------------------------------------------------ value

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ScheduleTimes):
            return self.complete() == other.complete()
        if isinstance(other, dict):
            return self.complete() == other
        if isinstance(other, Mapping):
            return self.complete() == dict(other.items())
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, as dict

    def __repr__(self) -> str:
        return repr(self.complete())

    def __reduce__(self) -> tuple[Any, ...]:
        return (_of_dict, (self.complete(),))


def _of_dict(times: dict[int, TaskTimes]) -> ScheduleTimes:
    return ScheduleTimes.of_dict(times)


def summary_uids(times: Mapping[int, TaskTimes]) -> set[int]:
    """The uids whose TaskTimes say summary, read from the spans when there are some.

    A reader that needs only the summary flags (leveling's summary set) then builds
    no TaskTimes: 1-2 s for every row of a fresh 100k-task schedule.
    """
    spans = times.spans() if isinstance(times, ScheduleTimes) else None
    if spans is None:
        return {uid for uid, value in times.items() if value.summary}
    return set(compress(spans.uids, spans.summary))
