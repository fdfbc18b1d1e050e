"""What the scheduler computes for each task (kept apart from what the user entered)."""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from dataclasses import FrozenInstanceError, dataclass, field
from datetime import datetime
from enum import Enum
from itertools import repeat
from typing import Any, ClassVar

from app.domain.schedule_times import ScheduleTimes


@dataclass(frozen=True)
class _TaskTimesFields:
    """The field list of :class:`TaskTimes` (so ``dataclasses.replace`` and ``fields`` work)."""

    start: datetime
    finish: datetime
    duration_minutes: int
    early_start: datetime
    early_finish: datetime
    late_start: datetime
    late_finish: datetime
    total_slack_minutes: int = 0
    free_slack_minutes: int = 0
    critical: bool = False
    summary: bool = False
    work_minutes: int = 0
    percent_complete: float = 0.0


_NAMES = tuple(_TaskTimesFields.__dataclass_fields__)
_new = object.__new__
_set = object.__setattr__


class TaskTimes:
    """Computed dates and slack of one task. Slack is in working minutes.

    An immutable value that behaves as a frozen dataclass (``replace``,
    ``fields``, equality, hashing, repr) but keeps its thirteen values in one
    tuple: the scheduler builds tens of thousands of them per run, and one
    slot is an order of magnitude cheaper to fill than thirteen frozen ones.
    """

    __slots__ = ("_v",)
    __dataclass_fields__: ClassVar[dict[str, Any]] = _TaskTimesFields.__dataclass_fields__
    _v: tuple[Any, ...]

    def __init__(
        self,
        start: datetime,
        finish: datetime,
        duration_minutes: int,
        early_start: datetime,
        early_finish: datetime,
        late_start: datetime,
        late_finish: datetime,
        total_slack_minutes: int = 0,
        free_slack_minutes: int = 0,
        critical: bool = False,
        summary: bool = False,
        work_minutes: int = 0,
        percent_complete: float = 0.0,
    ) -> None:
        _set(
            self,
            "_v",
            (
                start,
                finish,
                duration_minutes,
                early_start,
                early_finish,
                late_start,
                late_finish,
                total_slack_minutes,
                free_slack_minutes,
                critical,
                summary,
                work_minutes,
                percent_complete,
            ),
        )

    @classmethod
    def of_values(cls, values: tuple[Any, ...]) -> TaskTimes:
        """Build from the thirteen values in field order (the scheduler's fast path)."""
        obj = _new(cls)
        _set(obj, "_v", values)
        return obj

    @classmethod
    def of_many(cls, rows: Iterable[tuple[Any, ...]]) -> list[TaskTimes]:
        """:meth:`of_values` for many rows at once, in C-level loops (no Python call each)."""
        values = list(rows)
        made: list[TaskTimes] = list(map(_new, repeat(cls, len(values))))
        for _ in map(_SET_VALUES, made, values):
            pass
        return made

    @property
    def start(self) -> datetime:
        """Scheduled start (the late start for an as-late-as-possible task)."""
        return self._v[0]  # type: ignore[no-any-return]

    @property
    def finish(self) -> datetime:
        """Scheduled finish."""
        return self._v[1]  # type: ignore[no-any-return]

    @property
    def duration_minutes(self) -> int:
        """Duration in working minutes (a summary's: its span on the project calendar)."""
        return self._v[2]  # type: ignore[no-any-return]

    @property
    def early_start(self) -> datetime:
        """Early start."""
        return self._v[3]  # type: ignore[no-any-return]

    @property
    def early_finish(self) -> datetime:
        """Early finish."""
        return self._v[4]  # type: ignore[no-any-return]

    @property
    def late_start(self) -> datetime:
        """Late start."""
        return self._v[5]  # type: ignore[no-any-return]

    @property
    def late_finish(self) -> datetime:
        """Late finish."""
        return self._v[6]  # type: ignore[no-any-return]

    @property
    def total_slack_minutes(self) -> int:
        """Total slack in working minutes."""
        return self._v[7]  # type: ignore[no-any-return]

    @property
    def free_slack_minutes(self) -> int:
        """Free slack in working minutes."""
        return self._v[8]  # type: ignore[no-any-return]

    @property
    def critical(self) -> bool:
        """On the critical path."""
        return self._v[9]  # type: ignore[no-any-return]

    @property
    def summary(self) -> bool:
        """A summary task."""
        return self._v[10]  # type: ignore[no-any-return]

    @property
    def work_minutes(self) -> int:
        """Work in minutes."""
        return self._v[11]  # type: ignore[no-any-return]

    @property
    def percent_complete(self) -> float:
        """Percent complete (a summary's rolled up from its children)."""
        return self._v[12]  # type: ignore[no-any-return]

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._v == other._v

    def __hash__(self) -> int:
        return hash(self._v)

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in zip(_NAMES, self._v, strict=True))
        return f"TaskTimes({inner})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (TaskTimes, self._v)


# Fills the one slot directly (TaskTimes.__setattr__ refuses, as a frozen value should).
_SET_VALUES = TaskTimes.__dict__["_v"].__set__


class IssueKind(Enum):
    """What a scheduling issue is about, set where the scheduler finds it (never read back
    from its wording). The value is the ``kind`` that ``gantry schedule --json`` writes."""

    #: links push a task past its date constraint, or a summary's phase misses its own
    CONSTRAINT_BROKEN = "constraint-broken"
    #: a task finishes after its deadline
    DEADLINE = "deadline"
    #: a finish-to-finish or start-to-finish link into a summary, which MS Project refuses
    LINK_IGNORED = "link-ignored"


@dataclass(frozen=True, slots=True)
class ScheduleIssue:
    """A conflict the scheduler reports (constraint against link, missed deadline...):
    the task, what kind of conflict, and the sentence the status bar says (naming the task)."""

    task_uid: int
    kind: IssueKind
    message: str


@dataclass
class Schedule:
    """The result of scheduling a plan: times per task uid and the project's span.

    The scheduler fills ``times`` with a :class:`ScheduleTimes`, which builds
    each task's values when first read; any mutable mapping works.
    """

    start: datetime
    finish: datetime
    times: MutableMapping[int, TaskTimes] = field(default_factory=dict)
    issues: list[ScheduleIssue] = field(default_factory=list)

    def __getitem__(self, uid: int) -> TaskTimes:
        return self.times[uid]

    def get(self, uid: int) -> TaskTimes | None:
        """Times of a task, if it was scheduled."""
        return self.times.get(uid)

    def critical_uids(self) -> list[int]:
        """Tasks on the critical path (summaries excluded), in row order."""
        times = self.times
        columns = times.columns(percent=False) if isinstance(times, ScheduleTimes) else None
        if columns is not None:  # no TaskTimes built (a second at 100k tasks)
            flags = zip(columns.uids, columns.critical, columns.summary, strict=True)
            return [u for u, critical, summary in flags if critical and not summary]
        return [u for u, t in times.items() if t.critical and not t.summary]


__all__ = ["IssueKind", "Schedule", "ScheduleIssue", "ScheduleTimes", "TaskTimes"]
