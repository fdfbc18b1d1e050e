"""Resource leveling: delay tasks until nobody is booked beyond their max units.

The leveler places tasks one by one in the leveling order the user chose
(:mod:`~app.domain.leveling_order`: MS Project's Standard, ID Only or
Priority, Standard): a task whose predecessors are placed is ready; among ready
tasks the one the order puts first is placed first (in Standard, tasks with
less slack and more successors: tasks with slack are the ones delayed, within
their slack first, even when they start earlier). Placed tasks keep
their time; a task placed later fits around them, before them when there is
room. Each task starts at the first moment, not earlier
than its links allow, at which every person on it has room for what they book
there, as over-allocations are found: their units over its whole span (a split
task: over each of its working parts, so its pauses are free for other work and
other work may fill them), or, for an assignment with a span or contour of its
own, its own pieces laid from that start (:mod:`~app.domain.leveling_bookings`:
a person whose work ends early is free for the rest of the task); a person's max
units are those of the availability period in force.

Where a task may start, and where a delay puts it, is the scheduler's to say:
leveling asks the engine's forward pass, node by node, on the leveled dates
(:mod:`~app.domain.leveling_engine`), so the delays it hands back give, once
scheduled, the very dates it booked people on.

Time is counted as over-allocations are judged: in clock minutes, each task
moving on its own scheduling calendar (its resources' or its own), so a task on
a night shift or a 7-day calendar books the hours it really works, and its
delay is the working minutes of that calendar the scheduler adds to its early
start. Manual, started and must-start/finish-on tasks never move and are booked
first, but the work left of a started task may pause after a clash (MS
Project's "splits in remaining work", :mod:`~app.domain.leveling_remaining`);
priority 1000 tasks are not delayed, no-later-than tasks only within their
date; as-late-as-possible
tasks stay at their late dates (the scheduler ignores a delay on them) and make
no one wait. What leveling cannot clear is reported per person
(:attr:`LevelingResult.unresolved`). Summary tasks never move; their own
people are booked over the span each summary has once its leaves are placed,
and their clashes named (:mod:`~app.domain.leveling_summary`).

One run is read by :mod:`~app.domain.leveling_setup` (what placing starts from),
placed by :mod:`~app.domain.leveling_run` (the loop, a task at a time), its
clashes named by :mod:`~app.domain.leveling_clashes` and its progress shown by
:mod:`~app.domain.leveling_bar`; this module runs it again while
as-late-as-possible tasks move, and sets or clears the delays in a plan.

The parts live beside this module: :mod:`~app.domain.leveling_timeline` (each
person's bookings), :mod:`~app.domain.leveling_bookings` (what each person on a
task books), :mod:`~app.domain.leveling_placement` (a task on its
calendar, the schedule's dates read), :mod:`~app.domain.leveling_engine` (the
scheduler's rules, asked), :mod:`~app.domain.leveling_links` (the order links
impose), :mod:`~app.domain.leveling_rules` (who may move, and why not),
:mod:`~app.domain.leveling_options` (what the user chooses),
:mod:`~app.domain.leveling_resume` (a started task's delay as a pause) and
:mod:`~app.domain.leveling_result` (what it hands back); their public names are
importable from here as before."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace

from app.domain.leveling_assignments import (
    delay_with_people,
    held_people,
    people_of,
    with_people,
)
from app.domain.leveling_bar import Bar
from app.domain.leveling_basis import people_to_level
from app.domain.leveling_history import history_reader
from app.domain.leveling_kept_first import Slots, kept_first
from app.domain.leveling_links import expanded_links
from app.domain.leveling_off_time import off_time_named
from app.domain.leveling_options import LevelingBasis, LevelingOptions, LevelingOrder
from app.domain.leveling_placement import first_fit
from app.domain.leveling_plain_delays import delayed_many, only_delays
from app.domain.leveling_result import LevelingMove, LevelingResult, Unresolved
from app.domain.leveling_resume import has_leveling, leveling_of, with_leveling_delay
from app.domain.leveling_rules import DO_NOT_LEVEL, why_late
from app.domain.leveling_run import Leveler
from app.domain.leveling_setup import BusySpan, set_up
from app.domain.leveling_typed_work import typed_work_moved
from app.domain.plan import Plan
from app.domain.progress import Progress
from app.domain.progress import report as report_progress
from app.domain.resource import Assignment
from app.domain.schedule import Schedule
from app.domain.schedule_times import summary_uids
from app.domain.scheduling.calendar_blame import tasks_named
from app.domain.scheduling.gc import paused_gc
from app.domain.scheduling.network import Network, build_network
from app.domain.scheduling.run import schedule_only
from app.domain.task import Task
from app.domain.worktime import to_minutes

__all__ = [
    "DO_NOT_LEVEL",
    "LevelingMove",
    "LevelingOptions",
    "LevelingOrder",
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
    options: LevelingOptions | None = None,
    scope: Collection[int] | None = None,
    busy: Mapping[int, Sequence[BusySpan]] | None = None,
    kept: Mapping[int, int] | None = None,
    leveled: Callable[[dict[int, int]], tuple[Plan, Schedule]] | None = None,
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
    ``options``: the leveling order and whether the work left of started tasks
    may pause (:class:`LevelingOptions`; default: MS Project's defaults, but Minute by
    Minute: every over-allocation is leveled or named. A plan's own options, Day by Day
    unless chosen otherwise, are what the window and ``gantry level`` pass).
    ``scope``: the leaf tasks it may move (a date range or a selection, as
    :func:`~app.domain.leveling_scope.leveling_scope` reads it; None: all). The
    others keep their leveling delays (``plan`` and ``schedule`` hold them, only
    the delays of ``scope`` cleared: :func:`without_leveling`) and are booked where
    they are; the result's delays are those of ``scope`` alone.
    ``busy``: by person uid, time already booked elsewhere (other plans the person works
    on: clock minutes from, until, units, a negative task uid), booked first as the tasks
    left out of ``scope`` are, so this plan's tasks wait for it.
    ``kept``: by task uid, the leveling delay it had ("Clear leveling values before
    leveling" off): it waits at least that long, more only for a clash left.
    ``leveled``: given the result's delays, the plan with them and its schedule, when the
    caller makes that anyway (``gantry level`` writes and reports it): an elapsed task
    leveling moved is judged where it went on it, not on a copy scheduled once more.
    Only the people over-allocated on the options' basis are leveled
    (:mod:`~app.domain.leveling_basis`; Minute by Minute: all who are).

    As-late-as-possible tasks stay at their late dates, which move with the
    project finish the delays move (so they make no one wait, and their clashes
    are named): when the scheduler puts them elsewhere once the delays are in,
    leveling runs again with them there (a few rounds at most; only plans with
    such tasks pay for it).
    """
    # Tens of thousands of small values and no cycles: full collections over the plan
    # and schedule in between held the bar still for ~0.5 s at a time at 100k tasks.
    heard = [0, 1]  # where the bar is: checking a round holds it there, Cancel still heard

    def told(done: int, total: int) -> bool:
        heard[:] = [done, total]
        return progress is None or progress(done, total)

    def holding(_done: int, _total: int) -> bool:
        return progress is None or progress(*heard)

    chosen = options or _EVERY_OVERLAP
    held = None if scope is None else frozenset(scope)
    wanted = None if only is None else set(only)
    only = wanted  # read twice: an iterator would be spent
    if chosen.basis is not LevelingBasis.MINUTE:
        only = people_to_level(plan, schedule, chosen.basis, wanted, busy or ())
    with paused_gc():
        result, assumed = _level_once(
            plan, schedule, only, told, network, {}, chosen, held, busy, kept
        )
    rounds = 0
    while assumed:
        check = schedule_only(_with_delays(plan, result.delays), holding)
        actual = {
            u: (to_minutes(check.times[u].start), to_minutes(check.times[u].finish))
            for u in assumed
        }
        if actual == assumed:
            break
        if rounds == _ALAP_ROUNDS:  # they chase the finish: name them and what follows them
            chasing = {u for u in actual if actual[u] != assumed[u]}
            named = _named(plan, schedule, result, chasing)
            after = _leveled(plan, result, holding, leveled)
            return _with_kept(off_time_named(plan, schedule, named, wanted, after), kept)
        rounds += 1
        with paused_gc():
            result, assumed = _level_once(
                plan, schedule, only, told, network, actual, chosen, held, busy, kept
            )
    # Manual and finished tasks stay put; an elapsed one moved is judged where it went.
    after = _leveled(plan, result, holding, leveled)
    return _with_kept(off_time_named(plan, schedule, result, wanted, after), kept)


