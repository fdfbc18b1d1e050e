"""Split (interrupted) tasks, as MS Project has them (Task > Split Task).

A split stops a task's work for a while: :class:`Split` says after how much of
the task's working duration work stops and how long it pauses. Both are
working minutes on the task's calendar (elapsed minutes for an elapsed task),
so the scheduler needs only one sum: the task spans ``duration + gaps`` of
working time from its start, and its finish moves later by exactly the gaps.
The gaps are not duration (MS Project: a 10-day task split for 3 days still
lasts 10 days).

All offsets below are *span offsets*: working minutes from the task's start,
gaps included; *work offsets* count the task's duration only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from app.domain.errors import PlanError
from app.domain.percent_shown import done_minutes
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.worktime import WorkTime, from_minutes, to_minutes

if TYPE_CHECKING:
    from app.domain.plan import Plan
    from app.domain.schedule import TaskTimes
    from app.domain.task import Task


class SplitError(PlanError):
    """A split that cannot be made (on a summary, a milestone, outside the task...)."""


@dataclass(frozen=True, slots=True)
class Split:
    """Work stops after ``after_minutes`` of the task's duration and resumes ``gap_minutes`` later.

    ``leveling``: resource leveling made it in a task that had not started (MS Project's
    "Leveling can create splits in remaining work"); Clear Leveling takes it out again
    (app.domain.leveling_resume). The user's own splits are False.
    """

    after_minutes: int
    gap_minutes: int
    leveling: bool = False


NO_SPLITS: tuple[Split, ...] = ()


def normalized(splits: Iterable[Split], duration: int) -> tuple[Split, ...]:
    """Splits in order, one per stop point (gaps at the same point added up).

    Splits that stop at or before the start or at or after the end of the
    work (a duration shortened since) and empty gaps are left out.
    """
    by_after: dict[int, int] = {}
    leveled: dict[int, bool] = {}  # a pause is leveling's only while no user pause joins it
    for s in splits:
        if 0 < s.after_minutes < duration and s.gap_minutes > 0:
            by_after[s.after_minutes] = by_after.get(s.after_minutes, 0) + s.gap_minutes
            leveled[s.after_minutes] = leveled.get(s.after_minutes, True) and s.leveling
    return tuple(Split(a, g, leveled[a]) for a, g in sorted(by_after.items()))


def total_gap(splits: tuple[Split, ...], duration: int) -> int:
    """Working minutes of all pauses that fall inside ``duration`` (what the finish moves by)."""
    return sum(s.gap_minutes for s in splits if 0 < s.after_minutes < duration)


def resume_offset(splits: tuple[Split, ...], work: int) -> int:
    """Span offset at which work goes on after ``work`` minutes of it are done.

    A pause that starts exactly there is behind it: work resumes after the gap.
    """
    return work + sum(s.gap_minutes for s in splits if 0 < s.after_minutes <= work)


def segments(splits: tuple[Split, ...], duration: int) -> list[tuple[int, int]]:
    """The working parts of a task as (from, to) span offsets, in order.

    An unsplit task is one segment ``(0, duration)``.
    """
    out: list[tuple[int, int]] = []
    at = 0  # span offset where the current segment starts
    done = 0  # work before it
    for s in normalized(splits, duration):
        end = at + s.after_minutes - done
        out.append((at, end))
        at = end + s.gap_minutes
        done = s.after_minutes
    out.append((at, at + duration - done))
    return out


def split_at(
    splits: tuple[Split, ...], duration: int, offset: int, gap_minutes: int
) -> tuple[Split, ...]:
    """The splits with one more pause of ``gap_minutes`` from span offset ``offset``.

    ``offset`` must fall inside the task, not at its start or finish and not
    inside a pause (raises SplitError otherwise); at the edge of a pause that
    pause grows.
    """
    if gap_minutes <= 0:
        raise SplitError("a split needs a pause longer than zero")
    total = duration + total_gap(splits, duration)
    if offset <= 0:
        raise SplitError("a split must fall after the task's start")
    if offset >= total:
        raise SplitError("a split must fall before the task's finish")
    done = 0  # work before the segment
    for start, end in segments(splits, duration):
        # At a segment's edge next to a pause the pause just grows.
        if start <= offset <= end:
            stop = Split(done + offset - start, gap_minutes)
            return normalized((*splits, stop), duration)
        done += end - start
    raise SplitError("the split falls inside a pause of the task: pick a working day")


def check_splittable(task: Task, summary: bool) -> None:
    """Raise SplitError, naming the task, when a split of it makes no sense (as MS Project).

    A summary spans its subtasks, a milestone has no work to stop, a manually
    scheduled task keeps the dates typed for it and a finished one is history.
    """
    name = quoted(task.name, NAME_LIMIT) if task.name else f"Task {task.uid}"
    if summary:
        raise SplitError(f"{name} is a summary task: split its subtasks instead")
    if task.milestone or task.duration_minutes <= 0:
        raise SplitError(f"{name} is a milestone: it has no work to interrupt")
    if task.manual:
        raise SplitError(f"{name} is manually scheduled: make it automatic to split it")
    if task.actual_finish is not None:
        raise SplitError(f"{name} is finished: its work can no longer be interrupted")


def work_within(splits: tuple[Split, ...], span: int) -> int:
    """The duration whose work, with the pauses it reaches, fills ``span`` working minutes.

    The inverse of ``duration + total_gap``: a finish typed (or dragged) for a
    split task gives its span from the start, and the pauses are not duration.
    A finish inside a pause ends the work where the pause begins.
    """
    at = 0  # span offset of the current part's start
    done = 0  # work before it
    for s in sorted(splits, key=lambda s: s.after_minutes):
        if s.after_minutes <= done or s.gap_minutes <= 0:
            continue
        part = s.after_minutes - done
        if at + part >= span:
            break
        at += part
        if at + s.gap_minutes >= span:
            return s.after_minutes
        at += s.gap_minutes
        done = s.after_minutes
    return done + max(0, span - at)


def link_wait(task: Task, duration: int, start: int, finish: int, clock: WorkTime) -> int:
    """Working minutes (on ``clock``) the work left of ``task`` waits for its links.

    A task under way whose predecessors have not finished (progress reported
    out of sequence) keeps its done part where it ran; its work left resumes
    once the links allow (app.domain.scheduling.forward, MS Project's "Split
    in-progress tasks"): it finishes that much later than its duration and
    pauses from its actual start make it. ``start``, ``finish``: the task's
    scheduled dates, clock minutes. 0 for a task not under way.
    """
    if (
        task.actual_start is None
        or task.actual_finish is not None
        or (task.manual and task.start is not None)
        or duration <= 0
        or task.milestone
    ):
        return 0
    end = clock.index(start) + duration + total_gap(task.splits, duration)
    return max(0, clock.index(finish) - end)


def waiting_segments(task: Task, duration: int, wait: int) -> list[tuple[int, int]]:
    """:func:`segments` of started ``task`` with its work left paused ``wait`` more minutes
    where its work done stops (its resume point: :func:`link_wait`); a task with nothing
    done has its one part start ``wait`` later."""
    parts = segments(task.splits, duration)
    if wait <= 0:
        return parts
    resume = resume_offset(task.splits, done_minutes(duration, task.percent_complete))
    out: list[tuple[int, int]] = []
    for a, b in parts:
        if b <= resume:
            out.append((a, b))
        elif a >= resume:
            out.append((a + wait, b + wait))
        else:
            out += [(a, resume), (resume + wait, b + wait)]
    return out


def working_parts(
    splits: tuple[Split, ...],
    duration: int,
    start: datetime,
    finish: datetime,
    calendar: WorkTime,
) -> tuple[tuple[datetime, datetime], ...]:
    """A split task's working parts as (start, finish) moments; () when it is not split.

    ``calendar`` is the one the task's pauses count on (its own or the
    project's; continuous for an elapsed task). The last part ends at
    ``finish``: a task scheduled on its people's calendars ends where the
    schedule says, not where the task calendar alone would put it.
    """
    if not splits or duration <= 0:
        return ()
    return _laid(segments(splits, duration), start, finish, calendar)


def _laid(
    parts: list[tuple[int, int]], start: datetime, finish: datetime, calendar: WorkTime
) -> tuple[tuple[datetime, datetime], ...]:
    """Span offsets ``parts`` as moments from ``start`` on ``calendar``, the last part
    ending at ``finish``; () for one part from the start (a task not split)."""
    if len(parts) < 2 and (not parts or parts[0][0] == 0):
        return ()
    w0 = calendar.index(to_minutes(start))
    out = [
        (from_minutes(calendar.at_start(w0 + a)), from_minutes(calendar.at_end(w0 + b)))
        for a, b in parts
    ]
    last_start = out[-1][0]
    if last_start < finish:
        out[-1] = (last_start, finish)
    return tuple(out)


def work_before(
    parts: Iterable[tuple[datetime, datetime]], calendar: WorkTime, moment: datetime
) -> int:
    """Working minutes (on ``calendar``) of the parts that lie before ``moment``.

    What a split task has done by then if it works to plan: the pauses hold no work.
    """
    done = 0
    for a, b in parts:
        if moment <= a:
            break
        done += max(0, calendar.between(a, min(b, moment)))
    return done


def may_be_split(task: Task) -> bool:
    """Whether :meth:`TaskClocks.parts` may find ``task`` in parts: split (by the user or by
    leveling), or under way, where its work left may wait for its links (:func:`link_wait`).
    A cheap test before asking for the parts."""
    return bool(task.splits) or (task.actual_start is not None and task.actual_finish is None)


class TaskClocks:
    """The calendar each task's pauses count on, and its working parts, for one plan.

    The engine's calendar for the task (app.domain.scheduling.network): its
    own or the project's, narrowed to when its people work unless it ignores
    their calendars; an elapsed task's pauses are calendar time. When its
    people work on different calendars the engine runs each assignment on its
    own; the pauses here count on the union of them (when the task works).
    Each calendar is built once.
    """

    def __init__(self, plan: Plan) -> None:
        self._plan = plan
        self._by_key: dict[tuple[int | None, frozenset[int | None]], WorkTime] = {}
        self._by_uid: dict[int | None, WorkTime] = {}
        self._work: dict[int, int | None] | None = None  # each person's calendar uid
        self._people: dict[int, set[int | None]] = {}  # each task's people's calendars

    def _worktime(self, uid: int | None) -> WorkTime:
        """A calendar by uid as the engine builds it (unknown or None: the project's)."""
        found = self._by_uid.get(uid)
        if found is None:
            plan = self._plan
            cal = plan.calendars.get(uid) if uid is not None else None
            found = WorkTime.for_calendar(cal or plan.calendar(), plan.calendars)
            self._by_uid[uid] = found
        return found

    def of(self, task: Task) -> WorkTime:
        """The working time ``task``'s pauses are counted on."""
        if task.elapsed:
            return WorkTime.continuous()
        people = None if task.ignore_resource_calendar else self._people_of(task.uid)
        key = (task.calendar_uid, frozenset(people or ()))
        found = self._by_key.get(key)
        if found is None:
            from app.domain.scheduling.network import resources_worktime

            own_uid = task.calendar_uid
            if people:
                own = self._worktime(own_uid) if own_uid is not None else None
                found = resources_worktime(own, people, self._worktime)
            else:
                found = self._worktime(own_uid)
            self._by_key[key] = found
        return found

    def _people_of(self, uid: int) -> set[int | None]:
        """The calendars of task ``uid``'s people, by the engine's rule
        (app.domain.scheduling.network.assigned_calendars): people (work resources) at units
        above zero. Read from the task's own assignments, kept for the next question: every
        assignment of the plan was read for each new TaskClocks (several an edit)."""
        found = self._people.get(uid)
        if found is not None:
            return found
        work = self._work
        if work is None:
            # Imported here: the resource module imports the task's, which imports this one.
            from app.domain.resource import ResourceType

            plan = self._plan
            work = self._work = {
                r.uid: r.calendar_uid for r in plan.resources if r.type is ResourceType.WORK
            }
        found = self._people[uid] = {
            work[a.resource_uid]
            for a in self._plan.assignments_of_task(uid)
            if a.resource_uid in work and a.units > 0
        }
        return found

    def parts(self, task: Task, times: TaskTimes) -> tuple[tuple[datetime, datetime], ...]:
        """``task``'s working parts as scheduled in ``times``; () when it is not split.

        A task under way whose work left waits for its links is split there
        (:meth:`waiting_parts`).
        """
        waiting = self.waiting_parts(task, times)
        if waiting or not task.splits or times.summary or task.milestone:
            return waiting
        return working_parts(
            task.splits, times.duration_minutes, times.start, times.finish, self.of(task)
        )

    def waiting_parts(self, task: Task, times: TaskTimes) -> tuple[tuple[datetime, datetime], ...]:
        """The working parts of a task under way whose work left waits for its links
        (:func:`link_wait`): its done part, the pause, its work left (one part when nothing
        is done yet); () for any other task."""
        if task.actual_start is None or task.actual_finish is not None or times.summary:
            return ()
        clock, duration = self.of(task), times.duration_minutes
        start, finish = to_minutes(times.start), to_minutes(times.finish)
        wait = link_wait(task, duration, start, finish, clock)
        if not wait:
            return ()
        return _laid(waiting_segments(task, duration, wait), times.start, times.finish, clock)
