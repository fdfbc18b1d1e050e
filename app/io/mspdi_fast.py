"""The fast path for the task and link rows of MS Project XML.

A 10k-task file holds ~35 children per task row; reading each through
:class:`app.io.mspdi_values.Reader` (a method call, a strip and a check per
field) took most of a ``gantry schedule`` run. Here:

- The rows of a file share a few layouts (the sequence of their children's
  tags). For each layout the positions of the fields read are found once;
  a row's texts are then picked by one ``itemgetter`` call.
- The settings of a row (flags, codes, priority, calendar...) repeat across
  a file, and so do its date and duration texts: each distinct text, or
  combination of settings texts, is parsed once.
- Rows come out as tuples of field values, for ``Task.of_many`` and
  ``Link.of_many`` to build in bulk.

The fast path only handles the ordinary case. Anything else (a missing or
unreadable value, a manual task, a leveling delay, an external link, a value
out of range) raises :class:`UnusualRowError`, ValueError, KeyError or
TypeError, and the caller reads that row again through the checked Reader,
which gives the same values and the one clear message naming the element.
So both paths give the same plan by construction.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from operator import attrgetter, itemgetter
from typing import Any
from xml.etree.ElementTree import Element

from app.domain.earned_value_method import EarnedValueMethod
from app.domain.hyperlinks import Hyperlink
from app.domain.link import LinkType
from app.domain.task import ConstraintType, CostAccrual, DurationUnit, TaskType
from app.io.mspdi_hyperlinks import read_hyperlink
from app.io.mspdi_links import lag_unit
from app.io.mspdi_values import (
    ELAPSED_FORMATS,
    ESTIMATED_FORMATS,
    LAG_LIMIT_PERCENT,
    LAG_LIMIT_TENTHS,
    PERCENT_FORMATS,
    UID_MAX,
    Q,
    duration_unit,
    parse_duration,
    xml_decimal,
)

_FLAGS = {"1": True, "true": True, "0": False, "false": False}
_CONSTRAINTS = {c.value: c for c in ConstraintType}
_ACCRUALS = {c.value: c for c in CostAccrual}
_TASK_TYPES = {t.value: t for t in TaskType}
_LINK_TYPES = {t.value: t for t in LinkType}

# Task rows the reader leaves out.
SKIP = 0  # the project summary task or a blank (IsNull) row
GHOST = 1  # another project's task, shown for a cross-project link

# The children of a task row read here, with the text an absent child stands
# for (None: absent is told apart by the code). The first 26 are the row's
# own; the 20 settings after them are what most rows of a file share.
TASK_FIELDS = (
    ("UID", None),
    ("ID", None),
    ("OutlineLevel", None),
    ("IsNull", None),
    ("ExternalTask", None),
    ("Name", None),
    ("Duration", None),
    ("Start", None),
    ("Finish", None),
    ("ConstraintDate", None),
    ("Deadline", None),
    ("ActualStart", None),
    ("ActualFinish", None),
    ("Notes", None),
    ("Stop", None),
    ("Resume", None),
    ("Recurring", None),
    ("Hyperlink", None),
    ("HyperlinkAddress", None),
    ("HyperlinkSubAddress", None),
    ("ActualDuration", None),  # of a task under way (mspdi_progress.with_file_actuals)
    ("RemainingDuration", None),
    ("PreLeveledStart", None),  # leveling's mark (mspdi_preleveled.with_leveling_marks)
    ("PreLeveledFinish", None),
    ("WBS", None),  # a code of its own where it is not the outline number (wbs_code)
    ("OutlineNumber", None),
    # settings
    ("Manual", "0"),
    ("LevelingDelay", "0"),
    ("OutlineLevel", "1"),
    ("DurationFormat", "7"),
    ("ConstraintType", "0"),
    ("Type", "0"),
    ("FixedCostAccrual", "3"),
    ("CalendarUID", "-1"),
    ("PercentComplete", "0"),
    ("Estimated", "0"),
    ("Milestone", "0"),
    ("Active", "1"),
    ("Priority", "500"),
    ("FixedCost", "0"),
    ("EffortDriven", "1"),
    ("IgnoreResourceCalendar", "0"),
    ("PhysicalPercentComplete", "0"),  # earned value's (app/domain/earned_value_method.py)
    ("EarnedValueMethod", ""),  # "": absent, the task follows the project's method
    ("LevelAssignments", "1"),  # MS Project's default: leveling may delay one person
    ("LevelingCanSplit", "1"),  # no Task field: kept per distinct settings (can_split_texts)
)
_OWN = 26
_NO_LINK = (None, None, None)  # a row without <Hyperlink...> children (most rows)
LINK_FIELDS = (
    ("PredecessorUID", None),
    ("CrossProject", "0"),
    ("Type", "1"),
    ("LinkLag", "0"),
    ("LagFormat", "7"),
)

_TAG = attrgetter("tag")
_TYPE = Q + "Type"
_TEXT = attrgetter("text")

# The other children of a task row the reader wants, every one of each tag.
_TASK_GROUPS = ("PredecessorLink", "Baseline", "ExtendedAttribute", "TimephasedData")

# A <PredecessorLink> with the fast path's values of it, None when it is not ordinary;
# a plain row's link has its texts (one per LINK_FIELDS) instead of an element.
PreLink = tuple[tuple[Any, ...] | None, Element | tuple[Any, ...]]

# A layout of children: the picker of the chosen texts, then the positions of each group.
_Layout = tuple[Any, ...]

# What :meth:`RowReader.task_row` gives: uid, row id, SKIP | GHOST | None, Task field
# values or None, the row's children and their layout, Stop, Resume and Recurring texts.
TaskParts = tuple[
    int, int, int | None, tuple[Any, ...] | None, list[Element], _Layout, Any, Any, Any
]


class UnusualRowError(Exception):
    """A row the fast path does not read: the caller reads it with the checked Reader."""


def whole_int(text: str | None) -> int:
    """``int(text)`` of an XML integer only (ASCII digits, a sign, blanks around); any other
    text ('2_0', '\uff12', '2.0') raises ValueError, an empty child (None) TypeError, for the
    checked Reader to read or name."""
    if text is None:
        raise TypeError
    if not text.isascii() or "_" in text:
        raise ValueError(text)
    return int(text)


def wbs_code(wbs: str | None, outline_number: str | None) -> str:
    """A row's own WBS code: its <WBS> where it is not its <OutlineNumber> (typed in MS
    Project, or made by a WBS code mask), else "" (the outline number, which follows the
    task). A row without <OutlineNumber> keeps its <WBS> here; the plan's outline numbers
    then tell (:func:`app.io.mspdi_tasks.own_wbs_codes`)."""
    if wbs is None or wbs == outline_number:
        return ""
    code = wbs.strip()
    return "" if outline_number is not None and code == outline_number.strip() else code


def _decimal(text: str | None) -> float:
    """:func:`xml_decimal` of a child's text, an empty child (None) raising TypeError: what
    float() took beyond it ('5_0', '\uff15', 'nan', 'inf') goes to the checked Reader."""
    if text is None:
        raise TypeError
    return xml_decimal(text)


class _Picker:
    """The texts of chosen children of an element, by tag (the first of duplicates wins),
    and where its children of some other tags are (every one of them, in order)."""

    __slots__ = ("_groups", "_layouts", "_names", "_padding")

    def __init__(
        self, fields: Iterable[tuple[str, str | None]], groups: Iterable[str] = ()
    ) -> None:
        pairs = tuple(fields)
        self._names = tuple(Q + name for name, _ in pairs)
        self._groups = tuple(Q + name for name in groups)
        # appended to a row's texts: where an absent child's position points
        self._padding = tuple(default for _, default in pairs)
        self._layouts: dict[tuple[str, ...], _Layout] = {}

    def __call__(self, elem: Element) -> tuple[Any, ...]:
        """One text (or default) per field, in field order."""
        tags = tuple(map(_TAG, elem))
        layout = self._layouts.get(tags)
        if layout is None:
            layout = self._layouts[tags] = self._layout(tags)
        texts: list[str | None] = list(map(_TEXT, elem))
        texts.extend(self._padding)
        picked: tuple[Any, ...] = layout[0](texts)
        return picked

    def parts(self, elem: Element) -> tuple[tuple[Any, ...], list[Element], _Layout]:
        """:meth:`__call__`'s texts, the element's children and their layout, whose
        ``[1:]`` are the positions of each group's children (:meth:`children`)."""
        kids = elem[:]
        tags = tuple(map(_TAG, kids))
        layout = self._layouts.get(tags)
        if layout is None:
            layout = self._layouts[tags] = self._layout(tags)
        texts: list[str | None] = list(map(_TEXT, kids))
        texts.extend(self._padding)
        return layout[0](texts), kids, layout

    def _layout(self, tags: tuple[str, ...]) -> _Layout:
        first: dict[str, int] = {}
        for i, tag in enumerate(tags):
            first.setdefault(tag, i)
        width = len(tags)
        pick = itemgetter(*(first.get(name, width + k) for k, name in enumerate(self._names)))
        groups = tuple(
            tuple(i for i, tag in enumerate(tags) if tag == name) for name in self._groups
        )
        return (pick, *groups)