def _with_kept(result: LevelingResult, kept: Mapping[int, int] | None) -> LevelingResult:
    """``result`` knowing the delays it kept (its sentence counts only the ones it changed)."""
    return replace(result, kept=dict(kept)) if kept else result


_ALAP_ROUNDS = 4
# level() called without options: every overlap beyond max units is leveled or named.
_EVERY_OVERLAP = LevelingOptions(basis=LevelingBasis.MINUTE)


def _named(
    plan: Plan, schedule: Schedule, result: LevelingResult, chasing: set[int]
) -> LevelingResult:
    """``result`` naming the people of as-late-as-possible tasks that chase the finish.

    Each delay moves the finish, which moves those tasks (and the tasks after
    them) onto what the delays had cleared: the people of all of them may stay
    over-allocated, and the result says so.
    """
    summaries = summary_uids(schedule.times)  # from the spans: no TaskTimes built
    after: dict[int, list[int]] = {}
    for lk in expanded_links(plan, summaries):
        after.setdefault(lk.predecessor, []).append(lk.successor)
    cause: dict[int, int] = {u: u for u in chasing}  # task -> the chasing task it follows
    todo = list(chasing)
    while todo:
        u = todo.pop()
        for v in after.get(u, ()):
            if v not in cause:
                cause[v] = cause[u]
                todo.append(v)
    left = {(u.resource_uid, u.task_uid): u for u in result.unresolved}
    for a in plan.assignments:
        if a.task_uid in cause and a.units > 0:
            why = why_late(plan.task(cause[a.task_uid]))
            key = (a.resource_uid, a.task_uid)
            left.setdefault(key, Unresolved(*key, f"{why} and follows the finish"))
    unresolved = tuple(u for _key, u in sorted(left.items(), key=lambda kv: kv[0]))
    return replace(result, unresolved=unresolved)


