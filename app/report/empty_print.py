"""A printout whose filter keeps no task: MS Project prints nothing and says so.

An empty chart under the timescale, with exit status 0, read as a plan with nothing
in it. The command line (``gantry convert ... out.pdf|png``, through
app/report/export.py) says this line and writes no file; the window's Print, Print
Preview and Export PDF say the same line and print nothing (app/ui/printing). The
window's status bar says the first half when the filter is applied.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.errors import AppError
from app.domain.filters import TaskFilter
from app.domain.plan import Plan


class NothingToPrintError(AppError):
    """The rows to print are none of the plan's tasks: nothing is printed."""


def nothing_to_print(plan: Plan, rows: Sequence[int] | None, task_filter: TaskFilter | None) -> str:
    """What is said instead of printing ``rows`` ("": there is something to print).

    ``rows`` None prints every task; a plan without tasks prints its empty sheet, as
    before (there is no filter to blame, and the page says whose plan it is).
    """
    if rows is None or len(rows) > 0 or not plan.tasks:
        return ""
    if task_filter is None or task_filter.is_all:
        return "No task is shown: nothing to print"
    return f"No task matches the filter {task_filter.title(plan)}: nothing to print"


def check_something_to_print(
    plan: Plan, rows: Sequence[int] | None, task_filter: TaskFilter | None
) -> None:
    """:class:`NothingToPrintError` saying :func:`nothing_to_print`'s line, if any."""
    text = nothing_to_print(plan, rows, task_filter)
    if text:
        raise NothingToPrintError(text)
