"""Clear Baseline: MS Project's Project > Set Baseline > Clear Baseline…

For the entire project the baseline goes (its tasks then have no baseline values:
variance and earned value have nothing to measure against); for selected tasks only
their entries go, the others keep theirs (and a summary above them keeps its own, as
Set Baseline for selected tasks leaves it). The window's dialog and ``gantry baseline
--clear`` both ask :func:`cleared_baseline` what is left and say :func:`clear_summary`.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.baseline import Baseline
from app.domain.clearing import Cleared, cleared_for
from app.domain.plan import Plan
from app.domain.plural_words import counted

# What clearing a baseline does (app/domain/clearing.py: the same for an interim plan)
ClearedBaseline = Cleared[Baseline]


def cleared_baseline(
    plan: Plan, index: int, task_uids: Iterable[int] | None = None
) -> ClearedBaseline | None:
    """Baseline ``index`` cleared for ``task_uids`` (None: the entire project); None when
    there is nothing to clear (the baseline is not saved, or holds none of the tasks)."""
    return cleared_for(plan.baselines.get(index), task_uids)


def clear_summary(cleared: ClearedBaseline) -> str:
    """What was cleared, as the window's status bar and ``gantry baseline --clear`` say it:
    "Baseline 3 (saved 2027-01-04 09:00) cleared for the entire project (12 tasks)"."""
    old = cleared.old
    when = f" (saved {old.saved_at:%Y-%m-%d %H:%M})" if old.saved_at is not None else ""
    return cleared.summary(f"{old.label()}{when}")


def nothing_to_clear(plan: Plan, index: int, task_uids: Iterable[int] | None = None) -> str:
    """Why clearing baseline ``index`` changes nothing (as :func:`cleared_baseline` gave None)."""
    old = plan.baselines.get(index)
    if old is None:
        return f"{Baseline(index, None).label()} is not saved: nothing cleared"
    count = len(set(task_uids or ()))
    if count == 1:
        return f"{old.label()} does not hold this task: nothing cleared"
    return f"{old.label()} holds none of these {counted(count, 'task')}: nothing cleared"
