"""Leveling Options' "Clear leveling values before leveling", off: the delays kept.

Leveling then starts from the plan without its delays as always (the schedule it reads is
the unleveled one), and each task waits at least the delay it had
(:func:`app.domain.leveling.level`'s ``kept``): only clashes left add delay. A started
task's leveling is a pause in its work left, laid again as leveling finds it.
"""

from __future__ import annotations

from collections.abc import Collection

from app.domain.leveling_resume import has_leveling, leveling_of
from app.domain.plan import Plan


def kept_delays(plan: Plan, scope: Collection[int] | None = None) -> dict[int, int]:
    """The leveling delays of the tasks not started (of ``scope``; None: all) that leveling
    keeps, in working minutes."""
    return {
        t.uid: int(leveling_of(t))
        for t in plan.tasks
        if has_leveling(t) and t.actual_start is None and (scope is None or t.uid in scope)
    }
