"""Undo commands for the team: roster edits, assignments, vacations, leveling.

They follow :class:`app.ui.commands.PlanCommand`: run once through
:func:`app.ui.commands.execute` (a refused edit raises and never reaches the
stack), each run inside one ``plan.batch()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from app.domain.assigning import (
    AssignmentEdit,
    parse_assignments,
    restore_staffing,
    staff,
)
from app.domain.assignment_work import (
    Edit,
    apply_edit,
    contour_edit,
    notes_edit,
    units_edit,
    work_edit,
)
from app.domain.calendar import Calendar
from app.domain.contours import WorkContour
from app.domain.errors import InputError
from app.domain.leveling import LevelingResult, apply_delays
from app.domain.leveling_resume import has_leveling
from app.domain.registers import RemovedResource
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.domain.vacations import (
    CalendarEdit,
    PersonUpdate,
    add_vacation,
    own_calendar,
    remove_vacation,
    undo_calendar_edit,
    undo_person_update,
    update_person,
)
from app.ui.commands import PlanCommand, quoted
from app.ui.document import Document


class SetAssignmentsCommand(PlanCommand):
    """Staff a task from the People cell text, e.g. ``Ana[50%], Ben``.

    The text is parsed here, so an unknown name raises InputError before
    anything changes. On a recurring task's summary the people go on each
    occurrence (:func:`app.domain.assigning.staff`), in one undo step.
    """

    def __init__(self, document: Document, task_uid: int, text: str) -> None:
        self._wanted = parse_assignments(document.plan, text, task_uid)
        name = document.plan.task(task_uid).name
        super().__init__(document, f"Assign people to {quoted(name)}")
        self._task_uid = task_uid
        self._edits: tuple[AssignmentEdit, ...] = ()

    def _redo(self) -> None:
        self._edits = staff(self.document.plan, self._task_uid, self._wanted)

    def _undo(self) -> None:
        restore_staffing(self.document.plan, self._edits)


class StaffWithNewPeopleCommand(PlanCommand):
    """Staff a task from People cell text naming people not yet in the team: they join the
    roster as work resources first (as MS Project's Resource Names column does), all in
    one undoable step."""

    def __init__(self, document: Document, task_uid: int, text: str, names: list[str]) -> None:
        plan = document.plan
        super().__init__(document, f"Assign people to {quoted(plan.task(task_uid).name)}")
        first = plan.next_resource_uid()
        self._people = [Resource(first + k, name) for k, name in enumerate(names)]
        self._task_uid = task_uid
        self._text = text
        self._edits: tuple[AssignmentEdit, ...] = ()

    def _redo(self) -> None:
        plan = self.document.plan
        for person in self._people:
            plan.add_resource(person)
        try:
            wanted = parse_assignments(plan, self._text, self._task_uid)
        except InputError:
            self._remove_people()  # bad units for a new name: the team stays as it was
            raise
        self._edits = staff(plan, self._task_uid, wanted)

    def _undo(self) -> None:
        restore_staffing(self.document.plan, self._edits)
        self._remove_people()

    def _remove_people(self) -> None:
        for person in reversed(self._people):
            self.document.plan.remove_resource(person.uid)


class EditAssignmentCommand(PlanCommand):
    """Change fields of one assignment: a cost item's amount (``cost``), the rate table used."""

    def __init__(
        self, document: Document, assignment_uid: int, text: str, **changes: object
    ) -> None:
        super().__init__(document, text)
        self._new = replace(document.plan.assignment(assignment_uid), **changes)  # type: ignore[arg-type]
        self._old: Assignment | None = None

    def _redo(self) -> None:
        self._old = self.document.plan.update_assignment(self._new)

    def _undo(self) -> None:
        if self._old is not None:
            self.document.plan.update_assignment(self._old)


class SetAssignmentWorkCommand(PlanCommand):
    """Give one assignment the work typed in the Team view's Work cell; the task's
    duration or the person's units follow the task type (:func:`work_edit`).

    The result is worked out here, so work that cannot be set raises InputError
    before anything changes.
    """

    def __init__(self, document: Document, assignment_uid: int, work_minutes: int) -> None:
        plan = document.plan
        a = plan.assignment(assignment_uid)
        who, task = plan.resource(a.resource_uid).name, plan.task(a.task_uid).name
        super().__init__(document, f"Work of {quoted(who)} on {quoted(task)}")
        self._task, self._new = work_edit(plan, assignment_uid, work_minutes)
        self._old_task: Task | None = None
        self._old: list[Assignment] = []

    def _redo(self) -> None:
        plan = self.document.plan
        self._old_task = None
        if self._task != plan.task(self._task.uid):
            self._old_task = plan.update_task(self._task)
        self._old = [plan.update_assignment(a) for a in self._new]

    def _undo(self) -> None:
        plan = self.document.plan
        for a in reversed(self._old):
            plan.update_assignment(a)
        if self._old_task is not None:
            plan.update_task(self._old_task)


class AssignmentInfoCommand(PlanCommand):
    """Assignment Information's OK: new work contour, units, work and notes of one
    assignment, one undo step. Applied in that order, each as MS Project would for the
    task type (:mod:`app.domain.assignment_work`); None leaves a field as it is. The
    contour goes first so that the units and work typed with it hold: after them it
    would work the typed work out again from the new shape (a fixed-duration task's
    40 h typed with Bell became 20 h)."""

    def __init__(
        self,
        document: Document,
        assignment_uid: int,
        *,
        units: float | None = None,
        work_minutes: int | None = None,
        contour: WorkContour | None = None,
        notes: str | None = None,
    ) -> None:
        plan = document.plan
        a = plan.assignment(assignment_uid)
        who, task = plan.resource(a.resource_uid).name, plan.task(a.task_uid).name
        super().__init__(document, f"Assignment of {quoted(who)} on {quoted(task)}")
        self._uid = assignment_uid
        self._units = units
        self._work = work_minutes
        self._contour = contour
        self._notes = notes
        self._undo_edits: list[Edit] = []

    def _redo(self) -> None:
        plan = self.document.plan
        uid = self._uid
        steps: list[Callable[[], Edit]] = []
        if self._contour is not None:
            contour = self._contour
            steps.append(lambda: contour_edit(plan, uid, contour))
        if self._units is not None:
            steps.append(lambda: units_edit(plan, uid, self._units or 0.0))
        if self._work is not None:
            steps.append(lambda: work_edit(plan, uid, self._work or 0))
        if self._notes is not None:
            notes = self._notes
            steps.append(lambda: notes_edit(plan, uid, notes))
        self._undo_edits = []
        try:
            for step in steps:
                self._undo_edits.append(apply_edit(plan, step()))
        except Exception:
            self._undo()  # a later field refused: the earlier ones come off again
            raise

    def _undo(self) -> None:
        plan = self.document.plan
        while self._undo_edits:
            apply_edit(plan, self._undo_edits.pop())


class AddResourceCommand(PlanCommand):
    """Add a person, material or cost item to the roster."""

    def __init__(self, document: Document, resource: Resource, index: int | None = None) -> None:
        super().__init__(document, f"Add {quoted(resource.name)} to the team")
        self._resource = resource
        self._index = index

    def _redo(self) -> None:
        self.document.plan.add_resource(self._resource, self._index)

    def _undo(self) -> None:
        self.document.plan.remove_resource(self._resource.uid)


class UpdateResourceCommand(PlanCommand):
    """Change a roster entry (name, rates, calendar, availability...); a new name renames the
    person's own calendar too, as MS Project names it after them (:func:`update_person`)."""

    def __init__(self, document: Document, resource: Resource, text: str | None = None) -> None:
        super().__init__(document, text or f"Edit {quoted(resource.name)}")
        self._new = resource
        self._old: PersonUpdate | None = None

    def _redo(self) -> None:
        self._old = update_person(self.document.plan, self._new)

    def _undo(self) -> None:
        if self._old is not None:
            undo_person_update(self.document.plan, self._old)


class RemoveResourceCommand(PlanCommand):
    """Delete a roster entry with its assignments and the calendar only they used (their
    days off), as MS Project deletes a resource's calendar with it."""

    def __init__(self, document: Document, resource_uid: int) -> None:
        name = document.plan.resource(resource_uid).name
        super().__init__(document, f"Remove {quoted(name)} from the team")
        self._uid = resource_uid
        self._removed: RemovedResource | None = None
        self._calendar: Calendar | None = None

    def _redo(self) -> None:
        plan = self.document.plan
        own = own_calendar(plan, plan.resource(self._uid))
        self._removed = plan.remove_resource(self._uid)
        self._calendar = None if own is None else plan.remove_calendar(own.uid)

    def _undo(self) -> None:
        plan = self.document.plan
        if self._calendar is not None:
            plan.put_calendar(self._calendar)
        if self._removed is not None:
            plan.restore_resource(self._removed)


class AddVacationCommand(PlanCommand):
    """Give a person days off (an exception in their own calendar)."""

    def __init__(
        self, document: Document, resource_uid: int, start: date, end: date, name: str = "Vacation"
    ) -> None:
        who = document.plan.resource(resource_uid).name
        super().__init__(document, f"Add {name.lower()} for {quoted(who)}")
        self._args = (resource_uid, start, end, name)
        self._edit: CalendarEdit | None = None

    def _redo(self) -> None:
        uid, start, end, name = self._args
        self._edit = add_vacation(self.document.plan, uid, start, end, name)

    def _undo(self) -> None:
        if self._edit is not None:
            undo_calendar_edit(self.document.plan, self._edit)


class RemoveVacationCommand(PlanCommand):
    """Take back a person's days off."""

    def __init__(self, document: Document, resource_uid: int, index: int) -> None:
        who = document.plan.resource(resource_uid).name
        super().__init__(document, f"Remove days off of {quoted(who)}")
        self._uid = resource_uid
        self._index = index
        self._edit: CalendarEdit | None = None

    def _redo(self) -> None:
        self._edit = remove_vacation(self.document.plan, self._uid, self._index)

    def _undo(self) -> None:
        if self._edit is not None:
            undo_calendar_edit(self.document.plan, self._edit)


class SetLevelingDelaysCommand(PlanCommand):
    """Apply leveling delays (Level resources) or zero them (Clear leveling)."""

    def __init__(self, document: Document, delays: dict[int, int], text: str) -> None:
        super().__init__(document, text)
        self._delays = delays
        self._old: dict[int, int] = {}

    @classmethod
    def level(cls, document: Document, result: LevelingResult) -> SetLevelingDelaysCommand:
        """The step that applies a leveling result."""
        return cls(document, result.delays, "Level resources")

    @classmethod
    def clear(cls, document: Document) -> SetLevelingDelaysCommand:
        """The step that removes every leveling delay (and the splits leveling made)."""
        delays = {t.uid: 0 for t in document.plan.tasks if has_leveling(t)}
        return cls(document, delays, "Clear leveling")

    def _redo(self) -> None:
        self._old = apply_delays(self.document.plan, self._delays)

    def _undo(self) -> None:
        apply_delays(self.document.plan, self._old)
