"""The plan's registers kept by uid: people, assignments, calendars, risks and baselines.

:class:`RegisterOps` is mixed into :class:`app.domain.plan.Plan`; like the
plan's task operations, each change is announced and returns what undo needs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from app.domain.calendar import Calendar
from app.domain.errors import PlanError
from app.domain.events import Change, ChangeHub, ChangeKind, Entity
from app.domain.interim_plan import InterimPlan, check_number, interim_key
from app.domain.positions import Positions
from app.domain.project import Project
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import Assignment, Resource
from app.domain.row_batches import put_back
from app.domain.task import Task
from app.domain.task_assignments import TaskRows

if TYPE_CHECKING:  # imported where used: reading a plan without them costs no import
    from app.domain.baseline import Baseline
    from app.domain.risk import Risk


class _Keyed(Protocol):
    @property
    def uid(self) -> int: ...


_R = TypeVar("_R", bound=_Keyed)


def _uid(item: _Keyed) -> int:
    return item.uid


@dataclass(frozen=True, slots=True)
class RemovedResource:
    """A removed resource with the assignments that went with it.

    ``assignment_rows`` holds where each assignment sat in the plan's list, so
    that undo puts them back in place (a task's People cell keeps its order);
    empty means "append them".
    """

    index: int
    resource: Resource
    assignments: tuple[Assignment, ...]
    assignment_rows: tuple[int, ...] = ()


class RegisterOps:
    """Lookups and changes of the registers; the plan supplies the storage and the hub."""

    if TYPE_CHECKING:
        project: Project
        tasks: list[Task]
        calendars: dict[int, Calendar]
        resources: list[Resource]
        assignments: list[Assignment]
        baselines: dict[int, Baseline]
        interims: dict[int, InterimPlan]
        risks: list[Risk]
        _rows_at: dict[Entity, Positions[int, Any]]
        _assigned_rows: TaskRows
        changes: ChangeHub

        def task(self, uid: int) -> Task: ...
        def batch(self) -> AbstractContextManager[None]: ...
        def _announce(self, change: Change) -> None: ...
        def _done(self, change: Change) -> None: ...

    # ------------------------------------------------------------------ lookups

    def resource(self, uid: int) -> Resource:
        """The resource with this uid."""
        return self.resources[self._row_of(self.resources, uid, Entity.RESOURCE)]

    def assignments_of_task(self, uid: int) -> list[Assignment]:
        """Assignments on one task, in the order of the plan's list (app/domain/task_assignments.py)."""
        return self._assigned_rows.of_task(self.assignments, uid)

    def assignments_of_resource(self, uid: int) -> list[Assignment]:
        """Assignments of one resource."""
        return [a for a in self.assignments if a.resource_uid == uid]

    def calendar(self, uid: int | None = None) -> Calendar:
        """A calendar by uid; the project calendar when uid is None."""
        key = self.project.calendar_uid if uid is None else uid
        try:
            return self.calendars[key]
        except KeyError:
            raise PlanError(f"no calendar with id {key}") from None

    def assignment(self, uid: int) -> Assignment:
        """The assignment with this uid."""
        return self.assignments[self._row_of(self.assignments, uid, Entity.ASSIGNMENT)]

    def assignment_row(self, uid: int) -> int | None:
        """Where the assignment with this uid sits in ``assignments`` (None: there is none)."""
        return self._positions(Entity.ASSIGNMENT).find(self.assignments, uid)

    def risk(self, uid: int) -> Risk:
        """The risk with this uid."""
        return self.risks[self._row_of(self.risks, uid, Entity.RISK)]

    def next_resource_uid(self) -> int:
        """A uid no resource has."""
        return max((r.uid for r in self.resources), default=0) + 1

    def next_assignment_uid(self) -> int:
        """A uid no assignment has."""
        return max((a.uid for a in self.assignments), default=0) + 1

    def next_calendar_uid(self) -> int:
        """A uid no calendar has."""
        return max(self.calendars, default=0) + 1

    def next_risk_uid(self) -> int:
        """A uid no risk has."""
        return max((r.uid for r in self.risks), default=0) + 1

    # ------------------------------------------------------------------ rows kept by uid

    def _positions(self, entity: Entity) -> Positions[int, Any]:
        at = self._rows_at.get(entity)
        if at is None:
            at = self._rows_at[entity] = Positions(_uid)
        return at

    def _assignments_moved(self) -> None:
        """The assignments' rows changed other than by an append: their indexes read them again."""
        self._positions(Entity.ASSIGNMENT).forget()
        self._assigned_rows.forget()

    def _row_of(self, rows: list[_R], uid: int, entity: Entity) -> int:
        """Row of the item with this uid; PlanError naming the kind of item when there is none."""
        i = self._positions(entity).find(rows, uid)
        if i is None:
            raise PlanError(f"no {entity.value} with id {uid}")
        return i

    def _add_row(self, rows: list[_R], item: _R, entity: Entity, index: int | None) -> None:
        at = self._positions(entity)
        if at.find(rows, item.uid) is not None:
            raise PlanError(f"{entity.value} id {item.uid} is taken")
        row = len(rows) if index is None else index
        change = Change(entity, ChangeKind.ADDED, (item.uid,), row)
        self._announce(change)
        if row >= len(rows):
            rows.append(item)
            at.appended(rows)
            if entity is Entity.ASSIGNMENT:
                self._assigned_rows.appended(self.assignments)
        else:
            rows.insert(row, item)  # the rows behind it move: the index reads them again
            at.forget()
            if entity is Entity.ASSIGNMENT:
                self._assigned_rows.forget()
        self._done(change)

    def _replace_row(self, rows: list[_R], item: _R, entity: Entity) -> _R:
        i = self._row_of(rows, item.uid, entity)
        change = Change(entity, ChangeKind.CHANGED, (item.uid,), i)
        self._announce(change)
        old, rows[i] = rows[i], item
        if entity is Entity.ASSIGNMENT and getattr(old, "task_uid", None) != getattr(
            item, "task_uid", None
        ):  # moved to another task: told before the listeners ask
            self._assigned_rows.forget()
        self._done(change)
        return old

    def _remove_row(self, rows: list[_R], uid: int, entity: Entity) -> tuple[int, _R]:
        i = self._row_of(rows, uid, entity)
        change = Change(entity, ChangeKind.REMOVED, (uid,), i)
        self._announce(change)
        old = rows.pop(i)
        self._positions(entity).removed(rows, uid)
        if entity is Entity.ASSIGNMENT:
            self._assigned_rows.forget()
        self._done(change)
        return i, old

    # ------------------------------------------------------------------ resources

    def add_resource(self, resource: Resource, index: int | None = None) -> None:
        """Add a person, material or cost item."""
        self._add_row(self.resources, resource, Entity.RESOURCE, index)

    def update_resource(self, resource: Resource) -> Resource:
        """Replace the resource with the same uid; returns the old one (a resource that
        works on tasks is not marked Budget)."""
        if resource.is_budget:
            from app.domain.budget_resources import refuse_budget_mark

            refuse_budget_mark(resource, len(self.assignments_of_resource(resource.uid)))
        return self._replace_row(self.resources, resource, Entity.RESOURCE)

    def remove_resource(self, uid: int) -> RemovedResource:
        """Remove a resource and its assignments."""
        self._row_of(self.resources, uid, Entity.RESOURCE)
        found = [(i, a) for i, a in enumerate(self.assignments) if a.resource_uid == uid]
        with self.batch():
            for _, a in reversed(found):  # from the back: the rows in front keep their places
                self.remove_assignment(a.uid)
            i, res = self._remove_row(self.resources, uid, Entity.RESOURCE)
        return RemovedResource(i, res, tuple(a for _, a in found), tuple(row for row, _ in found))

    def restore_resource(self, removed: RemovedResource) -> None:
        """Undo :meth:`remove_resource`: the resource and each assignment back at its old row."""
        rows: tuple[int | None, ...] = removed.assignment_rows or (None,) * len(removed.assignments)
        with self.batch():
            self.add_resource(removed.resource, removed.index)
            # Ascending rows: each insert lands where it was, the ones before it being back.
            for row, a in zip(rows, removed.assignments, strict=True):
                self.add_assignment(a, row)

    # ------------------------------------------------------------------ assignments

    def add_assignment(self, assignment: Assignment, index: int | None = None) -> None:
        """Assign a resource to a task (at row ``index`` of the list; None = at the end)."""
        from app.domain.budget_resources import refuse_budget_assignment

        self.task(assignment.task_uid)
        refuse_budget_assignment(self.resource(assignment.resource_uid))
        self._add_row(self.assignments, assignment, Entity.ASSIGNMENT, index)

    def add_assignments(self, assignments: Sequence[Assignment]) -> None:
        """:meth:`add_assignment` for many, appended as one change (a paste of 2,000 rows
        added its 1,900 people one change each, every listener working per change); all or
        none, with its refusals."""
        from app.domain.budget_resources import refuse_budget_assignment

        at = self._positions(Entity.ASSIGNMENT)
        taken: set[int] = set()
        for a in assignments:
            self.task(a.task_uid)
            refuse_budget_assignment(self.resource(a.resource_uid))
            if a.uid in taken or at.find(self.assignments, a.uid) is not None:
                raise PlanError(f"{Entity.ASSIGNMENT.value} id {a.uid} is taken")
            taken.add(a.uid)
        put_back(
            self.changes,
            Entity.ASSIGNMENT,
            self.assignments,
            assignments,
            (),
            _uid,
            self._assignments_moved,
        )

    def update_assignment(self, assignment: Assignment) -> Assignment:
        """Replace the assignment with the same uid; returns the old one."""
        return self._replace_row(self.assignments, assignment, Entity.ASSIGNMENT)

    def update_assignments(self, assignments: Iterable[Assignment]) -> list[Assignment]:
        """:meth:`update_assignment` for many, announced as one change (a duration set on
        thousands of tasks moves their people's work: one change each cost seconds in the
        listeners); returns the old ones of those that changed."""
        rows: list[int] = []
        new: list[Assignment] = []
        for a in assignments:
            i = self._row_of(self.assignments, a.uid, Entity.ASSIGNMENT)
            if a != self.assignments[i]:
                rows.append(i)
                new.append(a)
        if not new:
            return []
        change = Change(Entity.ASSIGNMENT, ChangeKind.CHANGED, tuple(a.uid for a in new))
        self._announce(change)
        olds = [self.assignments[i] for i in rows]
        for i, a in zip(rows, new, strict=True):
            self.assignments[i] = a
        if any(o.task_uid != a.task_uid for o, a in zip(olds, new, strict=True)):
            self._assigned_rows.forget()  # one moved to another task
        self._done(change)
        return olds

    def remove_assignment(self, uid: int) -> Assignment:
        """Remove an assignment; returns it."""
        return self._remove_row(self.assignments, uid, Entity.ASSIGNMENT)[1]

    # ------------------------------------------------------------------ calendars

    def put_calendar(self, calendar: Calendar) -> Calendar | None:
        """Add or replace a calendar; returns the old one (None if new)."""
        old = self.calendars.get(calendar.uid)
        kind = ChangeKind.ADDED if old is None else ChangeKind.CHANGED
        change = Change(Entity.CALENDAR, kind, (calendar.uid,))
        self._announce(change)
        self.calendars[calendar.uid] = calendar
        self._done(change)
        return old

    def remove_calendar(self, uid: int) -> Calendar:
        """Remove a calendar nothing uses; returns it."""
        if uid == self.project.calendar_uid:
            raise PlanError("the project calendar cannot be removed")
        users = [t.name for t in self.tasks if t.calendar_uid == uid]
        users += [r.name for r in self.resources if r.calendar_uid == uid]
        users += [c.name for c in self.calendars.values() if c.base_uid == uid]
        if users:
            raise PlanError(
                f"calendar {quoted(self.calendars[uid].name, NAME_LIMIT)} is used by "
                f"{quoted(users[0], NAME_LIMIT)}"
            )
        change = Change(Entity.CALENDAR, ChangeKind.REMOVED, (uid,))
        self._announce(change)
        old = self.calendars.pop(uid)
        self._done(change)
        return old

    # ------------------------------------------------------------------ risks

    def add_risk(self, risk: Risk, index: int | None = None) -> None:
        """Add a risk to the register."""
        self._add_row(self.risks, risk, Entity.RISK, index)

    def update_risk(self, risk: Risk) -> Risk:
        """Replace the risk with the same uid; returns the old one."""
        return self._replace_row(self.risks, risk, Entity.RISK)

    def remove_risk(self, uid: int) -> tuple[int, Risk]:
        """Remove a risk; returns its row and value."""
        return self._remove_row(self.risks, uid, Entity.RISK)

    # ------------------------------------------------------------------ baselines

    def set_baseline(self, baseline: Baseline) -> Baseline | None:
        """Store a baseline (0..10); returns the one it replaced."""
        if not 0 <= baseline.index <= 10:
            raise PlanError("baselines are numbered 0 to 10")
        old = self.baselines.get(baseline.index)
        change = Change(Entity.BASELINE, ChangeKind.CHANGED, (baseline.index,))
        self._announce(change)
        self.baselines[baseline.index] = baseline
        self._done(change)
        return old

    def set_interim(self, interim: InterimPlan) -> InterimPlan | None:
        """Store interim plan ``interim.number`` (1..10); returns the one it replaced. Told
        as a baseline change keyed by :func:`interim_key` (no date moves, no cost)."""
        check_number(interim.number)
        old = self.interims.get(interim.number)
        change = Change(Entity.BASELINE, ChangeKind.CHANGED, (interim_key(interim.number),))
        self._announce(change)
        self.interims[interim.number] = interim
        self._done(change)
        return old

    def clear_interim(self, number: int) -> InterimPlan | None:
        """Remove interim plan ``number``; returns it."""
        if number not in self.interims:
            return None
        change = Change(Entity.BASELINE, ChangeKind.REMOVED, (interim_key(number),))
        self._announce(change)
        old = self.interims.pop(number)
        self._done(change)
        return old

    def clear_baseline(self, index: int) -> Baseline | None:
        """Remove a baseline; returns it."""
        if index not in self.baselines:
            return None
        change = Change(Entity.BASELINE, ChangeKind.REMOVED, (index,))
        self._announce(change)
        old = self.baselines.pop(index)
        self._done(change)
        return old
