"""Undo commands: their base and running them, and the edits of tasks themselves.

Commands stay thin: each calls one or a few Plan operations and keeps what
they return for undo. A command's first run happens in :func:`execute`,
before it enters the undo stack, so a refused edit (a cycle, an impossible
indent) raises :class:`AppError`, changes nothing and never reaches the stack.
Every run sits in one ``plan.batch()``: one store transaction, one reschedule.

Here: :class:`PlanCommand`, :func:`execute`, :class:`CompositeCommand` (which runs
consecutive plain :class:`EditTaskCommand` s as one change) and the commands that
insert, edit, split and delete tasks. Outline and row order commands are in
:mod:`app.ui.outline_commands`, links in :mod:`app.ui.link_commands`, the project's
information, calendars and risks in :mod:`app.ui.project_commands`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from app.domain.actual_work_entry import people_in_step
from app.domain.assigning import rebalance_for_duration
from app.domain.errors import AppError
from app.domain.plan import Plan, RemovedTasks
from app.domain.project import as_new_task
from app.domain.quoting import NAME_LIMIT
from app.domain.quoting import quoted as quoted_value
from app.domain.resource import Assignment
from app.domain.splits import Split, check_splittable
from app.domain.task import DurationUnit, Task
from app.domain.usage_typed_work import typed_work_paused

if TYPE_CHECKING:
    from app.ui.document import Document


def quoted(name: str) -> str:
    """A name as command texts show it: in quotes, cut after 40 characters with "…", as
    every message quotes (app.domain.quoting)."""
    return quoted_value(name, NAME_LIMIT)


class PlanCommand(QUndoCommand):
    """Base of our commands: subclasses implement ``_redo`` and ``_undo``.

    ``_redo`` must either succeed or raise with the plan unchanged.
    """

    # A word for the status bar once done (the sheet shows it): an edit kept that is most
    # often a slip (actual work far beyond the work); "": none.
    notice = ""

    def __init__(self, document: Document, text: str) -> None:
        super().__init__(text)
        self.document = document
        self._already_done = False

    def redo(self) -> None:
        """Qt calls this on push and on redo; the push after :func:`execute` is skipped."""
        if self._already_done:
            self._already_done = False
            return
        with self.document.plan.batch():
            self._redo()

    def undo(self) -> None:
        """Put back what ``_redo`` changed."""
        with self.document.plan.batch():
            self._undo()

    def _redo(self) -> None:
        """Make the change (every command overrides this hook; Qt's base rules out ``abc``)."""
        raise NotImplementedError

    def _undo(self) -> None:
        """Take the change back (every command overrides this hook)."""
        raise NotImplementedError


def execute(document: Document, command: PlanCommand) -> None:
    """Run a command once and, if the plan accepted it, put it on the undo stack.

    Raises the domain's AppError (the plan is unchanged) when the edit is refused,
    by the plan or by the scheduler.
    """
    applied = False
    try:
        with document.plan.batch():
            command._redo()
            applied = True
    except AppError:
        if applied:
            # The plan took the change but it cannot be scheduled (say, an outdent that
            # puts a linked task under its own predecessor): take it back.
            with document.plan.batch():
                command._undo()
        raise
    command._already_done = True
    document.push(command)


class CompositeCommand(PlanCommand):
    """Several commands as one undoable step (the task dialog's OK)."""

    def __init__(self, document: Document, text: str, parts: Sequence[PlanCommand]) -> None:
        super().__init__(document, text)
        self.parts = list(parts)

    def _redo(self) -> None:
        done: list[PlanCommand | list[EditTaskCommand]] = []
        try:
            for run in _runs(self.parts):
                _redo_run(run)
                done.append(run)
        except Exception:
            for run in reversed(done):
                _undo_run(run)
            raise

    def _undo(self) -> None:
        for run in reversed(_runs(self.parts)):
            _undo_run(run)


def _runs(parts: Sequence[PlanCommand]) -> list[PlanCommand | list[EditTaskCommand]]:
    """The parts in order, consecutive plain edits of distinct tasks (EditTaskCommand.plain)
    as one list: one plan.update_tasks, one change for the views and the scheduler, where a
    Replace All of 6,500 names announced 6,500."""
    runs: list[PlanCommand | list[EditTaskCommand]] = []
    edits: list[EditTaskCommand] = []
    uids: set[int] = set()
    for part in parts:
        edit = part if isinstance(part, EditTaskCommand) and part.plain else None
        if edits and (edit is None or edit.uid in uids):
            runs.append(edits if len(edits) > 1 else edits[0])
            edits, uids = [], set()
        if edit is None:
            runs.append(part)
        else:
            edits.append(edit)
            uids.add(edit.uid)
    if edits:
        runs.append(edits if len(edits) > 1 else edits[0])
    return runs


def _redo_run(run: PlanCommand | list[EditTaskCommand]) -> None:
    if isinstance(run, list):
        EditTaskCommand.redo_together(run)
    else:
        run._redo()


def _undo_run(run: PlanCommand | list[EditTaskCommand]) -> None:
    if isinstance(run, list):
        EditTaskCommand.undo_together(run)
    else:
        run._undo()


# ---------------------------------------------------------------------- tasks


def one_step(document: Document, text: str, parts: Sequence[PlanCommand]) -> PlanCommand:
    """``parts`` as one undoable step: the only part itself (its own name in the undo
    list), or a CompositeCommand named ``text`` for several."""
    return parts[0] if len(parts) == 1 else CompositeCommand(document, text, parts)


class EditTaskCommand(PlanCommand):
    """Change fields of one task (name, duration, dates, % complete, ...)."""

    def __init__(self, document: Document, uid: int, text: str, **changes: Any) -> None:
        super().__init__(document, text)
        self.uid = uid
        self.changes = changes
        self._old: Task | None = None
        self._old_assignments: list[Assignment] = []

    def _redo(self) -> None:
        plan = self.document.plan
        in_step = people_in_step(plan, {self.uid: self.changes})  # % complete typed
        self._old = plan.update_task(replace(plan.task(self.uid), **self.changes))
        self._old_assignments = []
        if "duration_minutes" in self.changes:  # work or units follow the task type (H5)
            for a in rebalance_for_duration(plan, self.uid, self.changes["duration_minutes"]):
                self._old_assignments.append(plan.update_assignment(a))
        for a in in_step:  # their actual work follows the % (as rebalanced just now)
            now = replace(plan.assignment(a.uid), actual_work_minutes=0)
            self._old_assignments.append(plan.update_assignment(now))

    def _undo(self) -> None:
        assert self._old is not None
        for a in reversed(self._old_assignments):
            self.document.plan.update_assignment(a)
        self.document.plan.update_task(self._old)

    @property
    def plain(self) -> bool:
        """Whether the edit only sets the task's fields (its people's work or units following
        a new duration), so that many run as one plan.update_tasks: not a subclass's edit
        (a split)."""
        return type(self) is EditTaskCommand

    @staticmethod
    def redo_together(edits: Sequence[EditTaskCommand]) -> None:
        """Run plain edits of distinct tasks as one change of the tasks and one of their
        people's assignments (all or, refused, none): Fill Down of 1,000 durations
        announced 2,000 changes, each worked on by every listener of the plan."""
        plan = edits[0].document.plan
        olds = [plan.task(e.uid) for e in edits]
        in_step = people_in_step(plan, {e.uid: e.changes for e in edits})  # % complete set
        plan.update_tasks([replace(old, **e.changes) for old, e in zip(olds, edits, strict=True)])
        for edit, old in zip(edits, olds, strict=True):
            edit._old, edit._old_assignments = old, []
        durations = {
            e.uid: e.changes["duration_minutes"] for e in edits if "duration_minutes" in e.changes
        }
        new: dict[int, Assignment] = {}
        if durations:  # work or units follow the task type (H5), one pass over the assignments
            on_task: dict[int, list[Assignment]] = {uid: [] for uid in durations}
            for a in plan.assignments:
                if a.task_uid in on_task:
                    on_task[a.task_uid].append(a)
            for uid, minutes in durations.items():
                new.update(
                    (a.uid, a) for a in rebalance_for_duration(plan, uid, minutes, on_task[uid])
                )
        for a in in_step:  # their entered actual work cleared: it follows the new %
            moved = new.get(a.uid)
            new[a.uid] = a if moved is None else replace(moved, actual_work_minutes=0)
        if new:
            by_uid = {e.uid: e for e in edits}
            for a in plan.update_assignments(new.values()):
                by_uid[a.task_uid]._old_assignments.append(a)

    @staticmethod
    def undo_together(edits: Sequence[EditTaskCommand]) -> None:
        """Take back plain edits run by :meth:`redo_together`, as one change."""
        olds = [e._old for e in edits]
        assert all(old is not None for old in olds)
        plan = edits[0].document.plan
        plan.update_assignments(a for e in edits for a in e._old_assignments)
        plan.update_tasks(old for old in olds if old is not None)


class InsertTaskCommand(PlanCommand):
    """Insert a new task before a row, at the level of the task it lands before."""

    def __init__(self, document: Document, index: int, task: Task) -> None:
        super().__init__(document, f"Insert task {quoted(task.name)}")
        self.index = index
        self.task = task

    def _redo(self) -> None:
        self.document.plan.insert_tasks(self.index, [self.task])

    def _undo(self) -> None:
        self.document.plan.remove_tasks([self.task.uid])


NEW_TASK_NAME = "New task"


def new_task(plan: Plan, level: int, name: str = NEW_TASK_NAME) -> Task:
    """A task as Insert makes it: the next uid, one estimated day ("1d?"), as MS Project.

    Shown in the project's duration unit ("0.2w?" when durations are entered in weeks);
    in days, Gantry's own choice of unit as before. Its type and effort-driven flag are the
    project's "Default task type" and "New tasks are effort driven".
    """
    unit = plan.project.duration_unit
    task = Task(
        plan.next_task_uid(),
        name,
        level,
        duration_minutes=plan.project.minutes_per_day,
        estimated=True,
        duration_unit=None if unit is DurationUnit.DAYS else unit,
    )
    return as_new_task(plan.project, task)


class AddTaskCommand(PlanCommand):
    """A task typed into the sheet's empty last row: inserted, then given what was typed.

    ``edit`` builds the command for the typed cell once the task exists (None:
    nothing more, a name typed is already the task's). Insert and edit are one
    undoable step; text the edit cannot read takes the inserted task back out.
    """

    def __init__(
        self,
        document: Document,
        index: int,
        task: Task,
        edit: Callable[[], PlanCommand | None] | None = None,
    ) -> None:
        super().__init__(document, f"Add task {quoted(task.name)}")
        self.insert = InsertTaskCommand(document, index, task)
        self._make_edit = edit
        self._edit: PlanCommand | None = None

    def _redo(self) -> None:
        self.insert._redo()
        try:
            if self._make_edit is not None:
                self._edit, self._make_edit = self._make_edit(), None
            if self._edit is not None:
                self._edit._redo()
        except Exception:
            self.insert._undo()
            raise

    def _undo(self) -> None:
        if self._edit is not None:
            self._edit._undo()
        self.insert._undo()


class DeleteTasksCommand(PlanCommand):
    """Delete tasks with their subtasks, links and assignments."""

    def __init__(self, document: Document, uids: Iterable[int]) -> None:
        self.uids = list(uids)
        names = [document.plan.task(u).name for u in self.uids]
        text = (
            f"Delete task {quoted(names[0])}" if len(names) == 1 else f"Delete {len(names)} tasks"
        )
        super().__init__(document, text)
        self._removed: RemovedTasks | None = None

    def _redo(self) -> None:
        self._removed = self.document.plan.remove_tasks(self.uids)

    def _undo(self) -> None:
        assert self._removed is not None
        self.document.plan.restore_tasks(self._removed)


# ---------------------------------------------------------------------- splits


class SplitTaskCommand(EditTaskCommand):
    """Give a task new splits (Split Task…) or none (Remove Splits); refused where MS Project does."""

    def __init__(self, document: Document, uid: int, splits: Sequence[Split], text: str) -> None:
        super().__init__(document, uid, text, splits=tuple(splits))

    def _redo(self) -> None:
        plan = self.document.plan
        if self.changes["splits"]:
            check_splittable(plan.task(self.uid), plan.is_summary(self.uid))
        moved = typed_work_paused(plan, self.uid, self.changes["splits"])  # typed work moves
        super()._redo()
        self._old_assignments += [plan.update_assignment(a) for a in moved]  # undone with it
