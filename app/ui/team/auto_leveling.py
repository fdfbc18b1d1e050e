"""Leveling calculations: Automatic, as MS Project's Resource Leveling dialog offers it.

With the plan's Leveling Options set to Automatic, the window levels again a moment after
each edit (:data:`AUTO_LEVEL_DELAY_MS` after the last one: typing a duration digit by digit
levels once). Leveling runs on a worker thread, on a copy of the plan, so typing never
waits for it; a result that an edit made meanwhile has overtaken is dropped (that edit
levels again). The delays found are made part of the edit's own undo step: one Undo takes
back the edit and its leveling together, as in MS Project. An edit whose leveling changes
no delay (a rename) is left as it is; Undo and Redo level nothing, nor do Level Resources
and Clear Leveling themselves, except a Redo of an edit whose leveling an Undo overtook
(it never got one: it levels again).

A result never lands while a cell's editor is open (its model update would put the old
value back in the editor being typed in): it waits until the editor closes. Saving,
exporting, printing and closing the window first call :meth:`AutoLeveler.finish_now`,
which levels at once on the GUI thread, so what is written is leveled.

The run is the Level Resources one, with the plan's options (range, order, basis, delays
kept or cleared first) and the other plans' bookings the window includes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from app.domain.errors import AppError
from app.domain.leveling import LevelingResult, level, without_leveling
from app.domain.leveling_assignments import held_people, people_of
from app.domain.leveling_kept import kept_delays
from app.domain.leveling_resume import with_leveling_delay
from app.domain.leveling_scope import leveling_scope
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.scheduler import schedule
from app.ui.background import start_in_background
from app.ui.commands import CompositeCommand, PlanCommand
from app.ui.document import Document
from app.ui.team.commands import SetLevelingDelaysCommand
from app.ui.team.leveling_others import busy_in_other_plans

# After the last edit: long enough for a few keystrokes or a drag, short enough to see.
AUTO_LEVEL_DELAY_MS = 600
_SEEN = "_auto_level_seen"  # set on each command the stack has shown: Undo/Redo level nothing
_DONE = "_auto_level_done"  # its leveling joined it (or it needed none)
_DROPPED = "_auto_level_dropped"  # an Undo/Redo came before its leveling: a Redo levels it
_EDITOR_POLL_MS = 150  # how often a result waiting for an open editor looks again


class AutoLeveler(QObject):
    """Levels ``document`` again after each edit while its options say Automatic.

    ``sig_leveled`` says what happened in words (for the status bar): the delays changed,
    or why leveling could not run.
    """

    sig_leveled = Signal(str)

    def __init__(
        self,
        document: Document,
        parent: QObject | None = None,
        delay_ms: int = AUTO_LEVEL_DELAY_MS,
        editing: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._editing = editing  # whether a cell's editor is open (results wait for it)
        self._waiting: tuple[int, PlanCommand, LevelingResult] | None = None
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(_EDITOR_POLL_MS)
        self._wait_timer.timeout.connect(self._apply_waiting)
        self._runs = 0  # runs started or done at once: a worker's older result is dropped
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._edits = 0  # edits seen: a result found before the last one is stale
        self._applying = False
        self._running = False
        self._again = False  # an edit came while a run was going: run once more after it
        self._top: PlanCommand | None = None  # the last edit, the one leveling joins
        self._top_index = 0
        document.undo_stack.indexChanged.connect(self._on_stack_index_changed)
        document.sig_changed.connect(self._on_document_changed)

    @property
    def pending(self) -> bool:
        """Whether a leveling is waiting, running or waiting for an editor to close."""
        return self._timer.isActive() or self._running or self._waiting is not None

    def _automatic(self) -> bool:
        return self.document.plan.project.leveling.automatic and not self.document.read_only

    def _on_stack_index_changed(self, index: int) -> None:
        if self._applying:
            return
        top = self._command(index)
        if top is None or getattr(top, _SEEN, False):
            self._drop_top()
            if top is not None and getattr(top, _DROPPED, False) and not _done(top):
                self._edit_seen(top, index)  # a Redo of an edit that never got its leveling
            return
        try:
            setattr(top, _SEEN, True)
        except AttributeError:  # a step that takes no attribute: never leveled after
            return
        if _levels_itself(top):
            self._top = None
            return
        self._edit_seen(top, index)

    def _drop_top(self) -> None:
        """Undo, Redo: the step holds the leveling it had; one still to come is dropped,
        and its step levels again when redone."""
        top = self._top
        if top is not None and not _done(top):
            setattr(top, _DROPPED, True)
        self._top = None
        self._waiting = None
        self._wait_timer.stop()

    def _on_document_changed(self) -> None:
        if self._applying or self._top is None or not self._automatic():
            return
        runs = self._runs  # a leveling done at once before the call below covers this change
        QTimer.singleShot(0, self, lambda: self._after_change(runs))  # once the index is told

    def _after_change(self, runs: int) -> None:
        """The last step changed again without a new one (a drag merged into it): level
        again once it stops. Not when a leveling was done at once since the change (a save
        right after the edit): it leveled the plan with the change in, a run would find
        the same delays."""
        if runs != self._runs:
            return
        index = self.document.undo_stack.index()
        if self._top is not None and index == self._top_index and self._command(index) is self._top:
            self._edit_seen(self._top, index)

    def _edit_seen(self, top: PlanCommand, index: int) -> None:
        self._edits += 1
        self._top, self._top_index = top, index
        if self._automatic():
            self._timer.start()  # restarted by each edit: one run after the last

    def _command(self, index: int) -> PlanCommand | None:
        """The step that ends at stack ``index`` (None: none, or not ours)."""
        if index <= 0:
            return None
        command = self.document.undo_stack.command(index - 1)
        return command if isinstance(command, PlanCommand) else None

    def _on_timer_timeout(self) -> None:
        if self._running:
            self._again = True
            return
        job = self._job()
        if job is None:
            return
        work, top = job
        edits, runs = self._edits, self._runs

        def done(result: LevelingResult | None, error: BaseException | None) -> None:
            self._running = False
            if self._again:
                self._again = False
                self._timer.start()
                return
            if runs != self._runs:  # leveled at once meanwhile (a save, a close)
                return
            if isinstance(error, AppError):
                self.sig_leveled.emit(f"Automatic leveling: {error}")
            elif error is not None:
                raise error
            if result is None or edits != self._edits or top is not self._top:
                return  # an edit came meanwhile: it levels again
            if self._editing():  # its update would reset what is being typed: wait
                self._waiting = (edits, top, result)
                self._wait_timer.start()
                return
            self._apply(top, result)

        self._running = True
        start_in_background(work, done)

    def _job(self) -> tuple[Callable[[], LevelingResult], PlanCommand] | None:
        """The leveling of the plan as it is now, to run (on a copy), and the step it joins."""
        if not self._automatic() or self._top is None:
            return None
        document = self.document
        plan = document.plan
        options = plan.project.leveling
        try:
            scope = leveling_scope(plan, document.schedule, options, None)
        except AppError as exc:
            self.sig_leveled.emit(f"Automatic leveling: {exc}")
            return None
        base = without_leveling(plan, scope)  # a copy: later edits never reach the worker
        kept = None if options.clear_first else kept_delays(plan, scope)
        busy, _labels = busy_in_other_plans(document)

        def work() -> LevelingResult:
            return level(base, schedule(base), options=options, scope=scope, busy=busy, kept=kept)

        return work, self._top

    def _apply_waiting(self) -> None:
        """A result waiting for an open editor: applied once it closes (unless overtaken)."""
        if self._waiting is None:
            self._wait_timer.stop()
            return
        if self._editing():
            return
        self._wait_timer.stop()
        edits, top, result = self._waiting
        self._waiting = None
        if edits == self._edits and top is self._top:
            self._apply(top, result)

    def finish_now(self) -> None:
        """Level now what is waiting, running or waiting for an editor, on this thread (a
        busy cursor meanwhile), so that a save, an export, a print or a close writes the
        plan leveled. A worker still running has its result dropped."""
        if not self.pending:
            return
        self._timer.stop()
        self._wait_timer.stop()
        self._waiting = None
        self._again = False
        self._runs += 1
        job = self._job()
        if job is None:
            return
        work, top = job
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = work()
        except AppError as exc:
            self.sig_leveled.emit(f"Automatic leveling: {exc}")
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._apply(top, result)

    def _apply(self, top: PlanCommand, result: LevelingResult) -> None:
        """Make ``result``'s delays part of step ``top`` (one Undo takes back both)."""
        plan = self.document.plan
        setattr(top, _DONE, True)  # a Redo levels it no more
        changed = _changed_by(plan, result)
        if not changed:
            return
        leveling = SetLevelingDelaysCommand(self.document, result.delays, "Level resources")
        self._applying = True
        try:
            with plan.batch():
                leveling._redo()
            joined(top, leveling)
        except AppError as exc:  # a plan that cannot take them: it stays as the edit left it
            self.sig_leveled.emit(f"Automatic leveling: {exc}")
            return
        finally:
            self._applying = False
        # What this edit's leveling changed, not every delay the plan holds ("435 tasks").
        moved = counted(changed, "task")
        self.sig_leveled.emit(f"Leveled automatically: this edit's leveling moved {moved}.")


