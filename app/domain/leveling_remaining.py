"""The work left of a started task, as leveling may pause it (app.domain.leveling_resume).

The done part is history: its people are booked where it ran, before
anything is placed. The rest runs from the resume point (where the done
work stops) to the finish, and waits there, as one more pause of the task, for its
links (progress reported out of sequence: as the scheduler waits) and when its
people have no room. :class:`Remaining` holds both, on the calendar the
task's pauses count on (:class:`app.domain.splits.TaskClocks`); the finish
for a pause of any length is the scheduler's own, asked
(:meth:`app.domain.scheduling.forward.ForwardPass.started_finish`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.domain.leveling_bookings import Booking
from app.domain.leveling_placement import REPORT_EVERY, Dates, Shape
from app.domain.leveling_resume import done_minutes
from app.domain.scheduling.network import Network
from app.domain.splits import TaskClocks, link_wait, resume_offset, segments
from app.domain.task import Task
from app.domain.worktime import WorkTime

# (row, pause) -> the scheduler's finish of that started row paused ``pause`` more minutes
StartedFinish = Callable[[int, int], int]


@dataclass(slots=True)
class Remaining:
    """A started task cut at its resume point: the stretches done and the work left."""

    clock: WorkTime  # the calendar its pause counts on
    done: list[tuple[int, int]]  # clock minutes its people worked: they never move
    rest: Shape  # the work left, from the resume moment, on ``clock``
    w: int  # ``clock``'s index of the resume moment
    start: int  # the task's actual start (clock minutes)
    row: int  # its row in the scheduler's network
    finished: StartedFinish  # the scheduler's finish of a started row, paused longer
    # How long the work left waited for its links in the schedule read (progress reported
    # out of sequence, app.domain.splits.link_wait): it resumed at ``w + wait``.
    wait: int = 0
    # Its people's whole bookings (who makes others wait, and whose Can Level is off),
    # kept when one lays pieces of its own: those over the done stretches move with the
    # work left (app.domain.contours spreads them over all its parts' working time).
    whole: tuple[list[Booking], list[Booking]] | None = None

    def finish(self, pause: int) -> int:
        """The task's finish, as the scheduler puts it, once paused ``pause`` more minutes."""
        return self.finished(self.row, pause)

    def at(self, w: int) -> tuple[int, int]:
        """(resume moment, finish) when the work left resumes at ``clock`` index ``w``."""
        return self.clock.at_start(w), self.finish(w - self.w)


def read_remaining(
    tasks: dict[int, Task],
    clocks: TaskClocks,
    net: Network,
    dates: Dates,
    finished: StartedFinish,
    report: Callable[[], None] = lambda: None,
) -> dict[int, Remaining]:
    """:class:`Remaining` of each of ``tasks`` (started, with work done and left).

    ``finished(row, pause)`` is the scheduler's finish of a started row paused ``pause``
    more minutes (``ForwardPass.started_finish`` of an engine over ``net``). A task the
    scheduler finishes elsewhere than that (its people on calendars of their own, say)
    is left out: it stays where it is. ``report`` is called every :data:`REPORT_EVERY`
    tasks (a progress report).
    """
    out: dict[int, Remaining] = {}
    for k, (uid, task) in enumerate(tasks.items()):
        if not k % REPORT_EVERY:
            report()
        found = _remaining(task, clocks.of(task), dates, net.row_of[uid], finished)
        if found is not None:
            out[uid] = found
    return out


def _remaining(
    task: Task, clock: WorkTime, dates: Dates, row: int, finished: StartedFinish
) -> Remaining | None:
    duration = task.duration_minutes
    start, finish = dates.start[row], dates.finish[row]
    rem = Remaining(clock, [], Shape(clock, 0, finish, (), clock, 0), 0, start, row, finished)
    rem.wait = link_wait(task, duration, start, finish, clock)
    if rem.finish(rem.wait) != finish:
        return None
    resume = resume_offset(task.splits, done_minutes(task))
    w0 = clock.index(start)
    parts = segments(task.splits, duration)
    for a, b in parts:
        if a < resume:
            rem.done.append((clock.at_start(w0 + a), clock.at_end(w0 + min(b, resume))))
    left = tuple((max(a, resume) - resume, b - resume) for a, b in parts if b > resume)
    rem.w = w0 + resume
    rem.rest.start = clock.at_start(rem.w + rem.wait)
    rem.rest.pieces = left if len(left) > 1 else ()
    rem.rest.slack = dates.slack[row]
    if not rem.done or rem.rest.start >= finish:
        return None
    return rem
