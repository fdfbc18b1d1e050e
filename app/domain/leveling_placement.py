"""Each leaf task as leveling moves it: on its own scheduling calendar, in clock minutes.

A :class:`Shape` is read once from the unleveled schedule and the scheduler's
network (the calendar each task is scheduled on, its lag calendar, the spans
of people on different calendars); :func:`first_fit` slides it along its
calendar until every person on it has room.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.domain.leveling_timeline import NEVER, Timeline
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.scheduling.network import Network
from app.domain.task import Task
from app.domain.workload import split_parts
from app.domain.worktime import WorkTime, to_minutes

REPORT_EVERY = 1024  # tasks read or placed between two progress reports


@dataclass(slots=True)  # not frozen: built once per task, and a frozen one is slow to build
class Shape:
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


def read_shapes(
    plan: Plan,
    schedule: Schedule,
    tasks: dict[int, Task],
    net: Network,
    report: Callable[[int], None],
) -> dict[int, Shape]:
    """Each task's :class:`Shape`, on the calendars of ``net`` (the plan's network).

    ``report`` hears how many tasks were read, every :data:`REPORT_EVERY`.
    """
    parts = split_parts(plan, schedule)
    out: dict[int, Shape] = {}
    for k, (uid, task) in enumerate(tasks.items()):
        if not k % REPORT_EVERY:
            report(k)
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
        out[uid] = Shape(
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


def first_fit(
    timelines: dict[int, Timeline],
    bookings: list[tuple[int, float]],
    shape: Shape,
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
                if nxt == NEVER:
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
