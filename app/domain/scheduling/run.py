"""One full scheduling run: network, both passes, ALAP placement, results.

With a ``progress`` callback (:data:`app.domain.progress.Progress`) a run
reports between its phases, in :data:`RUN_STEPS` steps, and stops with
CancelledError when the callback says so. It is told nothing inside a phase
(the passes' loops stay free of checks), so a cancel is heard within one
phase: a few tenths of a second at 100k tasks. A stopped run leaves nothing
behind: the network and engine are its own, handed out only at the end.
"""

from __future__ import annotations

from app.domain.plan import Plan
from app.domain.progress import Progress, report
from app.domain.schedule import Schedule
from app.domain.scheduling.calendar_blame import tasks_named
from app.domain.scheduling.cpm import Engine
from app.domain.scheduling.gc import paused_gc
from app.domain.scheduling.network import Network, build_network
from app.domain.scheduling.results import build_schedule
from app.domain.worktime import to_minutes

RUN_STEPS = 1000
"""The ``total`` a run reports; each phase ends at its mark below: its share of a 100k run,
between the first run of a process (cold calendar memos: ~0.6, 0.8, 0.75 s) and later ones
(~0.45, 0.35, 0.35 s); ALAP placement and the results take a few hundredths."""
NETWORK_BUILT = 350
FORWARD_DONE = 675
BACKWARD_DONE = 980


def full_run(plan: Plan, progress: Progress | None = None) -> tuple[Network, Engine, Schedule]:
    """Schedule a plan from scratch; the network and engine are kept for incremental use.

    ``progress`` hears each phase end (out of :data:`RUN_STEPS`); when it answers
    False the run raises CancelledError.
    """
    with paused_gc():
        return _run(plan, last_use=False, progress=progress)


def schedule_only(plan: Plan, progress: Progress | None = None) -> Schedule:
    """Schedule a plan from scratch, keeping only the result.

    The engine's arrays go to the schedule uncopied: nothing else holds them.
    """
    with paused_gc():
        return _run(plan, last_use=True, progress=progress)[2]


def _run(plan: Plan, last_use: bool, progress: Progress | None) -> tuple[Network, Engine, Schedule]:
    report(progress, 0, RUN_STEPS)
    net = build_network(plan)
    report(progress, NETWORK_BUILT, RUN_STEPS)
    # A calendar that cannot hold some task's work names that task (calendar_blame).
    with tasks_named(plan, net):
        engine = Engine(net, to_minutes(plan.project.start))
        engine.run_forward()
        report(progress, FORWARD_DONE, RUN_STEPS)
        engine.run_backward()
        report(progress, BACKWARD_DONE, RUN_STEPS)
        engine.place_alap()
        limit = plan.project.critical_slack_limit_minutes
        schedule = build_schedule(engine, limit, last_use=last_use)
    report(progress, RUN_STEPS, RUN_STEPS)
    return net, engine, schedule
