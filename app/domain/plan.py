"""The plan: one project's tasks, links, calendars, people, assignments, baselines and risks.

Every mutating method announces the change through :attr:`Plan.changes` and
returns what undo needs (usually the value it replaced). Tasks are kept in
outline order; a task is a summary when the next row is one level deeper.

Plan holds the rows, tasks and links; reading and changing the outline (summaries,
outline numbers, indent, outdent, moving rows) is mixed in from
:mod:`app.domain.plan_outline`, the registers (people, assignments, calendars, risks,
baselines) from :mod:`app.domain.registers`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from app.domain.calendar import Calendar, standard_calendar
from app.domain.custom_fields import CustomField, with_field
from app.domain.errors import AppError, CycleError, OutlineError, PlanError
from app.domain.events import Change, ChangeHub, ChangeKind, Entity
from app.domain.interim_plan import InterimPlan
from app.domain.kept_links import KeptLinks
from app.domain.link import Link
from app.domain.link_graph import LinkGraph
from app.domain.loop_closing import path_words
from app.domain.outline import check_levels, has_cycle, path_between
from app.domain.plan_outline import OutlineOps
from app.domain.positions import Positions
from app.domain.project import Project
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.registers import RegisterOps
from app.domain.resource import Assignment, Resource
from app.domain.row_batches import put_back, take_out
from app.domain.task import Task
from app.domain.task_assignments import TaskRows

if TYPE_CHECKING:  # types only: a plan read without them costs no import (s30cl)
    from app.domain.baseline import Baseline
    from app.domain.recurrence_tasks import TaskRecurrence
    from app.domain.risk import Risk
    from app.domain.view_state import SheetView


@dataclass(frozen=True, slots=True)
class RemovedTasks:
    """What :meth:`Plan.remove_tasks` took out, so that :meth:`Plan.restore_tasks` can put it back."""

    rows: tuple[tuple[int, Task], ...]  # (index before removal, task), in ascending index
    links: tuple[Link, ...]
    assignments: tuple[Assignment, ...]
    risks: tuple[Risk, ...]  # risks as they were before their task links were dropped
    recurrences: tuple[tuple[int, TaskRecurrence], ...] = ()  # of recurring summaries removed
    # Where the links and assignments sat (ascending): put back there, a task's
    # predecessors and people read in the order they had (() : appended).
    link_rows: tuple[int, ...] = ()
    assignment_rows: tuple[int, ...] = ()


@dataclass
class Plan(OutlineOps, RegisterOps):
    """The whole document in memory. Use the methods to change it; read the attributes freely."""

    project: Project = field(default_factory=Project)
    tasks: list[Task] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    calendars: dict[int, Calendar] = field(default_factory=lambda: {1: standard_calendar(1)})
    resources: list[Resource] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    baselines: dict[int, Baseline] = field(default_factory=dict)
    # Interim plans (Start1..10/Finish1..10) by number 1..10 (app/domain/interim.py)
    interims: dict[int, InterimPlan] = field(default_factory=dict)
    risks: list[Risk] = field(default_factory=list)
    # Recurring tasks' patterns by summary uid (app.domain.recurrence_tasks)
    recurrences: dict[int, TaskRecurrence] = field(default_factory=dict)
    # The task sheet's table, filter, sort and group as the file keeps them (None: never
    # kept; app/domain/view_state.py). Not an edit: no change is announced for it.
    view: SheetView | None = field(default=None, compare=False)
    # Link marks of the MS Project file it was read from, written back (app/domain/kept_links.py)
    kept_links: KeptLinks = field(default_factory=KeptLinks, compare=False)
    changes: ChangeHub = field(default_factory=ChangeHub, repr=False, compare=False)
    _index: dict[int, int] | None = field(default=None, repr=False, compare=False)
    _wbs: list[str] | None = field(default=None, repr=False, compare=False)
    # Where each link sits, by (predecessor, successor) (app/domain/positions.py).
    _link_at: Positions[tuple[int, int], Link] = field(
        default_factory=lambda: Positions(_link_key), init=False, repr=False, compare=False
    )
    # Each task's link partners (app/domain/link_graph.py).
    _graph: LinkGraph = field(default_factory=LinkGraph, init=False, repr=False, compare=False)
    # Where each resource, assignment and risk sits, by uid (app/domain/registers.py).
    _rows_at: dict[Entity, Positions[int, Any]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # The rows of each task's assignments (app/domain/task_assignments.py).
    _assigned_rows: TaskRows = field(
        default_factory=TaskRows, init=False, repr=False, compare=False
    )

    # ------------------------------------------------------------------ reading

    def _task_rows(self) -> dict[int, int]:
        """Each task's row by uid (built again after a change of rows)."""
        if self._index is None:
            self._index = {t.uid: i for i, t in enumerate(self.tasks)}
        return self._index

    def index_of(self, uid: int) -> int:
        """Row of a task; raises PlanError for an unknown uid."""
        try:
            return self._task_rows()[uid]
        except KeyError:
            raise PlanError(f"no task with id {uid}") from None

    def task(self, uid: int) -> Task:
        """The task with this uid."""
        return self.tasks[self.index_of(uid)]

    def has_task(self, uid: int) -> bool:
        """Whether a task with this uid exists (asked of thousands of removed tasks after an
        undone paste: a look-up, not an error raised and caught for each)."""
        return uid in self._task_rows()

    def links_into(self, uid: int) -> list[Link]:
        """Links whose successor is this task, in the order of the plan's links."""
        partners = self._graph.predecessors(self.links).get(uid, ())
        return self._links_in_order([(p, uid) for p in partners])

    def links_from(self, uid: int) -> list[Link]:
        """Links whose predecessor is this task, in the order of the plan's links."""
        partners = self._graph.successors(self.links).get(uid, ())
        return self._links_in_order([(uid, s) for s in partners])

    def _partners(self, uid: int) -> list[int]:
        """Tasks linked with this one, either way."""
        links = self.links
        return [
            *self._graph.successors(links).get(uid, ()),
            *self._graph.predecessors(links).get(uid, ()),
        ]

    def _links_in_order(self, keys: list[tuple[int, int]]) -> list[Link]:
        found = sorted(
            {i for i in (self._link_at.find(self.links, key) for key in keys) if i is not None}
        )
        return [self.links[i] for i in found]

    def find_link(self, predecessor: int, successor: int) -> Link | None:
        """The link between two tasks, if any."""
        i = self._link_at.find(self.links, (predecessor, successor))
        return None if i is None else self.links[i]

    def next_task_uid(self) -> int:
        """A uid no task has, nor ever had as far as the plan remembers.

        A removed task's entries stay in the baselines and interim plans (Undo brings the
        task back to them), so a new task taking its uid would show a baseline it never
        had; MS Project never gives a new task an old task's uid either.
        """
        highest = max((t.uid for t in self.tasks), default=0)
        for baseline in self.baselines.values():
            highest = max(highest, max((e.task_uid for e in baseline.entries), default=0))
        for interim in self.interims.values():
            highest = max(highest, max((e.task_uid for e in interim.entries), default=0))
        return highest + 1

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

    def set_custom_field(self, field: CustomField) -> Project:
        """Rename a custom field (an empty alias clears its name); returns the old settings.

        Announced as a change of the project settings, which hold the definitions.
        """
        fields = with_field(self.project.custom_fields, field)
        return self.set_project(replace(self.project, custom_fields=fields))

    # ------------------------------------------------------------------ tasks

    def set_recurrence(self, uid: int, recurrence: TaskRecurrence | None) -> TaskRecurrence | None:
        """Keep (or, with None, drop) the pattern of the recurring summary ``uid``; returns the
        old one. Announced as a change of that task."""
        change = Change(Entity.TASK, ChangeKind.CHANGED, (uid,), self.index_of(uid))
        self._announce(change)
        old = self.recurrences.pop(uid, None)
        if recurrence is not None:
            self.recurrences[uid] = recurrence
        self._done(change)
        return old

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

    def update_tasks(self, tasks: Iterable[Task]) -> list[Task]:
        """:meth:`update_task` for many tasks, announced as one change (Level Resources
        delays thousands: one change each cost seconds in the listeners); returns the
        old tasks of those that changed."""
        rows: list[int] = []
        new: list[Task] = []
        for task in tasks:
            i = self.index_of(task.uid)
            old = self.tasks[i]
            if task is old:  # handed back as it is (most of a leveling): nothing to compare
                continue
            if task.outline_level != old.outline_level:
                raise OutlineError("use indent/outdent to change a task's outline level")
            # What leveling changes, first: a difference there settles it (comparing every
            # field of 721 tasks took 2 ms); the whole task is compared only when they agree.
            if (
                task.leveling_delay_minutes != old.leveling_delay_minutes
                or task.splits != old.splits
                or task != old
            ):
                rows.append(i)
                new.append(task)
        if not new:
            return []
        change = Change(Entity.TASK, ChangeKind.CHANGED, tuple(t.uid for t in new))
        self._announce(change)
        olds = [self.tasks[i] for i in rows]
        for i, task in zip(rows, new, strict=True):
            self.tasks[i] = task
        self._done(change)
        return olds

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
        # Levels only constrain neighbours: the row above, the new rows, the row below.
        above = self.tasks[index - 1].outline_level if index > 0 else 0
        check_levels([*new, *self.tasks[index : index + 1]], above)
        change = Change(Entity.TASK, ChangeKind.ADDED, tuple(t.uid for t in new), index)
        self._announce(change)
        at_end = index == len(self.tasks)
        self.tasks[index:index] = new
        if at_end and self._index is not None:  # rows above keep their places (a bulk append)
            self._index.update((t.uid, k) for k, t in enumerate(new, start=index))
            self._wbs = None
        else:
            self._structure_changed()
        self._done(change)

    def append_task(self, task: Task) -> None:
        """Add a task at the end."""
        self.insert_tasks(len(self.tasks), [task])

    def remove_tasks(self, uids: Iterable[int], with_subtasks: bool = True) -> RemovedTasks:
        """Delete tasks with their subtasks, links, assignments and risk links.

        ``with_subtasks=False`` deletes exactly these rows: the undo of an insert whose rows
        took the rows below them as subtasks (a pasted summary), which stay.
        """
        doomed: set[int] = set()
        for uid in uids:
            i = self.index_of(uid)
            doomed.update(
                t.uid for t in self.tasks[i : self.subtree_end(i) if with_subtasks else i + 1]
            )
        rows = tuple((i, t) for i, t in enumerate(self.tasks) if t.uid in doomed)
        if not rows:
            return RemovedTasks((), (), (), ())
        links = [
            (i, lk)
            for i, lk in enumerate(self.links)
            if lk.predecessor in doomed or lk.successor in doomed
        ]
        assigns = [(i, a) for i, a in enumerate(self.assignments) if a.task_uid in doomed]
        risks = tuple(r for r in self.risks if doomed.intersection(r.task_uids))
        recurring = tuple((u, self.recurrences[u]) for u in doomed if u in self.recurrences)
        with self.batch():
            # each kind as one change (app/domain/row_batches.py)
            keys = [lk.key for _, lk in links]
            take_out(self.changes, Entity.LINK, self.links, keys, _link_key, self._links_moved)
            uids = [a.uid for _, a in assigns]
            forget = self._assignments_moved
            take_out(self.changes, Entity.ASSIGNMENT, self.assignments, uids, _UID, forget)
            for r in risks:
                self.update_risk(
                    replace(r, task_uids=tuple(u for u in r.task_uids if u not in doomed))
                )
            change = Change(
                Entity.TASK, ChangeKind.REMOVED, tuple(t.uid for _, t in rows), rows[0][0]
            )
            self._announce(change)
            self.tasks = [t for t in self.tasks if t.uid not in doomed]
            for uid, _rec in recurring:
                del self.recurrences[uid]
            self._structure_changed()
            self._done(change)
        return RemovedTasks(
            rows,
            tuple(lk for _, lk in links),
            tuple(a for _, a in assigns),
            risks,
            recurring,
            tuple(i for i, _ in links),
            tuple(i for i, _ in assigns),
        )

    def restore_tasks(self, removed: RemovedTasks) -> None:
        """Undo :meth:`remove_tasks`."""
        self.recurrences.update(removed.recurrences)  # before the rows: the store writes both
        with self.batch():
            # Each run of consecutive rows goes back as one insert, one change (a change
            # per row, and each the plan's index built again, took seconds at 2,000 rows).
            start = 0
            rows = removed.rows
            for end in range(1, len(rows) + 1):
                if end == len(rows) or rows[end][0] != rows[end - 1][0] + 1:
                    run = [t for _, t in rows[start:end]]
                    at, uids = rows[start][0], tuple(t.uid for t in run)
                    change = Change(Entity.TASK, ChangeKind.ADDED, uids, at)
                    self._announce(change)
                    self.tasks[at:at] = run
                    self._structure_changed()
                    self._done(change)
                    start = end
            links, places = removed.links, removed.link_rows
            put_back(
                self.changes, Entity.LINK, self.links, links, places, _link_key, self._links_moved
            )
            assigns, places = removed.assignments, removed.assignment_rows
            forget = self._assignments_moved
            put_back(
                self.changes, Entity.ASSIGNMENT, self.assignments, assigns, places, _UID, forget
            )
            for r in removed.risks:
                self.update_risk(r)

    def _links_moved(self) -> None:
        """The links changed in bulk (row_batches): their indexes read them again."""
        self._link_at.forget()
        self._graph = LinkGraph()

    # ------------------------------------------------------------------ links

    def add_link(self, link: Link) -> None:
        """Add a dependency; refuses duplicates, self-links, summary-to-own-subtask and cycles."""
        self.check_link(link)
        self._append_link(link)

    def check_link(self, link: Link) -> None:
        """Raise what :meth:`add_link` would raise for ``link`` (PlanError, CycleError), changing
        nothing: a link drag's preview says so before the drop."""
        self._check_new_link(link)
        path = self.link_path(link.successor, link.predecessor)
        if path is not None:
            names = path_words(self, [link.predecessor, *path])
            raise CycleError(f"link would close a cycle: {names}", tuple(path))

    def add_links(self, links: Sequence[Link]) -> None:
        """Add many dependencies at once, with one check for cycles; all or none.

        The same refusals as :meth:`add_link`, with its messages. Looking for a
        cycle once for all the links keeps taking back thousands of links linear.
        """
        keys = set()
        for link in links:
            self._check_new_link(link)
            if link.key in keys:
                pred, succ = self.task(link.predecessor), self.task(link.successor)
                raise PlanError(
                    f"{quoted(pred.name, NAME_LIMIT)} and {quoted(succ.name, NAME_LIMIT)} are already linked"
                )
            keys.add(link.key)
        if not has_cycle([*self.links, *links]):  # appended as one change (row_batches)
            put_back(self.changes, Entity.LINK, self.links, links, (), _link_key, self._links_moved)
            return
        # One by one, to name the link that closes the cycle, then take them back. (A
        # loop the plan already had is found above too; add_link lets such links in.)
        added = 0
        try:
            for link in links:
                self.add_link(link)
                added += 1
        except AppError:
            for link in reversed(links[:added]):
                self.remove_link(link.predecessor, link.successor)
            raise

    def _check_new_link(self, link: Link) -> None:
        if link.predecessor == link.successor:
            raise CycleError(
                f"{quoted(self.task(link.predecessor).name, NAME_LIMIT)} cannot depend on itself",
                (link.predecessor,),
            )
        pred, succ = self.task(link.predecessor), self.task(link.successor)
        if self.find_link(link.predecessor, link.successor) is not None:
            raise PlanError(
                f"{quoted(pred.name, NAME_LIMIT)} and {quoted(succ.name, NAME_LIMIT)} are already linked"
            )
        for a, b in ((link.predecessor, link.successor), (link.successor, link.predecessor)):
            if self.is_summary(a) and any(t.uid == b for t in self.descendants(a)):
                raise PlanError(
                    f"cannot link summary {quoted(self.task(a).name, NAME_LIMIT)} to its own subtask {quoted(self.task(b).name, NAME_LIMIT)}"
                )

    def _append_link(self, link: Link) -> None:
        change = Change(Entity.LINK, ChangeKind.ADDED, (link.key,))
        self._announce(change)
        self.links.append(link)
        self._link_at.appended(self.links)
        self._graph.appended(self.links)
        self._done(change)

    def link_path(self, start: int, goal: int) -> list[int] | None:
        """Tasks from ``start`` to ``goal`` following links forward, or None if unreachable."""
        return path_between(self._graph.successors(self.links), start, goal)

    def remove_link(self, predecessor: int, successor: int) -> Link:
        """Remove a dependency; returns it."""
        i = self._link_at.find(self.links, (predecessor, successor))
        if i is None:
            raise PlanError("no such link")
        link = self.links[i]
        change = Change(Entity.LINK, ChangeKind.REMOVED, (link.key,))
        self._announce(change)
        del self.links[i]
        self._link_at.removed(self.links, (predecessor, successor))
        self._graph.removed(self.links, predecessor, successor)
        self._done(change)
        return link

    def update_link(self, link: Link) -> Link:
        """Change type or lag of an existing link; returns the old link."""
        i = self._link_at.find(self.links, (link.predecessor, link.successor))
        if i is None:
            raise PlanError("no such link")
        change = Change(Entity.LINK, ChangeKind.CHANGED, (link.key,))
        self._announce(change)
        old, self.links[i] = self.links[i], link
        self._done(change)
        return old


_UID = attrgetter("uid")


def _link_key(link: Link) -> tuple[int, int]:
    return (link.predecessor, link.successor)
