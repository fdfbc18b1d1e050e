"""Resource leveling: delay tasks until nobody is booked beyond their max units.

The leveler works in working minutes from the project start on the project
calendar. It places tasks one by one in the order MS Project's standard order
suggests: a task whose predecessors are placed is ready; among ready tasks the
earliest start goes first, then the higher priority (0..1000), then the one with
less total slack (so tasks with slack are the ones delayed, within their slack
first), then the lower row. Each task starts at the first moment, not earlier
than its links allow, at which every person on it has room for its units over
its whole duration (a split task: over each of its working parts, so its
pauses are free for other work and other work may fill them); a person's max units are those of the availability period in
force, as over-allocations are found. Priority 1000, manual tasks, started tasks and tasks pinned
by a must/no-later-than constraint never move. The result is a leveling delay
per task (working minutes); the scheduler adds it to the task's early start.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.progress import Progress
from app.domain.progress import report as report_progress
from app.domain.resource import Resource, ResourceType
from app.domain.schedule import Schedule
from app.domain.task import ConstraintType, Task
from app.domain.workload import DayCalendar, split_parts

DO_NOT_LEVEL = 1000
_PINNED = {ConstraintType.MSO, ConstraintType.MFO, ConstraintType.SNLT, ConstraintType.FNLT}
_EPS = 1e-6
_BEFORE_ALL = -(1 << 62)  # offsets standing for 'always' and 'for ever'
_AFTER_ALL = 1 << 62
_NEVER = -1  # conflict_end: no start from here on fits


@dataclass(frozen=True, slots=True)
class LevelingMove:
    """One task the leveler delayed."""

    task_uid: int
    name: str
    delay_minutes: int
    old_start: datetime
    new_start: datetime


@dataclass(frozen=True, slots=True)
class LevelingResult:
    """New leveling delays (every leaf task, 0 when not delayed) and the tasks delayed.

    A delay is the task's own wait for a person; tasks that only follow a
    delayed predecessor get none (their links move them).
    """

    delays: dict[int, int]
    moves: tuple[LevelingMove, ...]

    def summary(self, minutes_per_day: int = 480) -> str:
        """A sentence for the user (days as the project counts them)."""
        if not self.moves:
            return "Nothing had to move: no one is over-allocated."
        days = max(m.delay_minutes for m in self.moves) / minutes_per_day
        names = ", ".join(f"'{m.name}'" for m in self.moves[:5])
        more = f" and {len(self.moves) - 5} more" if len(self.moves) > 5 else ""
        return f"Delayed {len(self.moves)} task(s): {names}{more}; longest delay {days:.3g} day(s)."


class _Clock:
    """Working-minute offsets from a day on the project calendar, both ways."""

    def __init__(self, plan: Plan, first: date, last: date) -> None:
        self._cal = DayCalendar(plan, None)
        self._first = first
        self._cum: list[int] = [0]
        self._grow(last)

    def _grow(self, last: date) -> None:
        d = self._first + timedelta(days=len(self._cum) - 1)
        while d <= last:
            self._cum.append(self._cum[-1] + self._cal.day_minutes(d))
            d += timedelta(days=1)

    def offset(self, moment: datetime) -> int:
        """Working minutes from the first day's midnight to a moment."""
        k = (moment.date() - self._first).days
        if k < 0:
            return 0
        if k + 1 >= len(self._cum):
            self._grow(moment.date())
        return self._cum[k] + self._cal.minutes_before(moment)

    def moment(self, offset: int) -> datetime:
        """The earliest moment at a working-minute offset (start of work)."""
        while self._cum[-1] <= offset and len(self._cum) < 40000:
            self._grow(self._first + timedelta(days=len(self._cum) + 30))
        k = bisect_left(self._cum, offset + 1) - 1
        day = self._first + timedelta(days=k)
        rest = offset - self._cum[k]
        for lo, hi in self._cal.intervals(day):
            if rest < hi - lo:
                return datetime.combine(day, datetime.min.time()) + timedelta(minutes=lo + rest)
            rest -= hi - lo
        return datetime.combine(day + timedelta(days=1), datetime.min.time())


