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

A task that has not started may be split by leveling too (its first part runs
while its people are free, the rest after the clash: app.domain.leveling_split).
Its leveling delay stays what the scheduler reads, the delay of its start; the
pauses are splits marked ``leveling`` (:class:`~app.domain.splits.Split`), and
the delay handed around (:class:`LevelingDelay`, an int) carries them, so
every place that applies, undoes or clears delays takes them along.
"""

from __future__ import annotations

from dataclasses import replace

from app.domain.bulk import replaced
from app.domain.percent_shown import done_minutes as actual_done
from app.domain.splits import Split, normalized
from app.domain.task import Task


def done_minutes(task: Task) -> int:
    """Working minutes of the task's duration done, as the scheduler counts its resume point:
    its Actual Duration as the sheet shows it (app.domain.percent_shown.done_minutes)."""
    return actual_done(task.duration_minutes, task.percent_complete)


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


class LevelingDelay(int):
    """A leveling delay of a task that has not started, with the pauses leveling puts in it.

    The int is the delay of the start (working minutes), as a plain delay; ``pauses``
    are the splits leveling adds to its work (each marked ``leveling``). Delays and
    pauses travel together through apply, undo and clear (:func:`with_leveling_delay`).
    """

    pauses: tuple[Split, ...]
    # The leveling delays of its people's assignments (assignment uid, working minutes):
    # "Leveling can adjust individual assignments on a task" (app.domain.leveling_assignments)
    people: tuple[tuple[int, int], ...]

    def __new__(
        cls,
        minutes: int,
        pauses: tuple[Split, ...] = (),
        people: tuple[tuple[int, int], ...] = (),
    ) -> LevelingDelay:
        """The delay ``minutes`` with these pauses (marked as leveling's here) and people's
        delays."""
        made = super().__new__(cls, minutes)
        made.pauses = tuple(replace(p, leveling=True) for p in pauses)
        made.people = tuple(people)
        return made

    def __bool__(self) -> bool:
        """True when it delays or pauses the task or its people: leveling to apply, or to
        clear."""
        return int(self) != 0 or bool(self.pauses) or bool(self.people)

    def __repr__(self) -> str:
        if self.people:
            return f"LevelingDelay({int(self)}, {self.pauses!r}, {self.people!r})"
        return f"LevelingDelay({int(self)}, {self.pauses!r})"


def leveling_pauses(task: Task) -> tuple[Split, ...]:
    """The pauses leveling put in the task's work (splits marked ``leveling``)."""
    return tuple(s for s in task.splits if s.leveling)


def has_leveling(task: Task) -> bool:
    """Leveling has delayed or split the task (Clear Leveling has something to take out)."""
    return bool(task.leveling_delay_minutes) or any(s.leveling for s in task.splits)


def leveling_of(task: Task) -> int:
    """The task's leveling as a delay to apply again (undo): its pauses along, if any."""
    pauses = leveling_pauses(task)
    if pauses and not delay_is_pause(task):
        return LevelingDelay(task.leveling_delay_minutes, pauses)
    return task.leveling_delay_minutes


def with_leveling_delay(task: Task, minutes: int, history: frozenset[int] = frozenset()) -> Task:
    """``task`` with this leveling delay (0: none); a started task's pause follows it.

    The pause leveling made before (its old delay) is taken out of the split
    at the resume point (or the nearest one after it holding as long a pause);
    a pause that progress has since left behind is history and stays. The new
    pause is added at the resume point. A started task whose work can no
    longer pause (finished, say) gets no new delay. Other tasks have their
    delay set and their leveling pauses replaced by those ``minutes`` carries (a
    :class:`LevelingDelay`; a plain int carries none, so 0 clears them too).
    ``history``: where the started task's pauses that are over by the status date stop its
    work (:func:`~app.domain.leveling_history.history_pauses`): they stay, whoever made them.
    """
    if not delay_is_pause(task):
        return _unstarted(task, int(minutes), getattr(minutes, "pauses", ()))
    # Leveling's pauses of before it started go as the task's own would not (work left).
    done = done_minutes(task)
    own = tuple(
        s
        for s in task.splits
        if not (s.leveling and s.after_minutes >= done and s.after_minutes not in history)
    )
    splits = _without_pause(own, done, task.leveling_delay_minutes, history)
    if minutes > 0 and can_pause(task):
        splits = _with_pause(splits, done_minutes(task), minutes)
    else:
        minutes = 0
    if splits == task.splits and minutes == task.leveling_delay_minutes:
        return task
    return replaced(task, leveling_delay_minutes=int(minutes), splits=splits)


def _unstarted(task: Task, minutes: int, pauses: tuple[Split, ...]) -> Task:
    """``task`` (not started) delayed ``minutes``, its leveling pauses now ``pauses``."""
    if not pauses and not task.splits:  # most tasks: only the delay, if that
        if minutes == task.leveling_delay_minutes:
            return task
        return replaced(task, leveling_delay_minutes=minutes)
    own = tuple(s for s in task.splits if not s.leveling)
    splits = normalized((*own, *pauses), task.duration_minutes) if pauses else own
    if splits == task.splits and minutes == task.leveling_delay_minutes:
        return task
    return replaced(task, leveling_delay_minutes=minutes, splits=splits)


def _without_pause(
    splits: tuple[Split, ...], done: int, gap: int, history: frozenset[int] = frozenset()
) -> tuple[Split, ...]:
    """The splits with ``gap`` minutes of pause taken out at ``done`` (or the next split on).

    Only in the work left: a pause before ``done`` lies between work done, which
    never moves, and one over by the status date (``history``) has happened.
    """
    if gap <= 0:
        return splits
    holding = [
        k
        for k, s in enumerate(splits)
        if s.gap_minutes >= gap and s.after_minutes >= done and s.after_minutes not in history
    ]
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
