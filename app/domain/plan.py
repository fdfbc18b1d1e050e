"""The plan: one project's tasks, links, calendars, people, assignments, baselines and risks.

Every mutating method announces the change through :attr:`Plan.changes` and
returns what undo needs (usually the value it replaced). Tasks are kept in
outline order; a task is a summary when the next row is one level deeper.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from app.domain.baseline import Baseline
from app.domain.calendar import Calendar, standard_calendar
from app.domain.errors import CycleError, OutlineError, PlanError
from app.domain.events import Change, ChangeHub, ChangeKind, Entity
from app.domain.link import Link
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk
from app.domain.task import Task


@dataclass(frozen=True, slots=True)
class RemovedTasks:
    """What :meth:`Plan.remove_tasks` took out, so that :meth:`Plan.restore_tasks` can put it back."""

    rows: tuple[tuple[int, Task], ...]  # (index before removal, task), in ascending index
    links: tuple[Link, ...]
    assignments: tuple[Assignment, ...]
    risks: tuple[Risk, ...]  # risks as they were before their task links were dropped


@dataclass(frozen=True, slots=True)
class RemovedResource:
    """A removed resource with the assignments that went with it."""

    index: int
    resource: Resource
    assignments: tuple[Assignment, ...]


@dataclass
class Plan:
    """The whole document in memory. Use the methods to change it; read the attributes freely."""

    project: Project = field(default_factory=Project)
    tasks: list[Task] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    calendars: dict[int, Calendar] = field(default_factory=lambda: {1: standard_calendar(1)})
    resources: list[Resource] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    baselines: dict[int, Baseline] = field(default_factory=dict)
    risks: list[Risk] = field(default_factory=list)
    changes: ChangeHub = field(default_factory=ChangeHub, repr=False, compare=False)
    _index: dict[int, int] | None = field(default=None, repr=False, compare=False)
    _wbs: list[str] | None = field(default=None, repr=False, compare=False)

    # ------------------------------------------------------------------ reading

    def index_of(self, uid: int) -> int:
        """Row of a task; raises PlanError for an unknown uid."""
        if self._index is None:
            self._index = {t.uid: i for i, t in enumerate(self.tasks)}
        try:
            return self._index[uid]
        except KeyError:
            raise PlanError(f"no task with id {uid}") from None

    def task(self, uid: int) -> Task:
        """The task with this uid."""
        return self.tasks[self.index_of(uid)]

    def has_task(self, uid: int) -> bool:
        """Whether a task with this uid exists."""
        try:
            self.index_of(uid)
        except PlanError:
            return False
        return True

    def is_summary(self, uid: int) -> bool:
        """A task with at least one child."""
        i = self.index_of(uid)
        return (
            i + 1 < len(self.tasks)
            and self.tasks[i + 1].outline_level > self.tasks[i].outline_level
        )

    def subtree_end(self, index: int) -> int:
        """Row just past the last descendant of the task at ``index``."""
        level = self.tasks[index].outline_level
        j = index + 1
        while j < len(self.tasks) and self.tasks[j].outline_level > level:
            j += 1
        return j

    def children(self, uid: int | None) -> list[Task]:
        """Direct children of a task (``None``: the top-level tasks)."""
        if uid is None:
            return [t for t in self.tasks if t.outline_level == 1]
        i = self.index_of(uid)
        level = self.tasks[i].outline_level
        return [t for t in self.tasks[i + 1 : self.subtree_end(i)] if t.outline_level == level + 1]

    def descendants(self, uid: int) -> list[Task]:
        """All tasks below a summary."""
        i = self.index_of(uid)
        return self.tasks[i + 1 : self.subtree_end(i)]

    def parent(self, uid: int) -> Task | None:
        """The summary above a task (None at the top level)."""
        i = self.index_of(uid)
        level = self.tasks[i].outline_level
        for j in range(i - 1, -1, -1):
            if self.tasks[j].outline_level < level:
                return self.tasks[j]
        return None

    def parent_uids(self) -> dict[int, int | None]:
        """Parent of every task in one pass."""
        stack: list[Task] = []
        out: dict[int, int | None] = {}
        for t in self.tasks:
            while stack and stack[-1].outline_level >= t.outline_level:
                stack.pop()
            out[t.uid] = stack[-1].uid if stack else None
            stack.append(t)
        return out

    def wbs(self, uid: int) -> str:
        """Outline number of a task, such as ``2.3.1``."""
        return self.wbs_codes()[self.index_of(uid)]

    def wbs_codes(self) -> list[str]:
        """Outline numbers of all tasks, in row order."""
        if self._wbs is None:
            counters: list[int] = []
            codes: list[str] = []
            for t in self.tasks:
                level = t.outline_level
                del counters[level:]
                while len(counters) < level:
                    counters.append(0)
                counters[level - 1] += 1
                codes.append(".".join(str(c) for c in counters))
            self._wbs = codes
        return self._wbs

    def links_into(self, uid: int) -> list[Link]:
        """Links whose successor is this task."""
        return [lk for lk in self.links if lk.successor == uid]

    def links_from(self, uid: int) -> list[Link]:
        """Links whose predecessor is this task."""
        return [lk for lk in self.links if lk.predecessor == uid]

    def find_link(self, predecessor: int, successor: int) -> Link | None:
        """The link between two tasks, if any."""
        for lk in self.links:
            if lk.predecessor == predecessor and lk.successor == successor:
                return lk
        return None

    def resource(self, uid: int) -> Resource:
        """The resource with this uid."""
        for r in self.resources:
            if r.uid == uid:
                return r
        raise PlanError(f"no resource with id {uid}")

    def assignments_of_task(self, uid: int) -> list[Assignment]:
        """Assignments on one task."""
        return [a for a in self.assignments if a.task_uid == uid]

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

    def risk(self, uid: int) -> Risk:
        """The risk with this uid."""
        for r in self.risks:
            if r.uid == uid:
                return r
        raise PlanError(f"no risk with id {uid}")

    def next_task_uid(self) -> int:
        """A uid no task has."""
        return max((t.uid for t in self.tasks), default=0) + 1

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

    # ------------------------------------------------------------------ batches

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group changes that form one user edit (the store commits them together)."""
        self.changes.open_batch()
        try:
            yield
        finally:
            self.changes.close_batch()

    def _announce(self, change: Change) -> None:
        self.changes.before(change)

    def _done(self, change: Change) -> None:
        self.changes.after(change)

    def _structure_changed(self) -> None:
        self._index = None
        self._wbs = None

    # ------------------------------------------------------------------ project

    def set_project(self, project: Project) -> Project:
        """Replace the project settings; returns the old ones."""
        change = Change(Entity.PROJECT, ChangeKind.CHANGED)
        self._announce(change)
        old, self.project = self.project, project
        self._done(change)
        return old

    # ------------------------------------------------------------------ tasks

    def update_task(self, task: Task) -> Task:
        """Replace the task with the same uid (outline level excepted); returns the old task."""
        i = self.index_of(task.uid)
        old = self.tasks[i]
        if task.outline_level != old.outline_level:
            raise OutlineError("use indent/outdent to change a task's outline level")
        if task == old:
            return old
        change = Change(Entity.TASK, ChangeKind.CHANGED, (task.uid,), i)
        self._announce(change)
        self.tasks[i] = task
        self._done(change)
        return old

    def insert_tasks(self, index: int, tasks: Iterable[Task]) -> None:
        """Insert tasks (with their outline levels) before row ``index``."""
        new = list(tasks)
        if not new:
            return
        uids = {t.uid for t in new}
        if len(uids) != len(new) or any(self.has_task(u) for u in uids):
            raise PlanError("task ids must be unique")
        if not 0 <= index <= len(self.tasks):
            raise OutlineError(f"row {index} is outside the plan")
        candidate = self.tasks[:index] + new + self.tasks[index:]
        _check_levels(candidate)
        change = Change(Entity.TASK, ChangeKind.ADDED, tuple(t.uid for t in new), index)
        self._announce(change)
        self.tasks[index:index] = new
        self._structure_changed()
        self._done(change)

    def append_task(self, task: Task) -> None:
        """Add a task at the end."""
        self.insert_tasks(len(self.tasks), [task])

    def remove_tasks(self, uids: Iterable[int]) -> RemovedTasks:
        """Delete tasks with their subtasks, links, assignments and risk links."""
        doomed: set[int] = set()
        for uid in uids:
            i = self.index_of(uid)
            doomed.update(t.uid for t in self.tasks[i : self.subtree_end(i)])
        rows = tuple((i, t) for i, t in enumerate(self.tasks) if t.uid in doomed)
        if not rows:
            return RemovedTasks((), (), (), ())
        links = tuple(lk for lk in self.links if lk.predecessor in doomed or lk.successor in doomed)
        assigns = tuple(a for a in self.assignments if a.task_uid in doomed)
        risks = tuple(r for r in self.risks if doomed.intersection(r.task_uids))
        with self.batch():
            for lk in links:
                self.remove_link(lk.predecessor, lk.successor)
            for a in assigns:
                self.remove_assignment(a.uid)
            for r in risks:
                self.update_risk(
                    replace(r, task_uids=tuple(u for u in r.task_uids if u not in doomed))
                )
            change = Change(
                Entity.TASK, ChangeKind.REMOVED, tuple(t.uid for _, t in rows), rows[0][0]
            )
            self._announce(change)
            self.tasks = [t for t in self.tasks if t.uid not in doomed]
            self._structure_changed()
            self._done(change)
        return RemovedTasks(rows, links, assigns, risks)

    def restore_tasks(self, removed: RemovedTasks) -> None:
        """Undo :meth:`remove_tasks`."""
        with self.batch():
            for i, t in removed.rows:
                change = Change(Entity.TASK, ChangeKind.ADDED, (t.uid,), i)
                self._announce(change)
                self.tasks.insert(i, t)
                self._structure_changed()
                self._done(change)
            for lk in removed.links:
                self.links.append(lk)
                self._done(Change(Entity.LINK, ChangeKind.ADDED, (lk.key,)))
            for a in removed.assignments:
                self.add_assignment(a)
            for r in removed.risks:
                self.update_risk(r)

    def set_outline_levels(self, levels: dict[int, int]) -> dict[int, int]:
        """Set the outline level of several tasks at once; returns the old levels."""
        old = {uid: self.task(uid).outline_level for uid in levels}
        # Replace only the tasks whose level moves: copying every row made an
        # indent on a 10k-task plan cost a fifth of a second.
        candidate = list(self.tasks)
        for uid, level in levels.items():
            i = self.index_of(uid)
            if candidate[i].outline_level != level:
                candidate[i] = replace(candidate[i], outline_level=level)
        _check_levels(candidate)
        self._check_links_fit_outline(candidate)
        change = Change(Entity.OUTLINE, ChangeKind.CHANGED, tuple(levels))
        self._announce(change)
        self.tasks = candidate
        self._structure_changed()
        self._done(change)
        return old

    def _check_links_fit_outline(self, candidate: list[Task]) -> None:
        """Refuse an outline where a linked task would sit inside its own link partner.

        MS Project does not allow a link between a summary and one of its
        subtasks; an indent or move must not create one either.
        """
        if not self.links:
            return
        position: dict[int, int] = {}
        end: dict[int, int] = {}
        stack: list[tuple[int, int]] = []  # (uid, level)
        for i, t in enumerate(candidate):
            position[t.uid] = i
            while stack and stack[-1][1] >= t.outline_level:
                end[stack.pop()[0]] = i
            stack.append((t.uid, t.outline_level))
        for uid, _ in stack:
            end[uid] = len(candidate)
        by_uid = {t.uid: t for t in candidate}
        for lk in self.links:
            for outer, inner in ((lk.predecessor, lk.successor), (lk.successor, lk.predecessor)):
                if position[outer] < position[inner] < end[outer]:
                    raise OutlineError(
                        f"'{by_uid[inner].name}' cannot go under '{by_uid[outer].name}': "
                        "the two tasks are linked"
                    )

    def indent(self, uids: Iterable[int]) -> dict[int, int]:
        """Demote tasks (and their subtasks) one level; returns the old levels for undo."""
        levels: dict[int, int] = {}
        for uid in self._topmost(uids):
            i = self.index_of(uid)
            if i == 0:
                raise OutlineError(
                    f"'{self.tasks[i].name}' is the first task and cannot be indented"
                )
            if (
                self.tasks[i - 1].outline_level < self.tasks[i].outline_level
                and self.tasks[i - 1].uid not in levels
            ):
                raise OutlineError(
                    f"'{self.tasks[i].name}' is already below '{self.tasks[i - 1].name}'"
                )
            for t in self.tasks[i : self.subtree_end(i)]:
                levels[t.uid] = t.outline_level + 1
        return self.set_outline_levels(levels) if levels else {}

    def outdent(self, uids: Iterable[int]) -> dict[int, int]:
        """Promote tasks (and their subtasks) one level; returns the old levels for undo."""
        levels: dict[int, int] = {}
        for uid in self._topmost(uids):
            i = self.index_of(uid)
            if self.tasks[i].outline_level == 1:
                raise OutlineError(f"'{self.tasks[i].name}' is already at the top level")
            for t in self.tasks[i : self.subtree_end(i)]:
                levels[t.uid] = t.outline_level - 1
        return self.set_outline_levels(levels) if levels else {}

    def _topmost(self, uids: Iterable[int]) -> list[int]:
        """The given tasks minus those inside another given task's subtree, in row order."""
        wanted = sorted({self.index_of(u) for u in uids})
        out: list[int] = []
        end = -1
        for i in wanted:
            if i < end:
                continue
            out.append(self.tasks[i].uid)
            end = self.subtree_end(i)
        return out

    def reorder(
        self, order: list[int], levels: dict[int, int] | None = None
    ) -> tuple[list[int], dict[int, int]]:
        """Put the tasks in a new row order (and optionally levels); returns the old ones."""
        if sorted(order) != sorted(t.uid for t in self.tasks):
            raise OutlineError("a new order must hold every task exactly once")
        old_order = [t.uid for t in self.tasks]
        old_levels = {t.uid: t.outline_level for t in self.tasks}
        by_uid = {t.uid: t for t in self.tasks}
        levels = levels or {}
        candidate = [
            by_uid[u]
            if levels.get(u, by_uid[u].outline_level) == by_uid[u].outline_level
            else replace(by_uid[u], outline_level=levels[u])
            for u in order
        ]
        _check_levels(candidate)
        self._check_links_fit_outline(candidate)
        change = Change(Entity.OUTLINE, ChangeKind.CHANGED, tuple(order))
        self._announce(change)
        self.tasks = candidate
        self._structure_changed()
        self._done(change)
        return old_order, old_levels

    def move_tasks(
        self, uids: Iterable[int], before_uid: int | None
    ) -> tuple[list[int], dict[int, int]]:
        """Move tasks with their subtasks in front of another task (None: to the end).

        Moved tasks take the level of the task they land before (top level at
        the end); returns the old order and levels for :meth:`reorder`.
        """
        top = self._topmost(uids)
        moving: list[Task] = []
        for uid in top:
            i = self.index_of(uid)
            moving.extend(self.tasks[i : self.subtree_end(i)])
        moving_uids = {t.uid for t in moving}
        if before_uid is not None and before_uid in moving_uids:
            raise OutlineError("cannot move tasks inside themselves")
        rest = [t for t in self.tasks if t.uid not in moving_uids]
        pos = (
            len(rest)
            if before_uid is None
            else next(i for i, t in enumerate(rest) if t.uid == before_uid)
        )
        target_level = 1 if before_uid is None else self.task(before_uid).outline_level
        shift: dict[int, int] = {}
        for uid in top:
            base = self.task(uid).outline_level
            i = self.index_of(uid)
            for t in self.tasks[i : self.subtree_end(i)]:
                shift[t.uid] = t.outline_level - base + target_level
        order = [t.uid for t in rest[:pos]] + [t.uid for t in moving] + [t.uid for t in rest[pos:]]
        return self.reorder(order, shift)

    # ------------------------------------------------------------------ links

    def add_link(self, link: Link) -> None:
        """Add a dependency; refuses duplicates, self-links, summary-to-own-subtask and cycles."""
        if link.predecessor == link.successor:
            raise CycleError(
                f"'{self.task(link.predecessor).name}' cannot depend on itself", (link.predecessor,)
            )
        pred, succ = self.task(link.predecessor), self.task(link.successor)
        if self.find_link(link.predecessor, link.successor) is not None:
            raise PlanError(f"'{pred.name}' and '{succ.name}' are already linked")
        for a, b in ((link.predecessor, link.successor), (link.successor, link.predecessor)):
            if self.is_summary(a) and any(t.uid == b for t in self.descendants(a)):
                raise PlanError(
                    f"cannot link summary '{self.task(a).name}' to its own subtask '{self.task(b).name}'"
                )
        path = self.link_path(link.successor, link.predecessor)
        if path is not None:
            names = " -> ".join(f"'{self.task(u).name}'" for u in [link.predecessor, *path])
            raise CycleError(f"link would close a cycle: {names}", tuple(path))
        change = Change(Entity.LINK, ChangeKind.ADDED, (link.key,))
        self._announce(change)
        self.links.append(link)
        self._done(change)

    def link_path(self, start: int, goal: int) -> list[int] | None:
        """Tasks from ``start`` to ``goal`` following links forward, or None if unreachable."""
        succs: dict[int, list[int]] = {}
        for lk in self.links:
            succs.setdefault(lk.predecessor, []).append(lk.successor)
        came: dict[int, int | None] = {start: None}
        stack = [start]
        while stack:
            node = stack.pop()
            if node == goal:
                path: list[int] = []
                cur: int | None = node
                while cur is not None:
                    path.append(cur)
                    cur = came[cur]
                return path[::-1]
            for nxt in succs.get(node, ()):
                if nxt not in came:
                    came[nxt] = node
                    stack.append(nxt)
        return None

    def remove_link(self, predecessor: int, successor: int) -> Link:
        """Remove a dependency; returns it."""
        link = self.find_link(predecessor, successor)
        if link is None:
            raise PlanError("no such link")
        change = Change(Entity.LINK, ChangeKind.REMOVED, (link.key,))
        self._announce(change)
        self.links.remove(link)
        self._done(change)
        return link

    def update_link(self, link: Link) -> Link:
        """Change type or lag of an existing link; returns the old link."""
        i = next((k for k, lk in enumerate(self.links) if lk.key == link.key), None)
        if i is None:
            raise PlanError("no such link")
        change = Change(Entity.LINK, ChangeKind.CHANGED, (link.key,))
        self._announce(change)
        old, self.links[i] = self.links[i], link
        self._done(change)
        return old

    # ------------------------------------------------------------------ resources

    def add_resource(self, resource: Resource, index: int | None = None) -> None:
        """Add a person, material or cost item."""
        if any(r.uid == resource.uid for r in self.resources):
            raise PlanError(f"resource id {resource.uid} is taken")
        change = Change(Entity.RESOURCE, ChangeKind.ADDED, (resource.uid,), index)
        self._announce(change)
        if index is None:
            self.resources.append(resource)
        else:
            self.resources.insert(index, resource)
        self._done(change)

    def update_resource(self, resource: Resource) -> Resource:
        """Replace the resource with the same uid; returns the old one."""
        i = next((k for k, r in enumerate(self.resources) if r.uid == resource.uid), None)
        if i is None:
            raise PlanError(f"no resource with id {resource.uid}")
        change = Change(Entity.RESOURCE, ChangeKind.CHANGED, (resource.uid,), i)
        self._announce(change)
        old, self.resources[i] = self.resources[i], resource
        self._done(change)
        return old

    def remove_resource(self, uid: int) -> RemovedResource:
        """Remove a resource and its assignments."""
        i = next((k for k, r in enumerate(self.resources) if r.uid == uid), None)
        if i is None:
            raise PlanError(f"no resource with id {uid}")
        assigns = tuple(a for a in self.assignments if a.resource_uid == uid)
        with self.batch():
            for a in assigns:
                self.remove_assignment(a.uid)
            change = Change(Entity.RESOURCE, ChangeKind.REMOVED, (uid,), i)
            self._announce(change)
            res = self.resources.pop(i)
            self._done(change)
        return RemovedResource(i, res, assigns)

    def restore_resource(self, removed: RemovedResource) -> None:
        """Undo :meth:`remove_resource`."""
        with self.batch():
            self.add_resource(removed.resource, removed.index)
            for a in removed.assignments:
                self.add_assignment(a)

    # ------------------------------------------------------------------ assignments

    def add_assignment(self, assignment: Assignment) -> None:
        """Assign a resource to a task."""
        self.task(assignment.task_uid)
        self.resource(assignment.resource_uid)
        if any(a.uid == assignment.uid for a in self.assignments):
            raise PlanError(f"assignment id {assignment.uid} is taken")
        change = Change(Entity.ASSIGNMENT, ChangeKind.ADDED, (assignment.uid,))
        self._announce(change)
        self.assignments.append(assignment)
        self._done(change)

    def update_assignment(self, assignment: Assignment) -> Assignment:
        """Replace the assignment with the same uid; returns the old one."""
        i = next((k for k, a in enumerate(self.assignments) if a.uid == assignment.uid), None)
        if i is None:
            raise PlanError(f"no assignment with id {assignment.uid}")
        change = Change(Entity.ASSIGNMENT, ChangeKind.CHANGED, (assignment.uid,))
        self._announce(change)
        old, self.assignments[i] = self.assignments[i], assignment
        self._done(change)
        return old

    def remove_assignment(self, uid: int) -> Assignment:
        """Remove an assignment; returns it."""
        i = next((k for k, a in enumerate(self.assignments) if a.uid == uid), None)
        if i is None:
            raise PlanError(f"no assignment with id {uid}")
        change = Change(Entity.ASSIGNMENT, ChangeKind.REMOVED, (uid,))
        self._announce(change)
        old = self.assignments.pop(i)
        self._done(change)
        return old

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
            raise PlanError(f"calendar '{self.calendars[uid].name}' is used by {users[0]}")
        change = Change(Entity.CALENDAR, ChangeKind.REMOVED, (uid,))
        self._announce(change)
        old = self.calendars.pop(uid)
        self._done(change)
        return old

    # ------------------------------------------------------------------ risks

    def add_risk(self, risk: Risk, index: int | None = None) -> None:
        """Add a risk to the register."""
        if any(r.uid == risk.uid for r in self.risks):
            raise PlanError(f"risk id {risk.uid} is taken")
        change = Change(Entity.RISK, ChangeKind.ADDED, (risk.uid,), index)
        self._announce(change)
        if index is None:
            self.risks.append(risk)
        else:
            self.risks.insert(index, risk)
        self._done(change)

    def update_risk(self, risk: Risk) -> Risk:
        """Replace the risk with the same uid; returns the old one."""
        i = next((k for k, r in enumerate(self.risks) if r.uid == risk.uid), None)
        if i is None:
            raise PlanError(f"no risk with id {risk.uid}")
        change = Change(Entity.RISK, ChangeKind.CHANGED, (risk.uid,), i)
        self._announce(change)
        old, self.risks[i] = self.risks[i], risk
        self._done(change)
        return old

    def remove_risk(self, uid: int) -> tuple[int, Risk]:
        """Remove a risk; returns its row and value."""
        i = next((k for k, r in enumerate(self.risks) if r.uid == uid), None)
        if i is None:
            raise PlanError(f"no risk with id {uid}")
        change = Change(Entity.RISK, ChangeKind.REMOVED, (uid,), i)
        self._announce(change)
        old = self.risks.pop(i)
        self._done(change)
        return i, old

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

    def clear_baseline(self, index: int) -> Baseline | None:
        """Remove a baseline; returns it."""
        if index not in self.baselines:
            return None
        change = Change(Entity.BASELINE, ChangeKind.REMOVED, (index,))
        self._announce(change)
        old = self.baselines.pop(index)
        self._done(change)
        return old


def _check_levels(tasks: list[Task]) -> None:
    """An outline starts at level 1 and never goes down more than one level at a time."""
    prev = 0
    for t in tasks:
        if t.outline_level < 1 or t.outline_level > prev + 1:
            raise OutlineError(f"'{t.name}' cannot be at outline level {t.outline_level} there")
        prev = t.outline_level
