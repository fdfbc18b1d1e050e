"""Which finished tasks hold none of one of their people's working time: work done on a day off
or at night, over-allocation at any units as MS Project flags it
(:func:`app.domain.overallocation_spans.booked_spans`).

A finished task runs between its actual dates, not on its people's calendars, so any of them
may be in a weekend. Sending everyone with a finished task to the full over-allocation sweep
cost 0.09 -> 0.43 s per edit at 30k finished tasks (82d3be6); this finds the few whose span
holds no working time, so only their people go. Many tasks at once are read from the
scheduler's arrays and tested once per calendar people work on (the work index at both ends of
each, two look-ups the calendar keeps); a few, one by one."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING

from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.schedule import Schedule
from app.domain.schedule_times import ScheduleTimes
from app.domain.task import Task
from app.domain.workload import DayCalendar, _resource_calendar
from app.domain.worktime import WorkTime

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    IntArray = npt.NDArray[np.int64]
    BoolArray = npt.NDArray[np.bool_]


def finished_off_hours(
    plan: Plan,
    done: Mapping[int, Task],
    rows: Sequence[int],
    schedule: Schedule | None,
    few: bool = False,
) -> set[int]:
    """The tasks of ``done`` (finished, both actual dates known) one of whose people has none of
    their working time between its actual dates. ``rows``: their plan rows, in ``done``'s
    order; ``schedule``: the plan's, whose arrays give their spans (None: read one by one, on
    their actual dates); ``few``: ``done`` holds a few of the plan's tasks (one by one, their
    own assignments read rather than the plan's)."""
    times = schedule.times if schedule is not None else None
    spans = times.spans() if isinstance(times, ScheduleTimes) else None
    if spans is None or len(done) < _ARRAYS_FROM:
        return _one_by_one(plan, done, few)
    import numpy as np

    pick = itemgetter(*rows) if len(rows) > 1 else lambda seq: (seq[rows[0]],)
    uids = np.array(pick(spans.uids), dtype=np.int64)
    wanted = np.fromiter(done, np.int64, len(done))
    aligned = uids == wanted  # the engine's rows are the plan's (else: those one by one)
    start = np.array(pick(spans.start), dtype=np.int64)  # clock minutes
    finish = np.array(pick(spans.finish), dtype=np.int64)
    summary = np.array(pick(spans.summary), dtype=bool)
    judged = aligned & ~summary & (finish > start)
    off = np.zeros(len(rows), dtype=bool)
    if judged.any():
        starts, finishes = pick(spans.start), pick(spans.finish)
        calendars = _people_calendars(plan)
        on = _calendars_on(plan, wanted, calendars) if len(calendars) > 1 else None
        for k, (worktime, _people) in enumerate(calendars):
            # No working time between them: the same work index at both ends (the index is
            # kept per minute, and the scheduler has asked most of these already).
            asked = judged if on is None else judged & on[k]
            at = np.flatnonzero(asked).tolist()
            if not at:
                continue
            index, take = worktime.index, itemgetter(*at) if len(at) > 1 else None
            s_at = take(starts) if take else (starts[at[0]],)
            f_at = take(finishes) if take else (finishes[at[0]],)
            same = np.fromiter(map(index, s_at), np.int64, len(at)) == np.fromiter(
                map(index, f_at), np.int64, len(at)
            )
            off[np.asarray(at, dtype=np.int64)[same]] = True
    found = {int(u) for u in wanted[off]}
    if not aligned.all():
        found |= _one_by_one(plan, {int(u): done[int(u)] for u in wanted[~aligned]}, True)
    if found:  # a calendar no one on the task works: ask the task's own people
        found = _one_by_one(plan, {u: done[u] for u in found}, True)
    return found


_ARRAYS_FROM = 200  # fewer finished tasks: one by one (numpy's set-up costs more)


def _people_calendars(plan: Plan) -> list[tuple[WorkTime, set[int]]]:
    """The working time of each calendar the plan's work resources work on, once each, with
    the uids of the people on it."""
    people: dict[int | None, list[Resource]] = {}  # by calendar uid: a lookup per person
    work = ResourceType.WORK
    for res in plan.resources:
        if res.type is work:
            people.setdefault(res.calendar_uid, []).append(res)
    cals: dict[int | None, DayCalendar] = {}
    seen: dict[int, tuple[WorkTime, set[int]]] = {}
    for on_it in people.values():
        worktime = _resource_calendar(plan, on_it[0], cals).worktime
        seen.setdefault(id(worktime), (worktime, set()))[1].update(r.uid for r in on_it)
    return list(seen.values())


def _calendars_on(
    plan: Plan, wanted: IntArray, calendars: list[tuple[WorkTime, set[int]]]
) -> list[BoolArray]:
    """Per calendar of ``calendars``, which tasks of ``wanted`` (uids) have someone on it."""
    import numpy as np

    which = {uid: k for k, (_wt, people) in enumerate(calendars) for uid in people}
    asg = plan.assignments
    n = len(asg)
    task = np.fromiter(map(_TASK, asg), np.int64, n)
    cal = np.fromiter(map(which.get, map(_PERSON, asg), repeat(-1)), np.int64, n)
    order = np.argsort(wanted, kind="stable")
    sorted_uids = wanted[order]
    i = np.minimum(np.searchsorted(sorted_uids, task), len(wanted) - 1)
    hit = (sorted_uids[i] == task) & (cal >= 0)
    row, cal = order[i[hit]], cal[hit]
    out = []
    for k in range(len(calendars)):
        mask = np.zeros(len(wanted), dtype=bool)
        mask[row[cal == k]] = True
        out.append(mask)
    return out


_TASK, _PERSON = attrgetter("task_uid"), attrgetter("resource_uid")


def _one_by_one(plan: Plan, done: Mapping[int, Task], few: bool) -> set[int]:
    """:func:`finished_off_hours` of ``done`` read task by task, on their actual dates: each
    person on one (with units) asked for their working minutes between them. ``few``: read
    the tasks' own assignments, not the plan's."""
    cals: dict[int | None, DayCalendar] = {}
    between: dict[int, DayCalendar | None] = {}
    out: set[int] = set()
    on_task = plan.assignments_of_task
    mine: Iterable[Assignment] = (
        [a for uid in done for a in on_task(uid)] if few else plan.assignments
    )
    for a in mine:
        t = done.get(a.task_uid)
        if t is None or a.units <= 0 or t.uid in out:
            continue
        person = a.resource_uid
        if person not in between:
            res = plan.resource(person)
            work = res.type is ResourceType.WORK
            between[person] = _resource_calendar(plan, res, cals) if work else None
        cal = between[person]
        s, f = t.actual_start, t.actual_finish
        if cal is not None and s is not None and f is not None and f > s and cal.between(s, f) <= 0:
            out.add(t.uid)
    return out