class _Timeline:
    """Booked (start, finish, units) intervals of one person, kept sorted by start.

    ``limits`` is the person's max units as a step function of the offset: sorted
    ``(from_offset, units)`` pairs, the first from :data:`_BEFORE_ALL`.
    """

    __slots__ = ("bounds", "items", "longest", "peak", "units")

    def __init__(self, limits: list[tuple[int, float]]) -> None:
        self.items: list[tuple[int, int, float]] = []
        self.longest = 0
        self.bounds = [b for b, _ in limits]
        self.units = [u for _, u in limits]
        self.peak = max(self.units)

    def overlapping(self, a: int, b: int) -> list[tuple[int, int, float]]:
        hi = bisect_left(self.items, (b, -1, 0.0))
        out = []
        k = hi - 1
        while k >= 0 and self.items[k][0] >= a - self.longest:
            s, f, u = self.items[k]
            if f > a:
                out.append((s, f, u))
            k -= 1
        return out

    def limit_at(self, p: int) -> float:
        """Max units in force at an offset."""
        return self.units[bisect_right(self.bounds, p) - 1]

    def next_change(self, p: int) -> int | None:
        """The first offset after ``p`` at which max units change."""
        k = bisect_right(self.bounds, p)
        return self.bounds[k] if k < len(self.bounds) else None

    def conflict_end(self, a: int, b: int, units: float) -> int | None:
        """None when ``units`` fit in [a, b); else the earliest moment worth trying next.

        :data:`_NEVER` when waiting cannot help: nothing booked ends and max units
        never change again. A task asking more than the person ever has counts as
        asking all of it (delays cannot fix that; it only waits for a free person).
        """
        over = self.overlapping(a, b)
        need = min(units, self.peak)
        points = {a, *(s for s, _, _ in over if s > a)}
        change = self.next_change(a)
        while change is not None and change < b:
            points.add(change)
            change = self.next_change(change)
        for p in sorted(points):
            covering = [f for s, f, _ in over if s <= p < f]
            load = sum(u for s, f, u in over if s <= p < f)
            if load + need > self.limit_at(p) + _EPS:
                later = self.next_change(p)
                candidates = covering + ([later] if later is not None else [])
                return min(candidates) if candidates else _NEVER
        return None

    def book(self, a: int, b: int, units: float) -> None:
        insort(self.items, (a, b, units))
        self.longest = max(self.longest, b - a)


def _limits(res: Resource, clock: _Clock) -> list[tuple[int, float]]:
    """A person's max units over time, in working-minute offsets (see :class:`_Timeline`).

    As :func:`app.domain.workload.max_units_on` reads them: the first availability
    period holding a moment gives its units, none gives 0; without periods, max units.
    """
    if not res.availability:
        return [(_BEFORE_ALL, res.max_units)]
    spans = [
        (
            _BEFORE_ALL if av.start is None else clock.offset(av.start),
            _AFTER_ALL if av.finish is None else clock.offset(av.finish),
            av.units,
        )
        for av in res.availability
    ]
    bounds = sorted({_BEFORE_ALL, *(s for s, _, _ in spans), *(f for _, f, _ in spans)})
    steps: list[tuple[int, float]] = []
    for b in bounds:
        units = next((u for s, f, u in spans if s <= b < f), 0.0)
        if not steps or steps[-1][1] != units:
            steps.append((b, units))
    return steps


def _leaves(plan: Plan, uid: int, summaries: set[int]) -> list[int]:
    if uid not in summaries:
        return [uid]
    return [t.uid for t in plan.descendants(uid) if t.uid not in summaries]


def _expanded_links(plan: Plan, summaries: set[int]) -> list[Link]:
    """Links between leaf tasks; a link on a summary binds all tasks below it."""
    out: list[Link] = []
    for lk in plan.links:
        if lk.predecessor not in summaries and lk.successor not in summaries:
            out.append(lk)
            continue
        for p in _leaves(plan, lk.predecessor, summaries):
            for s in _leaves(plan, lk.successor, summaries):
                out.append(replace(lk, predecessor=p, successor=s))
    return out


