"""Over-allocation: when the units of a person's overlapping assignments exceed their
max units (or the availability period in force), MS Project's definition.

Split from workload.py (work per day): this module answers who is over-allocated
and when, by sweeping assignment spans, in plain Python or with numpy arrays
for large plans. A contoured assignment books its peak units times the
contour's share in each of its ten parts (:mod:`app.domain.contours`).

It holds the whole-plan answers (:func:`overallocations`, :class:`OverallocationBook`
kept from one schedule to the next, :func:`overallocated_resources`); the parts live
beside it: :mod:`~app.domain.overallocation_sweep` (one person's sweep),
:mod:`~app.domain.overallocation_spans` (when one assignment books its person) and
:mod:`~app.domain.overallocation_fast` (whether a person is ever over, without the
periods); their public names are importable from here as before.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection, Iterable, Sequence
from itertools import compress
from operator import is_, is_not

from app.domain.contours import WorkContour
from app.domain.engine_spans import TaskSpan, span_reader
from app.domain.overallocation_fast import (
    _all_fill,
    _overbooked,
    _overbooked_arrays,
    _uneven_people,
)
from app.domain.overallocation_spans import booked_spans as booked_spans
from app.domain.overallocation_spans import may_lie_off_hours as may_lie_off_hours
from app.domain.overallocation_spans import off_hours_tasks as off_hours_tasks
from app.domain.overallocation_spans import own_or_even as own_or_even
from app.domain.overallocation_sweep import _EPS, _sweep, _sweep_minutes
from app.domain.overallocation_sweep import Booked as Booked
from app.domain.overallocation_sweep import Overallocation as Overallocation
from app.domain.overallocation_sweep import off_time_words as off_time_words
from app.domain.overallocation_sweep import person_overallocations as person_overallocations
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.schedule import Schedule
from app.domain.schedule_times import ScheduleTimes, TimesSpans
from app.domain.task_spans import TaskSpans, task_spans
from app.domain.workload import (
    DayCalendar,
    SplitParts,
    entered_tasks,
    inactive_tasks,
    split_parts,
)


def overallocations(plan: Plan, schedule: Schedule) -> list[Overallocation]:
    """Every period in which someone is booked beyond max units, in resource then time order.

    Inactive tasks (and those under an inactive summary) book nobody.
    """
    bookings = _Bookings(plan, schedule)
    by_res = bookings.by_person(plan.assignments)
    out: list[Overallocation] = []
    for res in plan.resources:
        out.extend(bookings.sweep(res, by_res.get(res.uid, ())))
    return out


class _Bookings:
    """What sweeping people needs from one schedule: the tasks that book nobody, split
    tasks' parts, and (read once, when a sweep first wants them) the tasks' minute spans."""

    def __init__(self, plan: Plan, schedule: Schedule) -> None:
        self.plan = plan
        self.schedule = schedule
        self.off = inactive_tasks(plan)
        self.parts = split_parts(plan, schedule)
        self.entered = entered_tasks(plan)  # for contoured people's work done
        self._loose: frozenset[int] | None = None  # may lie off their people's hours
        self._asked = 0
        self._cals: dict[int | None, DayCalendar] = {}
        self._spans: TimesSpans | None = None
        self._row: dict[int, int] | None = None
        self._read = False
        self._reader: Callable[[int], TaskSpan | None] | None = None

    def by_person(self, assignments: Iterable[Assignment]) -> dict[int, list[Assignment]]:
        """The assignments of active tasks by person, in the order given."""
        off = self.off
        by_res: dict[int, list[Assignment]] = {}
        for a in assignments:
            if a.task_uid not in off:
                by_res.setdefault(a.resource_uid, []).append(a)
        return by_res

    def _columns(self) -> tuple[TimesSpans, dict[int, int]] | None:
        if not self._read:
            self._read = True
            times = self.schedule.times
            spans = times.spans() if isinstance(times, ScheduleTimes) else None
            if spans is not None:
                self._spans = spans
                self._row = dict(zip(spans.uids, range(len(spans.uids)), strict=True))
        if self._spans is None or self._row is None:
            return None
        return self._spans, self._row

    def _loose_of(self, mine: Sequence[Assignment]) -> frozenset[int]:
        """The tasks of ``mine`` (or all) whose spans may lie off their people's hours: looked
        up for a few people's tasks alone (an edit sweeps a few), for the whole plan once many
        are swept (every finished task's span read at once: tens of ms at 30k of them)."""
        if self._loose is not None:
            return self._loose
        if self._asked < _ASKED_ALONE:
            self._asked += 1
            return off_hours_tasks(self.plan, [a.task_uid for a in mine], self.schedule)
        self._loose = off_hours_tasks(self.plan, None, self.schedule)
        return self._loose

    def _span(self) -> Callable[[int], TaskSpan | None]:
        if self._reader is None:
            self._reader = span_reader(self.plan, self.schedule)
        return self._reader

    def sweep(self, res: Resource, mine: Sequence[Assignment]) -> list[Overallocation]:
        """One person's over-allocations from their (active) assignments."""
        if res.type is not ResourceType.WORK or not mine:
            return []
        parts, flat, loose = self.parts, WorkContour.FLAT, self._loose_of(mine)
        simple = not res.availability and not any(
            a.task_uid in parts
            or a.task_uid in loose
            or (a.contour is not flat and a.contour.shaped)
            or a.laid_delay > 0  # a delayed person's own span: the full sweep
            or bool(a.actual_days)  # actual work kept on its days (app.domain.actual_days)
            for a in mine
        )
        # A few assignments: their TaskTimes; many: the schedule's columns (building
        # every task's TaskTimes took 1-1.5 s at 100k tasks). Both give the same periods.
        columns = self._columns() if simple and len(mine) > _FEW else None
        if columns is not None and not _all_fill(
            mine, columns[0].duration_minutes, columns[1], columns[0].summary
        ):
            columns = None  # someone ends before their task or is crowded into it
        if columns is None:
            # The spans from the engine's arrays: a TaskTimes per task (slack over its links,
            # six dates) gave the same periods and made the schedule build every row's.
            get, plan, cals, entered = self._span(), self.plan, self._cals, self.entered
            spans: list[Booked] = []
            for a in mine:
                spans.extend(booked_spans(plan, a, get(a.task_uid), parts, cals, entered))
            return _sweep(res, spans)
        return _sweep_minutes(res, mine, *columns)


_ASKED_ALONE = 32  # people whose tasks off_hours_tasks reads alone before it reads the plan's

_FEW = 0  # assignments of one person read through TaskTimes rather than columns (none: reading
# a few thousand rows one by one makes the schedule build all 100k TaskTimes, 2.4 s)


class OverallocationBook:
    """Every person's over-allocations of one plan, kept from one schedule to the next.

    :meth:`update` sweeps again only the people an edit may have changed: those
    on the tasks the scheduler moved (``IncrementalScheduler.moved_uids``), whose
    assignments or own values changed, or on a task made (in)active or split
    differently. Its result always equals :func:`overallocations` of the plan.
    """

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._found: dict[int, list[Overallocation]] = {}
        self._assignments: list[Assignment] = []
        self._resources: list[Resource] = []
        self._calendars: list[object] = []
        self._off: frozenset[int] = frozenset()
        self._parts: SplitParts = {}
        self._by_res: dict[int, list[Assignment]] = {}
        self._on_task: dict[int, set[int]] = {}
        self._ready = False
        self.swept = 0  # people swept by the last update (for tests and benchmarks)

    def update(self, schedule: Schedule, moved: Collection[int] | None) -> list[Overallocation]:
        """The over-allocations under ``schedule``; ``moved``: the tasks it may have moved
        since the last update (None: any task, everyone is swept again)."""
        plan = self.plan
        bookings = _Bookings(plan, schedule)
        resources = list(plan.resources)
        calendars: list[object] = list(plan.calendars.values())
        people = {r.uid for r in resources}
        if len(people) != len(resources):  # one uid twice: nothing to keep per person
            self._ready = False
            self.swept = len(resources)
            return overallocations(plan, schedule)
        dirty = self._dirty(bookings, resources, calendars, moved)
        if dirty is None:
            self._index(bookings)
            dirty = people
            self._found = {}
        else:
            for uid in [u for u in self._found if u not in people]:
                del self._found[uid]
        by_res = self._by_res
        for res in resources:
            if res.uid in dirty:
                self._found[res.uid] = bookings.sweep(res, by_res.get(res.uid, ()))
        self.swept = len(dirty & people)
        self._assignments = list(plan.assignments)
        self._resources, self._calendars = resources, calendars
        self._off, self._parts = bookings.off, bookings.parts
        self._ready = True
        found = self._found
        return [o for r in resources for o in found.get(r.uid, ())]

    def _index(self, bookings: _Bookings) -> None:
        """Group the active tasks' assignments by person, and every assignment's people by task."""
        assignments = self.plan.assignments
        self._by_res = bookings.by_person(assignments)
        on_task: dict[int, set[int]] = {}
        for a in assignments:
            on_task.setdefault(a.task_uid, set()).add(a.resource_uid)
        self._on_task = on_task

    def _dirty(
        self,
        bookings: _Bookings,
        resources: list[Resource],
        calendars: list[object],
        moved: Collection[int] | None,
    ) -> set[int] | None:
        """The people to sweep again; None: everyone (nothing kept fits)."""
        if not self._ready or moved is None:
            return None
        if len(calendars) != len(self._calendars) or not all(map(is_, calendars, self._calendars)):
            return None  # a calendar changes contours' pieces and splits' parts
        if len(resources) != len(self._resources):
            return None
        dirty = {r.uid for r, old in zip(resources, self._resources, strict=True) if r is not old}
        dirty.update(o.uid for r, o in zip(resources, self._resources, strict=True) if r is not o)
        assignments, before = self.plan.assignments, self._assignments
        toggled = bookings.off ^ self._off
        if len(assignments) != len(before):  # added or removed: group them all again
            new = {id(a): a for a in assignments}
            old = {id(a): a for a in before}
            dirty.update(a.resource_uid for k, a in new.items() if k not in old)
            dirty.update(a.resource_uid for k, a in old.items() if k not in new)
            self._index(bookings)
        elif toggled:  # the tasks booking people are others now
            changed = list(compress(range(len(before)), map(is_not, assignments, before)))
            dirty.update(before[k].resource_uid for k in changed)
            self._index(bookings)
        else:
            # Edited in place (a task's duration rewrites its assignments' work): regroup
            # only their people; the task index may keep a pair no longer true (one sweep more).
            changed = list(compress(range(len(before)), map(is_not, assignments, before)))
            if changed:
                touched = {before[k].resource_uid for k in changed}
                touched.update(assignments[k].resource_uid for k in changed)
                for k in changed:
                    a = assignments[k]
                    self._on_task.setdefault(a.task_uid, set()).add(a.resource_uid)
                regrouped = bookings.by_person(a for a in assignments if a.resource_uid in touched)
                for uid in touched:
                    self._by_res[uid] = regrouped.get(uid, [])
                dirty.update(touched)
        on_task = self._on_task
        tasks = set(moved) | toggled
        parts, was = bookings.parts, self._parts
        if parts or was:
            tasks.update(u for u in parts.keys() | was.keys() if parts.get(u) != was.get(u))
        for uid in tasks:
            dirty.update(on_task.get(uid, ()))
        return dirty


def overallocated_resources(
    plan: Plan,
    schedule: Schedule,
    spans: TaskSpans | None = None,
    only: Collection[int] | None = None,
) -> set[int]:
    """Uids of people booked beyond their max units at some moment.

    The same people :func:`overallocations` names, found without building its
    periods. ``spans`` are the assigned tasks' spans if the caller has read them
    (those of ``only``'s assignments at least). ``only``: judge just these people
    (an edit that moved a few tasks: their people). Inactive tasks book nobody.
    """
    assignments = plan.assignments
    off = inactive_tasks(plan)
    if only is not None or off:
        assignments = [
            a
            for a in assignments
            if (only is None or a.resource_uid in only) and a.task_uid not in off
        ]
    if spans is None:
        spans = task_spans(schedule, (a.task_uid for a in assignments))
    people = [
        r for r in plan.resources if r.type is ResourceType.WORK and (only is None or r.uid in only)
    ]
    if len({r.uid for r in people}) != len(people):  # one uid twice: let the full sweep judge
        found = {o.resource_uid for o in overallocations(plan, schedule)}
        return found if only is None else found & set(only)
    # The parts of the judged people's tasks only (an edit judges a few: reading every task's
    # split state took 27-100 ms at 100k tasks per edit)
    judged = None if only is None else {a.task_uid for a in assignments}
    parts = split_parts(plan, schedule, judged)
    # People on a split task are free during its pauses, and a contoured assignment books
    # less than its units most of the time: the full sweep over their parts judges them.
    paused = {a.resource_uid for a in assignments if a.task_uid in parts} if parts else set()
    flat = WorkContour.FLAT
    paused.update(a.resource_uid for a in assignments if a.contour is not flat and a.contour.shaped)
    # And a delayed person (MS Project's assignment Delay) books their own later span.
    paused.update(a.resource_uid for a in assignments if a.laid_delay > 0 or a.actual_days)
    # And people on a task that may lie in their non-working time (a manual one over a weekend).
    loose = off_hours_tasks(plan, judged, schedule)
    if loose:
        paused.update(a.resource_uid for a in assignments if a.task_uid in loose)
    # So are people whose assignments end before their tasks (or are crowded into them).
    paused.update(_uneven_people(assignments, spans, numpy_pays(len(assignments))))
    limits = {r.uid: r.max_units + _EPS for r in people if not r.availability}
    for uid in paused:
        limits.pop(uid, None)
    if numpy_pays(len(assignments)):
        out = _overbooked_arrays(assignments, spans, limits)
    else:
        out = _overbooked(assignments, spans, limits)
    limited = {r.uid: r for r in people if r.availability or r.uid in paused}
    if limited:  # max units change over time, pauses, contours: the full sweep, these people only
        spans_of: dict[int, list[Booked]] = {}
        cals: dict[int | None, DayCalendar] = {}
        entered = entered_tasks(plan)
        span = span_reader(plan, schedule)  # no TaskTimes built: 3.6 s of a 100k leveling
        for a in assignments:
            if a.resource_uid not in limited:
                continue
            got = booked_spans(plan, a, span(a.task_uid), parts, cals, entered)
            if got:
                spans_of.setdefault(a.resource_uid, []).extend(got)
        out.update(uid for uid, got in spans_of.items() if _sweep(limited[uid], got))
    return out


def numpy_pays(size: int) -> bool:
    """Whether a bulk computation over ``size`` items should use numpy.

    Small ones are quicker in plain Python. numpy costs ~0.15 s to import:
    worth it when it is loaded already (the window loads it) or the work is large.
    """
    return size >= _NUMPY_FROM and ("numpy" in sys.modules or size >= _NUMPY_IMPORT_FROM)


_NUMPY_FROM = 2000
# The over-allocation sweep gains ~1 ms per 1000 assignments in numpy: its import
# pays off only past ~150k of them.
_NUMPY_IMPORT_FROM = 200_000
