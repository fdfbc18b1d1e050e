"""<PreLeveledStart>/<PreLeveledFinish> read back: which pauses of a task leveling made.

MS Project marks a task leveling moved or split with the dates it had before
leveling (mspdi_write_leveling writes them). A split shows in the file only as
the assignments' timephased work pausing (mspdi_splits), which does not say who
made the pause; Gantry keeps leveling's pauses marked (``Split.leveling``) so
that Clear Leveling takes them out and leaves the user's. The dates before
leveling tell them apart: the span they cover, in working time, is the
duration and the user's own pauses. So on a task that has not started:

- a span of just its duration: every pause is leveling's;
- a longer one: the pauses whose gaps add up to the difference are the user's,
  the others leveling's, when exactly one set of them does;
- otherwise (no set, several, an elapsed duration, a date that does not read)
  the pauses stay as they are: nothing says which are whose.

A started task's pause of its work left is its leveling delay
(app.domain.leveling_resume), which <LevelingDelay> already carries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from itertools import combinations

from app.domain.calendar import Calendar
from app.domain.leveling_resume import delay_is_pause
from app.domain.splits import Split, normalized
from app.domain.task import Task
from app.domain.worktime import WorkTime, to_minutes

_MOST_PAUSES = 12  # sets of pauses tried: 2**12 at most, for one task


def with_leveling_marks(
    tasks: list[Task],
    preleveled: Mapping[int, tuple[str, str | None]],
    calendars: Mapping[int, Calendar],
    project_calendar_uid: int,
) -> list[Task]:
    """``tasks`` with the pauses leveling made marked as leveling's, on the tasks the file
    gives dates before leveling (``preleveled``: UID -> <PreLeveledStart>, <PreLeveledFinish>
    texts)."""
    if not preleveled:
        return tasks
    out = list(tasks)
    for i, task in enumerate(tasks):
        texts = preleveled.get(task.uid)
        if texts is None or not task.splits or delay_is_pause(task) or task.elapsed:
            continue
        span = _span(task, texts, calendars, project_calendar_uid)
        if span is None:
            continue
        mine = _users(task.splits, span - task.duration_minutes)
        if mine is None:
            continue
        marked = tuple(replace(s, leveling=k not in mine) for k, s in enumerate(task.splits))
        marked = normalized(marked, task.duration_minutes)
        if marked != task.splits:
            out[i] = replace(task, splits=marked)
    return out


def _span(
    task: Task,
    texts: tuple[str, str | None],
    calendars: Mapping[int, Calendar],
    project_calendar_uid: int,
) -> int | None:
    """Working minutes between the dates before leveling, on the calendar the task's pauses
    count on (its own, else the project's; as mspdi_splits reads them); None: unreadable."""
    start_text, finish_text = texts
    if finish_text is None:
        return None
    try:
        start = datetime.fromisoformat(start_text.strip())
        finish = datetime.fromisoformat(finish_text.strip())
    except ValueError:
        return None
    uid = task.calendar_uid if task.calendar_uid in calendars else project_calendar_uid
    calendar = calendars.get(uid) if uid is not None else None
    if calendar is None:
        return None
    work = WorkTime.for_calendar(calendar, calendars)
    return work.index(to_minutes(finish)) - work.index(to_minutes(start))


def _users(splits: tuple[Split, ...], gaps: int) -> frozenset[int] | None:
    """The positions of the pauses that are the user's: the one set of them whose gaps add
    up to ``gaps`` (none for 0 or less); None when no set or several do."""
    if gaps <= 0:
        return frozenset()
    if len(splits) > _MOST_PAUSES:
        return None
    found: frozenset[int] | None = None
    for size in range(1, len(splits) + 1):
        for chosen in combinations(range(len(splits)), size):
            if sum(splits[k].gap_minutes for k in chosen) == gaps:
                if found is not None:
                    return None  # two sets would do: nothing says which
                found = frozenset(chosen)
    return found
