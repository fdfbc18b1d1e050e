"""The longest a duration, lag or spread of work may be when it is read or typed: the
working time of the years the scheduler's day tables cover (app.domain.day_table). A
longer one (a typo such as '99999999d') can never be scheduled; refused where it is read,
the message names the cell or field, where the scheduler would name neither."""

from __future__ import annotations

from app.domain.day_table import FIRST_YEAR, LAST_YEAR
from app.domain.project import Project

#: The years Gantry schedules, as a count.
SPAN_YEARS = LAST_YEAR - FIRST_YEAR + 1
#: The limit as messages say it, after "longer than" or "more than".
SPAN_SAID = (
    f"{SPAN_YEARS:,} years of this plan's working time "
    f"(Gantry schedules from {FIRST_YEAR} to {LAST_YEAR})"
)


def span_limit(project: Project, elapsed: bool = False) -> int:
    """Minutes in :data:`SPAN_YEARS` of the plan's working weeks, 52 a year (calendar weeks
    when ``elapsed``)."""
    week = 7 * 24 * 60 if elapsed else project.minutes_per_week
    return SPAN_YEARS * 52 * week
