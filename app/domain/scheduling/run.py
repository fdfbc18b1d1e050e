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
        return _run(plan)


def schedule_only(plan: Plan) -> Schedule:
    """Schedule a plan from scratch, keeping only the result.

    The network and engine are dropped before the collector resumes, so its
    first pass afterwards does not walk their hundreds of thousands of objects.
    """
    with paused_gc():
        return _run(plan)[2]


def _run(plan: Plan) -> tuple[Network, Engine, Schedule]:
    net = build_network(plan)
    engine = Engine(net, to_minutes(plan.project.start))
    engine.run_forward()
    engine.run_backward()
    engine.place_alap()
    return net, engine, build_schedule(engine, plan.project.critical_slack_limit_minutes)
