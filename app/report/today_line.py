"""Where a printout draws its today line (MS Project's "Current date" gridline).

The window's chart draws the orange dashed line at the moment it shows; a printout draws
it too, as MS Project prints its gridlines as they show. ``gantry convert`` marks the day
it runs, or the day ``--today`` names (a script printing last month's report again, a
test), at the project's default start time, as MS Project's Current Date takes it;
``--no-today-line`` prints none.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from app.domain.errors import AppError
from app.domain.project import Project
from app.domain.quoting import quoted


def printed_today(project: Project, options: Mapping[str, Any]) -> datetime | None:
    """The moment the today line marks for the command line's ``options`` (``today``: a
    date, or text YYYY-MM-DD; ``today_line`` False: none); now when neither is given."""
    if options.get("today_line") is False:
        return None
    given = options.get("today")
    if given is None:
        return datetime.now()
    if isinstance(given, datetime):
        return given
    if not isinstance(given, date):
        try:
            given = date.fromisoformat(str(given).strip())
        except ValueError:
            raise AppError(f"--today {quoted(given)} is not a date (use YYYY-MM-DD)") from None
    return datetime.combine(given, project.default_start_time)
