"""Links as leveling orders tasks by them: between leaf tasks.

A link on a summary binds every leaf below it: a task is placed once every
leaf it depends on is. Where its links then let it start is the scheduler's
to say (:mod:`app.domain.leveling_engine`).
"""

from __future__ import annotations

from dataclasses import replace

from app.domain.link import Link
from app.domain.plan import Plan


def _leaves(plan: Plan, uid: int, summaries: set[int]) -> list[int]:
    if uid not in summaries:
        return [uid]
    return [t.uid for t in plan.descendants(uid) if t.uid not in summaries]


def expanded_links(plan: Plan, summaries: set[int]) -> list[Link]:
    """Links between leaf tasks; a link on a summary binds all tasks below it."""
    out: list[Link] = []
    for lk in plan.links:
        if lk.predecessor not in summaries and lk.successor not in summaries:
            out.append(lk)
            continue
        for p in _leaves(plan, lk.predecessor, summaries):
            for s in _leaves(plan, lk.successor, summaries):
                out.append(replace(lk, predecessor=p, successor=s))
    return out
