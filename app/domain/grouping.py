"""MS Project's View > Group by: what a grouping of the task sheet is made of.

A grouping (:class:`GroupBy`) takes up to three keys (:class:`GroupKey`): a
field, its direction and, for figures and dates, an interval ("Duration: 1
week intervals"). Its tasks fall into one group per value of the first key,
each split again by the second key, and so on; a task with several people
falls under each of them when the field is Resource Names, as in MS Project.
``keep_hierarchy`` is MS Project's "Maintain hierarchy in current group": the
summaries above a group's tasks show in it too; without it summaries are left
out. :data:`BUILT_IN` holds the menu's groups; the work of grouping a plan is
in :mod:`app.domain.grouping_rows`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from app.domain.custom_fields import CustomField, FieldKind, canonical_name, kind_of
from app.domain.errors import InputError
from app.domain.field_lookup import field_from_name
from app.domain.quoting import quoted

MAX_KEYS = 3  # MS Project's Group Definition: Group by, Then by, Then by


class GroupField(Enum):
    """A field tasks can be grouped by; the value is its command-line name."""

    CRITICAL = "critical"
    MILESTONE = "milestone"
    COMPLETION = "completion"  # 0 %, 1-99 %, 100 %: "Complete and Incomplete Tasks"
    PERCENT_COMPLETE = "percent-complete"
    CONSTRAINT_TYPE = "constraint-type"
    DURATION = "duration"
    PRIORITY = "priority"
    RESOURCE_NAMES = "resource-names"
    STATUS = "status"
    START = "start"
    FINISH = "finish"
    COST = "cost"
    WORK = "work"
    TOTAL_SLACK = "total-slack"

    @property
    def title(self) -> str:
        """The field's name as MS Project writes it in group labels ("Resource Names")."""
        return _TITLES[self]

    @classmethod
    def from_name(cls, name: str) -> GroupField:
        """The field a name stands for ("resource", "Resource Names"); InputError otherwise."""
        names = ", ".join(f.value for f in cls)
        return field_from_name(
            cls,
            _ALIASES,
            name,
            lambda: f"unknown group field {quoted(name)} (fields: {names}, or a custom field)",
        )


_TITLES = {
    GroupField.CRITICAL: "Critical",
    GroupField.MILESTONE: "Milestone",
    GroupField.COMPLETION: "% Complete",
    GroupField.PERCENT_COMPLETE: "% Complete",
    GroupField.CONSTRAINT_TYPE: "Constraint Type",
    GroupField.DURATION: "Duration",
    GroupField.PRIORITY: "Priority",
    GroupField.RESOURCE_NAMES: "Resource Names",
    GroupField.STATUS: "Status",
    GroupField.START: "Start",
    GroupField.FINISH: "Finish",
    GroupField.COST: "Cost",
    GroupField.WORK: "Work",
    GroupField.TOTAL_SLACK: "Total Slack",
}
_ALIASES = {
    "resource": "resource-names",
    "resources": "resource-names",
    "milestones": "milestone",
    "complete": "completion",
    "%-complete": "percent-complete",
    "slack": "total-slack",
    "constraint": "constraint-type",
}
# Fields whose values are counted in an interval: working minutes, numbers, days.
DURATION_FIELDS = frozenset({GroupField.DURATION, GroupField.WORK, GroupField.TOTAL_SLACK})
NUMBER_FIELDS = frozenset({GroupField.PRIORITY, GroupField.COST, GroupField.PERCENT_COMPLETE})
DATE_FIELDS = frozenset({GroupField.START, GroupField.FINISH})


# The longest interval a grouping takes, by what it counts: the calendars' 1,200 years
# (1800-2999) in days for dates and in minutes for lengths; a figure up to 10^15.
_LONGEST_DAYS = 438_000
_LARGEST = {"days": _LONGEST_DAYS, "minutes": _LONGEST_DAYS * 24 * 60, "units": 1e15}
_LARGEST_TEXT = {"days": "438,000 days", "minutes": "1,200 years", "units": "10^15"}


