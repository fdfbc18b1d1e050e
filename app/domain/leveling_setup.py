"""What one leveling run starts from: the plan and its unleveled schedule read, people's
bookings, the links between leaf tasks, and the tasks that never move booked first.

:func:`set_up` reads them into a :class:`Setting` for the leveler
(:mod:`~app.domain.leveling_run`): each leaf task's shape on its calendar
(:mod:`~app.domain.leveling_placement`), what each person on it books
(:mod:`~app.domain.leveling_bookings`), the scheduler's rules asked node by node
(:mod:`~app.domain.leveling_engine`). Manual, started and must-start/finish-on tasks
are where they are whatever the others do: booked first, their clashes among
themselves named; the work left of a started task that may pause is placed in turn
(:mod:`~app.domain.leveling_remaining`), its done part booked here. The work left of
any started task waits for its links, which leveling may delay (progress reported out
of sequence, as the scheduler has it): the others are booked again if it moves."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.domain.leveling_bar import Bar
from app.domain.leveling_bookings import Booking, booking_of, split_at
from app.domain.leveling_clashes import Clashes
from app.domain.leveling_engine import LinkedPlacement
from app.domain.leveling_links import expanded_links
from app.domain.leveling_options import LevelingOptions
from app.domain.leveling_placement import REPORT_EVERY, Dates, Shape, read_dates, read_shapes
from app.domain.leveling_remaining import Remaining, read_remaining
from app.domain.leveling_resume import can_pause
from app.domain.leveling_rules import automatic_pin, fixed, may_pause, under_way, why_done
from app.domain.leveling_timeline import Timeline, limits_of
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.resource import Resource, ResourceType
from app.domain.schedule import Schedule
from app.domain.scheduling.network import Network
from app.domain.splits import TaskClocks
from app.domain.task import Task
from app.domain.workload import DayCalendar, entered_tasks, inactive_tasks
from app.domain.worktime import to_minutes

# Time a person is booked elsewhere (another plan): clock minutes from, until, units, task uid.
BusySpan = tuple[int, int, float, int]


@dataclass(slots=True)
class Setting:
    """One leveling run's reading of the plan, with the tasks that never move booked."""

    tasks: dict[int, Task]  # the leaf tasks the schedule has, by uid
    dates: Dates
    network: Network
    summaries: set[int]
    shapes: dict[int, Shape]
    people: dict[int, Resource]  # the work resources leveled
    off: frozenset[int]  # inactive tasks: they book nobody
    # What each person books by task: those who make others wait (booking), and those
    # whose Can Level is off, who book where their tasks go (stays).
    booking: dict[int, list[Booking]]
    stays: dict[int, list[Booking]]
    timelines: dict[int, Timeline]
    preds: dict[int, list[Link]]
    succs: dict[int, list[int]]
    placer: LinkedPlacement
    clashes: Clashes
    fixed: set[int]  # tasks that never move, as-late-as-possible ones among them
    late: set[int]  # as-late-as-possible tasks: at their late dates, booked last
    pinned: set[int]  # automatic tasks that must start or finish on a date
    resumable: dict[int, Remaining]  # started tasks whose work left is placed in turn
    # The other tasks under way: booked where they are, their work left may yet wait for
    # links leveling delays (progress reported out of sequence), booked again then.
    started: set[int]
    # Automatic tasks outside the range or selection that follow (through links) one that
    # may move: they keep their own delays and go where their links take them, booked
    # there in turn, as the scheduler places them.
    follow: set[int]


