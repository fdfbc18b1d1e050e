"""What a Gantt chart and the task sheet look up per task, built once per plan state.

At 100k tasks each table below costs tens of milliseconds to build; drawn on
the GUI thread at the window's first paint they froze it for a second. Every
table is built when first asked for, or all at once by :meth:`PlanLookups.warm`
(File > Open warms them in its worker, while the plan cannot change yet).
Plain Python and numpy, no Qt: any thread may build one, and only one thread
at a time may use it.
"""

from __future__ import annotations

from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np

from app.domain.baseline import BaselineEntry
from app.domain.events import Change, ChangeKind, Entity
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.task import Task

if TYPE_CHECKING:
    from numpy.typing import NDArray


# Edits that change nothing these tables hold (the painter reads calendars and project itself).
_UNTOUCHED = frozenset({Entity.PROJECT, Entity.CALENDAR, Entity.RISK})


def resource_labels(plan: Plan) -> dict[int, str]:
    """``"Ana, Ben[50%]"`` per task uid, from the plan's assignments."""
    names = {r.uid: r.name for r in plan.resources}
    out: dict[int, list[str]] = {}
    for a in plan.assignments:
        name = names.get(a.resource_uid)
        if name is None:
            continue
        label = name if abs(a.units - 1.0) < 1e-9 else f"{name}[{a.units * 100:g}%]"
        out.setdefault(a.task_uid, []).append(label)
    return {uid: ", ".join(v) for uid, v in out.items()}


class PlanLookups:
    """Tables over one state of a plan: tasks by uid, summaries, links by successor, labels.

    Valid until the plan next changes; whoever keeps one (the Document) drops
    it then. The tables are shared, not copied: readers must not change them.
    """

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    def warm(self) -> PlanLookups:
        """Build every table now (and the plan's own row and WBS caches); returns self."""
        for name in ("tasks", "summaries", "baseline", "resources", "links_into", "link_ends"):
            getattr(self, name)
        if self.plan.tasks:
            self.plan.index_of(self.plan.tasks[0].uid)
        self.plan.wbs_codes()
        return self

    def follow(self, change: Change) -> bool:
        """Bring the tables up to a change the plan just made; False when they cannot be
        (the owner drops them then and builds new ones when next asked).

        Task edits in place (name, duration, dates...) keep every table but the
        task's own entry, so editing a task of a 100k plan does not rebuild them;
        project, calendar and risk edits touch none of them.
        """
        if change.entity in _UNTOUCHED:
            return True
        if change.entity is Entity.TASK and change.kind is ChangeKind.CHANGED:
            tasks = self.__dict__.get("tasks")
            if tasks is not None:
                for uid in change.keys:
                    tasks[uid] = self.plan.task(uid)  # type: ignore[arg-type]
            return True
        return False

    @cached_property
    def tasks(self) -> dict[int, Task]:
        """Each task by uid."""
        return {t.uid: t for t in self.plan.tasks}

    @cached_property
    def summaries(self) -> frozenset[int]:
        """Uids of the tasks with children (the next row is one level deeper)."""
        tasks = self.plan.tasks
        return frozenset(
            t.uid for t, after in pairwise(tasks) if after.outline_level > t.outline_level
        )

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
        """Predecessor and successor uid of every link, in the plan's link order."""
        links = self.plan.links
        n = len(links)
        return (
            np.fromiter((lk.predecessor for lk in links), dtype=np.int64, count=n),
            np.fromiter((lk.successor for lk in links), dtype=np.int64, count=n),
        )
