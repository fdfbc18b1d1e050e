"""Scheduler entry points: :func:`schedule` for a whole plan, :class:`IncrementalScheduler`
for the window, which recomputes only what one edit affects.

The engine itself lives in :mod:`app.domain.scheduling`.
"""

from __future__ import annotations

from app.domain.plan import Plan
from app.domain.progress import Progress
from app.domain.schedule import Schedule
from app.domain.scheduling.incremental import IncrementalScheduler
from app.domain.scheduling.run import schedule_only


def schedule(plan: Plan, progress: Progress | None = None) -> Schedule:
    """Compute early/late dates, slack and the critical path of every task.

    Raises CycleError when the links form a loop (naming the tasks). ``progress``
    hears the run phase by phase and stops it (CancelledError) when it answers False.
    """
    return schedule_only(plan, progress)


__all__ = ["IncrementalScheduler", "schedule"]