def set_up(
    plan: Plan,
    schedule: Schedule,
    network: Network,
    only: Iterable[int] | None,
    alap_at: dict[int, tuple[int, int]],
    options: LevelingOptions,
    bar: Bar,
    scope: frozenset[int] | None = None,
    busy: Mapping[int, Sequence[BusySpan]] | None = None,
) -> Setting | None:
    """The plan read for one leveling run (None: no leaf task to level);
    as-late-as-possible tasks at ``alap_at`` (clock minutes) when given; ``scope``:
    the leaf tasks it may move (None: all), the others booked where they are."""
    dates = read_dates(schedule, network, bar.reading_dates)
    tasks = {
        t.uid: t
        for t, known, summary in zip(plan.tasks, dates.known, dates.summary, strict=True)
        if known and not summary
    }
    if not tasks:
        return None
    summaries = {u for u, summary in zip(network.uids, dates.summary, strict=True) if summary}
    shapes = read_shapes(plan, dates, tasks, network, bar.reading_shapes)
    for uid, (start, finish) in alap_at.items():
        shapes[uid].start, shapes[uid].finish = start, finish
    wanted = None if only is None else set(only)
    people = {
        r.uid: r
        for r in plan.resources
        if r.type is ResourceType.WORK and (wanted is None or r.uid in wanted)
    }
    off = inactive_tasks(plan)  # they book nobody, as in MS Project
    booking, stays = _bookings(plan, tasks, people, off, dates, network)
    timelines = {uid: Timeline(limits_of(r)) for uid, r in people.items()}
    for uid, spans in (busy or {}).items():  # other plans' work: booked where it is
        if uid in timelines:
            for a, b, units, task in spans:
                timelines[uid].book(a, b, units, task)
    bar.setting_up()
    preds, succs = _links(plan, tasks, summaries, bar)
    row_of = network.row_of
    placer = LinkedPlacement(
        network,
        to_minutes(plan.project.start),
        {row_of[u]: (sh.start, sh.finish) for u, sh in shapes.items()},
        dates,
    )
    bar.setting_up()
    held = frozenset() if scope is None else frozenset(u for u in tasks if u not in scope)
    clashes = Clashes(tasks, timelines, booking, stays, options.split_remaining, held)
    setting = Setting(
        tasks=tasks,
        dates=dates,
        network=network,
        summaries=summaries,
        shapes=shapes,
        people=people,
        off=off,
        booking=booking,
        stays=stays,
        timelines=timelines,
        preds=preds,
        succs=succs,
        placer=placer,
        clashes=clashes,
        fixed=set(),  # _book_fixed fills these four
        late=set(),
        pinned=set(),
        resumable={},
        started=set(),
        follow=set(),
    )
    _book_fixed(plan, setting, options, bar)
    return setting


def _bookings(
    plan: Plan,
    tasks: dict[int, Task],
    people: dict[int, Resource],
    off: frozenset[int],
    dates: Dates,
    network: Network,
) -> tuple[dict[int, list[Booking]], dict[int, list[Booking]]]:
    """What each person books by task: who makes others wait, and whose Can Level is off.

    Each person books what over-allocation counts: their units over the task's working
    stretches, or their own pieces (own span, contour) laid wherever the task is tried.
    People whose Can Level is off make no one wait: they book where their tasks go.
    """
    booking: dict[int, list[Booking]] = {}
    stays: dict[int, list[Booking]] = {}
    cals: dict[int | None, DayCalendar] = {}
    duration, row_at = dates.duration, network.row_of
    entered = entered_tasks(plan)  # once: a contoured started one's work done reads it
    for a in plan.assignments:
        if (
            a.task_uid in tasks
            and a.resource_uid in people
            and a.units > 0
            and a.task_uid not in off
        ):
            person = people[a.resource_uid]
            made = booking_of(plan, a, person, duration[row_at[a.task_uid]], cals, entered)
            (booking if person.can_level else stays).setdefault(a.task_uid, []).append(made)
    return booking, stays


def _links(
    plan: Plan, tasks: dict[int, Task], summaries: set[int], bar: Bar
) -> tuple[dict[int, list[Link]], dict[int, list[int]]]:
    """Each leaf task's links in (predecessors) and the tasks that follow it."""
    preds: dict[int, list[Link]] = {u: [] for u in tasks}
    succs: dict[int, list[int]] = {u: [] for u in tasks}
    for k, lk in enumerate(expanded_links(plan, summaries)):
        if not k % (16 * REPORT_EVERY):
            bar.setting_up()
        if lk.predecessor in tasks and lk.successor in tasks:
            preds[lk.successor].append(lk)
            succs[lk.predecessor].append(lk.successor)
    bar.setting_up()
    return preds, succs


