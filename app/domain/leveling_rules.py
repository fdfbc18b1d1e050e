"""Which tasks leveling may delay, and the reasons it gives for those it may not.

Manual, started and must-start/finish-on tasks never move (they are booked
first, where they are); priority 1000 and no-later-than tasks are not
delayed either. Each reason is a clause for the user naming the task, as
:class:`app.domain.leveling_result.Unresolved` carries it.
"""

from __future__ import annotations

from app.domain.leveling_timeline import Timeline
from app.domain.task import ConstraintType, Task

DO_NOT_LEVEL = 1000
PINNED = frozenset(
    {ConstraintType.MSO, ConstraintType.MFO, ConstraintType.SNLT, ConstraintType.FNLT}
)
_CONSTRAINT_NAMES = {
    ConstraintType.MSO: "must start on",
    ConstraintType.MFO: "must finish on",
    ConstraintType.SNLT: "start no later than",
    ConstraintType.FNLT: "finish no later than",
}


def movable(task: Task) -> bool:
    """Leveling may delay it."""
    return (
        task.priority < DO_NOT_LEVEL
        and not task.manual
        and task.constraint_type not in PINNED
        and task.actual_start is None
        and task.percent_complete <= 0
    )


def fixed(task: Task) -> bool:
    """Never moves, not even behind its predecessors: booked where it is before the rest.

    The tasks the scheduler places whatever their links say: manual ones with a
    start, those with an actual start or finish, must-start/finish-on a date.
    (As-late-as-possible tasks stay at their late dates too: the leveler finds
    them in the network, as the scheduler does.)
    """
    return (
        (task.manual and task.start is not None)
        or task.actual_start is not None
        or task.actual_finish is not None
        or (
            task.constraint_type in (ConstraintType.MSO, ConstraintType.MFO)
            and task.constraint_date is not None
        )
    )


def why_fixed(task: Task) -> str:
    """Why a task leveling may not delay stays where it clashes, as a clause."""
    name = f"'{task.name}'"
    if task.manual:
        return f"{name} is manually scheduled"
    if task.actual_start is not None or task.percent_complete > 0:
        return f"{name} has started"
    if task.constraint_type in PINNED:
        return f"{name} has a '{_CONSTRAINT_NAMES[task.constraint_type]}' constraint"
    return f"{name} has priority 1000 (do not level)"


def automatic_pin(task: Task) -> bool:
    """A fixed task the scheduler still places by its rules: must start/finish on a date."""
    return (
        not (task.manual and task.start is not None)
        and task.actual_start is None
        and task.actual_finish is None
    )


def why_late(task: Task) -> str:
    """Why an as-late-as-possible task stays where it clashes, as a clause."""
    return f"'{task.name}' is scheduled as late as possible"


def asks_too_much(task: Task, units: float, timeline: Timeline) -> str:
    """The clause for a task asking more of one person than they ever have."""
    return (
        "one task alone asks more than a person's max units "
        f"('{task.name}' at {units:.0%}, max {timeline.peak:.0%})"
    )


def availability_ends(task: Task) -> str:
    """The clause for a task no later start fits: the person's availability ends first."""
    return f"their availability ends before '{task.name}' fits"
