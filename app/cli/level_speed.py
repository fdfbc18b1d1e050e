"""What ``gantry level`` schedules before leveling, shared with leveling so it is done once.

The window levels with the network its scheduler holds; ``gantry level`` scheduled the
plan without its delays, then let leveling build the same network again, its calendars'
working-time tables cold, so every look-up leveling made filled them a second time.
:func:`unleveled_run` schedules it once and hands back the network for
:func:`app.domain.leveling.level` to read (never changed).
"""

from __future__ import annotations

from pathlib import Path

from app.cli.plan_io import file_refusal
from app.domain.errors import PlanError
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.scheduling.network import Network
from app.domain.scheduling.run import full_run


def unleveled_run(path: Path, base: Plan) -> tuple[Network, Schedule]:
    """``base`` (the plan without the delays being cleared) scheduled, with its network; a
    refusal starts with the file's name, as :func:`app.cli.plan_io.schedule_read`'s."""
    try:
        network, _engine, schedule = full_run(base)
    except PlanError as exc:
        raise file_refusal(path, exc) from exc
    return network, schedule