def _leveled(
    plan: Plan,
    result: LevelingResult,
    progress: Progress,
    made: Callable[[dict[int, int]], tuple[Plan, Schedule]] | None = None,
) -> Callable[[], tuple[Plan, Schedule]]:
    """The plan with ``result``'s delays and its schedule, worked out when first asked
    (by ``made``, the caller's, when given)."""
    kept: list[tuple[Plan, Schedule]] = []

    def get() -> tuple[Plan, Schedule]:
        if not kept:
            if made is not None:
                kept.append(made(result.delays))
            else:
                copy = _with_delays(plan, result.delays)
                kept.append((copy, schedule_only(copy, progress)))
        return kept[0]

    return get


def _with_delays(plan: Plan, delays: dict[int, int]) -> Plan:
    """A copy of the plan with these leveling delays (the other tasks' as they are)."""
    copy = without_leveling(plan, delays)
    copy.tasks = [
        with_leveling_delay(t, delays[t.uid]) if t.uid in delays else t for t in copy.tasks
    ]
    if any(people_of(d) for d in delays.values()):  # its people's delays, as apply_delays
        apply_delays(copy, {u: d for u, d in delays.items() if people_of(d)})
    return copy


def _level_once(
    plan: Plan,
    schedule: Schedule,
    only: Iterable[int] | None,
    progress: Progress | None,
    network: Network | None,
    alap_at: dict[int, tuple[int, int]],
    options: LevelingOptions,
    scope: frozenset[int] | None,
    busy: Mapping[int, Sequence[BusySpan]] | None = None,
    kept: Mapping[int, int] | None = None,
) -> tuple[LevelingResult, dict[int, tuple[int, int]]]:
    """One leveling run; as-late-as-possible tasks at ``alap_at`` (clock minutes) when given.

    Also returns where it took the as-late-as-possible tasks to be. The network is
    built here and the search for room passed in from here (``build_network``,
    ``first_fit``): tests count both through this module.
    """
    report_progress(progress, 0, 1)
    if network is not None and network.uids != [t.uid for t in plan.tasks]:
        network = None  # another plan's, or one edits have left behind: not safe to read
    bar = Bar.of(plan, progress, building=network is None)
    bar.at(0)
    if network is None:
        network = build_network(plan)
    # A calendar that cannot hold a task's work where leveling puts it (a leaver's last
    # day) names that task, its people and this plan's calendars, as the scheduler does.
    net = network

    def make(_slots: Slots) -> Leveler | None:
        setting = set_up(plan, schedule, net, only, alap_at, options, bar, scope, busy)
        if setting is None:
            return None
        leveler = Leveler(plan, schedule, setting, options, bar, first_fit)
        leveler.kept = kept or {}  # "Clear leveling values before leveling" off
        return leveler

    with tasks_named(plan, network):
        # Runs again while do-not-level tasks need their slots kept (leveling_kept_first).
        ran = kept_first(make, alap_at)
        if ran is None:
            return LevelingResult({}, ()), {}
        result, late_at = ran
    if scope is not None:  # the others keep the delays they have
        delays = {u: d for u, d in result.delays.items() if u in scope}
        result = replace(result, delays=delays)
    return result, late_at


