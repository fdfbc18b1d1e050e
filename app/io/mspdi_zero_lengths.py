"""An MS Project XML file's day, week or month given as 0 (``<MinutesPerDay>0``): no
length a duration can be counted in, so the read takes MS Project's default for it, and now
says so (it was taken without a word: a file's 2d tasks could be a different length)."""

from __future__ import annotations

from app.domain.project import Project
from app.io.mspdi_values import Reader

# element, the Project field that holds what the read took, what it is, its unit
_LENGTHS = (
    ("MinutesPerDay", "minutes_per_day", "a day", "minutes"),
    ("MinutesPerWeek", "minutes_per_week", "a week", "minutes"),
    ("DaysPerMonth", "days_per_month", "a month", "days"),
)


def zero_lengths(r: Reader, project: Project) -> list[str]:
    """One line per length the ``<Project>`` element gives as 0 or less: ``<MinutesPerDay> 0
    is no length of a day: read as 480 minutes (MS Project's default)``."""
    out: list[str] = []
    for element, attr, what, unit in _LENGTHS:
        given = r.integer(element)
        if given is not None and given <= 0:
            took = getattr(project, attr)
            out.append(
                f"<{element}> {given} is no length of {what}: read as {took} {unit}"
                " (MS Project's default)"
            )
    return out