def _movable(task: Task) -> bool:
    return (
        task.priority < DO_NOT_LEVEL
        and not task.manual
        and task.constraint_type not in _PINNED
        and task.actual_start is None
        and task.percent_complete <= 0
    )


def level(
    plan: Plan,
    schedule: Schedule,
    only: Iterable[int] | None = None,
    progress: Progress | None = None,
) -> LevelingResult:
    """Delays that remove over-allocations, from a schedule computed without leveling delays.

    ``only``: level just these people (default: every work resource).
    ``progress`` hears how far it is (tasks read, then tasks placed) and stops
    it with CancelledError when it answers False (see :mod:`app.domain.progress`).
    """
    report_progress(progress, 0, 1)
    summaries = {u for u, t in schedule.times.items() if t.summary}
    tasks = {t.uid: t for t in plan.tasks if t.uid not in summaries and t.uid in schedule.times}
    if not tasks:
        return LevelingResult({}, ())
    total = 2 * len(tasks)  # each task read, then placed
    first = schedule.start.date()
    clock = _Clock(plan, first, schedule.finish.date())
    start: dict[int, int] = {}
    dur: dict[int, int] = {}
    for k, uid in enumerate(tasks):
        if not k % _REPORT_EVERY:
            report_progress(progress, k, total)
        times = schedule.times[uid]
        start[uid] = clock.offset(times.start)
        dur[uid] = max(0, clock.offset(times.finish) - start[uid])
    # A split task books its working parts only, as offsets from its start.
    pieces: dict[int, list[tuple[int, int]]] = {}
    for uid, parts in split_parts(plan, schedule).items():
        if uid in tasks:
            at = start[uid]
            pieces[uid] = [(clock.offset(a) - at, clock.offset(b) - at) for a, b in parts]
    wanted = None if only is None else set(only)
    people = {
        r.uid: r
        for r in plan.resources
        if r.type is ResourceType.WORK and (wanted is None or r.uid in wanted)
    }
    booking: dict[int, list[tuple[int, float]]] = {}
    for a in plan.assignments:
        if a.task_uid in tasks and a.resource_uid in people and a.units > 0:
            booking.setdefault(a.task_uid, []).append((a.resource_uid, a.units))
    timelines = {uid: _Timeline(_limits(r, clock)) for uid, r in people.items()}
    links = _expanded_links(plan, summaries)
    preds: dict[int, list[tuple[Link, int]]] = {u: [] for u in tasks}
    succs: dict[int, list[int]] = {u: [] for u in tasks}
    for lk in links:
        if lk.predecessor in tasks and lk.successor in tasks:
            gap = _gap(lk, start, dur)
            preds[lk.successor].append((lk, gap))
            succs[lk.predecessor].append(lk.successor)
    waiting = {u: len(preds[u]) for u in tasks}
    row = {t.uid: i for i, t in enumerate(plan.tasks)}
    shift: dict[int, int] = {}
    own: dict[int, int] = {}
    ready: list[tuple[int, int, int, int, int]] = []

    def push(uid: int) -> None:
        need = max([0] + [shift[lk.predecessor] - gap for lk, gap in preds[uid]])
        slack = schedule.times[uid].total_slack_minutes
        heapq.heappush(ready, (start[uid] + need, -tasks[uid].priority, slack, row[uid], uid))

    for uid in tasks:
        if waiting[uid] == 0:
            push(uid)
    placed = len(tasks)
    while ready:
        if not placed % _REPORT_EVERY:
            report_progress(progress, placed, total)
        placed += 1
        _, _, _, _, uid = heapq.heappop(ready)
        need = max([0] + [shift[lk.predecessor] - gap for lk, gap in preds[uid]])
        task = tasks[uid]
        if not _movable(task):
            need = 0
        s = start[uid] + need
        bookings = booking.get(uid, [])
        spans = pieces.get(uid) or [(0, dur[uid])]
        if dur[uid] > 0 and bookings and _movable(task):
            s = _first_fit(timelines, bookings, s, spans)
        shift[uid] = s - start[uid]
        own[uid] = s - (start[uid] + need)  # links already carry the predecessors' share
        for res_uid, units in bookings:
            if dur[uid] > 0:
                for lo, hi in spans:
                    if hi > lo:
                        timelines[res_uid].book(s + lo, s + hi, units)
        for nxt in succs[uid]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                push(nxt)
    for uid in tasks:  # tasks caught in a cycle (should not happen) stay put
        shift.setdefault(uid, 0)
        own.setdefault(uid, 0)
    moves = tuple(
        LevelingMove(
            uid,
            tasks[uid].name,
            own[uid],
            schedule.times[uid].start,
            clock.moment(start[uid] + shift[uid]),
        )
        for uid in sorted(tasks, key=row.__getitem__)
        if own[uid] > 0
    )
    report_progress(progress, total, total)
    return LevelingResult(dict(own), moves)


