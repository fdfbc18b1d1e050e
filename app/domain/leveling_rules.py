"""Which tasks leveling may delay, and the reasons it gives for those it may not.

Manual, started and must-start/finish-on tasks never move (they are booked
first, where they are; the work left of a started task may pause, see
:mod:`app.domain.leveling_remaining`); priority 1000 tasks are not delayed
either, and no-later-than tasks only as long as they keep their date. Each reason is a clause for the user naming the task, as
:class:`app.domain.leveling_result.Unresolved` carries it.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.domain.constraint_names import constraint_words
from app.domain.leveling_timeline import Timeline
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import Schedule
from app.domain.started import has_started
from app.domain.task import ConstraintType, Task
from app.domain.worktime import to_minutes

DO_NOT_LEVEL = 1000
# Why a person whose Can Level is off stays over-allocated (MS Project's Resource
# Information > General > Can level): leveling delays nothing for them.
CAN_LEVEL_OFF = "Can Level is off for them (leveling moves none of their work)"
PINNED = frozenset(
    {ConstraintType.MSO, ConstraintType.MFO, ConstraintType.SNLT, ConstraintType.FNLT}
)
HARD = frozenset({ConstraintType.MSO, ConstraintType.MFO})  # never delayed
LIMITED = frozenset({ConstraintType.SNLT, ConstraintType.FNLT})  # delayed up to their date


def movable(task: Task) -> bool:
    """Leveling may delay it (a no-later-than task: only while it keeps its date)."""
    return (
        task.priority < DO_NOT_LEVEL
        and not task.manual
        and task.constraint_type not in HARD
        and not has_started(task)  # app.domain.started: work done stays where it was done
    )


def may_pause(task: Task) -> bool:
    """Leveling may pause the work left of this started task (besides its progress)."""
    return (
        task.priority < DO_NOT_LEVEL
        and not task.manual
        and task.constraint_type not in HARD
        and task.active
    )


def limit_of(task: Task) -> tuple[bool, int] | None:
    """A no-later-than task's date: (whether it bounds the finish, clock minutes); else None."""
    if task.constraint_type not in LIMITED or task.constraint_date is None:
        return None
    return task.constraint_type is ConstraintType.FNLT, to_minutes(task.constraint_date)


def keeps_limit(limit: tuple[bool, int] | None, start: int, finish: int) -> bool:
    """Whether a task from ``start`` to ``finish`` keeps its no-later-than date."""
    if limit is None:
        return True
    on_finish, date = limit
    return (finish if on_finish else start) <= date


def slack_limits(schedule: Schedule, tasks: Mapping[int, Task]) -> dict[int, tuple[bool, int]]:
    """ "Level only within available slack": each task's late finish (clock minutes) in the
    schedule without leveling, as a finish-no-later-than limit (:func:`keeps_limit`)."""
    times = schedule.times
    return {u: (True, to_minutes(times[u].late_finish)) for u in tasks if u in times}


def why_limited(task: Task) -> str:
    """Why a no-later-than task stays where it clashes: waiting would pass its date (or,
    leveling within available slack, its late finish)."""
    if task.constraint_type not in LIMITED:
        return (
            f"{quoted(task.name, NAME_LIMIT)} has no slack left for the delay "
            "(leveling only within available slack)"
        )
    kind = constraint_words(task.constraint_type)
    return (
        f"{quoted(task.name, NAME_LIMIT)} has a '{kind}' constraint that a later start would break"
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


def under_way(task: Task) -> bool:
    """Started and not finished, placed from its actual start: the scheduler lets its work
    left wait for its links (app.domain.scheduling.forward.ForwardPass.waits_for_links)."""
    return (
        task.actual_start is not None
        and task.actual_finish is None
        and not (task.manual and task.start is not None)
    )


def why_fixed(task: Task) -> str:
    """Why a task leveling may not delay stays where it clashes, as a clause."""
    name = quoted(task.name, NAME_LIMIT)
    if task.manual:
        return f"{name} is manually scheduled"
    if has_started(task):
        return f"{name} has started"
    if task.constraint_type in PINNED:
        return f"{name} has a '{constraint_words(task.constraint_type)}' constraint"
    return f"{name} has priority 1000 (do not level)"


def why_done(task: Task) -> str:
    """Why the work a started task has done stays where it clashes: it is history."""
    return f"{quoted(task.name, NAME_LIMIT)} has work done then"


def why_held(task: Task) -> str:
    """Why a task outside this run's range or selection stays where it clashes, as a clause."""
    return f"{quoted(task.name, NAME_LIMIT)} is not being leveled (outside the range or selection)"


def held_as(task: Task) -> str:
    """How a task leveling may not move holds a person, for a message: 'started'..."""
    if task.manual:
        return "manually scheduled"
    if has_started(task):
        return "started"
    if task.constraint_type in PINNED:
        return constraint_words(task.constraint_type)
    if task.constraint_type is ConstraintType.ALAP:
        return constraint_words(ConstraintType.ALAP)
    return "priority 1000, do not level"


def automatic_pin(task: Task) -> bool:
    """A fixed task the scheduler still places by its rules: must start/finish on a date."""
    return (
        not (task.manual and task.start is not None)
        and task.actual_start is None
        and task.actual_finish is None
    )


def why_late(task: Task) -> str:
    """Why an as-late-as-possible task stays where it clashes, as a clause."""
    return f"{quoted(task.name, NAME_LIMIT)} is scheduled as late as possible"


def asks_too_much(task: Task, units: float, timeline: Timeline) -> str:
    """The clause for a task asking more of one person than they ever have."""
    return (
        "one task alone asks more than a person's max units "
        f"({quoted(task.name, NAME_LIMIT)} at {units:.0%}, max {timeline.peak:.0%})"
    )


def availability_ends(task: Task) -> str:
    """The clause for a task no later start fits: the person's availability ends first."""
    return f"their availability ends before {quoted(task.name, NAME_LIMIT)} fits"
