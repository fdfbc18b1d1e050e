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
    "other plans the same people work on, comma-separated or the option repeated (a comma "
    "inside a file's name is kept when the file so named exists): their bookings (people "
    "matched by name) count as time already used; only FILE is written"
)


def add_busy(p: Any) -> None:
    """The ``--busy FILE,FILE`` option of ``gantry level`` (also ``--busy A --busy B``)."""
    p.add_argument("--busy", metavar="FILE,...", action="append", help=BUSY_HELP)


def busy_paths(args: argparse.Namespace) -> list[Path]:
    """The files ``--busy`` names (none without it); bad usage for an empty list or with
    --clear. Commas separate the files, except inside a name: see :func:`_split_names`."""
    given = getattr(args, "busy", None)
    if given is None:
        return []
    paths: list[Path] = []
    for text in [given] if isinstance(given, str) else given:
        paths.extend(Path(name) for name in _split_names(text))
    if not paths:
        raise OptionError("--busy: name the other plans, comma-separated")
    if getattr(args, "clear", False):
        raise OptionError("--busy levels; --clear only takes leveling out: use one of them")
    return paths


def _split_names(text: str) -> list[str]:
    """``text``'s file names, split at the commas that do not belong to a name: the pieces,
    each as long as it can be, that all name existing files ("A.gantry,Client B, phase
    2.gantry" is two plans when both exist); else split at every comma, so the read says
    which file is missing."""
    parts = text.split(",")

    def from_part(i: int) -> list[str] | None:
        if i == len(parts):
            return []
        for j in range(len(parts), i, -1):  # the longest name first
            name = ",".join(parts[i:j]).strip()
            if name and Path(name).is_file():
                rest = from_part(j)
                if rest is not None:
                    return [name, *rest]
        if not parts[i].strip():  # "A.gantry,,B.gantry", or a comma at the end
            return from_part(i + 1)
        return None

    found = from_part(0)
    return found if found is not None else [p.strip() for p in parts if p.strip()]


def read_busy(args: argparse.Namespace, paths: list[Path]) -> list[PoolPlan]:
    """The --busy plans read and scheduled (the plan leveled among them is refused: it would
    wait for itself)."""
    if not paths:  # pool_plans brings numpy (~0.2 s): only when there are other plans
        return []
    from app.cli.pool_plans import distinct_paths, read_pool

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