def joined(edit: PlanCommand, leveling: PlanCommand) -> None:
    """Make ``leveling`` (done already) part of step ``edit``: Undo takes back the leveling,
    then the edit; Redo makes the edit, then levels as it did.

    The stack cannot take a step back to add to it, and a step of its own would let Undo
    take the leveling alone; a command's work is its ``_redo``/``_undo`` (PlanCommand), so
    the edit's are wrapped.
    """
    redo_edit, undo_edit = edit._redo, edit._undo

    def redo() -> None:
        redo_edit()
        leveling._redo()

    def undo() -> None:
        leveling._undo()
        undo_edit()

    setattr(edit, "_redo", redo)  # noqa: B010  (a method replaced on this one step)
    setattr(edit, "_undo", undo)  # noqa: B010


def _done(command: PlanCommand) -> bool:
    return bool(getattr(command, _DONE, False))


def _changed_by(plan: Plan, result: LevelingResult) -> int:
    """How many tasks ``result`` delays or splits otherwise than the plan does now (or whose
    people's assignment delays it changes: app.domain.leveling_assignments)."""
    held = held_people(plan)
    return sum(
        1
        for uid, d in result.delays.items()
        if plan.has_task(uid)
        and (
            with_leveling_delay(plan.task(uid), d) is not plan.task(uid)
            or dict(people_of(d)) != held.get(uid, {})
        )
    )


def _levels_itself(command: PlanCommand) -> bool:
    """Level Resources, Clear Leveling and Level All: leveling already, or undoing it."""
    if isinstance(command, SetLevelingDelaysCommand):
        return True
    return isinstance(command, CompositeCommand) and any(
        isinstance(p, SetLevelingDelaysCommand) for p in command.parts
    )