def counted_in(field: GroupField | str) -> str:
    """What an interval of ``field`` counts: "days" (dates), "minutes" (lengths, a custom
    Duration field's too) or "units" (figures)."""
    if isinstance(field, str):
        kind = kind_of(field)
        if kind is FieldKind.DATE:
            return "days"
        return "minutes" if kind is FieldKind.DURATION else "units"
    if field in DATE_FIELDS:
        return "days"
    return "minutes" if field in DURATION_FIELDS else "units"


def takes_interval(field: GroupField | str) -> bool:
    """Whether a field's values can be grouped in intervals (figures, lengths, dates)."""
    if isinstance(field, str):
        return kind_of(field) in (
            FieldKind.NUMBER,
            FieldKind.COST,
            FieldKind.DURATION,
            FieldKind.DATE,
        )
    return field in DURATION_FIELDS or field in NUMBER_FIELDS or field in DATE_FIELDS


@dataclass(frozen=True, slots=True)
class GroupKey:
    """One level of a grouping: a field (a custom field by its name, "Text1"), its order and
    an interval (working minutes for lengths, days for dates, units for figures; None:
    one group per value, dates by the day)."""

    field: GroupField | str
    descending: bool = False
    interval: float | None = None

    def __post_init__(self) -> None:
        interval = self.interval
        if interval is not None and not (math.isfinite(interval) and interval > 0):
            raise InputError(f"a group interval must be a number more than 0 (got {interval:g})")
        if interval is not None and not takes_interval(self.field):
            raise InputError(f"{self.title()} is not grouped in intervals")
        if interval is not None:
            # past these, the dates of a label overflow (a traceback) and figures read "nan"
            unit = counted_in(self.field)
            if interval > _LARGEST[unit]:
                raise InputError(
                    f"a {self.title()} interval can be at most {_LARGEST_TEXT[unit]} "
                    f"(got {interval:g} {unit})"
                )

    def title(self, fields: Iterable[CustomField] = ()) -> str:
        """The field's name in labels: a custom field by its alias among ``fields``."""
        if isinstance(self.field, GroupField):
            return self.field.title
        return next((f.alias for f in fields if f.name == self.field and f.alias), self.field)

    def text(self) -> str:
        """The key written out: ``duration/2400:desc`` (field, interval, direction)."""
        name = self.field.lower() if isinstance(self.field, str) else self.field.value
        if self.interval is not None:
            name += f"/{self.interval:g}"
        return name + (":desc" if self.descending else "")


@dataclass(frozen=True, slots=True)
class GroupBy:
    """A whole grouping: its name (the menu's), up to three keys, and whether the summaries
    above each group's tasks show in it (MS Project's "Maintain hierarchy")."""

    keys: tuple[GroupKey, ...] = ()
    keep_hierarchy: bool = False
    name: str = ""

    def __post_init__(self) -> None:
        if len(self.keys) > MAX_KEYS:
            raise InputError(f"a grouping takes at most {MAX_KEYS} keys (got {len(self.keys)})")

    @property
    def is_none(self) -> bool:
        """Whether this is "No Group"."""
        return not self.keys

    def title(self, fields: Iterable[CustomField] = ()) -> str:
        """The name the status bar shows: the menu's, else "Duration, then Priority"."""
        if self.name:
            return self.name
        if not self.keys:
            return "No Group"
        fields = tuple(fields)
        return ", then ".join(k.title(fields) for k in self.keys)

    def text(self) -> str:
        """The keys written out, comma separated (:func:`parse_group` reads them back)."""
        return ",".join(k.text() for k in self.keys)


