"""What a Gantt chart and the task sheet look up per task, built once per plan state.

At 100k tasks each table below costs tens of milliseconds to build; drawn on
the GUI thread at the window's first paint they froze it for a second. Every
table is built when first asked for, or all at once by :meth:`PlanLookups.warm`
(File > Open warms them in its worker, while the plan cannot change yet).
Plain Python and numpy, no Qt: any thread may build one, and only one thread
at a time may use it.

The tables follow the plan's edits (:meth:`PlanLookups.follow`) instead of
being built again: rebuilding all of them after a link, an indent or a new
assignment cost ~0.3 s on the GUI thread at 100k tasks.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cached_property
from itertools import compress, count, pairwise
from operator import is_not
from typing import TYPE_CHECKING, cast

import numpy as np

from app.domain.assigning import format_one
from app.domain.baseline import BaselineEntry
from app.domain.errors import PlanError
from app.domain.events import Change, ChangeKind, Entity
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.resource import Resource, ResourceType
from app.domain.task import Task
from app.report.people_label import JOIN, people_label, people_of

if TYPE_CHECKING:
    from numpy.typing import NDArray


# Edits that change nothing these tables hold (the painter reads calendars and project itself).
_UNTOUCHED = frozenset({Entity.PROJECT, Entity.CALENDAR, Entity.RISK})
# Links of one change followed one by one, at most; past that their tables are read again.
_LINKS_FOLLOWED = 32


def resource_labels(plan: Plan, tasks: Collection[int] | None = None) -> dict[int, str]:
    """``"Ana, Ben[50%]"`` per task uid, from the plan's assignments (``tasks``: only these),
    one holding a name with ", " a :class:`PeopleLabel` that keeps its people apart."""
    people = {r.uid: r for r in plan.resources}
    names = {uid: r.name for uid, r in people.items()}
    out: dict[int, list[str]] = {}
    for a in plan.assignments:
        if tasks is not None and a.task_uid not in tasks:
            continue
        res = people.get(a.resource_uid)
        if res is None:
            continue
        out.setdefault(a.task_uid, []).append(_label(res, a.units))
    labels = {uid: JOIN.join(v) for uid, v in out.items()}
    if any(JOIN in name for name in names.values()):  # "Weber, Jonas": kept as a list
        labels.update((uid, people_label(v)) for uid, v in out.items())
    return labels


def _label(res: Resource, units: float) -> str:
    """One assignment as the bar's label says it: ``Ben[50%]`` (a person at 100 %: the name
    alone); a material's quantity as the People cell writes it, ``Licences[5]``,
    ``Cement[2.5 t]`` (it said ``Licences[500%]``); a cost item's name alone (no units)."""
    if res.type is ResourceType.MATERIAL:
        return format_one(res, units)
    if res.type is ResourceType.COST or abs(units - 1.0) < 1e-9:
        return res.name
    return f"{res.name}[{units * 100:g}%]"