_REPORT_EVERY = 1024  # tasks read or placed between two progress reports


def _gap(lk: Link, start: dict[int, int], dur: dict[int, int]) -> int:
    """How far the successor sits beyond what the link demands (room before a shift reaches it)."""
    p, s = lk.predecessor, lk.successor
    lag = round(dur[p] * lk.lag_percent / 100.0) if lk.lag_percent is not None else lk.lag_minutes
    if lk.type is LinkType.FS:
        gap = start[s] - (start[p] + dur[p] + lag)
    elif lk.type is LinkType.SS:
        gap = start[s] - (start[p] + lag)
    elif lk.type is LinkType.FF:
        gap = start[s] + dur[s] - (start[p] + dur[p] + lag)
    else:
        gap = start[s] + dur[s] - (start[p] + lag)
    return max(0, gap)


def _first_fit(
    timelines: dict[int, _Timeline],
    bookings: list[tuple[int, float]],
    s: int,
    spans: list[tuple[int, int]],
) -> int:
    """The earliest start >= s at which every booked person has room for each working span.

    ``spans``: (from, to) offsets from the task's start; one ``(0, duration)`` for a
    task that is not split. ``s`` itself when no later start ever fits (the
    over-allocation stays, and is reported).
    """
    first = s
    for _ in range(100000):
        moved = False
        for res_uid, units in bookings:
            timeline = timelines[res_uid]
            for a, b in spans:
                if b <= a:
                    continue
                nxt = timeline.conflict_end(s + a, s + b, units)
                if nxt == _NEVER:
                    return first
                if nxt is not None:
                    # The span must start at ``nxt`` at the earliest: the task ``a`` before it.
                    s = max(s + 1, nxt - a)
                    moved = True
                    break
        if not moved:
            return s
    return s


def without_leveling(plan: Plan) -> Plan:
    """A copy of the plan with every leveling delay cleared (shares the immutable values)."""
    return Plan(
        project=plan.project,
        tasks=[
            replace(t, leveling_delay_minutes=0) if t.leveling_delay_minutes else t
            for t in plan.tasks
        ],
        links=list(plan.links),
        calendars=dict(plan.calendars),
        resources=list(plan.resources),
        assignments=list(plan.assignments),
        baselines=dict(plan.baselines),
        risks=list(plan.risks),
    )


def apply_delays(plan: Plan, delays: dict[int, int]) -> dict[int, int]:
    """Set leveling delays as one change; returns the old delays of the tasks that changed."""
    old: dict[int, int] = {}
    new: list[Task] = []
    for uid, minutes in delays.items():
        task = plan.task(uid)
        if task.leveling_delay_minutes != minutes:
            old[uid] = task.leveling_delay_minutes
            new.append(replace(task, leveling_delay_minutes=minutes))
    with plan.batch():
        plan.update_tasks(new)
    return old


def clear_delays(plan: Plan) -> dict[int, int]:
    """Set every leveling delay back to zero in one batch; returns the old delays."""
    return apply_delays(plan, {t.uid: 0 for t in plan.tasks if t.leveling_delay_minutes})
