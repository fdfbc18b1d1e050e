"""<PreLeveledStart>/<PreLeveledFinish> read back: which pauses of a task leveling made.

MS Project marks a task leveling moved or split with the dates it had before
leveling (mspdi_write_leveling writes them). A split shows in the file only as
the assignments' timephased work pausing (mspdi_splits), which does not say who
made the pause. The dates before leveling tell them apart: the span they cover,
in working time, is the duration and the user's own pauses. This module reads
that span; the rule that marks the pauses from it (and leaves them as they are
where it cannot tell) is app.domain.leveling_marks, which the note said on saving
asks too. A date that does not read leaves the task's pauses as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from app.domain.calendar import Calendar
from app.domain.leveling_marks import marked_by_span, marks_can_tell
from app.domain.task import Task
from app.domain.worktime import WorkTime, to_minutes


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
        if texts is None or not marks_can_tell(task):
            continue
        span = _span(task, texts, calendars, project_calendar_uid)
        if span is not None:
            out[i] = marked_by_span(task, span)
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
