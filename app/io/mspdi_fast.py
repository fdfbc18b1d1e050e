"""The fast path for the task and link rows of MS Project XML.

A 10k-task file holds ~40 fields per task; reading each through
:class:`app.io.mspdi_values.Reader` (a method call, a strip and a check per
field) took most of a ``gantry schedule`` run. Here one row is read with
direct look-ups in the dict of its children, and the date and duration texts,
which repeat across a file, are parsed once.

The fast path only handles the ordinary case. Anything else (a missing or
unreadable value, a manual task, a leveling delay, an external link, a value
out of range) raises :class:`UnusualRowError`, and the caller reads that row again
through the checked Reader, which gives the same values and the one clear
message naming the element. So both paths give the same plan by construction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from app.domain.link import Link, LinkType
from app.domain.project import Project
from app.domain.task import ConstraintType, CostAccrual, Task, TaskType
from app.io.mspdi_values import ELAPSED_FORMATS, PERCENT_FORMATS, Q, parse_duration

_UID = Q + "UID"
_ID = Q + "ID"
_NAME = Q + "Name"
_OUTLINE_LEVEL = Q + "OutlineLevel"
_IS_NULL = Q + "IsNull"
_EXTERNAL = Q + "ExternalTask"
_DURATION_FORMAT = Q + "DurationFormat"
_MANUAL = Q + "Manual"
_DURATION = Q + "Duration"
_START = Q + "Start"
_FINISH = Q + "Finish"
_CONSTRAINT_TYPE = Q + "ConstraintType"
_CONSTRAINT_DATE = Q + "ConstraintDate"
_TYPE = Q + "Type"
_ACCRUAL = Q + "FixedCostAccrual"
_CALENDAR = Q + "CalendarUID"
_PERCENT = Q + "PercentComplete"
_ESTIMATED = Q + "Estimated"
_MILESTONE = Q + "Milestone"
_ACTIVE = Q + "Active"
_DEADLINE = Q + "Deadline"
_PRIORITY = Q + "Priority"
_ACTUAL_START = Q + "ActualStart"
_ACTUAL_FINISH = Q + "ActualFinish"
_FIXED_COST = Q + "FixedCost"
_EFFORT_DRIVEN = Q + "EffortDriven"
_IGNORE_RES_CAL = Q + "IgnoreResourceCalendar"
_LEVELING_DELAY = Q + "LevelingDelay"
_NOTES = Q + "Notes"
_PRED_UID = Q + "PredecessorUID"
_CROSS_PROJECT = Q + "CrossProject"
_LINK_LAG = Q + "LinkLag"
_LAG_FORMAT = Q + "LagFormat"

_FLAGS = {"1": True, "true": True, "0": False, "false": False}
_CONSTRAINTS = {c.value: c for c in ConstraintType}
_ACCRUALS = {c.value: c for c in CostAccrual}
_TASK_TYPES = {t.value: t for t in TaskType}
_LINK_TYPES = {t.value: t for t in LinkType}

# Task rows the reader leaves out.
SKIP = 0  # the project summary task or a blank (IsNull) row
GHOST = 1  # another project's task, shown for a cross-project link


class UnusualRowError(Exception):
    """A row the fast path does not read: the caller reads it with the checked Reader."""


def children(elem: object) -> dict[str, str | None]:
    """Tag -> text of an element's children; the first of duplicates wins (as Reader)."""
    return {child.tag: child.text for child in reversed(elem)}  # type: ignore[call-overload]


def _flag(texts: dict[str, str | None], tag: str, default: bool) -> bool:
    value = texts.get(tag)
    if value is None:
        return default
    return _FLAGS[value]  # KeyError (spaces, empty, other text): the slow path


def _int(texts: dict[str, str | None], tag: str, default: int) -> int:
    value = texts.get(tag)
    return default if value is None else int(value)  # ValueError: the slow path