def _book_fixed(plan: Plan, s: Setting, options: LevelingOptions, bar: Bar) -> None:
    """Book the tasks that are where they are whatever the others do; clashes between
    them stay. Fills ``s.fixed``, ``s.late``, ``s.pinned``, ``s.resumable`` and
    ``s.started`` and ``s.follow``."""
    tasks, booking, stays, shapes, clashes = s.tasks, s.booking, s.stays, s.shapes, s.clashes
    book = clashes.book
    # Tasks outside the range or selection stay where they are, as the fixed ones do (but
    # as-late-as-possible ones, which follow the finish wherever they are).
    alap = {s.network.uids[r] for r in s.placer.alap}
    fixed_uids = {uid for uid, t in tasks.items() if fixed(t)} | (clashes.held - alap)
    # Started tasks whose work left may pause: their done part is booked with the fixed
    # ones, the rest is placed in turn (MS Project's "splits in remaining work").
    resumable: dict[int, Remaining] = {}
    if options.split_remaining:
        pausing = {
            u: t
            for u, t in tasks.items()
            if u in fixed_uids
            and u not in clashes.held
            and u in booking
            and can_pause(t)
            and may_pause(t)
        }
        if pausing:
            resumable = read_remaining(
                pausing,
                TaskClocks(plan),
                s.network,
                s.dates,
                s.placer.started_finish,
                bar.setting_up,
            )
            fixed_uids -= resumable.keys()
    for uid, rem in resumable.items():
        # Own pieces are laid over the whole task, done stretches and work left together.
        rest = rem.rest.booked(*rem.at(rem.w + rem.wait))
        if any(lay is not None for _r, _u, lay in (*booking[uid], *stays.get(uid, ()))):
            rem.whole = (booking[uid], stays.get(uid, []))
        cut = [split_at(b, rem.done, rest) for b in booking[uid]]
        kept = [split_at(b, rem.done, rest) for b in stays.get(uid, ())]
        booking[uid] = [done for done, _left in cut]
        stays[uid] = [done for done, _left in kept]
        book(uid, rem.done, why_done(tasks[uid]))
        booking[uid] = [left for _done, left in cut]
        stays[uid] = [left for _done, left in kept]
    # As-late-as-possible tasks sit at their late dates, which follow the project finish
    # the delays move: they make no one wait (booked last), and their clashes are named.
    late = alap - fixed_uids
    s.follow = _followers(s, clashes.held - late)
    for uid in fixed_uids - s.follow:
        sh = shapes[uid]
        book(uid, sh.booked(sh.start, sh.finish), clashes.why_fixed_here(tasks[uid]))
    for uid in fixed_uids | late | resumable.keys():  # what they clash with among themselves
        clashes.too_much(uid, booking.get(uid, ()))
    fixed_uids |= late
    # Automatic tasks that must start or finish on a date: the scheduler still places them.
    # (Those outside the range or selection keep their own delays: booked where they are.)
    s.pinned = {u for u in fixed_uids - late - clashes.held if automatic_pin(tasks[u])}
    s.fixed, s.late, s.resumable = fixed_uids, late, resumable
    s.started = {u for u in fixed_uids if under_way(tasks[u])}
    bar.setting_up()


def _followers(s: Setting, held: frozenset[int] | set[int]) -> set[int]:
    """The automatic tasks of ``held`` (outside the range or selection) whose links follow,
    at any distance, a task leveling may move: where they go is known once it is placed."""
    if not held:
        return set()
    todo = [u for u in s.tasks if u not in held]
    after: set[int] = set()
    while todo:
        for v in s.succs[todo.pop()]:
            if v not in after:
                after.add(v)
                todo.append(v)
    alap = s.placer.alap
    row_of = s.network.row_of
    return {u for u in held & after if not fixed(s.tasks[u]) and row_of[u] not in alap}
