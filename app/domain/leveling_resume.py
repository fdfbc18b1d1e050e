"""A started task's leveling delay: a pause of its remaining work where its work stopped.

MS Project's "Leveling can create splits in remaining work": the done part of
an in-progress task stays where it is, and the work left resumes after the
clash. The scheduler places a started task from its actual start, so a delay
of its start means nothing there; for such a task :attr:`Task.leveling_delay_minutes`
holds instead how long leveling paused it, and the pause itself is one of its
splits (:mod:`app.domain.splits`) at the resume point. The scheduler, the
Gantt and the over-allocation check see an ordinary split; Clear Leveling,
undo and leveling again take the pause away with the delay
(:func:`with_leveling_delay`), so the user's own splits are left as they are.
"""

from __future__ import annotations

from dataclasses import replace

from app.domain.splits import Split
from app.domain.task import Task


def done_minutes(task: Task) -> int:
    """Working minutes of the task's duration done, as the scheduler counts its resume point."""
    return round(task.duration_minutes * task.percent_complete / 100)


def delay_is_pause(task: Task) -> bool:
    """The task's leveling delay is a pause of its remaining work (it has started)."""
    return task.actual_start is not None and not task.manual


def can_pause(task: Task) -> bool:
    """Leveling may pause its remaining work: started, not finished, work done and left."""
    return (
        delay_is_pause(task)
        and task.actual_finish is None
        and not task.milestone
        and 0 < done_minutes(task) < task.duration_minutes
    )


def with_leveling_delay(task: Task, minutes: int) -> Task:
    """``task`` with this leveling delay (0: none); a started task's pause follows it.

    The pause leveling made before (its old delay) is taken out of the split
    at the resume point (or the nearest one after it holding as long a pause);
    a pause that progress has since left behind is history and stays. The new
    pause is added at the resume point. A started task whose work can no
    longer pause (finished, say) gets no new delay. Other tasks only have their
    delay set.
    """
    if not delay_is_pause(task):
        return replace(task, leveling_delay_minutes=minutes)
    splits = _without_pause(task.splits, done_minutes(task), task.leveling_delay_minutes)
    if minutes > 0 and can_pause(task):
        splits = _with_pause(splits, done_minutes(task), minutes)
    else:
        minutes = 0
    if splits == task.splits and minutes == task.leveling_delay_minutes:
        return task
    return replace(task, leveling_delay_minutes=minutes, splits=splits)


def _without_pause(splits: tuple[Split, ...], done: int, gap: int) -> tuple[Split, ...]:
    """The splits with ``gap`` minutes of pause taken out at ``done`` (or the next split on).

    Only in the work left: a pause before ``done`` lies between work done, which
    never moves.
    """
    if gap <= 0:
        return splits
    holding = [k for k, s in enumerate(splits) if s.gap_minutes >= gap and s.after_minutes >= done]
    if not holding:
        return splits  # history now, or not ours (a delay read from a file): leave them
    k = min(holding, key=lambda k: (splits[k].after_minutes, k))
    left = splits[k].gap_minutes - gap
    rest = (Split(splits[k].after_minutes, left),) if left > 0 else ()
    return (*splits[:k], *rest, *splits[k + 1 :])


def _with_pause(splits: tuple[Split, ...], done: int, gap: int) -> tuple[Split, ...]:
    """The splits with ``gap`` minutes more pause at ``done`` (a new split when none is there)."""
    for k, s in enumerate(splits):
        if s.after_minutes == done:
            return (*splits[:k], Split(done, s.gap_minutes + gap), *splits[k + 1 :])
    k = next((k for k, s in enumerate(splits) if s.after_minutes > done), len(splits))
    return (*splits[:k], Split(done, gap), *splits[k:])
