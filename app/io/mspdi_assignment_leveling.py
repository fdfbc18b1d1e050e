"""A person's leveling delay in MS Project XML (leveling that adjusts individual assignments).

MS Project keeps how much later leveling made one person start on a task in the
assignment's <LevelingDelay>, tenths of a minute in the unit its <LevelingDelayFormat>
names (7, working days, as MS Project writes it; an elapsed unit counts clock time), as
the task's own <LevelingDelay>. The task's <LevelAssignments> (on when absent) says whether
leveling may do that on it (read and written with the task's other fields).

MSPDI has no project element for Leveling Options' "Leveling can adjust individual
assignments on a task": a file whose assignments carry a leveling delay was leveled with
it on, so reading one turns it on (:func:`with_adjust_assignments`); a plan with the option
on and nobody delayed still reads back with it off (app.domain.leveling_not_kept says so).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from app.domain.notation import LONGEST_MINUTES
from app.domain.project import Project
from app.domain.resource import Assignment
from app.io.mspdi_values import ELAPSED_FORMATS, Reader

_WORKING_DAYS = 7  # <LevelingDelayFormat> d, what MS Project writes for a leveling delay


def assignment_leveling_delay(r: Reader, minutes_per_day: int) -> int:
    """The assignment row's leveling delay in working minutes (0 when absent or not after
    the task's start); an elapsed one counts the working share of the calendar days it
    spans (``minutes_per_day`` of each 24 hours)."""
    tenths = r.integer("LevelingDelay", 0) or 0
    if tenths <= 0:
        return 0
    minutes = round(tenths / 10)
    if (r.integer("LevelingDelayFormat", _WORKING_DAYS) or _WORKING_DAYS) in ELAPSED_FORMATS:
        minutes = round(minutes / 1440 * minutes_per_day)
    return min(minutes, LONGEST_MINUTES)


def assignment_leveling_fields(a: Assignment) -> list[tuple[str, str]]:
    """The <LevelingDelay> and <LevelingDelayFormat> children of ``a``'s <Assignment>
    (tag, text); none for a person leveling did not delay."""
    if a.leveling_delay_minutes <= 0:
        return []
    return [
        ("LevelingDelay", str(10 * a.leveling_delay_minutes)),
        ("LevelingDelayFormat", str(_WORKING_DAYS)),
    ]


def with_adjust_assignments(project: Project, assignments: Iterable[Assignment]) -> Project:
    """``project`` with "Leveling can adjust individual assignments on a task" on when a
    person in the file has a leveling delay (only that option makes one)."""
    if project.leveling.adjust_assignments or not any(
        a.leveling_delay_minutes for a in assignments
    ):
        return project
    return replace(project, leveling=replace(project.leveling, adjust_assignments=True))
