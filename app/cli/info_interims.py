"""What ``gantry info`` says of the interim plans (Start1..10/Finish1..10): each set, with
when it was last saved (as Set Baseline's Into list says it) and how many tasks it holds.

Text: ``Interim plans: Start1/Finish1 (last saved on Mon 2026-11-23 14:05, 172 tasks);
Start3/Finish3 (172 tasks)`` (one whose time is not known: read from an MS Project XML or
set before Gantry kept it), no line for a plan with none. ``--json``: ``interim_plans``, a
list of ``number``, ``name``, ``saved_at`` (ISO 8601 local; ``null``: not known), ``tasks``.
"""

from __future__ import annotations

from typing import Any

from app.cli.schedule_json import iso
from app.domain.interim_plan import InterimPlan
from app.domain.plan import Plan
from app.domain.plural_words import counted


def _said(interim: InterimPlan) -> str:
    parts = [interim.saved_words(), counted(len(interim.entries), "task")]
    return f"{interim.label()} ({', '.join(p for p in parts if p)})"


def interim_lines(plan: Plan) -> list[tuple[str, str]]:
    """The ``Interim plans`` line of ``gantry info`` (none when the plan has none)."""
    if not plan.interims:
        return []
    return [("Interim plans", "; ".join(_said(plan.interims[n]) for n in sorted(plan.interims)))]


def interims_json(plan: Plan) -> list[dict[str, Any]]:
    """``gantry info --json``'s ``interim_plans``, by number (``[]``: none set)."""
    return [
        {
            "number": n,
            "name": plan.interims[n].label(),
            "saved_at": iso(plan.interims[n].saved_at),
            "tasks": len(plan.interims[n].entries),
        }
        for n in sorted(plan.interims)
    ]
