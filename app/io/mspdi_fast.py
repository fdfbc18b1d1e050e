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

from datetime import datetime
from typing import Any

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
_DURATION = Q + "Duration"
_START = Q + "Start"
_FINISH = Q + "Finish"
_CONSTRAINT_DATE = Q + "ConstraintDate"
_TYPE = Q + "Type"
_DEADLINE = Q + "Deadline"
_ACTUAL_START = Q + "ActualStart"
_ACTUAL_FINISH = Q + "ActualFinish"
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

# The children of a task row that most rows of a file share, with the text an
# absent child stands for. Rows with the same texts get the same values, so a
# file's few distinct combinations are read once each.
_SETTINGS = (
    (Q + "Manual", "0"),
    (Q + "LevelingDelay", "0"),
    (Q + "OutlineLevel", "1"),
    (Q + "DurationFormat", "7"),
    (Q + "ConstraintType", "0"),
    (Q + "Type", "0"),
    (Q + "FixedCostAccrual", "3"),
    (Q + "CalendarUID", "-1"),
    (Q + "PercentComplete", "0"),
    (Q + "Estimated", "0"),
    (Q + "Milestone", "0"),
    (Q + "Active", "1"),
    (Q + "Priority", "500"),
    (Q + "FixedCost", "0"),
    (Q + "EffortDriven", "1"),
    (Q + "IgnoreResourceCalendar", "0"),
)
_SETTING_TAGS = tuple(tag for tag, _ in _SETTINGS)
_SETTING_DEFAULTS = tuple(text for _, text in _SETTINGS)
_LINK_SETTINGS = ((_CROSS_PROJECT, "0"), (_TYPE, "1"), (_LINK_LAG, "0"), (_LAG_FORMAT, "7"))
_LINK_TAGS = tuple(tag for tag, _ in _LINK_SETTINGS)
_LINK_DEFAULTS = tuple(text for _, text in _LINK_SETTINGS)


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


def _settings(key: tuple[Any, ...]) -> tuple[Any, ...]:
    """The Task values that the texts of ``_SETTINGS`` give, in Task field order.

    ``(outline_level, elapsed, estimated, milestone, active, constraint_type,
    has_constraint_date, priority, percent_complete, fixed_cost,
    fixed_cost_accrual, task_type, effort_driven, calendar_uid,
    ignore_resource_calendar)``. An empty child (None) raises TypeError or
    KeyError and so goes to the slow path, which knows what it means.
    """
    (manual, delay, level, fmt, ctype, ttype, accrual, calendar, percent_text) = key[:9]
    (estimated, milestone, active, priority, fixed_cost, effort, ignore_calendar) = key[9:]
    if _FLAGS[manual] or int(delay) > 0:
        raise UnusualRowError
    percent = float(percent_text)
    if not 0 <= percent <= 100:
        raise UnusualRowError
    ctype_code = int(ctype)
    calendar_uid = int(calendar)
    return (
        int(level) or 1,
        (int(fmt) or 7) in ELAPSED_FORMATS,
        _FLAGS[estimated],
        _FLAGS[milestone],
        _FLAGS[active],
        _CONSTRAINTS[ctype_code],
        ctype_code > 1,
        int(priority) or 0,
        percent,
        float(fixed_cost) / 100,
        _ACCRUALS.get(int(accrual) or 3, CostAccrual.PRORATED),
        _TASK_TYPES.get(int(ttype), TaskType.FIXED_UNITS),
        _FLAGS[effort],
        calendar_uid if calendar_uid >= 0 else None,
        _FLAGS[ignore_calendar],
    )


