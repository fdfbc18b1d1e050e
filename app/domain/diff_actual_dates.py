"""Actual Start and Actual Finish as MS Project holds them, for the writer and the diff.

MS Project sets a task's Actual Start to its scheduled start as soon as it has a %
complete (and its Actual Finish to its finish at 100 %): a started task always has
one, and MS Project XML writes it (app/io/mspdi_write_actuals.py). Gantry keeps the %
a file or workbook gave without inventing a date, so a plan tracked by % complete
holds none where its own MS Project XML holds the scheduled ones. ``gantry diff``
compares both sides as MS Project holds them (:func:`held_actual_changes`), so a plan
and its export compare equal, and a real change reads from the date MS Project shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from app.domain.errors import AppError
from app.domain.plan import Plan
from app.domain.schedule import Schedule, TaskTimes
from app.domain.task import Task

if TYPE_CHECKING:  # diff builds on this module's caller
    from app.domain.diff import PlanChange, Scalar

ACTUAL_DATE_FIELDS = ("actual_start", "actual_finish")


def held_actuals(task: Task, times: TaskTimes) -> tuple[datetime | None, datetime | None]:
    """A task's (not a summary's) actual start and finish as MS Project holds them: as
    entered, else its scheduled start once it has a % complete or an actual finish, and its
    scheduled finish at 100 %. ``times``: the task as scheduled."""
    start, finish = task.actual_start, task.actual_finish
    if start is None and (task.percent_complete > 0 or finish is not None):
        start = times.start
    if finish is None and task.percent_complete >= 100:
        finish = times.finish
    return start, finish


class _Held:
    """One plan's scheduled dates and summaries, worked out the first time one is asked."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._result: Schedule | None = None
        self._tried = False
        self._summaries: set[int] | None = None

    def value(self, uid: int | str, attr: str) -> Scalar:
        """The task's actual date ``attr`` as MS Project holds it (None: it holds none, the
        task is a summary, or the plan cannot be scheduled)."""
        from app.domain.diff import norm  # diff imports this module

        if not isinstance(uid, int) or not self.plan.has_task(uid) or uid in self.summaries():
            return None
        times = self.schedule()
        found = times.get(uid) if times is not None else None
        if found is None:
            return None
        start, finish = held_actuals(self.plan.task(uid), found)
        return norm(start if attr == "actual_start" else finish)

    def summaries(self) -> set[int]:
        if self._summaries is None:
            from app.domain.diff import _summaries  # diff imports this module

            self._summaries = _summaries(self.plan)
        return self._summaries

    def schedule(self) -> Schedule | None:
        if not self._tried:
            from app.domain.scheduler import schedule  # only when a side holds no date

            self._tried = True
            try:
                self._result = schedule(self.plan)
            except AppError:  # a loop of links: the dates stay as kept
                self._result = None
        return self._result


def held_actual_changes(
    changes: Iterable[PlanChange], old: Plan, new: Plan
) -> Iterator[PlanChange]:
    """``changes`` with each task's actual date compared as MS Project holds it: where one
    side keeps none (a task tracked by % complete), its scheduled date stands in; the same
    date on both sides is no change. Only a plan with such a change is scheduled."""
    sides = (_Held(old), _Held(new))
    for change in changes:
        if change.field not in ACTUAL_DATE_FIELDS or (
            change.old is not None and change.new is not None
        ):
            yield change
            continue
        field = str(change.field)
        before = change.old if change.old is not None else sides[0].value(change.uid, field)
        after = change.new if change.new is not None else sides[1].value(change.uid, field)
        if before != after:
            yield replace(change, old=before, new=after)
