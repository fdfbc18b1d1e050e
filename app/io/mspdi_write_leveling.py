"""What says, in an MS Project XML file, that leveling moved a task: its dates before leveling.

MS Project keeps a leveled task's <LevelingDelay> (written by mspdi_write_tasks, in
tenths of a minute with MS Project's <LevelingDelayFormat> codes) and, beside it,
the dates the task had before leveling, <PreLeveledStart> and <PreLeveledFinish>:
its Leveling Gantt draws them as the preleveled bar, and they mark the task as
one leveling touched even where leveling only split it (a split's gaps alone do not
say who made them). They are the task's dates in the plan with every leveling delay
and leveling split cleared (app.domain.leveling.without_leveling), scheduled again
only for a plan that has any.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.errors import AppError
from app.domain.leveling import without_leveling
from app.domain.leveling_resume import has_leveling
from app.domain.plan import Plan
from app.domain.scheduler import schedule


def preleveled_dates(plan: Plan, summaries: set[int]) -> dict[int, tuple[datetime, datetime]]:
    """Task UID -> its start and finish before leveling, for each leaf leveling delayed or
    split; {} for a plan leveling has not touched (or one that cannot be scheduled)."""
    leveled = [t.uid for t in plan.tasks if t.uid not in summaries and has_leveling(t)]
    if not leveled:
        return {}
    try:
        before = schedule(without_leveling(plan))
    except AppError:
        return {}
    out: dict[int, tuple[datetime, datetime]] = {}
    for uid in leveled:
        times = before.get(uid)
        if times is not None:
            out[uid] = (times.start, times.finish)
    return out
