"""The task sheet's leveling columns: MS Project's Leveling Delay, Preleveled Start and
Preleveled Finish fields (app/domain/leveling_fields.py works them out).

Leveling Delay shows elapsed days as MS Project does (``14ed`` for ten working days over
two weekends; a started task's delay, a pause of its work left, in working days) and
takes typing: a delay typed delays the task, 0 (or nothing) clears it, as one undo step;
a negative one is refused. A summary is not delayed itself: its cell is blank and not
editable (a paste or Replace into it is refused); nor is a manually scheduled task moved
by a delay, which refuses one. A started task's delay pauses its work left
(app/domain/leveling_resume.py): one done, or with no work done yet, refuses one. The preleveled dates are read-only, "NA" where
leveling has not run, as MS Project shows them.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from app.domain.errors import InputError
from app.domain.leveling_fields import Dates, dates_before_leveling, typed_delay
from app.domain.leveling_resume import (
    LevelingDelay,
    can_pause,
    delay_is_pause,
    leveling_pauses,
    with_leveling_delay,
)
from app.domain.splits import TaskClocks
from app.report.columns import NOT_AVAILABLE
from app.report.indicators import leveling_delay_text
from app.ui.commands import PlanCommand, quoted
from app.ui.locale_durations import typed_figure
from app.ui.models.task_date_edits import format_date  # as the sheet's other dates
from app.ui.models.task_edits import Column
from app.ui.team.commands import SetLevelingDelaysCommand

if TYPE_CHECKING:
    from app.ui.document import Document

LEVELING_COLUMNS = frozenset(
    {Column.LEVELING_DELAY, Column.PRELEVELED_START, Column.PRELEVELED_FINISH}
)
# Blank and not editable on a summary row: leveling delays its subtasks, not it.
NOT_ON_SUMMARIES = frozenset({Column.LEVELING_DELAY})


class LevelingCells:
    """The leveling columns' texts, the dates before leveling worked out once per plan
    state (a schedule of the plan without its leveling: only while a column or the
    Leveling Gantt asks, and only for a plan leveling touched)."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._dates: tuple[object, Dates] | None = None
        self._clocks: tuple[object, TaskClocks] | None = None

    def text(self, uid: int, column: Column) -> str:
        """A leveling cell's text (the editor starts from the same)."""
        if column is Column.LEVELING_DELAY:
            return self.delay_text(uid)
        moment = self.preleveled(uid, column is Column.PRELEVELED_START)
        return NOT_AVAILABLE if moment is None else format_date(moment)

    def delay_text(self, uid: int) -> str:
        """The task's leveling delay as MS Project shows it (``3ed``; ``0ed`` for none;
        blank on a summary, which is not delayed itself)."""
        document = self.document
        plan = document.plan
        if plan.is_summary(uid):
            return ""
        if plan.task(uid).leveling_delay_minutes <= 0:
            return leveling_delay_text(plan, document.schedule, uid)  # 0ed, no calendar asked
        return leveling_delay_text(plan, document.schedule, uid, self._task_clocks())

    def preleveled(self, uid: int, start: bool) -> datetime | None:
        """The task's start (or finish) before leveling; None: none (MS Project's NA)."""
        found = self.dates().get(uid)
        return None if found is None else found[0 if start else 1]

    def dates(self) -> Dates:
        """Every task's dates before leveling, by uid, for the plan as it is now."""
        state = self._state()
        if self._dates is None or self._dates[0] is not state:
            self._dates = (state, dates_before_leveling(self.document.plan))
        return self._dates[1]

    def _task_clocks(self) -> TaskClocks:
        state = self._state()
        if self._clocks is None or self._clocks[0] is not state:
            self._clocks = (state, TaskClocks(self.document.plan))
        return self._clocks[1]

    def _state(self) -> object:
        """What changes with every edit: the cost report, made anew at each reschedule."""
        costs = getattr(self.document, "costs", None)
        return costs if costs is not None else self.document.schedule


def leveling_delay_command(document: Document, uid: int, text: str) -> PlanCommand | None:
    """The step that sets task ``uid``'s leveling delay to ``text`` (None: it has it).

    Raises InputError naming the task when it takes no delay, or when ``text`` is none.
    """
    plan = document.plan
    task = plan.task(uid)
    if text.strip() == LevelingCells(document).delay_text(uid):
        return None  # the cell's own text committed again: its exact minutes stay
    if plan.is_summary(uid):
        raise InputError(
            f"summary task {quoted(task.name)} is not delayed itself: leveling delays its "
            "subtasks (type the delay on them)"
        )
    # the user's numbers, as the Duration cell reads them (Arabic's 1\u066b5d too)
    figure, group, decimal = typed_figure(text)
    minutes = typed_delay(plan, document.schedule, uid, figure, group=group, decimal=decimal)
    if minutes and task.manual:
        raise InputError(
            f"{quoted(task.name)} is scheduled manually: a leveling delay does not move it "
            "(make it auto scheduled first)"
        )
    if minutes and delay_is_pause(task) and not can_pause(task):
        raise InputError(
            f"{quoted(task.name)} has no work left to pause: a started task's leveling delay "
            "pauses its work left, and it has done none yet or is done"
        )
    delay = minutes if delay_is_pause(task) else LevelingDelay(minutes, leveling_pauses(task))
    if with_leveling_delay(task, delay) is task:
        return None
    what = "Clear leveling delay" if not minutes else "Set leveling delay"
    return SetLevelingDelaysCommand(document, {uid: delay}, f"{what} of {quoted(task.name)}")
