"""What leveling says when it moved occurrences of recurring tasks (meetings, stand-ups).

MS Project levels a recurring task's occurrences as any other task (their priority
is the default 500); a PM who wants a meeting kept on its date gives it Priority 1000
(do not level). Gantry does the same, but says so: a team lead who saw every stand-up
moved past the release had no hint why, nor how to keep them.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.assigning import occurrence_uids
from app.domain.leveling_result import LevelingMove
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.quoting import NAME_LIMIT, quoted

# Recurring tasks named in the sentence; the others are counted.
SHOWN = 3


def occurrence_owners(plan: Plan) -> dict[int, int]:
    """The recurring summary of every occurrence, by the occurrence's uid (a task the user
    put under a recurring task is not one)."""
    return {u: uid for uid in plan.recurrences for u in occurrence_uids(plan, uid)}


def meetings_text(plan: Plan, moves: Iterable[LevelingMove]) -> str:
    """A sentence naming the recurring tasks whose occurrences leveling delayed or split,
    and how to keep them on their dates; "" when it moved none.

    "Recurring tasks moved: 5 occurrences of 'Sprint review'. Give them Priority 1000
    (do not level) to keep them on their dates."
    """
    if not plan.recurrences:
        return ""
    owners = occurrence_owners(plan)
    count: dict[int, int] = {}
    for m in moves:
        owner = owners.get(m.task_uid)
        if owner is not None:
            count[owner] = count.get(owner, 0) + 1
    if not count:
        return ""
    names = [
        f"{counted(n, 'occurrence')} of {quoted(plan.task(uid).name, NAME_LIMIT)}"
        for uid, n in list(count.items())[:SHOWN]
    ]
    more = len(count) - SHOWN
    listed = ", ".join(names) + (f" and {counted(more, 'more recurring task')}" if more > 0 else "")
    return (
        f"Recurring tasks moved: {listed}. Give a meeting Priority 1000 (do not level) "
        "to keep it on its dates."
    )
