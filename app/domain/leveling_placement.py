"""Each leaf task as leveling moves it: on its own scheduling calendar, in clock minutes.

A :class:`Shape` is read once from the unleveled schedule and the scheduler's
network (the calendar each task is scheduled on, its lag calendar, the spans
of people on different calendars); :func:`first_fit` slides it along its
calendar until every person on it has room.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from app.domain.leveling_bookings import Booking, stretches
from app.domain.leveling_timeline import NEVER, Timeline
from app.domain.plan import Plan
from app.domain.schedule import Schedule, TaskTimes
from app.domain.schedule_times import ScheduleTimes
from app.domain.scheduling.network import Network
from app.domain.splits import TaskClocks, link_wait, waiting_segments
from app.domain.task import Task
from app.domain.worktime import WorkTime, to_minutes

T = TypeVar("T")
REPORT_EVERY = 1024  # tasks read or placed between two progress reports


@dataclass(slots=True)  # not frozen: built once per task, and a frozen one is slow to build
class Shape:
    """How one leaf task lies on its scheduling calendar, read from the unleveled schedule."""

    cal: WorkTime  # what the scheduler moves it on (resources' and its own; elapsed: clock)
    start: int  # clock minutes, unleveled
    finish: int
    # A split task's working parts as span offsets from its start, on ``clock``: the
    # calendar its pauses count on as over-allocations are judged (app.domain.splits).
    pieces: tuple[tuple[int, int], ...]
    clock: WorkTime | None
    slack: int  # total slack, minutes: a key of the leveling order (app.domain.leveling_order)

    def booked(self, start: int, finish: int) -> list[tuple[int, int]]:
        """The stretches its people work (clock minutes) when it runs from start to finish.

        A split task's working parts, as :func:`app.domain.splits.working_parts`
        finds them (the last one ends at the finish); else the whole span.
        """
        clock = self.clock
        if not self.pieces or clock is None:
            return [(start, finish)]
        w0 = clock.index(start)
        out = [(clock.at_start(w0 + a), clock.at_end(w0 + b)) for a, b in self.pieces]
        if out[-1][0] < finish:
            out[-1] = (out[-1][0], finish)
        return out


@dataclass(slots=True)
class Dates:
    """The unleveled schedule's values leveling reads, one list per field, by network row."""

    known: list[bool]  # the schedule has the row
    summary: list[bool]
    start: list[int]  # clock minutes
    finish: list[int]
    early_start: list[int]
    early_finish: list[int]
    slack: list[int]  # total slack, minutes
    duration: list[int]
    free_slack: list[int]  # minutes: 0 when a successor starts right at its finish


def read_dates(schedule: Schedule, net: Network, report: Callable[[int, int], None]) -> Dates:
    """The schedule's dates by row of ``net``; ``report(k, n)`` hears k of n read.

    From the schedule's columns when it has them (no TaskTimes built): at 100k
    tasks they take ~1 s to compute in one call, so a large plan computes them
    in a thread while ``report`` goes on hearing time pass (and may stop it
    with CancelledError: the thread finishes alone and its work is dropped).
    """
    times = schedule.times
    n = len(net.uids)
    cols = None
    if isinstance(times, ScheduleTimes):
        if n < IN_THREAD_FROM:
            cols = times.columns(percent=False)
        else:
            cols = _meanwhile(lambda: times.columns(percent=False), n, report)
    if cols is not None and cols.uids == net.uids:
        report(n, n)
        return Dates(
            [True] * n,
            cols.summary,
            cols.start,
            cols.finish,
            cols.early_start,
            cols.early_finish,
            cols.total_slack_minutes,
            cols.duration_minutes,
            cols.free_slack_minutes,
        )
    out = Dates([], [], [], [], [], [], [], [], [])
    for k, uid in enumerate(net.uids):
        if not k % REPORT_EVERY:
            report(k, n)
        t = times.get(uid)
        out.known.append(t is not None)
        if t is None:
            t = _NONE
        out.summary.append(t.summary)
        out.start.append(to_minutes(t.start))
        out.finish.append(to_minutes(t.finish))
        out.early_start.append(to_minutes(t.early_start))
        out.early_finish.append(to_minutes(t.early_finish))
        out.slack.append(t.total_slack_minutes)
        out.duration.append(t.duration_minutes)
        out.free_slack.append(t.free_slack_minutes)
    return out


_CLOCK = WorkTime.continuous()
IN_THREAD_FROM = 20_000  # rows: smaller schedules compute their columns in ~0.2 s at most
_NONE = TaskTimes(*(datetime(2000, 1, 1),) * 2, 0, *(datetime(2000, 1, 1),) * 4)