class RowReader:
    """Reads the ordinary task and link rows of one file, sharing parsed dates and durations."""

    __slots__ = ("_dates", "_durations", "project")

    def __init__(self, project: Project) -> None:
        self.project = project
        self._dates: dict[str, datetime] = {}
        self._durations: dict[str, int] = {}

    def _date(self, value: str | None) -> datetime | None:
        if value is None:
            return None
        found = self._dates.get(value)
        if found is None:
            text = value.strip()
            if not text:
                raise UnusualRowError
            try:
                found = datetime.fromisoformat(text)
            except ValueError:
                raise UnusualRowError from None
            found = self._dates[value] = found.replace(second=0, microsecond=0, tzinfo=None)
        return found

    def _duration(self, value: str | None) -> int | None:
        if value is None:
            return None
        found = self._durations.get(value)
        if found is None:
            text = value.strip()
            minutes = parse_duration(text) if text else None
            if minutes is None or minutes < 0:
                raise UnusualRowError
            found = self._durations[value] = minutes
        return found

    def head(self, texts: dict[str, str | None], n: int) -> tuple[int, int, int | None]:
        """``(uid, row id, SKIP | GHOST | None)`` of the n-th task row."""
        value = texts.get(_UID)
        if value is None:
            raise UnusualRowError
        uid = int(value)
        row_id = _int(texts, _ID, n) or n
        if uid == 0 and (_int(texts, _OUTLINE_LEVEL, 0) or 0) == 0:
            return uid, row_id, SKIP
        if _flag(texts, _IS_NULL, False):
            return uid, row_id, SKIP
        if _flag(texts, _EXTERNAL, False):
            return uid, row_id, GHOST
        return uid, row_id, None

    def task(self, texts: dict[str, str | None], uid: int) -> Task:
        """The Task of an ordinary (automatically scheduled) row."""
        # An absent child reads as its default's text; an empty one (None) raises
        # TypeError or KeyError and so goes to the slow path, which knows what it means.
        # (typed as text: a None from an empty child fails before it is used)
        get: Callable[[str, str], str] = texts.get  # type: ignore[assignment]
        if _FLAGS[get(_MANUAL, "0")] or int(get(_LEVELING_DELAY, "0")) > 0:
            raise UnusualRowError
        fmt = int(get(_DURATION_FORMAT, "7")) or 7
        ctype_code = int(get(_CONSTRAINT_TYPE, "0"))
        task_type_code = int(get(_TYPE, "0"))
        accrual_code = int(get(_ACCRUAL, "3")) or 3
        calendar_uid = int(get(_CALENDAR, "-1"))
        percent = float(get(_PERCENT, "0"))
        if not 0 <= percent <= 100:
            raise UnusualRowError
        name = texts.get(_NAME)
        notes = texts.get(_NOTES)
        date = self._date
        return Task(
            uid=uid,
            name=name.strip() if name else "",
            outline_level=int(get(_OUTLINE_LEVEL, "1")) or 1,
            duration_minutes=self._duration(texts.get(_DURATION)) or 0,
            elapsed=fmt in ELAPSED_FORMATS,
            estimated=_FLAGS[get(_ESTIMATED, "0")],
            milestone=_FLAGS[get(_MILESTONE, "0")],
            manual=False,
            active=_FLAGS[get(_ACTIVE, "1")],
            start=date(texts.get(_START)),
            finish=date(texts.get(_FINISH)),
            constraint_type=_CONSTRAINTS[ctype_code],
            constraint_date=date(texts.get(_CONSTRAINT_DATE)) if ctype_code > 1 else None,
            deadline=date(texts.get(_DEADLINE)),
            priority=int(get(_PRIORITY, "500")) or 0,
            percent_complete=percent,
            actual_start=date(texts.get(_ACTUAL_START)),
            actual_finish=date(texts.get(_ACTUAL_FINISH)),
            fixed_cost=float(get(_FIXED_COST, "0")) / 100,
            fixed_cost_accrual=_ACCRUALS.get(accrual_code, CostAccrual.PRORATED),
            task_type=_TASK_TYPES.get(task_type_code, TaskType.FIXED_UNITS),
            effort_driven=_FLAGS[get(_EFFORT_DRIVEN, "1")],
            calendar_uid=calendar_uid if calendar_uid >= 0 else None,
            ignore_resource_calendar=_FLAGS[get(_IGNORE_RES_CAL, "0")],
            leveling_delay_minutes=0,
            notes=notes.strip() if notes else "",
        )

    def link(
        self, texts: dict[str, str | None], successor: int, uids: set[int], ghosts: set[int]
    ) -> Link:
        """The Link of an ordinary predecessor row (to a task of this file, not itself)."""
        value = texts.get(_PRED_UID)
        if value is None:
            raise UnusualRowError
        pred = int(value)
        if (
            _flag(texts, _CROSS_PROJECT, False)
            or pred in ghosts
            or pred not in uids
            or pred == successor
        ):
            raise UnusualRowError
        kind = _LINK_TYPES[_int(texts, _TYPE, 1)]
        lag = _int(texts, _LINK_LAG, 0) or 0
        fmt = _int(texts, _LAG_FORMAT, 7) or 7
        if fmt in PERCENT_FORMATS:
            return Link(pred, successor, kind, lag_percent=float(lag))
        return Link(
            pred, successor, kind, lag_minutes=round(lag / 10), lag_elapsed=fmt in ELAPSED_FORMATS
        )