def without_leveling(plan: Plan, uids: Collection[int] | None = None) -> Plan:
    """A copy of the plan with every leveling delay cleared (shares the immutable values);
    ``uids``: only these tasks' (a range or selection leveled again, see ``level``).

    A started task's delay goes with the pause leveling gave its work left (its pauses over
    by the status date stay: :mod:`~app.domain.leveling_history`), and the
    pauses leveling put in a task that had not started go with its delay; the work typed
    into its periods moves back with them, as Clear Leveling moves it (apply_delays).
    """
    history = history_reader(plan)
    people = held_people(plan)  # assignments leveling delayed: their tasks shrink back
    cleared: list[Task] = []
    undelayed: list[Assignment] = []
    for t in plan.tasks:
        if (has_leveling(t) or t.uid in people) and (uids is None or t.uid in uids):
            if t.uid in people:
                t, gone = with_people(plan, t, {})
                undelayed.extend(gone)
            cleared.append(with_leveling_delay(t, 0, history(t)))
    by_uid = {t.uid: t for t in cleared}
    moved = {a.uid: a for a in undelayed}
    moved.update((a.uid, a) for a in typed_work_moved(plan, cleared))
    return Plan(
        project=plan.project,
        tasks=[by_uid.get(t.uid, t) for t in plan.tasks] if by_uid else list(plan.tasks),
        links=list(plan.links),
        calendars=dict(plan.calendars),
        resources=list(plan.resources),
        assignments=[moved.get(a.uid, a) for a in plan.assignments]
        if moved
        else list(plan.assignments),
        baselines=dict(plan.baselines),
        interims=dict(plan.interims),
        risks=list(plan.risks),
        recurrences=dict(plan.recurrences),
        view=plan.view,
        kept_links=plan.kept_links,  # as copy_plan: the copy writes what the plan writes
    )


def apply_delays(plan: Plan, delays: dict[int, int]) -> dict[int, int]:
    """Set leveling delays as one change; returns the old delays of the tasks that changed.

    A started task's delay pauses its work left where its work stopped (one of
    its splits, :mod:`app.domain.leveling_resume`); a task not started is split
    where its delay (a LevelingDelay) says. Applying the old delays again (each
    with the pauses it held) takes those pauses back out.
    """
    old: dict[int, int] = {}
    new: list[Task] = []
    plain: list[int] = []  # where in ``new`` a task only delayed goes (all made at once)
    plain_minutes: list[int] = []
    history = history_reader(plan)
    held = held_people(plan)  # assignments leveling delayed (app.domain.leveling_assignments)
    people_moved: list[Assignment] = []
    for uid, minutes in delays.items():
        task = plan.task(uid)
        people = people_of(minutes)
        if not people and uid not in held and only_delays(task, minutes):  # most: made below
            if minutes == task.leveling_delay_minutes:
                continue
            plain.append(len(new))
            plain_minutes.append(minutes)
            new.append(task)
        else:
            base, moved_people = with_people(plan, task, dict(people))
            changed = with_leveling_delay(base, minutes, history(task))
            if changed is task and not moved_people:
                continue
            new.append(changed)
            people_moved.extend(moved_people)
        old[uid] = delay_with_people(leveling_of(task), held.get(uid, {}))
    for k, task in zip(plain, delayed_many([new[k] for k in plain], plain_minutes), strict=True):
        new[k] = task
    moved = typed_work_moved(plan, new)  # typed periods follow the pauses (Split Task's rule)
    with plan.batch():
        plan.update_tasks(new)
        for a in (*people_moved, *moved):
            plan.update_assignment(a)
    return old


def clear_delays(plan: Plan, uids: Collection[int] | None = None) -> dict[int, int]:
    """Set every leveling delay back to zero (its people's assignments' too), and take
    leveling's splits out, in one batch;
    returns the old delays (with their pauses). ``uids``: only these tasks' (MS Project's
    Clear Leveling of selected tasks; :func:`~app.domain.leveling_scope.selected_leaves`
    reads a selection)."""
    people = held_people(plan)  # and its people's assignment delays
    return apply_delays(
        plan,
        {
            t.uid: 0
            for t in plan.tasks
            if (has_leveling(t) or t.uid in people) and (uids is None or t.uid in uids)
        },
    )