def children(kids: list[Element], positions: tuple[int, ...]) -> list[Element]:
    """The children at ``positions`` (one group of a :class:`_Picker` layout), in order:
    what ``elem.findall(tag)`` gives, without looking through every child again."""
    if not positions:
        return []
    return [kids[i] for i in positions]


def _settings(key: tuple[Any, ...]) -> tuple[Any, ...]:
    """The Task values that a row's settings texts give.

    ``(outline_level, elapsed, estimated, milestone, active, constraint_type,
    has_constraint_date, priority, percent_complete, fixed_cost,
    fixed_cost_accrual, task_type, effort_driven, calendar_uid,
    ignore_resource_calendar, duration_unit, physical_percent_complete, ev_method,
    level_assignments)``. An
    empty child (None) raises TypeError or
    KeyError and so goes to the slow path, which knows what it means.
    """
    (manual, delay, level, fmt, ctype, ttype, accrual, calendar, percent_text) = key[:9]
    (estimated, milestone, active, priority, fixed_cost, effort, ignore_calendar) = key[9:16]
    physical_text, method_text, level_assignments = key[16:19]
    if _FLAGS[manual] or whole_int(delay) > 0:
        raise UnusualRowError
    percent = _decimal(percent_text)
    physical = _decimal(physical_text)
    if not 0 <= percent <= 100 or not 0 <= physical <= 100:
        raise UnusualRowError
    method = EarnedValueMethod(whole_int(method_text)) if method_text else None
    ctype_code = whole_int(ctype)
    calendar_uid = whole_int(calendar)
    fmt_code = whole_int(fmt) or 7
    return (
        whole_int(level) or 1,
        fmt_code in ELAPSED_FORMATS,
        _FLAGS[estimated],
        _FLAGS[milestone],
        _FLAGS[active],
        _CONSTRAINTS[ctype_code],
        ctype_code > 1,
        whole_int(priority) or 0,
        percent,
        _decimal(fixed_cost) / 100,
        _ACCRUALS.get(whole_int(accrual) or 3, CostAccrual.PRORATED),
        _TASK_TYPES.get(whole_int(ttype), TaskType.FIXED_UNITS),
        _FLAGS[effort],
        calendar_uid if calendar_uid >= 0 else None,
        _FLAGS[ignore_calendar],
        duration_unit(fmt_code),
        physical,
        method,
        _FLAGS[level_assignments],
    )


