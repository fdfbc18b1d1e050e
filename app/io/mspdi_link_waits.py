"""A started task's wait for its links, read from MSPDI, is not a typed split.

MS Project ("Split in-progress tasks") and Gantry's own writer (mspdi_splits, from
app.domain.splits.TaskClocks.waiting_parts) write a task under way whose work left waits for
a predecessor as a split: a pause at its work done, in ``<Stop>``/``<Resume>`` or its
assignments' timephased rows. Read back as a stored split, that pause would stay put when the
predecessor later finished early. Here a pause at a started task's work done is dropped when
the scheduler, from the task's links, puts every task where the file's pause put it: the wait
is then worked out again from the link, as in the plan that was written.
"""

from __future__ import annotations

from dataclasses import replace

from app.domain.errors import AppError
from app.domain.leveling_resume import done_minutes
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.splits import Split, normalized
from app.domain.task import Task

_SLACK = 1  # minutes: the file's rows are rounded to the minute


def without_link_waits(plan: Plan) -> list[int]:
    """Drop the pauses of started tasks that their links account for; their UIDs."""
    waiting = {link.successor for link in plan.links}
    candidates: dict[int, tuple[Split, ...]] = {}
    for task in plan.tasks:
        if task.uid in waiting and _under_way(task):
            kept = _without_pause_at_done(task)
            if kept is not None:
                candidates[task.uid] = kept
    if not candidates:
        return []
    from app.domain.scheduling.run import schedule_only  # only files with such tasks

    originals = [plan.task(uid) for uid in candidates]
    try:
        before = schedule_only(plan)
        plan.update_tasks(replace(plan.task(uid), splits=s) for uid, s in candidates.items())
        after = schedule_only(plan)
    except AppError:
        plan.update_tasks(originals)
        return []
    if not _same_dates(before, after, plan):
        plan.update_tasks(originals)  # the pause is more than the wait: a typed split
        return []
    return list(candidates)


def _under_way(task: Task) -> bool:
    return (
        bool(task.splits)
        and task.actual_start is not None
        and task.actual_finish is None
        and not task.manual
        and not task.milestone
    )


def _without_pause_at_done(task: Task) -> tuple[Split, ...] | None:
    """The task's splits without the pause where its work done ends (None: it has none)."""
    done = done_minutes(task)
    splits = normalized(task.splits, task.duration_minutes)
    kept = tuple(s for s in splits if abs(s.after_minutes - done) > _SLACK)
    return kept if len(kept) < len(splits) else None


def _same_dates(before: Schedule, after: Schedule, plan: Plan) -> bool:
    for task in plan.tasks:
        old, new = before.get(task.uid), after.get(task.uid)
        if old is None or new is None:
            return old is new
        if (old.start, old.finish) != (new.start, new.finish):
            return False
    return True
