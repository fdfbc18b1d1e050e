"""A leveling delay as MS Project shows it: elapsed time (``14 edays``), not working time.

Gantry keeps a task's leveling delay in working minutes of its calendar (the
scheduler starts the task that many working minutes after its early start;
the store, the leveling engine and the scheduler all count it so). MS
Project's Leveling Delay field is elapsed: its start is the first working
moment at or after early start + delay, so ten working days that span two
weekends read ``14 edays``. The two meet at the task's early start (where it
could start without the delay, a working moment):

* :func:`elapsed_delay` measures a working delay back from the scheduled
  start: the elapsed time from where the task could have started;
* :func:`working_delay` turns an elapsed delay into the working minutes
  between that moment and the moment the elapsed time lands on;
* :func:`working_delays` does it for a whole plan read from MS Project, where
  a delayed task's early start hangs on its predecessors' own delays.

Both count on the calendar the scheduler moves the task on (its own or the
project's, within its people's: :class:`~app.domain.splits.TaskClocks`). An
elapsed-duration task is moved on the clock itself (:func:`delay_clock`): its
delay is kept in elapsed minutes, which all of the above then hand back as they
are, and leveling may start it at a non-working moment (a cure on a Saturday).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta

from app.domain.errors import AppError
from app.domain.leveling_resume import delay_is_pause, done_minutes
from app.domain.notation import format_duration
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.schedule_times import ScheduleTimes
from app.domain.scheduler import IncrementalScheduler, schedule
from app.domain.splits import TaskClocks
from app.domain.task import DurationUnit, Task
from app.domain.worktime import WorkTime, from_minutes, to_minutes


def delay_clock(clocks: TaskClocks, task: Task) -> WorkTime:
    """The time the scheduler moves ``task``'s start on by its leveling delay.

    The task's engine calendar; for an elapsed-duration task the clock itself, as its
    duration and pauses run (app.domain.scheduling.forward's leaf_place): MS Project
    keeps Leveling Delay in elapsed time, so leveling may start a cure on a Saturday,
    and its delay then is the elapsed minutes themselves.
    """
    return clocks.of(task)


def working_clock(clocks: TaskClocks, task: Task) -> WorkTime:
    """``task``'s engine calendar, an elapsed-duration task's too (the working time a move
    of its dates is measured in, app.domain.diff_dates)."""
    return clocks.of(replace(task, elapsed=False) if task.elapsed else task)


def could_start(clock: WorkTime, start: datetime, delay: int) -> datetime:
    """Where a task that starts at ``start`` after ``delay`` working minutes could have started."""
    return from_minutes(clock.at_start(clock.index(to_minutes(start)) - delay))


def working_delay(clock: WorkTime, early_start: datetime, elapsed_minutes: int) -> int:
    """The working minutes of ``clock`` an elapsed delay covers from ``early_start``.

    The scheduler then starts the task at the first working moment at or after
    ``early_start + elapsed_minutes``, as MS Project does.
    """
    if elapsed_minutes <= 0:
        return 0
    landed = early_start + timedelta(minutes=elapsed_minutes)
    return max(0, clock.between(early_start, landed))


def elapsed_delay(
    plan: Plan, schedule: Schedule, uid: int, clocks: TaskClocks | None = None
) -> int | None:
    """Task ``uid``'s leveling delay in elapsed minutes; None when it cannot be measured.

    Measured back from the scheduled start on the calendar the scheduler moved the
    task on. None for a task the plan or schedule lacks, and for a started task,
    whose delay is a pause of its remaining work rather than a later start.
    """
    if not plan.has_task(uid):
        return None
    task = plan.task(uid)
    delay = task.leveling_delay_minutes
    if delay <= 0:
        return 0
    times = schedule.get(uid)
    if times is None or delay_is_pause(task):
        return None
    clock = delay_clock(clocks or TaskClocks(plan), task)
    could = could_start(clock, times.start, delay)
    return round((times.start - could).total_seconds() / 60)


def working_delays(plan: Plan, elapsed: Mapping[int, int]) -> dict[int, int]:
    """The working minutes that start each task ``elapsed`` minutes of clock time late.

    ``elapsed``: task uid -> its leveling delay in elapsed minutes (as an MS Project
    file stores it). A task not started is placed from its early start, which its
    predecessors' delays move: the plan is scheduled with the delays found so far
    and each early start read back, until no delay changes (each round settles the
    delays one link deeper). A started task's delay is a pause of its work left,
    counted from where its done work ends; a manual task's and a summary's from their
    start (the scheduler moves neither by a delay). The plan's tasks are left as they were,
    but are changed meanwhile (its listeners hear it): meant for a plan being read, not
    one on screen. Raises what the scheduler raises (a loop of links).
    """
    known = {uid: minutes for uid, minutes in elapsed.items() if plan.has_task(uid)}
    clocks = TaskClocks(plan)
    found: dict[int, int] = {}
    waiting: dict[int, int] = {}
    for uid, minutes in known.items():
        task = plan.task(uid)
        clock = delay_clock(clocks, task)
        if task.elapsed:  # its delay is elapsed time, as the file says it
            found[uid] = minutes
        elif delay_is_pause(task) and task.actual_start is not None:
            stopped = clock.at_end(clock.index(to_minutes(task.actual_start)) + done_minutes(task))
            found[uid] = working_delay(clock, from_minutes(stopped), minutes)
        elif task.manual or plan.is_summary(uid):  # the scheduler moves neither by a delay
            found[uid] = working_delay(clock, task.start or plan.project.start, minutes)
        else:
            waiting[uid] = minutes
    if not waiting:
        return found
    original = {uid: plan.task(uid) for uid in waiting}
    delays = {uid: original[uid].leveling_delay_minutes for uid in waiting}
    try:
        plan.update_tasks(replace(original[u], leveling_delay_minutes=d) for u, d in delays.items())
        scheduler = IncrementalScheduler(plan)
        result = scheduler.schedule
        for _ in range(len(waiting) + 1):
            starts = _starts(result, waiting)
            new: dict[int, int] = {}
            for uid, minutes in waiting.items():
                start = starts.get(uid)
                if start is None:
                    new[uid] = delays[uid]
                    continue
                clock = delay_clock(clocks, original[uid])
                could = could_start(clock, start, delays[uid])
                new[uid] = working_delay(clock, could, minutes)
            changed = [uid for uid in waiting if new[uid] != delays[uid]]
            delays = new
            if not changed:
                break
            plan.update_tasks(
                replace(plan.task(u), leveling_delay_minutes=delays[u]) for u in changed
            )
            result = scheduler.tasks_changed(changed)
    finally:
        plan.update_tasks(original.values())
    found.update(delays)
    return found


def _starts(result: Schedule, uids: Mapping[int, int]) -> dict[int, datetime]:
    """The scheduled start of each of ``uids`` (those the schedule holds).

    Read from the schedule's spans where it has them: building every row's TaskTimes
    works out slack for the whole plan, which a start does not need.
    """
    times = result.times
    spans = times.spans() if isinstance(times, ScheduleTimes) else None
    if spans is None:
        return {uid: t.start for uid in uids if (t := result.get(uid)) is not None}
    return {
        uid: from_minutes(start)
        for uid, start in zip(spans.uids, spans.start, strict=True)
        if uid in uids
    }


class DelayTexts:
    """Leveling delays as MS Project shows them (``14ed``), each plan scheduled once.

    For lists of changes (a diff, the review of a client's workbook): a value is
    measured on the plan that holds it, and stays in working time (``10d``) where
    it cannot be measured (a started task's pause, a plan that cannot be
    scheduled, a task the plan lacks or holding another value).
    """

    def __init__(self) -> None:
        self._schedules: dict[int, tuple[Plan, Schedule | None]] = {}

    def text(self, minutes: int, uid: int | str, plan: Plan) -> str:
        """Task ``uid``'s leveling delay ``minutes`` (working) on ``plan``: ``14ed`` or ``10d``."""
        elapsed: int | None = 0 if minutes == 0 else None
        if (
            elapsed is None
            and isinstance(uid, int)
            and plan.has_task(uid)
            and plan.task(uid).leveling_delay_minutes == minutes
        ):
            found = self.schedule_of(plan)
            if found is not None:
                elapsed = elapsed_delay(plan, found, uid)
        if elapsed is None:
            return format_duration(minutes, plan.project)
        return format_duration(elapsed, plan.project, elapsed=True, unit=DurationUnit.DAYS)

    def schedule_of(self, plan: Plan) -> Schedule | None:
        """``plan`` scheduled once (None: it cannot be: a loop of links)."""
        key = id(plan)
        kept = self._schedules.get(key)
        if kept is None or kept[0] is not plan:
            try:
                made: Schedule | None = schedule(plan)
            except AppError:  # a loop of links: the delay stays in working time
                made = None
            kept = self._schedules[key] = (plan, made)
        return kept[1]
