"""One full scheduling run: network, both passes, ALAP placement, results."""

from __future__ import annotations

from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.scheduling.cpm import Engine
from app.domain.scheduling.gc import paused_gc
from app.domain.scheduling.network import Network, build_network
from app.domain.scheduling.results import build_schedule
from app.domain.worktime import to_minutes


def full_run(plan: Plan) -> tuple[Network, Engine, Schedule]:
    """Schedule a plan from scratch; the network and engine are kept for incremental use."""
    with paused_gc():
        return _run(plan, last_use=False)


def schedule_only(plan: Plan) -> Schedule:
    """Schedule a plan from scratch, keeping only the result.

    The engine's arrays go to the schedule uncopied: nothing else holds them.
    """
    with paused_gc():
        return _run(plan, last_use=True)[2]


def _run(plan: Plan, last_use: bool) -> tuple[Network, Engine, Schedule]:
    net = build_network(plan)
    engine = Engine(net, to_minutes(plan.project.start))
    engine.run_forward()
    engine.run_backward()
    engine.place_alap()
    limit = plan.project.critical_slack_limit_minutes
    return net, engine, build_schedule(engine, limit, last_use=last_use)