# A link's (type, lag_minutes, lag_percent, lag_elapsed, lag_unit).
_LinkSettings = tuple[LinkType, int, float | None, bool, DurationUnit | None]


def _link_settings(key: tuple[Any, ...]) -> _LinkSettings:
    """``(type, lag_minutes, lag_percent, lag_elapsed, lag_unit)`` of a link's texts."""
    cross, code, lag_text, fmt_text = key
    if _FLAGS[cross]:
        raise UnusualRowError
    kind = _LINK_TYPES[whole_int(code)]
    lag = whole_int(lag_text) or 0
    fmt = whole_int(fmt_text) or 7
    if fmt in ESTIMATED_FORMATS:  # the checked reader keeps the mark (Plan.kept_links)
        raise UnusualRowError
    if fmt in PERCENT_FORMATS:
        if abs(lag) > LAG_LIMIT_PERCENT:  # the checked reader names it
            raise UnusualRowError
        return kind, 0, float(lag), fmt in ELAPSED_FORMATS, None  # 20, 52: elapsed (50e%)
    if abs(lag) > LAG_LIMIT_TENTHS:  # the checked reader names it
        raise UnusualRowError
    return kind, round(lag / 10), None, fmt in ELAPSED_FORMATS, lag_unit(fmt, lag)


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
        if found.second or found.microsecond or found.tzinfo is not None:
            found = found.replace(second=0, microsecond=0, tzinfo=None)
        self[value] = found
        return found


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
    """Reads the ordinary task and link rows of one file, sharing what their texts parse to."""

    __slots__ = (
        "_dates",
        "_durations",
        "_link_texts",
        "_links",
        "_settings",
        "_task_texts",
        "actuals",
        "can_split_texts",
        "numbers",
        "preleveled",
        "refused_links",
        "unread",
    )

    def __init__(self) -> None:
        self._task_texts = _Picker(TASK_FIELDS, _TASK_GROUPS)
        self._link_texts = _Picker(LINK_FIELDS)
        self._dates = _Dates({None: None})
        self._durations = _Durations({None: None})
        self._settings: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        self._links: dict[tuple[Any, ...], _LinkSettings] = {}
        # The <LevelingCanSplit> texts ("1" when absent) of the task rows read, plan tasks
        # only: noted when a row's settings are not known yet, so an ordinary row costs
        # nothing more; an unusual row (never kept) is noted each time, before it steps aside.
        self.can_split_texts: set[str | None] = set()
        # UID -> the file's <OutlineNumber> of a row whose <WBS> is the same (no own code):
        # kept as its code where the plan numbers it otherwise (mspdi_tasks.file_numbering)
        self.numbers: dict[int, str] = {}
        # messages of the hyperlinks left out (mspdi_hyperlinks), for the read's notes
        self.refused_links: list[str] = []
        # (<TimephasedData> type, row) of the plan rows' timephased values (mspdi_dropped)
        self.unread: list[tuple[str, str]] = []
        # UID -> <ActualDuration>, <RemainingDuration> of a task under way, for the exact %
        # behind a rounded <PercentComplete> (mspdi_progress.with_file_actuals)
        self.actuals: dict[int, tuple[str | None, str | None]] = {}
        # UID -> <PreLeveledStart>, <PreLeveledFinish>: leveling moved or split the task
        # (mspdi_preleveled.with_leveling_marks)
        self.preleveled: dict[int, tuple[str, str | None]] = {}

    def row(self, elem: Element, n: int) -> tuple[int, int, int | None, tuple[Any, ...] | None]:
        """``(uid, row id, SKIP | GHOST | None, Task field values or None)`` of the n-th row.

        The values (in Task field order, for ``Task.of_many``) are given for an
        ordinary, automatically scheduled row, None for a row left out.
        """
        uid, row_id, skip, values = self.task_row(elem, n)[:4]
        return uid, row_id, skip, values

    def task_row(self, elem: Element, n: int) -> TaskParts:
        """:meth:`row`, then the row's children and their layout (for :func:`children` of
        its links, baselines and custom values: positions ``[1:]`` of the layout, in
        ``_TASK_GROUPS`` order) and its Stop, Resume and Recurring texts."""
        texts, kids, layout = self._task_texts.parts(elem)
        uid, row_id, skip, values = self.values(texts, n)
        if values is not None and layout[4]:
            self._unread(kids, layout[4], row_id, uid)
        return uid, row_id, skip, values, kids, layout, texts[14], texts[15], texts[16]

    def values(
        self, texts: tuple[Any, ...], n: int
    ) -> tuple[int, int, int | None, tuple[Any, ...] | None]:
        """:meth:`row` of the n-th row's texts, one per ``TASK_FIELDS`` (from an element's
        children or a plain row's text, app.io.mspdi_plain)."""
        (uid_text, id_text, level_text, null_text, external_text, name, duration) = texts[:7]
        if uid_text is None:
            raise UnusualRowError
        if not uid_text.isascii() or "_" in uid_text:  # int() takes '2_0', '\uff12'
            raise UnusualRowError
        uid = int(uid_text)
        if uid > UID_MAX:  # the checked reader names it
            raise UnusualRowError
        if id_text is None:
            row_id = n
        elif not id_text.isascii() or "_" in id_text:  # whole_int, inline (a call a row)
            raise ValueError(id_text)
        else:
            row_id = int(id_text) or n
        if uid == 0 and (0 if level_text is None else whole_int(level_text) or 0) == 0:
            return uid, row_id, SKIP, None
        if null_text is not None and _FLAGS[null_text]:
            return uid, row_id, SKIP, None
        if external_text is not None and _FLAGS[external_text]:
            return uid, row_id, GHOST, None
        key = texts[_OWN:]
        found = self._settings.get(key)
        if found is None:
            self.can_split_texts.add(key[-1])
            found = self._settings[key] = _settings(key)
        (level, elapsed, estimated, milestone, active, ctype, has_date, priority) = found[:8]
        (percent, fixed_cost, accrual, task_type, effort, calendar_uid, ignore, unit) = found[8:16]
        (start, finish, constraint_date, deadline, actual_start, actual_finish, notes) = texts[7:14]
        wbs = texts[24]
        dates = self._dates
        values = (
            uid,
            name.strip() if name else "",
            level,
            self._durations[duration] or 0,
            elapsed,
            estimated,
            milestone,
            False,  # manual
            active,
            dates[start],
            dates[finish],
            ctype,
            dates[constraint_date] if has_date else None,
            dates[deadline],
            priority,
            percent,
            dates[actual_start],
            dates[actual_finish],
            fixed_cost,
            accrual,
            task_type,
            effort,
            calendar_uid,
            ignore,
            0,  # leveling delay
            notes.strip() if notes else "",
            unit,
            (),  # splits: from the assignments' timephased work, added after
            (),  # custom fields: from the row's <ExtendedAttribute>s, added after
            None if texts[17:20] == _NO_LINK else self._hyperlink(texts, row_id, uid),
            "" if wbs == texts[25] or wbs is None else wbs_code(wbs, texts[25]),
            found[16],  # physical % complete
            found[17],  # its own earned value method
            found[18],  # Level Assignments (app.domain.leveling_assignments)
            False,  # page break: MSPDI has no field for it
        )
        if wbs is not None and wbs == texts[25]:
            self.numbers[uid] = wbs
        if 0 < percent < 100 and texts[20] is not None:
            self.actuals[uid] = (texts[20], texts[21])
        if texts[22] is not None:  # a task leveling moved or split
            self.preleveled[uid] = (texts[22], texts[23])
        return uid, row_id, None, values

    def _unread(
        self, kids: list[Element], timephased: tuple[int, ...], row_id: int, uid: int
    ) -> None:
        """Note the types of the row's timephased values (mspdi_dropped)."""
        where = f"Task #{row_id} (UID {uid})"
        for td in children(kids, timephased):
            self.unread.append(((td.findtext(_TYPE) or "").strip(), where))

    def _hyperlink(self, texts: tuple[Any, ...], row_id: int, uid: int) -> Hyperlink | None:
        """The hyperlink of a row's <Hyperlink...> texts (mspdi_hyperlinks)."""
        where = f"Task #{row_id} (UID {uid})"
        return read_hyperlink(texts[17], texts[18], texts[19], where, self.refused_links)

    def link(
        self, elem: Element, successor: int, uids: set[int], ghosts: set[int]
    ) -> tuple[Any, ...]:
        """Link field values (for ``Link.of_many``) of an ordinary predecessor row.

        Ordinary: to a task of this file, not itself, not across projects.
        """
        values = self.link_values(elem, successor)
        if not ordinary_link(values, uids, ghosts):
            raise UnusualRowError
        return values

    def link_values(self, elem: Element, successor: int) -> tuple[Any, ...]:
        """:meth:`link`'s values before its predecessor is checked (:func:`ordinary_link`):
        read while the task row is fresh from the parser, checked once every task is known."""
        return self.link_of_texts(self._link_texts(elem), successor)

    def link_of_texts(self, texts: tuple[Any, ...], successor: int) -> tuple[Any, ...]:
        """:meth:`link_values` of a link's texts, one per ``LINK_FIELDS``."""
        pred_text = texts[0]
        if pred_text is None:
            raise UnusualRowError
        key = texts[1:]
        found = self._links.get(key)
        if found is None:
            found = self._links[key] = _link_settings(key)
        if not pred_text.isascii() or "_" in pred_text:  # whole_int, inline (a call a link)
            raise ValueError(pred_text)
        pred = int(pred_text)
        if pred > UID_MAX:  # the checked reader names it
            raise UnusualRowError
        return (pred, successor, *found)

    def pre_links(self, links: list[Element], successor: int) -> list[PreLink]:
        """Each ``<PredecessorLink>`` of a row with its :meth:`link_values`, or None when the
        fast path does not read it (the checked reader will)."""
        out: list[PreLink] = []
        for elem in links:
            try:
                out.append((self.link_values(elem, successor), elem))
            except (UnusualRowError, ValueError, KeyError, TypeError, OverflowError):
                # read while the file is parsed: never raise here (a lag past a float's range)
                out.append((None, elem))
        return out


def ordinary_link(values: tuple[Any, ...], uids: set[int], ghosts: set[int]) -> bool:
    """The link (:meth:`RowReader.link_values`) is to a task of this file, not itself,
    not to another project's task."""
    pred = values[0]
    return pred in uids and pred != values[1] and pred not in ghosts
