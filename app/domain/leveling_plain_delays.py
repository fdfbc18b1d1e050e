"""Leveling delays that only set a task's delay, made many at once (Level Resources' apply).

Most delays leveling hands back are plain ones on tasks not started and not split: for them
:func:`~app.domain.leveling_resume.with_leveling_delay` only sets the delay (or leaves the
task as it is), through ``dataclasses.replace``, ~20 us a task of ~45 fields. Here the
same tasks are made at once with :func:`~app.domain.bulk.build_many` (each task's values
read in one call): the 519 tasks only delayed of a 2,000-task plan leveled (of 1,900
delays) take ~3 ms so, ~10 ms through ``replace``; the 1,179 delays already there are
compared, not made again. Any other delay (pauses, splits, a started task) goes through
``with_leveling_delay``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from operator import attrgetter

from app.domain.bulk import build_many
from app.domain.leveling_resume import delay_is_pause
from app.domain.task import Task

_FIELDS = tuple(f.name for f in fields(Task))
_DELAY_AT = _FIELDS.index("leveling_delay_minutes")
_values_of = attrgetter(*_FIELDS)


def only_delays(task: Task, minutes: int) -> bool:
    """``with_leveling_delay(task, minutes)`` only sets the task's delay to ``minutes`` (the
    task as it is when it holds that delay already): the task has not started and has no
    splits, and ``minutes`` carries no pauses."""
    return (
        not task.splits
        and (type(minutes) is int or not getattr(minutes, "pauses", ()))
        and not delay_is_pause(task)
    )


def delayed_many(tasks: Sequence[Task], minutes: Sequence[int]) -> list[Task]:
    """Each task with its leveling delay set to the minutes at its place (a plain int), as
    ``replace(task, leveling_delay_minutes=int(m))`` gives, made at once."""
    rows: list[list[object]] = []
    for task, m in zip(tasks, minutes, strict=True):
        values = list(_values_of(task))
        values[_DELAY_AT] = int(m)
        rows.append(values)
    return build_many(Task, rows)
