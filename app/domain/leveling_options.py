"""What the user chooses about leveling, as MS Project's Resource Leveling dialog offers it.

:class:`LevelingOrder` is the order tasks are given their place in (the ones
placed later are the ones delayed); ``split_remaining`` is "Leveling can create
splits in remaining work": the work left of a started task may resume later;
``level_from``/``level_to`` are "Level from … To …" (both None: "Level entire
project"; :mod:`~app.domain.leveling_scope` says which tasks that leaves to move).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


class LevelingOrder(Enum):
    """Which tasks keep their place and which wait, as MS Project's leveling order.

    The values are the CLI's ``--order`` words.
    """

    # Predecessors, slack, dates, priority and constraints: a task with no successors or
    # much slack waits first (MS Project's default).
    STANDARD = "standard"
    ID_ONLY = "id"  # the task on a later row waits first
    PRIORITY_STANDARD = "priority"  # priority first, then as Standard

    @property
    def label(self) -> str:
        """The name MS Project shows for it."""
        return _LABELS[self]


_LABELS = {
    LevelingOrder.STANDARD: "Standard",
    LevelingOrder.ID_ONLY: "ID Only",
    LevelingOrder.PRIORITY_STANDARD: "Priority, Standard",
}


@dataclass(frozen=True, slots=True)
class LevelingOptions:
    """How :func:`app.domain.leveling.level` chooses and delays (MS Project's defaults)."""

    order: LevelingOrder = LevelingOrder.STANDARD
    # "Leveling can create splits in remaining work": a started task's done part stays, the
    # rest may resume after a clash (a pause at the point where work stopped).
    split_remaining: bool = True
    # "Level only within available slack": no task is delayed past its late finish (its total
    # slack, in the schedule without leveling); what that leaves over-allocated is named.
    within_slack: bool = False
    # "Level from … To …" (days, both ends included; both None: "Level entire project"):
    # only tasks starting in the range move; the others stay, their people still booked.
    level_from: date | None = None
    level_to: date | None = None

    @property
    def entire_project(self) -> bool:
        """ "Level entire project" rather than a date range."""
        return self.level_from is None or self.level_to is None
