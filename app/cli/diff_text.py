"""The text lines of ``gantry diff``: lengths written as the task sheet writes them."""

from __future__ import annotations

from app.domain.diff import PlanChange, Scalar
from app.domain.notation import format_duration
from app.domain.plan import Plan

# Fields holding minutes of working (or, when flagged, elapsed) time.
DURATION_FIELDS = frozenset(
    {"duration_minutes", "work_minutes", "lag_minutes", "leveling_delay_minutes"}
)


def _elapsed(change: PlanChange, plan: Plan) -> bool:
    """Whether the value on ``plan``'s side counts elapsed time (a task's "3ed", a link's lag)."""
    if change.field == "duration_minutes" and isinstance(change.uid, int):
        return plan.has_task(change.uid) and plan.task(change.uid).elapsed
    if change.field == "lag_minutes":
        return any(
            f"{lk.predecessor}->{lk.successor}" == change.uid and lk.lag_elapsed
            for lk in plan.links
        )
    return False


def _value(change: PlanChange, value: Scalar, plan: Plan) -> str:
    if change.field in DURATION_FIELDS and isinstance(value, int) and not isinstance(value, bool):
        return format_duration(value, plan.project, _elapsed(change, plan))
    return repr(value)


def diff_line(change: PlanChange, old: Plan, new: Plan) -> str:
    """One line of the text diff: what changed, and for a changed field old -> new."""
    line = f"{change.kind:8} {change.entity} {change.uid} '{change.name}'"
    if change.kind == "changed":
        before, after = _value(change, change.old, old), _value(change, change.new, new)
        line += f": {change.field} {before} -> {after}"
    return line
