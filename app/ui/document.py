"""One open plan in the window: the domain plan, its schedule, its undo stack and its file."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from shiboken6 import isValid

from app.domain.cost_book import CostBook
from app.domain.costs import CostReport, compute_costs
from app.domain.events import Change, Entity
from app.domain.plan import Plan
from app.domain.progress import Progress, part, report
from app.domain.project import Project
from app.domain.schedule import Schedule
from app.domain.scheduler import IncrementalScheduler
from app.domain.scheduling.network import Network
from app.report.plan_lookups import PlanLookups


@dataclass(frozen=True, slots=True)
class ScheduledPlan:
    """A plan with the scheduler, first schedule and costs a :class:`Document` starts from.

    Built by :func:`schedule_plan` on any thread (opening a large plan builds
    it in the background); once handed to a Document only the GUI thread
    touches any of it.
    """

    plan: Plan
    scheduler: IncrementalScheduler
    costs: CostReport
    lookups: PlanLookups | None = None  # warmed for the window's first paint
    book: CostBook | None = None  # keeps ``costs`` current edit by edit


# schedule_plan's bar, in steps: the schedule's phases, the costing, then the tables of the
# window's first paint. Shares of the time each takes at 100k tasks (the first schedule of
# a process ~2 s, costing ~0.7 s, tables ~0.2 + 0.15 s), so the bar moves at an even pace.
PLAN_STEPS = 1000
_SCHEDULED = 650
_COSTED = 880
_LOOKED_UP = 940


def schedule_plan(plan: Plan, progress: Progress | None = None) -> ScheduledPlan:
    """Schedule ``plan`` from scratch and cost it: the slow part of opening a plan.

    Plain Python with no Qt object, so it can run in a worker thread. With
    ``progress`` it reports in :data:`PLAN_STEPS` steps (the schedule's phases,
    then the costing, then the first paint's tables) and raises CancelledError
    (``Cancelled`` in app.ui.background) when the callback says the user cancelled.

    It also builds what the window's first paint looks up (:class:`PlanLookups`,
    the plan's row and WBS caches, the schedule's first-read tables), which at
    100k tasks would otherwise freeze the new window for most of a second.
    """
    report(progress, 0, PLAN_STEPS)
    scheduler = IncrementalScheduler(plan, progress=_part(progress, 0, _SCHEDULED))
    costing = _part(progress, _SCHEDULED, _COSTED)
    costs = compute_costs(plan, scheduler.schedule, progress=costing)
    book = CostBook(plan, scheduler.schedule, costs).warm()  # the first edit's tables
    report(progress, _COSTED, PLAN_STEPS)
    lookups = PlanLookups(plan).warm()
    report(progress, _LOOKED_UP, PLAN_STEPS)
    _read_first_times(plan, scheduler.schedule, lookups)
    if progress is not None:
        progress(PLAN_STEPS, PLAN_STEPS)  # done: a cancel now comes too late to save anything
    return ScheduledPlan(plan, scheduler, costs, lookups, book)


def _part(progress: Progress | None, start: int, end: int) -> Progress | None:
    """The callback of one stage of :func:`schedule_plan` (None without a bar)."""
    return None if progress is None else part(progress, start, end, PLAN_STEPS)


def _read_first_times(plan: Plan, schedule: Schedule, lookups: PlanLookups) -> None:
    """Read one summary's and one task's times, so that the schedule builds what it builds
    on first read (the % complete roll-up, links by predecessor: 0.15 s at 100k tasks) here.

    Building every row's times instead would take a second at 100k; the first
    paint reads under a hundred.
    """
    summaries = lookups.summaries
    wanted = [next((t.uid for t in plan.tasks if t.uid in summaries), None)]
    wanted.append(next((t.uid for t in plan.tasks if t.uid not in summaries), None))
    for uid in wanted:
        if uid is not None:
            schedule.get(uid)


_NO_DATES = (Entity.BASELINE, Entity.RISK)  # changes that never move a date
# Project settings that move no date and change no cost (the CostReport keeps the currency
# code, not its symbol): a change of these alone is neither scheduled nor costed again.
# Anything else (start, calendar, day length, status date...) goes to the scheduler.
_SETTINGS_ONLY = frozenset(
    {
        "name",
        "author",
        "company",
        "manager",
        "notes",
        "currency_symbol",
        "currency_symbol_position",
        "currency_digits",
        "currency_stated",
        "duration_unit",
        "work_unit",
        "custom_fields",
        "leveling",
        "progress_lines",  # drawn only (Format > Progress Lines)
    }
)


class Document(QObject):
    """Holds a Plan and keeps its Schedule current.

    Edits go through :meth:`push` (an undo command that calls domain
    operations). The plan announces each change; once the outermost batch of
    changes closes, the plan is rescheduled and ``sig_changed`` fires. The
    file, when there is one, writes each change as it happens.

    ``scheduled`` is the first schedule already computed (by
    :func:`schedule_plan`, usually off the GUI thread); without it the plan
    is scheduled here.
    """

    sig_changed = Signal()
    sig_schedule_changed = Signal()

    def __init__(
        self,
        plan: Plan,
        file: object | None = None,
        parent: QObject | None = None,
        scheduled: ScheduledPlan | None = None,
    ) -> None:
        super().__init__(parent)
        if scheduled is None:
            scheduled = schedule_plan(plan)
        elif scheduled.plan is not plan:
            raise ValueError("the schedule handed to a Document must be of its own plan")
        self.plan = plan
        self.file = file  # app.store.document.GantryFile, or None for an unsaved plan
        self.undo_stack = QUndoStack(self)
        # Recomputes only what an edit affects (falls back to a full run on structure changes).
        self._scheduler = scheduled.scheduler
        self._pending: list[Change] = []
        self.schedule: Schedule = self._scheduler.schedule
        self.costs: CostReport = scheduled.costs
        self._book = scheduled.book or CostBook(plan, self.schedule, self.costs)
        self._lookups: PlanLookups | None = scheduled.lookups
        self.moved_uids: frozenset[int] | None = None
        self._project_before: Project | None = None  # while the settings change
        self._settings_only = False  # settings changed that move no date (_SETTINGS_ONLY)
        self._in_batch = False
        self._dirty = False
        plan.changes.subscribe(self._on_plan_changed, self._on_plan_changing)
        plan.changes.subscribe_batch(self._on_plan_batch)

    def __del__(self) -> None:
        # Empty the undo stack while every command's wrapper is still alive. A Document
        # left in a reference cycle (the plan's subscribers point back at it) is freed
        # by the cycle collector, which may free the Python commands first; the C++
        # stack, deleted with the Document after that, then deleted them again and
        # crashed (QUndoStack::clear in ~QUndoStack).
        stack = getattr(self, "undo_stack", None)
        if stack is not None and isValid(stack):
            stack.clear()

    @property
    def path(self) -> Path | None:
        """The .gantry file, if the plan has one."""
        return getattr(self.file, "path", None)

    @property
    def read_only(self) -> bool:
        """True when the file is open read-only (another window holds it)."""
        return bool(getattr(self.file, "read_only", False))

    @property
    def network(self) -> Network | None:
        """The scheduler's network of the plan as last scheduled (read only: never change it).

        None while edits wait for the schedule (inside a batch): it may be behind them.
        """
        return None if self._pending else self._scheduler.network

    def lookups(self) -> PlanLookups:
        """Tables over the plan as it is now (tasks by uid, links by successor...), shared by
        the views; they follow each edit in place (PlanLookups.follow), and are built again
        when asked for only after tasks are added or deleted."""
        if self._lookups is None:
            self._lookups = PlanLookups(self.plan)
        return self._lookups

    def push(self, command: QUndoCommand) -> None:
        """Run an edit as an undoable step."""
        self.undo_stack.push(command)

    def reschedule(self) -> None:
        """Recompute the schedule now and tell the views."""
        pending, self._pending = self._pending, []
        settings_only, self._settings_only = self._settings_only, False
        if settings_only and not pending:
            # Leveling options, a title, a currency symbol: the schedule and costs stand
            # (scheduling and costing 100k tasks again took ~2 s); the views show the rest.
            self.moved_uids = frozenset()
            self._dirty = False
            self.sig_schedule_changed.emit()
            self.sig_changed.emit()
            return
        if not (pending and all(c.entity in _NO_DATES for c in pending)):
            self.schedule = self._scheduler.apply_all(pending)
            moved = self._scheduler.moved_uids
        else:  # a baseline saved or a risk edited: no date can move
            moved = frozenset()
        # What the last reschedule may have moved (None: anything), for views that keep results.
        self.moved_uids = moved
        # Only the tasks an edit touched or moved are costed again, unless much changed.
        costs = self._book.update(self.schedule, pending, moved) if pending else None
        if costs is None:
            costs = compute_costs(self.plan, self.schedule)
            self._book = CostBook(self.plan, self.schedule, costs)
        self.costs = costs
        self._dirty = False
        self.sig_schedule_changed.emit()
        self.sig_changed.emit()

    def _on_plan_changing(self, change: Change) -> None:
        # The lookups note what an edit takes away (the task of a removed assignment).
        if self._lookups is not None:
            self._lookups.before(change)
        if change.entity is Entity.PROJECT:
            self._project_before = self.plan.project

    def _on_plan_changed(self, change: Change) -> None:
        if self._lookups is not None and not self._lookups.follow(change):
            self._lookups = None
        before, self._project_before = self._project_before, None
        if change.entity is Entity.PROJECT and _settings_only(before, self.plan.project):
            self._settings_only = True
        else:
            self._pending.append(change)
        if self._in_batch:
            self._dirty = True
        else:
            self.reschedule()

    def _on_plan_batch(self, opening: bool) -> None:
        self._in_batch = opening
        if not opening and self._dirty:
            self.reschedule()


def _settings_only(before: Project | None, after: Project) -> bool:
    """Whether the project changed only in settings that move no date (``_SETTINGS_ONLY``)."""
    if before is None:
        return False
    changed = {f.name for f in fields(Project) if getattr(before, f.name) != getattr(after, f.name)}
    return changed <= _SETTINGS_ONLY
