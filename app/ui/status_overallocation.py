"""The window's "Over-allocated" status text: this plan's count, and the count with the other
plans' work added while the window includes some (Usage > Other Plans), so the status bar
agrees with the red cells the Usage view shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.pool_over_count import over_across_plans
from app.ui.other_plans_pool import pool_of

if TYPE_CHECKING:
    from app.domain.costs import CostReport
    from app.ui.document import Document

_MEMO: dict[int, tuple[object, object, int]] = {}


def overallocated_text(document: Document, costs: CostReport) -> tuple[str, int]:
    """("Over-allocated: 1 (this plan; 3 across plans)", 3): the text and the count to show
    red; this plan's count alone when no other plan is included."""
    own = len(costs.overallocated)
    plans = pool_of(document).plans
    if not plans:
        return f"Over-allocated: {own}", own
    schedule = document.schedule
    key = id(document)
    memo = _MEMO.get(key)
    if memo is not None and memo[0] is schedule and memo[1] is plans:
        across = memo[2]
    else:  # a pooled sweep per schedule, not per repaint
        across = len(over_across_plans(document.plan, schedule, plans, set(costs.overallocated)))
        _MEMO.clear()
        _MEMO[key] = (schedule, plans, across)
    return f"Over-allocated: {own} (this plan; {across} across plans)", max(own, across)