def _meanwhile(work: Callable[[], T], steps: int, report: Callable[[int, int], None]) -> T:
    """``work()`` in a thread; ``report(k, steps)`` hears time pass meanwhile, every 50 ms.

    The thread has ended when this returns, even when ``report`` stops it (raises):
    a caller that runs leveling on a worker of its own (the window's, app.ui.background)
    knows its work is over when that worker ends. Left running, the thread would go on
    allocating once the window has turned the cyclic collector back on, and a collection
    set off there could free Qt objects off the GUI thread (the deadlock that made the
    window hold the collector while workers run). Stopping waits for ``work`` to end:
    ~1 s at 100k rows, while the window's progress dialog says "Cancelling…".
    """
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="leveling-read")
    try:
        future = pool.submit(work)
        ticks = 0
        while True:
            try:
                return future.result(timeout=0.05)
            except TimeoutError:
                ticks += 1
                report(int(steps * (1 - 0.9**ticks)) // 2, steps)  # ~half way in ~2 s
    finally:
        pool.shutdown(wait=True)


def read_shapes(
    plan: Plan,
    dates: Dates,
    tasks: dict[int, Task],
    net: Network,
    report: Callable[[int], None],
) -> dict[int, Shape]:
    """Each task's :class:`Shape`, on the calendars of ``net`` (the plan's network).

    ``report`` hears how many tasks were read, every :data:`REPORT_EVERY`.
    """
    clocks = TaskClocks(plan)
    out: dict[int, Shape] = {}
    for k, (uid, task) in enumerate(tasks.items()):
        if not k % REPORT_EVERY:
            report(k)
        row = net.row_of[uid]
        pieces: tuple[tuple[int, int], ...] = ()
        clock = None
        duration = dates.duration[row]
        if task.actual_start is not None and task.actual_finish is None:
            # Its work left may wait for its links (progress out of sequence): a pause.
            clock = clocks.of(task)
            wait = link_wait(task, duration, dates.start[row], dates.finish[row], clock)
            pieces = pieces_of(task, duration, wait)
        elif task.splits and not task.milestone and duration > 0:
            pieces = pieces_of(task, duration, 0)
            clock = clocks.of(task) if pieces else None
        out[uid] = Shape(
            # An elapsed task waits on the clock itself: its delay is elapsed time (forward.py).
            _CLOCK if task.elapsed else net.calendars[row],
            dates.start[row],
            dates.finish[row],
            pieces,
            clock,
            dates.slack[row],
        )
    return out


def pieces_of(task: Task, duration: int, wait: int) -> tuple[tuple[int, int], ...]:
    """:attr:`Shape.pieces` of ``task`` (``duration`` working minutes), its work left paused
    ``wait`` minutes for its links (a task under way, :func:`app.domain.splits.link_wait`):
    () for a task in one part from its start."""
    if task.milestone or duration <= 0:
        return ()
    pieces = tuple(waiting_segments(task, duration, wait))
    return () if len(pieces) < 2 and pieces[0][0] == 0 else pieces


def first_fit(
    timelines: dict[int, Timeline],
    bookings: list[Booking],
    shape: Shape,
    w: int,
    at: Callable[[int], tuple[int, int]],
) -> tuple[int, int, int, int | None]:
    """The earliest work index >= w on the task's calendar at which every person has room.

    ``at(w)``: the task's (start, finish) when its work starts at index ``w``, as
    the scheduler places it there. Room over each stretch the task books (each
    working part of a split task; for an assignment with a span or contour of its
    own, each of its pieces there: :mod:`app.domain.leveling_bookings`). Returns
    the index, the task's start and
    finish there, and None; or, when no later start ever fits, ``w`` itself,
    where the links put it, and the person without room (the over-allocation
    stays, and is reported).
    """
    first = w
    index = shape.cal.index
    tried: dict[int, tuple[int, int]] = {}  # the jump's probes, one of them tried next

    def spot(x: int) -> tuple[int, int]:
        got = tried.get(x)
        if got is None:
            got = tried[x] = at(x)
        return got

    for _ in range(100000):
        start, finish = spot(w)
        retry = None
        for res_uid, a, b, units in stretches(bookings, shape.booked(start, finish)):
            nxt = timelines[res_uid].conflict_end(a, b, units)
            if nxt == NEVER:
                return (first, *at(first), res_uid)
            if nxt is not None:
                # That stretch must start at ``nxt`` at the earliest: as far again on
                # the task's calendar. A person's own piece may lie where the task's
                # calendar does not work (a night shift on a day task): ``a`` and ``nxt``
                # in one such gap are no work apart. One minute at a time crossed every
                # working minute of the task before its pieces moved; now the search
                # jumps to the first index at which they lie elsewhere.
                retry = index(nxt) - (index(a) - w)
                if retry <= w:
                    retry = _moved(w, lambda x: _laid(bookings, shape, spot(x)))
                break
        if retry is None:
            return w, start, finish, None
        w = retry
    return (w, *at(w), None)


Laid = tuple[int, int, int, float]  # person, start, finish (clock minutes), units
_FARTHEST = 1 << 17  # working minutes: as far as the old one-minute search could go


def _laid(bookings: list[Booking], shape: Shape, span: tuple[int, int]) -> list[Laid]:
    """Every stretch ``bookings`` book when the task runs over ``span``."""
    return list(stretches(bookings, shape.booked(*span)))


def _moved(w: int, laid_at: Callable[[int], list[Laid]]) -> int:
    """The first work index after ``w`` at which the bookings lie elsewhere than at ``w``.

    Until then every person books the same stretches, so the clash found at ``w``
    stays: those indexes need no try. Pieces only move later as the task does, so
    doubling steps find a moved index and halving ones the first (~2 log2 of the
    distance tries, where one minute at a time took the distance).
    """
    now = laid_at(w)
    lo, step = w, 1
    while laid_at(w + step) == now:
        lo = w + step
        if step >= _FARTHEST:
            return lo + 1
        step *= 2
    hi = w + step
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if laid_at(mid) == now:
            lo = mid
        else:
            hi = mid
    return hi
