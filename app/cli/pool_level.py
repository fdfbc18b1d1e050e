"""``gantry level C.gantry --busy A.gantry,B.gantry``: level one plan with the other plans'
bookings of the same people (matched by name) counted as time already used. Only C is
written; the other plans are read, never changed. The leveler books that time first, as it
books the tasks a range or selection leaves out (app/domain/leveling_setup.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.errors import AppError, OptionError
from app.domain.plan import Plan
from app.domain.schedule import Schedule

if TYPE_CHECKING:  # the pool's modules load only when --busy is given: gantry level's
    # parser is built for every command, `gantry schedule` of a plan without people too
    from app.domain.pool_load import PoolPlan

BUSY_HELP = (
    "other plans the same people work on, comma-separated or the option repeated (a file "
    "whose name holds a comma: --busy once for it): their bookings (people matched by "
    "name) count as time already used; only FILE is written"
)


def add_busy(p: Any) -> None:
    """The ``--busy FILE,FILE`` option of ``gantry level`` (also ``--busy A --busy B``)."""
    p.add_argument("--busy", metavar="FILE,...", action="append", help=BUSY_HELP)


def busy_paths(args: argparse.Namespace) -> list[Path]:
    """The files ``--busy`` names (none without it); bad usage for an empty list or with
    --clear. A value that names an existing file as a whole is that file, commas and all."""
    given = getattr(args, "busy", None)
    if given is None:
        return []
    paths: list[Path] = []
    for text in [given] if isinstance(given, str) else given:
        if text.strip() and Path(text).exists():
            paths.append(Path(text))
        else:
            paths.extend(Path(part.strip()) for part in text.split(",") if part.strip())
    if not paths:
        raise OptionError("--busy: name the other plans, comma-separated")
    if getattr(args, "clear", False):
        raise OptionError("--busy levels; --clear only takes leveling out: use one of them")
    return paths


def read_busy(args: argparse.Namespace, paths: list[Path]) -> list[PoolPlan]:
    """The --busy plans read and scheduled (the plan leveled among them is refused: it would
    wait for itself)."""
    from app.cli.pool_plans import distinct_paths, read_pool

    if not paths:
        return []
    distinct_paths([Path(args.file), *paths])
    return read_pool(paths, argparse.Namespace(**{**vars(args), "sheet": None}))


def busy_of(plan: Plan, plans: list[PoolPlan]) -> dict[int, list[tuple[int, int, float, int]]]:
    """What the other plans book of ``plan``'s people; an AppError when they share no one."""
    if not plans:
        return {}
    from app.domain.pool_load import busy_elsewhere

    busy = busy_elsewhere(plan, plans)
    if not busy:
        named = ", ".join(pp.label for pp in plans)
        raise AppError(
            f"--busy {named}: none of these plans' people is on this plan's team (matched by "
            "name) with work booked"
        )
    return busy


def pool_left_text(label: str, plan: Plan, after: Schedule, plans: list[PoolPlan]) -> str:
    """'Across plans: ...' who is still over-allocated with the --busy plans added up."""
    from app.domain.pool_load import PoolLoad, PoolPlan

    load = PoolLoad([PoolPlan(label, plan, after), *plans])
    names = [
        p.name
        for p in load.people
        if len(p.members) > 1 and p.members[0][0] == 0 and load.overallocations(p)
    ]
    others = ", ".join(pp.label for pp in plans)
    if not names:
        return f"Across {others}: no one of this plan is over-allocated.\n"
    return (
        f"Across {others}: still over-allocated: {', '.join(names)} (work booked at once "
        "in the other plans, or more than the person has)\n"
    )