class PlanLookups:
    """Tables over one state of a plan: tasks by uid, summaries, links by successor, labels.

    Whoever keeps one (the Document) hands it each change of the plan, before
    (:meth:`before`) and after (:meth:`follow`) it happens; the tables then
    change in place where the edit changed something. The tables are shared,
    not copied: readers must not change them.
    """

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._rows = plan.tasks  # the task list the tables describe (an outline edit replaces it)
        self._relabel: set[int] = set()  # tasks of the assignments about to change

    def warm(self) -> PlanLookups:
        """Build every table now (and the plan's own row and WBS caches); returns self."""
        for name in ("tasks", "summaries", "baseline", "resources", "links_into", "link_ends"):
            getattr(self, name)
        if self.plan.tasks:
            self.plan.index_of(self.plan.tasks[0].uid)
        self.plan.wbs_codes()
        return self

    def before(self, change: Change) -> None:
        """Note what a change about to happen will take away (an assignment's task)."""
        if change.entity is Entity.ASSIGNMENT and change.kind is not ChangeKind.ADDED:
            rows = self.plan.assignments
            i = change.index
            if i is not None and i < len(rows) and rows[i].uid in change.keys:
                self._relabel.add(rows[i].task_uid)
            else:  # many at once (a delete of rows): a set, not the change's tuple, per row
                keys = set(change.keys)
                self._relabel.update(a.task_uid for a in rows if a.uid in keys)

    def follow(self, change: Change) -> bool:
        """Bring the tables up to a change the plan just made; False when they cannot be
        (the owner drops them then and builds new ones when next asked).

        Only what the change touched is looked at again: a task edit, its entry;
        a link, its successor's list and the link arrays; an indent or a move,
        the rows between the first and the last that changed; people, the labels
        of their tasks; a baseline, the baseline table (built when next read).
        Project, calendar and risk edits touch none of them; added or removed
        tasks drop them.
        """
        entity = change.entity
        if entity in _UNTOUCHED:
            return True
        if entity is Entity.TASK:
            if change.kind is not ChangeKind.CHANGED:
                return False
            tasks = self.__dict__.get("tasks")
            if tasks is not None:
                for uid in change.keys:
                    tasks[uid] = self.plan.task(uid)  # type: ignore[arg-type]
            return True
        if entity is Entity.LINK:
            return self._follow_link(change)
        if entity is Entity.OUTLINE:
            return self._follow_outline()
        if entity is Entity.ASSIGNMENT:
            return self._follow_assignment(change)
        if entity is Entity.RESOURCE:
            # A new person is on no task yet; a removed one's assignments went first.
            if change.kind is ChangeKind.CHANGED and "resources" in self.__dict__:
                uids = set(change.keys)
                self._set_labels(
                    {a.task_uid for a in self.plan.assignments if a.resource_uid in uids}
                )
            return True
        if entity is Entity.BASELINE:
            self.__dict__.pop("baseline", None)
            return True
        return False

    # ------------------------------------------------------------------ following edits

    def _follow_link(self, change: Change) -> bool:
        if len(change.keys) > _LINKS_FOLLOWED:
            # Many links at once (rows deleted, or an undo putting them back): the arrays
            # read once more when next asked, not copied per link (0.7 s for 2,200 links).
            self.__dict__.pop("links_into", None)
            self.__dict__.pop("link_ends", None)
            return True
        links = self.plan.links
        into: dict[int, list[Link]] | None = self.__dict__.get("links_into")
        ends: tuple[NDArray[np.int64], NDArray[np.int64]] | None = self.__dict__.get("link_ends")
        if change.kind is ChangeKind.ADDED:
            # The plan appends links (new ones, or put back by an undo), in the change's order.
            added = links[len(links) - len(change.keys) :] if change.keys else []
            if [lk.key for lk in added] != list(change.keys):
                return False
            for lk in added:
                if into is not None:
                    into.setdefault(lk.successor, []).append(lk)
                if ends is not None:
                    ends = (np.append(ends[0], lk.predecessor), np.append(ends[1], lk.successor))
        for key in () if change.kind is ChangeKind.ADDED else change.keys:
            pred, succ = cast("tuple[int, int]", key)
            if change.kind is ChangeKind.REMOVED:
                if into is not None:
                    kept = [lk for lk in into.get(succ, ()) if lk.predecessor != pred]
                    if kept:
                        into[succ] = kept
                    else:
                        into.pop(succ, None)
                if ends is not None:
                    at = np.flatnonzero((ends[0] == pred) & (ends[1] == succ))
                    if at.size != 1:
                        return False
                    ends = (np.delete(ends[0], at), np.delete(ends[1], at))
            elif into is not None:  # type or lag: the same two tasks, a new Link
                link = self.plan.find_link(pred, succ)
                if link is None:
                    return False
                into[succ] = [link if lk.predecessor == pred else lk for lk in into.get(succ, ())]
        if ends is not None:
            if ends[0].size != len(links):
                return False
            # A new pair whenever the links change (see link_ends); a reader's old arrays stay.
            self.__dict__["link_ends"] = (ends[0], ends[1])
        return True

    def _follow_outline(self) -> bool:
        """Tasks indented, outdented or moved: the plan holds a new list of the same tasks,
        the same objects outside the rows that changed. Only those rows are looked at."""
        old, new = self._rows, self.plan.tasks
        if old is new or len(old) != len(new):
            return False
        self._rows = new
        first = next(compress(count(), map(is_not, old, new)), None)
        if first is None:
            return True
        last = len(new) - 1 - next(compress(count(), map(is_not, reversed(old), reversed(new))))
        tasks = self.__dict__.get("tasks")
        if tasks is not None:
            for t in new[first : last + 1]:
                tasks[t.uid] = t
        summaries: set[int] | None = self.__dict__.get("summaries")
        if summaries is not None:
            # A row is a summary when the next row is deeper: the row above the range too.
            stop = min(last + 1, len(new) - 1)
            for i in range(max(first - 1, 0), last + 1):
                t = new[i]
                if i < stop and new[i + 1].outline_level > t.outline_level:
                    summaries.add(t.uid)
                else:
                    summaries.discard(t.uid)
        return True

    def _follow_assignment(self, change: Change) -> bool:
        tasks, self._relabel = self._relabel, set()
        labels: dict[int, str] | None = self.__dict__.get("resources")
        if labels is None:
            return True
        rows = self.plan.assignments
        if change.kind is ChangeKind.REMOVED:
            if not tasks:
                return False  # not told before: which task it was on is gone with it
        elif change.index is None:
            # Many at once (put back by an undo, given to many tasks): their tasks in one pass
            # over the assignments, rather than every table built again.
            keys = set(change.keys)
            found = [a.task_uid for a in rows if a.uid in keys]
            if len(found) != len(keys):
                return False
            tasks.update(found)
        else:
            i = change.index
            if i >= len(rows) or rows[i].uid not in change.keys:
                return False
            added = rows[i]
            if change.kind is ChangeKind.ADDED and i == len(rows) - 1 and not tasks:
                # The last assignment: its label goes last on its task's.
                try:
                    res = self.plan.resource(added.resource_uid)
                except PlanError:
                    return True
                label = _label(res, added.units)
                old = labels.get(added.task_uid)
                before = () if old is None else people_of(old)
                labels[added.task_uid] = people_label((*before, label))
                return True
            tasks.add(added.task_uid)
        self._set_labels(tasks)
        return True

    def _set_labels(self, tasks: set[int]) -> None:
        """Label these tasks again from the plan's assignments (one pass over them)."""
        if not tasks:
            return
        labels: dict[int, str] = self.__dict__["resources"]
        fresh = resource_labels(self.plan, tasks)
        for uid in tasks:
            label = fresh.get(uid)
            if label is None:
                labels.pop(uid, None)
            else:
                labels[uid] = label

    # ------------------------------------------------------------------ tables

    @cached_property
    def tasks(self) -> dict[int, Task]:
        """Each task by uid."""
        return {t.uid: t for t in self.plan.tasks}

    @cached_property
    def summaries(self) -> set[int]:
        """Uids of the tasks with children (the next row is one level deeper)."""
        tasks = self.plan.tasks
        return {t.uid for t, after in pairwise(tasks) if after.outline_level > t.outline_level}

    @cached_property
    def baseline(self) -> dict[int, BaselineEntry]:
        """Baseline 0's entry of each task that has one."""
        base = self.plan.baselines.get(0)
        return {e.task_uid: e for e in base.entries} if base else {}

    @cached_property
    def resources(self) -> dict[int, str]:
        """The people on each task, as drawn right of its bar (:func:`resource_labels`)."""
        return resource_labels(self.plan)

    @cached_property
    def links_into(self) -> dict[int, list[Link]]:
        """Links by successor uid, each list in the plan's link order."""
        out: dict[int, list[Link]] = {}
        for lk in self.plan.links:
            out.setdefault(lk.successor, []).append(lk)
        return out

    @cached_property
    def link_ends(self) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """Predecessor and successor uid of every link, in the plan's link order.

        A new pair (a new tuple) after every link edit, even one that keeps the
        ends (a new lag): whoever placed links from the old pair sees it is not
        this one and places them again.
        """
        links = self.plan.links
        n = len(links)
        return (
            np.fromiter((lk.predecessor for lk in links), dtype=np.int64, count=n),
            np.fromiter((lk.successor for lk in links), dtype=np.int64, count=n),
        )
