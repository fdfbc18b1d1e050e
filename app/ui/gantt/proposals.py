"""What a bar drag would set, worked out once for the feedback box and for the drop.

While a bar is dragged the box near the cursor shows the new start and
finish (or % complete, or the link); releasing the mouse runs the command of
the same :class:`Proposal`, so the box shows exactly what is then set. Dates
shift by the steps of snapping.py and are measured on the task's working
time as the scheduler measures it (app/domain/task_clock.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import wraps
from html import escape
from typing import Concatenate, ParamSpec

from app.domain.errors import AppError
from app.domain.link import Link, LinkType
from app.domain.notation import format_duration
from app.domain.percent_shown import shown_percent
from app.domain.scheduling.calendar_blame import task_named
from app.domain.splits import total_gap, work_within
from app.domain.task import ConstraintType
from app.domain.task_clock import TaskClock
from app.report.columns import CONSTRAINT_NAMES
from app.report.locale_dates import local_date
from app.ui.commands import PlanCommand, quoted
from app.ui.document import Document
from app.ui.gantt.commands import (
    move_start,
    move_task_command,
    progress_command,
    resize_task_command,
)
from app.ui.gantt.early_dates import EarlyDates
from app.ui.gantt.snapping import HOUR, steps_between
from app.ui.link_commands import AddLinkCommand
from app.ui.status_said import sentence

ALAP = ConstraintType.ALAP
_P = ParamSpec("_P")


@dataclass(frozen=True, slots=True)
class Proposal:
    """The feedback lines of a drag (the first is the title) and what releasing it runs.

    ``build``: makes the undo command (None: the drop changes nothing, or is
    refused, then ``refused`` says why).
    """

    lines: tuple[str, ...]
    build: Callable[[], PlanCommand] | None = None
    refused: str | None = None
    start: datetime | None = None
    finish: datetime | None = None
    minutes: int | None = None
    percent: float | None = None

    def html(self) -> str:
        """The lines as the feedback box shows them: a bold title, then one field a line."""
        title, *rest = self.lines
        body = [f"<b>{escape(title)}</b>", *map(escape, rest)]
        if self.refused:
            body.append(f"<i>{escape(sentence(self.refused))}</i>")  # as the status bar
        return "<br>".join(body)


def _keeps_the_bar(
    gesture: Callable[Concatenate[BarProposer, _P], Proposal],
) -> Callable[Concatenate[BarProposer, _P], Proposal]:
    """A gesture the plan may refuse on its way: the box keeps the bar and says why.

    Placing a task's work can fail part-way (dragged past a leaver's last working day,
    onto days its calendar and its people's share none of): as MS Project keeps the bar,
    the proposal then changes nothing, the drop says why, and no error reaches the
    mouse handler. Calendar errors name the task (and the person) wherever they arise.
    """

    @wraps(gesture)
    def kept(self: BarProposer, /, *args: _P.args, **kwargs: _P.kwargs) -> Proposal:
        try:
            with task_named(self.document.plan, self.task):
                return gesture(self, *args, **kwargs)
        except AppError as exc:
            return replace(self._unchanged(), refused=str(exc))

    return kept


class BarProposer:
    """Works out what dragging one bar would set; built when the button goes down."""

    def __init__(self, document: Document, uid: int) -> None:
        self.document = document
        self.uid = uid
        self.task = document.plan.task(uid)
        self.times = document.schedule.get(uid)
        self._clock: TaskClock | None = None
        self._early: EarlyDates | None = None
        self._refusals: dict[int, str | None] = {}  # link drags: by target

    @property
    def early(self) -> EarlyDates:
        """Where the scheduler would put the task, from the schedule as it stands."""
        if self._early is None:
            self._early = EarlyDates(
                self.document.plan, self.document.schedule, self.uid, self.clock
            )
        return self._early

    @property
    def clock(self) -> TaskClock:
        """The task's working time, read when the press turns into a drag (a click needs none)."""
        if self._clock is None:
            self._clock = TaskClock.of(self.document.plan, self.uid)
        return self._clock

    # ------------------------------------------------------------------ helpers

    def _dates(
        self, start: datetime, finish: datetime, minutes: int, estimated: bool | None = None
    ) -> tuple[str, ...]:
        project = self.document.plan.project
        task = self.task
        guess = task.estimated if estimated is None else estimated
        duration = format_duration(minutes, project, task.elapsed, guess, task.duration_unit)
        return (
            task.name,
            f"Start: {local_date(start, clock=True)}",
            f"Finish: {local_date(finish, clock=True)}",
            f"Duration: {duration}",
        )

    def _unchanged(self) -> Proposal:
        times = self.times
        if times is None:
            return Proposal((self.task.name,))
        minutes = self.task.duration_minutes
        return Proposal(self._dates(times.start, times.finish, minutes), None, None, times.start)

    # ------------------------------------------------------------------ gestures

    @_keeps_the_bar
    def move(self, press: datetime, now: datetime, step: timedelta) -> Proposal:
        """The whole bar dragged from ``press`` to ``now`` (moments under the mouse)."""
        times, task, clock = self.times, self.task, self.clock
        n = steps_between(press, now, step)
        if times is None or n == 0:
            return self._unchanged()
        doc, uid = self.document, self.uid
        shifted = times.start + n * step
        if task.manual:
            minutes = clock.minutes_until(times.start, times.finish)
            start = clock.start_at(shifted, minutes)
            finish = clock.finish(start, minutes, keep_spans=True)
            return Proposal(
                self._dates(start, finish, minutes),
                lambda: move_task_command(doc, uid, start, finish),
                start=start,
                finish=finish,
                minutes=minutes,
            )
        if times.summary:
            return self._move_summary(times.start, shifted)
        minutes = task.duration_minutes
        if task.actual_start is not None:
            # The scheduler keeps a started task at its actual start: a pin would do nothing.
            lines = self._dates(times.start, times.finish, minutes)
            started = local_date(task.actual_start, clock=True)
            return Proposal(
                lines,
                None,
                f"{quoted(task.name)} started on {started}: work done "
                "does not move (change its actual start in Task Information)",
            )
        pin = clock.start_at(shifted, minutes)
        try:
            pin = move_start(doc, uid, pin)
        except AppError as exc:  # refused: the box keeps the dates the task keeps
            return Proposal(self._dates(times.start, times.finish, minutes), None, str(exc))
        start, finish = self.early.place(minutes, ConstraintType.SNET, pin, keep_spans=True)
        lines = self._dates(start, finish, minutes)
        if self.early.links_hold(minutes, pin):
            lines = (*lines, "Held there by its links")
        return Proposal(
            lines,
            lambda: move_task_command(doc, uid, pin),
            start=start,
            finish=finish,
            minutes=minutes,
        )

    @_keeps_the_bar
    def resize(self, press: datetime, now: datetime, step: timedelta) -> Proposal:
        """The bar's finish dragged from ``press`` to ``now``: a new duration."""
        times, task, clock = self.times, self.task, self.clock
        n = steps_between(press, now, step)
        if times is None or n == 0:
            return self._unchanged()
        start = times.start
        wanted = times.finish + n * step
        # The shortest a drag makes a task: one step of work, or what it was if shorter.
        unit = 60 if step == HOUR else self.document.plan.project.minutes_per_day
        if task.elapsed and not clock.spans:
            unit = int(step / timedelta(minutes=1))
        shortest = min(task.duration_minutes, unit)
        span = clock.minutes_until(start, wanted)
        # A split task's pauses are not duration: the work they leave is (MS Project).
        minutes = max(work_within(task.splits, span) if task.splits else span, shortest)
        if task.splits:  # the bar keeps its start; its finish moves past its pauses
            finish = clock.finish(start, minutes + total_gap(task.splits, minutes))
        elif task.manual or task.actual_start is not None or task.constraint_type is ALAP:
            finish = clock.finish(start, minutes)
        else:  # links and its constraint place it again (a finish-to-finish link holds its end)
            start, finish = self.early.place(
                minutes, task.constraint_type, task.constraint_date, keep_spans=False
            )
        if minutes == task.duration_minutes and (not task.manual or finish == task.finish):
            return self._unchanged()
        doc, uid = self.document, self.uid
        manual_finish = finish if task.manual else None
        return Proposal(
            self._dates(start, finish, minutes, estimated=False),  # a dragged duration is no guess
            lambda: resize_task_command(doc, uid, minutes, manual_finish),
            start=start,
            finish=finish,
            minutes=minutes,
        )

    def _move_summary(self, start: datetime, shifted: datetime) -> Proposal:
        """A summary bar dragged: its subtasks start no earlier than where it was dropped.

        As MS Project does, the move is a Start No Earlier Than constraint on the
        summary, which every subtask honours; nothing moves a subtask earlier
        than its own links allow.
        """
        doc, uid, task = self.document, self.uid, self.task
        pin = self.clock.start_at(shifted, 1)
        try:
            pin = move_start(doc, uid, pin)
        except AppError as exc:
            return Proposal((task.name, f"Start: {local_date(start, clock=True)}"), None, str(exc))
        lines = [
            task.name,
            f"{CONSTRAINT_NAMES[ConstraintType.SNET]}: {local_date(pin, clock=True)}",
            "Its subtasks move with it",
        ]
        if pin < start:
            lines.append("Earlier only as far as the subtasks' own links allow")
        return Proposal(
            tuple(lines), lambda: move_task_command(doc, uid, pin), start=pin, finish=None
        )

    @_keeps_the_bar
    def progress(self, percent: float) -> Proposal:
        """The progress edge dragged to ``percent``."""
        times, task, clock = self.times, self.task, self.clock
        if times is None:
            return Proposal((task.name,))
        span = clock.minutes_until(times.start, times.finish)
        through = clock.finish(times.start, round(span * percent / 100))
        if percent >= 100:
            through = times.finish
        lines = (
            task.name,
            f"Complete through: {local_date(through, clock=True)}",
            f"% Complete: {percent:g}%",
        )
        # the % the bar's task shows (18 for 2d done of 11d, 18.18 %): dropped there, the
        # exact figure and the actual duration behind it stay
        if percent in (task.percent_complete, shown_percent(task.percent_complete)):
            return Proposal(lines, percent=percent)
        doc, uid = self.document, self.uid
        return Proposal(lines, lambda: progress_command(doc, uid, percent), percent=percent)

    def link(self, target: int | None) -> Proposal:
        """A finish-to-start link from this bar to ``target`` (None: not over a bar yet)."""
        plan = self.document.plan
        to = plan.task(target).name if target is not None else ""
        lines = ("Finish-to-Start Link", f"From: {self.task.name}", f"To: {to}")
        if target is None or target == self.uid:
            return Proposal(lines)
        if plan.find_link(self.uid, target) is not None:
            return Proposal(lines, None, "These tasks are already linked")
        refused = self._link_refusal(target)
        if refused is not None:  # a summary and its own subtask, a cycle: said before the drop
            return Proposal(lines, None, refused)
        doc, uid = self.document, self.uid
        return Proposal(lines, lambda: AddLinkCommand(doc, uid, target))

    def _link_refusal(self, target: int) -> str | None:
        """Why the plan would refuse a link from this bar to ``target`` (None: it takes it),
        worked out once per target: the mouse passes over the same bars many times."""
        refusals = self._refusals
        if target not in refusals:
            try:
                self.document.plan.check_link(Link(self.uid, target, LinkType.FS))
                refusals[target] = None
            except AppError as exc:
                refusals[target] = sentence(str(exc))
        return refusals[target]
