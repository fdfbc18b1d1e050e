"""A plan compared with a client hand-off workbook: only what the workbook carried.

A workbook sent with ``--client``, ``--no-costs`` or ``--people names`` reads back without
rates, risks, notes or the people's details; compared with the plan as it is, every one
would look removed or set to 0 (and the figures line would say the cost went to 0). The
other plan is stripped of the same parts first, so an untouched hand-off shows no change
and an edited one shows the client's edits alone; a note says what was not compared.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from app.domain.plan import Plan
from app.io.excel_export_choice import handoff_plan, left_out_words
from app.io.handoff_choice import handoff_choice


class HandoffPair(NamedTuple):
    """Two plans as compared, the notes on what was not, and whether money is compared."""

    old: Plan
    new: Plan
    notes: list[str]
    money: bool  # False: a workbook without rates and costs (no Cost, BAC, EAC figures)


def handoff_pair(paths: tuple[Path, Path], old: Plan, new: Plan) -> HandoffPair:
    """``old`` and ``new`` with what either workbook left out taken from both, and the
    note naming it (no note: neither is a hand-off with parts left out)."""
    notes: list[str] = []
    money = True
    for path in paths:
        choice = handoff_choice(path)
        if choice is None:
            continue
        money = money and choice.keeps_costs
        old, new = handoff_plan(old, choice), handoff_plan(new, choice)
        words = "; ".join(left_out_words(choice))
        notes.append(f"{words} not compared: {path.name} leaves them out (a client hand-off)")
    return HandoffPair(old, new, notes, money)
