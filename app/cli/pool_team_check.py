"""``gantry team check A B C``: per person (matched by name), the plans whose copy differs
(rates, max units, availability, calendar, working week, days off): the drift a pool would
not allow (app/domain/pool_team.py)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from app.domain.errors import OptionError


def run_team_check(args: argparse.Namespace, paths: Sequence[Path], out: TextIO) -> int:
    """Print each person's fields that differ between the plans, then a summary line."""
    from app.cli.pool_plans import read_pool
    from app.domain.pool_team import team_drift

    if len(paths) < 2:
        raise OptionError("team check: give two plans or more")
    plans = read_pool(paths, args)
    people, drift = team_drift(plans)
    said: set[str] = set()
    for d in drift:
        if d.person not in said:
            out.write(f"{d.person}:\n")
            said.add(d.person)
        values = "; ".join(f"{label} {value}" for label, value in d.values)
        out.write(f"  {d.field}: {values}\n")
    n = len(people)
    who = "person" if n == 1 else "people"
    if not said:
        out.write(f"{n} {who} in more than one plan; all the same in every plan\n")
    else:
        out.write(
            f"{n} {who} in more than one plan; {len(said)} {'differs' if len(said) == 1 else 'differ'} between plans\n"
        )
    return 0
