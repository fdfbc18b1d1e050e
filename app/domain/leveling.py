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

The parts live beside this module: :mod:`~app.domain.leveling_timeline` (each
person's bookings), :mod:`~app.domain.leveling_placement` (a task on its
calendar), :mod:`~app.domain.leveling_links` (links between leaves),
:mod:`~app.domain.leveling_rules` (who may move, and why not) and
:mod:`~app.domain.leveling_result` (what it hands back); their public names are
importable from here as before.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta

from app.domain.leveling_links import candidate, expanded_links
from app.domain.leveling_placement import REPORT_EVERY, first_fit, read_shapes
from app.domain.leveling_result import LevelingMove, LevelingResult, Unresolved
from app.domain.leveling_rules import (
    DO_NOT_LEVEL,
    asks_too_much,
    availability_ends,
    fixed,
    movable,
    why_fixed,
)
from app.domain.leveling_timeline import EPS, Timeline, limits_of
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.progress import Progress
from app.domain.progress import report as report_progress
from app.domain.resource import ResourceType
from app.domain.schedule import Schedule
from app.domain.scheduling.network import Network, build_network
from app.domain.task import Task

__all__ = [
    "DO_NOT_LEVEL",
    "LevelingMove",
    "LevelingResult",
    "Unresolved",
    "apply_delays",
    "clear_delays",
    "level",
    "without_leveling",
]


def level(
    plan: Plan,
    schedule: Schedule,
    only: Iterable[int] | None = None,
    progress: Progress | None = None,
    network: Network | None = None,
) -> LevelingResult:
    """Delays that remove over-allocations, from a schedule computed without leveling delays.

    ``only``: level just these people (default: every work resource).
    ``progress`` hears how far it is (the network built when it must be, tasks
    read, then tasks placed) and stops it with CancelledError when it answers
    False (see :mod:`app.domain.progress`).
    ``network``: the plan's scheduling network, as the window's scheduler holds
    it (read, never changed); its calendars are the ones tasks move on. Without
    it, or when its rows are not the plan's, level() builds its own (~0.7 s at
    40k tasks). The leveling delays in the plan do not change a network: one
    built with them serves for the plan without them.
    """
    report_progress(progress, 0, 1)
    summaries = {u for u, t in schedule.times.items() if t.summary}
    tasks = {t.uid: t for t in plan.tasks if t.uid not in summaries and t.uid in schedule.times}
    if not tasks:
        return LevelingResult({}, ())
    if network is not None and network.uids != [t.uid for t in plan.tasks]:
        network = None  # another plan's, or one edits have left behind: not safe to read
    # The bar: the network build (when it must be built) counts as half the tasks' reading.
    built = 0 if network is not None else len(tasks) // 2
    total = built + 2 * len(tasks)  # then each task read, then placed
    if network is None:
        report_progress(progress, 0, total)
        network = build_network(plan)
    shapes = read_shapes(
        plan, schedule, tasks, network, lambda k: report_progress(progress, built + k, total)
    )
    read = built + len(tasks)

    def setting_up() -> None:  # ~0.9 s at 100k tasks between reading and placing: Cancel there
        report_progress(progress, read, total)

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
    timelines = {uid: Timeline(limits_of(r)) for uid, r in people.items()}
    setting_up()
    preds: dict[int, list[Link]] = {u: [] for u in tasks}
    succs: dict[int, list[int]] = {u: [] for u in tasks}
    for k, lk in enumerate(expanded_links(plan, summaries)):
        if not k % (16 * REPORT_EVERY):
            setting_up()
        if lk.predecessor in tasks and lk.successor in tasks:
            preds[lk.successor].append(lk)
            succs[lk.predecessor].append(lk.successor)
    setting_up()
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

    fixed_uids = {uid for uid, t in tasks.items() if fixed(t)}
    for uid in fixed_uids:  # where they are, whatever the others do; clashes between them stay
        sh = shapes[uid]
        w = sh.cal.index(sh.start)
        book(uid, sh.booked(sh.start, sh.finish, w), why_fixed(tasks[uid]))
    for uid in fixed_uids:  # what they clash with among themselves stays
        for res_uid, units in booking.get(uid, ()):
            if units > timelines[res_uid].peak + EPS:
                unresolved.setdefault(
                    (res_uid, uid), asks_too_much(tasks[uid], units, timelines[res_uid])
                )
    setting_up()
    waiting = {u: len(preds[u]) for u in tasks}
    row = {t.uid: i for i, t in enumerate(plan.tasks)}
    own: dict[int, int] = {}
    moved: set[int] = set()
    ready: list[tuple[int, int, int, int, int]] = []
    bounds: dict[int, int] = {}
    moved_by_links: set[int] = set()  # a moved predecessor holds it back

    def push(uid: int) -> None:
        cand, bounds[uid], pushed = candidate(shapes, es, ef, moved, uid, preds[uid])
        if pushed:
            moved_by_links.add(uid)
        heapq.heappush(ready, (cand, -tasks[uid].priority, shapes[uid].slack, row[uid], uid))

    def _place(uid: int, cand: int, bookings: list[tuple[int, float]] | None, bound: int) -> int:
        """Place one task no earlier than ``cand``, book its people; its own delay."""
        task = tasks[uid]
        sh = shapes[uid]
        may_move = movable(task)
        w = w_links = sh.cal.index(cand)
        start, finish = sh.start, sh.finish  # where the scheduler had it
        if bookings and sh.finish > sh.start and may_move:
            w, start, finish, stuck = first_fit(timelines, bookings, sh, cand, w, bound)
            if stuck is not None:
                unresolved.setdefault((stuck, uid), availability_ends(task))
            for res_uid, units in bookings:
                if units > timelines[res_uid].peak + EPS:
                    unresolved.setdefault(
                        (res_uid, uid), asks_too_much(task, units, timelines[res_uid])
                    )
            if w == w_links and uid not in moved_by_links:
                start, finish = sh.start, sh.finish
        elif uid in moved_by_links:
            start, finish = sh.place(cand, w, bound)
        if (start, finish) != (sh.start, sh.finish):
            es[uid], ef[uid] = start, finish
            moved.add(uid)
        if bookings:
            book(uid, sh.booked(start, finish, w), None if may_move else why_fixed(task))
        return w - w_links

    for k, uid in enumerate(tasks):
        if not k % (8 * REPORT_EVERY):
            setting_up()
        if waiting[uid] == 0:
            push(uid)
    placed = read
    while ready:
        if not placed % REPORT_EVERY:
            report_progress(progress, placed, total)
        placed += 1
        cand, _, _, _, uid = heapq.heappop(ready)
        bookings = booking.get(uid)
        bound = bounds.pop(uid)
        # Fixed tasks are booked already; a task of nobody's that links leave alone stays.
        if uid not in fixed_uids and (bookings or uid in moved_by_links):
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


def _moment(minutes: int) -> datetime:
    day, minute = divmod(minutes, 1440)
    return datetime.fromordinal(day) + timedelta(minutes=minute)


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
        recurrences=dict(plan.recurrences),
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
