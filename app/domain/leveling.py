"""Resource leveling: delay tasks until nobody is booked beyond their max units.

The leveler places tasks one by one in the order MS Project's standard order
suggests: a task whose predecessors are placed is ready; among ready tasks the
earliest start goes first, then the higher priority (0..1000), then the one with
less total slack (so tasks with slack are the ones delayed, within their slack
first), then the lower row. Each task starts at the first moment, not earlier
than its links allow, at which every person on it has room for its units over
its whole span (a split task: over each of its working parts, so its pauses
are free for other work and other work may fill them); a person's max units
are those of the availability period in force, as over-allocations are found.

Time is counted as over-allocations are judged: in clock minutes, each task
moving on its own scheduling calendar (its resources' or its own), so a task on
a night shift or a 7-day calendar books the hours it really works, and its
delay is the working minutes of that calendar the scheduler adds to its early
start. Manual, started and must-start/finish-on tasks never move and are booked
first; priority 1000 and no-later-than tasks are not delayed. What leveling
cannot clear is reported per person (:attr:`LevelingResult.unresolved`).
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.progress import Progress
from app.domain.progress import report as report_progress
from app.domain.resource import Resource, ResourceType
from app.domain.schedule import Schedule
from app.domain.scheduling.network import build_network
from app.domain.task import ConstraintType, Task
from app.domain.workload import split_parts
from app.domain.worktime import WorkTime, to_minutes

DO_NOT_LEVEL = 1000
_PINNED = {ConstraintType.MSO, ConstraintType.MFO, ConstraintType.SNLT, ConstraintType.FNLT}
_CONSTRAINT_NAMES = {
    ConstraintType.MSO: "must start on",
    ConstraintType.MFO: "must finish on",
    ConstraintType.SNLT: "start no later than",
    ConstraintType.FNLT: "finish no later than",
}
_EPS = 1e-6
_BEFORE_ALL = -(1 << 62)  # moments standing for 'always' and 'for ever'
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
class Unresolved:
    """An over-allocation leveling had to leave: a person, a task of theirs, and why.

    ``reason`` is a clause for the user naming the task: "'Pour' has started",
    "one task alone asks more than a person's max units ('Pour' at 150%, max
    100%)" (MS Project's "cannot resolve the overallocation").
    """

    resource_uid: int
    task_uid: int
    reason: str


@dataclass(frozen=True, slots=True)
class LevelingResult:
    """New leveling delays (every leaf task, 0 when not delayed) and the tasks delayed.

    A delay is the task's own wait for a person, in working minutes of the
    calendar it is scheduled on; tasks that only follow a delayed predecessor
    get none (their links move them). ``unresolved``: the over-allocations no
    delay could clear, by person then task.
    """

    delays: dict[int, int]
    moves: tuple[LevelingMove, ...]
    unresolved: tuple[Unresolved, ...] = ()

    def summary(self, minutes_per_day: int = 480) -> str:
        """A sentence for the user (days as the project counts them)."""
        if not self.moves:
            return "Nothing had to move: no one is over-allocated."
        days = max(m.delay_minutes for m in self.moves) / minutes_per_day
        names = ", ".join(f"'{m.name}'" for m in self.moves[:5])
        more = f" and {len(self.moves) - 5} more" if len(self.moves) > 5 else ""
        return f"Delayed {len(self.moves)} task(s): {names}{more}; longest delay {days:.3g} day(s)."

    def why_left(self, people: dict[int, str], left: set[int]) -> str:
        """Why the people of ``left`` stay over-allocated, as one sentence for the user.

        ``people`` names them by uid. Empty when leveling saw no reason for
        any of them (an edit since, say); a person it saw none for is left out.
        """
        first: dict[int, str] = {}
        count: dict[int, int] = {}
        for u in self.unresolved:
            if u.resource_uid in left:
                first.setdefault(u.resource_uid, u.reason)
                count[u.resource_uid] = count.get(u.resource_uid, 0) + 1
        parts = []
        for uid in sorted(first, key=lambda r: (people.get(r, ""), r)):
            more = f" (and {count[uid] - 1} more)" if count[uid] > 1 else ""
            parts.append(f"{people.get(uid, f'resource {uid}')}: {first[uid]}{more}")
        return f"Cannot resolve: {'; '.join(parts)}." if parts else ""


class _Timeline:
    """Booked (start, finish, units) intervals of one person, kept sorted by start.

    Moments are clock minutes (:func:`app.domain.worktime.to_minutes`). ``limits``
    is the person's max units as a step function of time: sorted ``(from, units)``
    pairs, the first from :data:`_BEFORE_ALL`.
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
        """Max units in force at a moment."""
        return self.units[bisect_right(self.bounds, p) - 1]

    def next_change(self, p: int) -> int | None:
        """The first moment after ``p`` at which max units change."""
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
        if len(self.bounds) == 1 and sum(u for _, _, u in over) + need <= self.peak + _EPS:
            return None  # max units never change and all of it together fits
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


