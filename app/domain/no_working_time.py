"""The refusal of a calendar that cannot hold work, said far from any task.

A calendar with no working time (at all, or after some day), or a task's calendar and its
people's that share none, is found deep in :mod:`app.domain.worktime`; the scheduler names
the task and the person (app.domain.scheduling.calendar_blame) from what the error carries.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.domain.errors import PlanError
from app.domain.quoting import NAME_LIMIT, quoted

if TYPE_CHECKING:
    from app.domain.worktime import WorkTime


class NoWorkingTimeError(PlanError):
    """A calendar with no working time (at all, or after some day), or a task's and its
    people's sharing none. Raised far from any task: ``worktime`` (the calendar work was
    placed on) or ``calendar_uid`` (the plan calendar not built) lets the scheduler name
    the task and the person (app.domain.scheduling.calendar_blame).

    A WorkTime is shared by every calendar of the same days, in one plan and across the
    plans a process opens: its name is the first one's. ``last_day`` (the last working
    day, None when there is none) lets the blame say it again in the plan's own names,
    and ``row`` (set by the pass that was placing that row's work, :meth:`on_row`) which
    of the tasks on the shared calendar it was.
    """

    def __init__(
        self,
        message: str,
        worktime: WorkTime | None = None,
        calendar_uid: int | None = None,
        last_day: date | None = None,
    ) -> None:
        super().__init__(message)
        self.worktime = worktime
        self.calendar_uid = calendar_uid
        self.last_day = last_day
        self.row: int | None = None

    def on_row(self, row: int) -> None:
        """Say that the work of network row ``row`` was being placed (the innermost caller
        that knows it says it first: the others keep its word)."""
        if self.row is None:
            self.row = row


class DateRangeError(NoWorkingTimeError):
    """A date a calendar's table cannot reach (before 1800 or after 2999, whatever the
    plans opened before: app.domain.worktime): said of the task whose work reached it, as a
    calendar that ends is. ``reason`` is said after the calendar's name ("calendar 'A': a date in 3050 cannot be scheduled")."""

    def __init__(self, reason: str, worktime: WorkTime) -> None:
        super().__init__(f"calendar {quoted(worktime.name, NAME_LIMIT)}: {reason}", worktime)
        self.reason = reason


def no_work_after(day: date) -> str:
    """What a calendar whose working time ends on ``day`` is told."""
    return f"has no working time after {day:%Y-%m-%d}, so work planned later can never be done"
