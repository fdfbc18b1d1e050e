"""Clear Baseline's one way of clearing, for a baseline and for an interim plan alike.

Either goes whole (the entire project) or loses only the given tasks' entries, the
others keeping theirs; clearing it for tasks it does not hold clears nothing. What was
cleared can be taken off a plan and put back (one undo step), and is said the same way
for both (app/domain/baseline_clear.py and app/domain/interim.py add their own words).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Generic, TypeVar

from app.domain.baseline import Baseline
from app.domain.interim_plan import InterimPlan
from app.domain.plural_words import counted

if TYPE_CHECKING:
    from app.domain.plan import Plan

Kept = TypeVar("Kept", Baseline, InterimPlan)


@dataclass(frozen=True, slots=True)
class Cleared(Generic[Kept]):
    """What clearing ``old`` does: ``left`` is what stays (None: it goes whole),
    ``removed`` how many task entries go."""

    old: Kept
    left: Kept | None
    removed: int

    def take_off(self, plan: Plan) -> None:
        """Clear it from ``plan``: gone whole, or only ``left`` kept."""
        if self.left is not None:
            _put(plan, self.left)
        elif isinstance(self.old, Baseline):
            plan.clear_baseline(self.old.index)
        else:
            plan.clear_interim(self.old.number)

    def put_back(self, plan: Plan) -> None:
        """Undo :meth:`take_off`: ``plan`` holds ``old`` again."""
        _put(plan, self.old)

    def summary(self, name: str) -> str:
        """ "NAME cleared for the entire project (12 tasks)", or for some tasks."""
        tasks = counted(self.removed, "task")
        if self.left is None:
            return f"{name} cleared for the entire project ({tasks})"
        return f"{name} cleared for {tasks}; the others keep theirs"


def _put(plan: Plan, kept: Baseline | InterimPlan) -> None:
    if isinstance(kept, Baseline):
        plan.set_baseline(kept)
    else:
        plan.set_interim(kept)


def cleared_for(old: Kept | None, task_uids: Iterable[int] | None) -> Cleared[Kept] | None:
    """``old`` cleared for ``task_uids`` (None: the entire project); None when there is
    nothing to clear (``old`` is None, or holds none of the tasks)."""
    if old is None:
        return None
    if task_uids is None:
        return Cleared(old, None, len(old.entries))
    chosen = set(task_uids)
    kept = tuple(e for e in old.entries if e.task_uid not in chosen)
    removed = len(old.entries) - len(kept)
    if not removed:
        return None
    if isinstance(old, Baseline):  # its people on those tasks go with them
        people = tuple(e for e in old.assignments if e.task_uid not in chosen)
        return Cleared(old, replace(old, entries=kept, assignments=people), removed)
    return Cleared(old, replace(old, entries=kept), removed)