def _limits(res: Resource) -> list[tuple[int, float]]:
    """A person's max units over time, in clock minutes (see :class:`_Timeline`).

    As :func:`app.domain.workload.max_units_on` reads them: the first availability
    period holding a moment (its finish minute included) gives its units, none
    gives 0; without periods, max units.
    """
    if not res.availability:
        return [(_BEFORE_ALL, res.max_units)]
    spans = [
        (
            _BEFORE_ALL if av.start is None else to_minutes(av.start),
            _AFTER_ALL if av.finish is None else to_minutes(av.finish) + 1,
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


@dataclass(slots=True)  # not frozen: built once per task, and a frozen one is slow to build
class _Shape:
    """How one leaf task lies on its scheduling calendar, read from the unleveled schedule."""

    cal: WorkTime  # the calendar the scheduler moves it on (resources' and its own)
    lag_cal: WorkTime  # its task calendar or the project's: lags into it run there
    start: int  # clock minutes, unleveled
    finish: int
    work: int  # working minutes from start to finish on ``cal`` (pauses of a split included)
    pieces: tuple[tuple[int, int], ...]  # a split task's parts, work offsets from its start
    spans: tuple[tuple[WorkTime, int], ...]  # resources on different calendars: each one's span
    elapsed: bool
    slack: int  # total slack, minutes: the leveling order's third key

    def place(self, cand: int, w: int, bound: int = -1) -> tuple[int, int]:
        """(start, finish) when the scheduler's candidate is ``cand`` and work starts at index ``w``.

        ``bound``: the latest finish its finish-to-x links ask for; a finish that
        falls short of it (the bound in non-working time) stretches to it when
        the start is the one that bound gives, as the scheduler does.
        """
        cal = self.cal
        if self.work == 0 and self.finish == self.start:  # a milestone
            return (cand, cand) if cal.at_end(w) == cand else (cal.at_start(w), cal.at_start(w))
        start = cal.at_start(w)
        if self.spans:
            return (
                min(c.next_start(start) for c, _ in self.spans),
                max(c.at_end(c.index(start) + d) for c, d in self.spans),
            )
        finish = start + self.finish - self.start if self.elapsed else cal.at_end(w + self.work)
        if bound > finish and start == self.from_finish(bound):
            finish = bound
        return start, finish

    def from_finish(self, finish: int) -> int:
        """The start that ends it at ``finish``."""
        if self.work == 0 and self.finish == self.start:
            return finish
        if self.elapsed:
            return finish - (self.finish - self.start)
        return self.cal.at_start(self.cal.index(finish) - self.work)

    def booked(self, start: int, finish: int, w: int) -> list[tuple[int, int, int]]:
        """The stretches its people work (start, finish, work offset), for a start at index ``w``."""
        if self.pieces:
            cal = self.cal
            return [(cal.at_start(w + lo), cal.at_end(w + hi), lo) for lo, hi in self.pieces]
        return [(start, finish, 0)]


def _shapes(
    plan: Plan, schedule: Schedule, tasks: dict[int, Task], progress: Progress | None
) -> dict[int, _Shape]:
    """Each task's :class:`_Shape`; ``progress`` hears of every task read (of twice as many)."""
    net = build_network(plan)
    parts = split_parts(plan, schedule)
    out: dict[int, _Shape] = {}
    total = 2 * len(tasks)
    for k, (uid, task) in enumerate(tasks.items()):
        if not k % _REPORT_EVERY:
            report_progress(progress, k, total)
        row = net.row_of[uid]
        cal = net.calendars[row]
        times = schedule.times[uid]
        start, finish = to_minutes(times.start), to_minutes(times.finish)
        w0 = cal.index(start)
        pieces: tuple[tuple[int, int], ...] = ()
        if uid in parts:
            pieces = tuple(
                (cal.index(to_minutes(a)) - w0, cal.index(to_minutes(b)) - w0)
                for a, b in parts[uid]
                if b > a
            )
        out[uid] = _Shape(
            cal,
            net.slack_calendars[row],
            start,
            finish,
            max(0, cal.index(finish) - w0),
            pieces,
            tuple(net.spans.get(row, ())),
            task.elapsed,
            times.total_slack_minutes,
        )
    return out


def _fixed(task: Task) -> bool:
    """Never moves, not even behind its predecessors: booked where it is before the rest."""
    return (
        task.manual
        or task.constraint_type in (ConstraintType.MSO, ConstraintType.MFO)
        or task.actual_start is not None
        or task.percent_complete > 0
    )


def _why_fixed(task: Task) -> str:
    """Why a task leveling may not delay stays where it clashes, as a clause."""
    name = f"'{task.name}'"
    if task.manual:
        return f"{name} is manually scheduled"
    if task.actual_start is not None or task.percent_complete > 0:
        return f"{name} has started"
    if task.constraint_type in _PINNED:
        return f"{name} has a '{_CONSTRAINT_NAMES[task.constraint_type]}' constraint"
    return f"{name} has priority 1000 (do not level)"


def _asks_too_much(task: Task, units: float, timeline: _Timeline) -> str:
    return (
        "one task alone asks more than a person's max units "
        f"('{task.name}' at {units:.0%}, max {timeline.peak:.0%})"
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
    shapes = _shapes(plan, schedule, tasks, progress)
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
    timelines = {uid: _Timeline(_limits(r)) for uid, r in people.items()}
    preds: dict[int, list[Link]] = {u: [] for u in tasks}
    succs: dict[int, list[int]] = {u: [] for u in tasks}
    for lk in _expanded_links(plan, summaries):
        if lk.predecessor in tasks and lk.successor in tasks:
            preds[lk.successor].append(lk)
            succs[lk.predecessor].append(lk.successor)
    es = {u: sh.start for u, sh in shapes.items()}  # leveled dates, as tasks are placed
    ef = {u: sh.finish for u, sh in shapes.items()}
    unresolved: dict[tuple[int, int], str] = {}

    def book(uid: int, spans: list[tuple[int, int, int]], why: str | None) -> None:
        for res_uid, units in booking.get(uid, ()):
            timeline = timelines[res_uid]
            for a, b, _ in spans:
                if b <= a:
                    continue
                if why is not None and timeline.conflict_end(a, b, units) is not None:
                    unresolved.setdefault((res_uid, uid), why)
                timeline.book(a, b, units)

    fixed = {uid for uid, t in tasks.items() if _fixed(t)}
    for uid in fixed:  # where they are, whatever the others do; clashes between them stay
        sh = shapes[uid]
        w = sh.cal.index(sh.start)
        book(uid, sh.booked(sh.start, sh.finish, w), _why_fixed(tasks[uid]))
    for uid in fixed:  # what they clash with among themselves stays
        for res_uid, units in booking.get(uid, ()):
            if units > timelines[res_uid].peak + _EPS:
                unresolved.setdefault(
                    (res_uid, uid), _asks_too_much(tasks[uid], units, timelines[res_uid])
                )
    waiting = {u: len(preds[u]) for u in tasks}
    row = {t.uid: i for i, t in enumerate(plan.tasks)}
    own: dict[int, int] = {}
    moved: set[int] = set()
    ready: list[tuple[int, int, int, int, int]] = []
    bounds: dict[int, int] = {}
    moved_by_links: set[int] = set()  # a moved predecessor holds it back

    def push(uid: int) -> None:
        cand, bounds[uid], pushed = _candidate(shapes, es, ef, moved, uid, preds[uid])
        if pushed:
            moved_by_links.add(uid)
        heapq.heappush(ready, (cand, -tasks[uid].priority, shapes[uid].slack, row[uid], uid))

    def _place(uid: int, cand: int, bookings: list[tuple[int, float]] | None, bound: int) -> int:
        """Place one task no earlier than ``cand``, book its people; its own delay."""
        task = tasks[uid]
        sh = shapes[uid]
        movable = _movable(task)
        w = w_links = sh.cal.index(cand)
        start, finish = sh.start, sh.finish  # where the scheduler had it
        if bookings and sh.finish > sh.start and movable:
            w, start, finish, stuck = _first_fit(timelines, bookings, sh, cand, w, bound)
            if stuck is not None:
                unresolved.setdefault(
                    (stuck, uid), f"their availability ends before '{task.name}' fits"
                )
            for res_uid, units in bookings:
                if units > timelines[res_uid].peak + _EPS:
                    unresolved.setdefault(
                        (res_uid, uid), _asks_too_much(task, units, timelines[res_uid])
                    )
            if w == w_links and uid not in moved_by_links:
                start, finish = sh.start, sh.finish
        elif uid in moved_by_links:
            start, finish = sh.place(cand, w, bound)
        if (start, finish) != (sh.start, sh.finish):
            es[uid], ef[uid] = start, finish
            moved.add(uid)
        if bookings:
            book(uid, sh.booked(start, finish, w), None if movable else _why_fixed(task))
        return w - w_links

    for uid in tasks:
        if waiting[uid] == 0:
            push(uid)
    placed = len(tasks)
    while ready:
        if not placed % _REPORT_EVERY:
            report_progress(progress, placed, total)
        placed += 1
        cand, _, _, _, uid = heapq.heappop(ready)
        bookings = booking.get(uid)
        bound = bounds.pop(uid)
        # Fixed tasks are booked already; a task of nobody's that links leave alone stays.
        if uid not in fixed and (bookings or uid in moved_by_links):
            own[uid] = _place(uid, cand, bookings, bound)
        else:
            own[uid] = 0
        for nxt in succs[uid]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                push(nxt)
    for uid in tasks:  # tasks caught in a cycle (should not happen) stay put
        own.setdefault(uid, 0)
    moves = tuple(
        LevelingMove(
            uid,
            tasks[uid].name,
            own[uid],
            schedule.times[uid].start,
            _moment(es[uid]),
        )
        for uid in sorted(tasks, key=row.__getitem__)
        if own[uid] > 0
    )
    report_progress(progress, total, total)
    left = tuple(
        Unresolved(res_uid, task_uid, why)
        for (res_uid, task_uid), why in sorted(unresolved.items(), key=lambda kv: kv[0])
    )
    return LevelingResult(dict(own), moves, left)


_REPORT_EVERY = 1024  # tasks read or placed between two progress reports


def _moment(minutes: int) -> datetime:
    day, minute = divmod(minutes, 1440)
    return datetime.fromordinal(day) + timedelta(minutes=minute)


def _lagged(lk: Link, base: int, cal: WorkTime, pred_work: int) -> int:
    """Moment ``base`` moved by the link's lag (on the successor's lag calendar), as the scheduler does."""
    if lk.lag_percent is not None:
        lag = round(lk.lag_percent * pred_work / 100)
    elif lk.lag_elapsed:
        return base + lk.lag_minutes
    else:
        lag = lk.lag_minutes
    return base if lag == 0 else cal.at_end(cal.index(base) + lag)


def _candidate(
    shapes: dict[int, _Shape],
    es: dict[int, int],
    ef: dict[int, int],
    moved: set[int],
    uid: int,
    links: list[Link],
) -> tuple[int, int, bool]:
    """The earliest start the task's links allow once its predecessors are placed,
    the latest finish its finish-to-x links ask for (-1: none) and whether a
    moved predecessor had a say.

    Never before where it was unleveled: predecessors only ever move later, and
    those that stayed allowed that already.
    """
    sh = shapes[uid]
    start = sh.start
    cal = sh.cal
    # Unleveled, a finish bound in non-working time may have stretched the finish to it.
    bound = sh.finish if not sh.elapsed and cal.at_end(cal.index(sh.finish)) != sh.finish else -1
    pushed = False
    for lk in links:
        p = lk.predecessor
        if p not in moved:
            continue
        pushed = True
        base = ef[p] if lk.type in (LinkType.FS, LinkType.FF) else es[p]
        x = _lagged(lk, base, sh.lag_cal, shapes[p].work)
        if lk.type in (LinkType.FF, LinkType.SF):  # binds the finish
            bound = max(bound, x)
            x = sh.from_finish(x)
        start = max(start, x)
    return start, bound, pushed


def _first_fit(
    timelines: dict[int, _Timeline],
    bookings: list[tuple[int, float]],
    shape: _Shape,
    cand: int,
    w: int,
    bound: int,
) -> tuple[int, int, int, int | None]:
    """The earliest work index >= w on the task's calendar at which every person has room.

    Room over each stretch the task books (each working part of a split task).
    Returns the index, the task's start and finish there, and None; or, when no
    later start ever fits, ``w`` itself, where the links put it, and the person
    without room (the over-allocation stays, and is reported).
    """
    first = w
    index = shape.cal.index
    for _ in range(100000):
        start, finish = shape.place(cand if w == first else shape.cal.at_start(w), w, bound)
        retry = None
        for res_uid, units in bookings:
            timeline = timelines[res_uid]
            for a, b, offset in shape.booked(start, finish, w):
                if b <= a:
                    continue
                nxt = timeline.conflict_end(a, b, units)
                if nxt == _NEVER:
                    return (first, *shape.place(cand, first, bound), res_uid)
                if nxt is not None:
                    # That stretch must start at ``nxt`` at the earliest.
                    retry = max(w + 1, index(nxt) - offset)
                    break
            if retry is not None:
                break
        if retry is None:
            return w, start, finish, None
        w = retry
    return (w, *shape.place(shape.cal.at_start(w), w, bound), None)


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
