"""Scheduler entry points: :func:`schedule` for a whole plan, :class:`IncrementalScheduler`
for the window, which recomputes only what one edit affects.

The engine itself lives in :mod:`app.domain.scheduling`.
"""

from __future__ import annotations

from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.scheduling.cpm import Engine
from app.domain.scheduling.gc import paused_gc
from app.domain.scheduling.incremental import IncrementalScheduler
from app.domain.scheduling.network import build_network
from app.domain.scheduling.results import build_schedule
from app.domain.worktime import to_minutes


def schedule(plan: Plan) -> Schedule:
    """Compute early/late dates, slack and the critical path of every task.

    Raises CycleError when the links form a loop (naming the tasks).
    """
    with paused_gc():
        net = build_network(plan)
        engine = Engine(net, to_minutes(plan.project.start))
        engine.run_forward()
        engine.run_backward()
        engine.place_alap()
        return build_schedule(engine, plan.project.critical_slack_limit_minutes)


__all__ = ["IncrementalScheduler", "schedule"]