def parse_group(text: str, fields: Iterable[CustomField] = ()) -> tuple[GroupKey, ...]:
    """``resource-names,duration/2400:desc`` as group keys; InputError names a bad part.

    A custom field is named by its MS Project name ("text1") or its alias among ``fields``.
    """
    fields = tuple(fields)
    keys: list[GroupKey] = []
    for part in text.split(","):
        body, _sep, direction = part.strip().partition(":")
        name, _sep, interval = body.partition("/")
        if not name.strip():
            raise InputError(f"empty group field in {quoted(text)}")
        way = direction.strip().lower()
        if way not in ("", "asc", "desc"):
            raise InputError(
                f"unknown group order {quoted(direction)} in {quoted(part)} (asc or desc)"
            )
        try:
            step = float(interval) if interval.strip() else None
        except ValueError:
            raise InputError(
                f"group interval {quoted(interval)} in {quoted(part)} is not a number"
            ) from None
        keys.append(GroupKey(_group_field(name, fields), way == "desc", step))
    if len(keys) > MAX_KEYS:
        raise InputError(f"a grouping takes at most {MAX_KEYS} keys (got {len(keys)})")
    return tuple(keys)


def _group_field(name: str, fields: tuple[CustomField, ...]) -> GroupField | str:
    custom = canonical_name(name)
    if custom is not None:
        return custom
    try:
        return GroupField.from_name(name)
    except InputError:
        wanted = " ".join(name.split()).lower()
        found = next((f.name for f in fields if f.alias and f.alias.lower() == wanted), None)
        if found is None:
            raise
        return found


# MS Project's View > Group by menu, in its order: (id, menu text, grouping).
BUILT_IN: tuple[tuple[str, str, GroupBy], ...] = (
    ("no_group", "&No Group", GroupBy()),
    (
        "complete_incomplete",
        "&Complete and Incomplete Tasks",
        GroupBy((GroupKey(GroupField.COMPLETION),), name="Complete and Incomplete Tasks"),
    ),
    (
        "constraint_type",
        "Constraint &Type",
        GroupBy((GroupKey(GroupField.CONSTRAINT_TYPE),), name="Constraint Type"),
    ),
    # Critical and Milestones: Yes first, the tasks a PM groups for on top.
    ("critical", "C&ritical", GroupBy((GroupKey(GroupField.CRITICAL, True),), name="Critical")),
    ("duration", "&Duration", GroupBy((GroupKey(GroupField.DURATION),), name="Duration")),
    (
        "duration_priority",
        "Duration &then Priority",
        GroupBy(
            (GroupKey(GroupField.DURATION), GroupKey(GroupField.PRIORITY, True)),
            name="Duration then Priority",
        ),
    ),
    (
        "milestones",
        "&Milestones",
        GroupBy((GroupKey(GroupField.MILESTONE, True),), name="Milestones"),
    ),
    ("priority", "&Priority", GroupBy((GroupKey(GroupField.PRIORITY, True),), name="Priority")),
    (
        "priority_outline",
        "Priority &Keeping Outline Structure",
        GroupBy(
            (GroupKey(GroupField.PRIORITY, True),),
            keep_hierarchy=True,
            name="Priority Keeping Outline Structure",
        ),
    ),
    (
        "resource",
        "&Resource",
        GroupBy((GroupKey(GroupField.RESOURCE_NAMES),), name="Resource"),
    ),
    ("status", "&Status", GroupBy((GroupKey(GroupField.STATUS),), name="Status")),
)


def built_in(name: str) -> GroupBy:
    """A built-in grouping by its id or a short name ("critical", "resource"); InputError
    lists them otherwise."""
    wanted = name.strip().lower().replace("-", "_").replace(" ", "_")
    for group_id, _text, group_by in BUILT_IN:
        if wanted in (group_id, group_by.name.lower().replace(" ", "_")):
            return group_by
    names = ", ".join(g for g, _t, _b in BUILT_IN)
    raise InputError(f"unknown group {quoted(name)} (groups: {names})")
