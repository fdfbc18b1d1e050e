"""What the user chooses about leveling, as MS Project's Resource Leveling dialog offers it.

:class:`LevelingOrder` is the order tasks are given their place in (the ones
placed later are the ones delayed); ``split_remaining`` is "Leveling can create
splits in remaining work": the work left of a started task may resume later;
``level_from``/``level_to`` are "Level from … To …" (both None: "Level entire
project"; :mod:`~app.domain.leveling_scope` says which tasks that leaves to move).
:class:`LevelingBasis` is "Look for overallocations on a … basis" (which people need
leveling, :mod:`~app.domain.leveling_basis`); ``clear_first`` is "Clear leveling values
before leveling"; ``automatic`` is "Leveling calculations: Automatic" (the window levels
again after each edit that changes bookings).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


class LevelingOrder(Enum):
    """Which tasks keep their place and which wait, as MS Project's leveling order.

    The values are the CLI's ``--order`` words.
    """

    # Predecessors, dates, constraints, slack and priority: a task starting later waits
    # first, then one with no successors or much slack (MS Project's default).
    STANDARD = "standard"
    ID_ONLY = "id"  # the task on a later row waits first
    PRIORITY_STANDARD = "priority"  # priority first, then as Standard

    @property
    def label(self) -> str:
        """The name MS Project shows for it."""
        return _LABELS[self]


class LevelingBasis(Enum):
    """How long a stretch an over-allocation must hold for leveling to clear it: MS
    Project's "Look for overallocations on a … basis". The values are the CLI's ``--basis``
    words.

    MS Project's default is Day by Day: a person is leveled when the work booked on some
    day is more than their max units times that day's working time (10 h on an 8 h day),
    not when two 4 h tasks overlap on one 8 h day (booked 200% for 4 h, but 8 h in the
    day). Minute by Minute levels every moment booked beyond max units: Gantry's only way
    before this option; a .gantry plan saved before it (schema v37 and older) keeps it
    (app/store/leveling_option_rows.py). New plans and files read with no Leveling Options
    (.xml, .gan, .csv, a workbook without them) level Day by Day, as MS Project's. Week by Week and Month by Month judge a
    calendar week (Monday to Sunday) or month. The over-allocated mark (red in the roster, the status bar's count)
    stays moment by moment whatever the basis, as MS Project's Overallocated field does;
    its Indicators column's "should be leveled" note is the one that follows the basis.
    """

    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"

    @property
    def label(self) -> str:
        """The name MS Project shows for it."""
        return f"{self.value.capitalize()} by {self.value.capitalize()}"


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
    # "Look for overallocations on a … basis" (MS Project's default: Day by Day).
    basis: LevelingBasis = LevelingBasis.DAY
    # "Clear leveling values before leveling": off keeps the delays the plan has (each
    # task waits at least that long) and only new clashes add delay.
    clear_first: bool = True
    # "Leveling calculations": Automatic levels again after each edit that changes bookings
    # (the window does it, debounced; the edit and its leveling undo as one step).
    automatic: bool = False
    # "Leveling can adjust individual assignments on a task": a task whose people are not all
    # over-allocated keeps the free ones on time and delays only the others' assignments
    # (each task's Level Assignments says whether it may; app.domain.leveling_assignments).
    # Off unless chosen, so a plan levels as it did (MS Project's dialog has it on).
    adjust_assignments: bool = False

    @property
    def entire_project(self) -> bool:
        """ "Level entire project" rather than a date range."""
        return self.level_from is None or self.level_to is None