def _link_settings(key: tuple[Any, ...]) -> tuple[LinkType, int, float | None, bool]:
    """``(type, lag_minutes, lag_percent, lag_elapsed)`` of a link's texts."""
    cross, code, lag_text, fmt_text = key
    if _FLAGS[cross]:
        raise UnusualRowError
    kind = _LINK_TYPES[int(code)]
    lag = int(lag_text) or 0
    fmt = int(fmt_text) or 7
    if fmt in PERCENT_FORMATS:
        return kind, 0, float(lag), False
    return kind, round(lag / 10), None, fmt in ELAPSED_FORMATS


class _Dates(dict[str | None, datetime | None]):
    """Date text -> datetime (seconds dropped), each distinct text parsed once."""

    def __missing__(self, value: str | None) -> datetime | None:
        assert value is not None  # seeded with None -> None
        text = value.strip()
        if not text:
            raise UnusualRowError
        try:
            found = datetime.fromisoformat(text)
        except ValueError:
            raise UnusualRowError from None
        moment = self[value] = found.replace(second=0, microsecond=0, tzinfo=None)
        return moment


class _Durations(dict[str | None, int | None]):
    """Duration text -> working minutes, each distinct text parsed once."""

    def __missing__(self, value: str | None) -> int | None:
        assert value is not None  # seeded with None -> None
        text = value.strip()
        minutes = parse_duration(text) if text else None
        if minutes is None or minutes < 0:
            raise UnusualRowError
        self[value] = minutes
        return minutes


class RowReader:
    """Reads the ordinary task and link rows of one file, sharing parsed dates and durations."""

    __slots__ = ("_dates", "_durations", "_links", "_settings", "project")

    def __init__(self, project: Project) -> None:
        self.project = project
        self._dates = _Dates({None: None})
        self._durations = _Durations({None: None})
        self._settings: dict[tuple[str | None, ...], tuple[Any, ...]] = {}
        self._links: dict[tuple[str | None, ...], tuple[LinkType, int, float | None, bool]] = {}

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

    def task_values(self, texts: dict[str, str | None], uid: int) -> tuple[Any, ...]:
        """The field values (in Task field order) of an ordinary, automatically scheduled row."""
        key = tuple(map(texts.get, _SETTING_TAGS, _SETTING_DEFAULTS))
        found = self._settings.get(key)
        if found is None:
            found = self._settings[key] = _settings(key)
        (level, elapsed, estimated, milestone, active, ctype, has_date, priority) = found[:8]
        (percent, fixed_cost, accrual, task_type, effort, calendar_uid, ignore) = found[8:]
        get = texts.get
        dates = self._dates
        name = get(_NAME)
        notes = get(_NOTES)
        return (
            uid,
            name.strip() if name else "",
            level,
            self._durations[get(_DURATION)] or 0,
            elapsed,
            estimated,
            milestone,
            False,  # manual
            active,
            dates[get(_START)],
            dates[get(_FINISH)],
            ctype,
            dates[get(_CONSTRAINT_DATE)] if has_date else None,
            dates[get(_DEADLINE)],
            priority,
            percent,
            dates[get(_ACTUAL_START)],
            dates[get(_ACTUAL_FINISH)],
            fixed_cost,
            accrual,
            task_type,
            effort,
            calendar_uid,
            ignore,
            0,  # leveling delay
            notes.strip() if notes else "",
        )

    def task(self, texts: dict[str, str | None], uid: int) -> Task:
        """The Task of an ordinary (automatically scheduled) row."""
        return Task(*self.task_values(texts, uid))

    def link(
        self, texts: dict[str, str | None], successor: int, uids: set[int], ghosts: set[int]
    ) -> Link:
        """The Link of an ordinary predecessor row (to a task of this file, not itself)."""
        value = texts.get(_PRED_UID)
        if value is None:
            raise UnusualRowError
        pred = int(value)
        if pred in ghosts or pred not in uids or pred == successor:
            raise UnusualRowError
        key = tuple(map(texts.get, _LINK_TAGS, _LINK_DEFAULTS))
        found = self._links.get(key)
        if found is None:
            found = self._links[key] = _link_settings(key)
        return Link(pred, successor, *found)
