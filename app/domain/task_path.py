"""MS Project's Task Path: the chains of links before and after one task.

Four sets, as Format > Task Path highlights them:

* Predecessors: every task a chain of links leads from to the task.
* Driving predecessors: the same, following only driving links.
* Successors: every task a chain of links leads to from the task.
* Driven successors: the same, following only driving links.

A link *drives* its successor when it is what holds the successor where it
is: the date it asks for (the predecessor's finish or start, moved by the
lag) is the successor's scheduled start (FS, SS) or finish (FF, SF), with no
working time between them on the calendar lags count on (the successor's
own, else the project's), i.e. the link has no free slack. A task with an
actual start is held by its progress, not by links, so nothing drives it.

A summary's links bind its subtasks as well, so a subtask's predecessors
include those of the summaries above it, and its successors those of the
summaries whose finish it makes.

Each walk visits only the tasks on the path and their links (through the
plan's link graph): O(path), never a pass over the whole plan. ``parents``
(``Plan.parent_uids()``, worked out once per plan change by the caller)
saves looking up the summaries above each task.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import Enum

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.schedule import Schedule, TaskTimes
from app.domain.task import Task
from app.domain.worktime import WorkTime, to_minutes


class PathKind(Enum):
    """One of the four Task Path highlights; the value is its menu text."""

    PREDECESSORS = "Predecessors"
    DRIVING_PREDECESSORS = "Driving Predecessors"
    SUCCESSORS = "Successors"
    DRIVEN_SUCCESSORS = "Driven Successors"


# When a task is on more than one path, the one drawn (MS Project draws driving over plain).
PRECEDENCE = (
    PathKind.DRIVING_PREDECESSORS,
    PathKind.PREDECESSORS,
    PathKind.DRIVEN_SUCCESSORS,
    PathKind.SUCCESSORS,
)

Parents = Mapping[int, int | None]


class LinkDriving:
    """Tells whether links drive their successors, by one plan and its schedule."""

    def __init__(self, plan: Plan, schedule: Schedule) -> None:
        self._plan = plan
        self._schedule = schedule
        self._calendars: dict[int | None, WorkTime] = {}

    def drives(self, link: Link, successor_uid: int | None = None) -> bool:
        """Whether ``link`` holds ``successor_uid`` (default: the link's own successor) in place.

        ``successor_uid`` differs from the link's successor for a subtask held
        by a link into a summary above it.
        """
        plan, schedule = self._plan, self._schedule
        held_uid = link.successor if successor_uid is None else successor_uid
        pred_times = schedule.get(link.predecessor)
        held_times = schedule.get(held_uid)
        if pred_times is None or held_times is None or not plan.has_task(held_uid):
            return False
        held = plan.task(held_uid)
        if held.actual_start is not None:
            return False  # progress places it, whatever its links ask
        asked = self._asked(link, pred_times, plan.task(link.successor))
        binds_start = link.type in (LinkType.FS, LinkType.SS)
        at = held_times.start if binds_start else held_times.finish
        cal = self._calendar(plan.task(link.successor))
        return cal.index(to_minutes(at)) <= cal.index(asked)

    def _asked(self, link: Link, pred: TaskTimes, successor: Task) -> int:
        """The moment (in minutes) the link asks for, lag included."""
        from_finish = link.type in (LinkType.FS, LinkType.FF)
        base = to_minutes(pred.finish if from_finish else pred.start)
        if link.lag_percent is not None:
            lag = round(link.lag_percent * pred.duration_minutes / 100)
        else:
            lag = link.lag_minutes
        if lag == 0:
            return base
        if link.lag_elapsed:
            return base + lag
        cal = self._calendar(successor)
        return cal.at_end(cal.index(base) + lag)

    def _calendar(self, task: Task) -> WorkTime:
        """The calendar lags count on: the successor's own, else the project's."""
        key = task.calendar_uid
        found = self._calendars.get(key)
        if found is None:
            plan = self._plan
            cal = plan.calendars.get(key) if key is not None else None
            found = WorkTime.for_calendar(cal or plan.calendar(), plan.calendars)
            self._calendars[key] = found
        return found


def _ancestors(plan: Plan, uid: int, parents: Parents | None) -> list[int]:
    """The summaries above a task, nearest first."""
    out: list[int] = []
    if parents is None:
        above = plan.parent(uid)
        while above is not None:
            out.append(above.uid)
            above = plan.parent(above.uid)
        return out
    par = parents.get(uid)
    while par is not None:
        out.append(par)
        par = parents.get(par)
    return out


def _incoming(plan: Plan, uid: int, parents: Parents | None) -> Iterable[Link]:
    """Links into a task and into the summaries above it (they bind it too)."""
    yield from plan.links_into(uid)
    for above in _ancestors(plan, uid, parents):
        yield from plan.links_into(above)


def _outgoing(plan: Plan, schedule: Schedule, uid: int, parents: Parents | None) -> Iterable[Link]:
    """Links from a task and from the summaries above it that finish when it does."""
    yield from plan.links_from(uid)
    times = schedule.get(uid)
    if times is None:
        return
    for above in _ancestors(plan, uid, parents):
        above_times = schedule.get(above)
        if above_times is None or above_times.finish != times.finish:
            break  # the summary's finish, and those above it, come from another task
        yield from plan.links_from(above)


def _walk(start: int, step: Callable[[int], Iterable[int]]) -> set[int]:
    """Every task reached from ``start`` by ``step``, ``start`` left out."""
    seen = {start}
    todo = [start]
    while todo:
        for nxt in step(todo.pop()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    seen.discard(start)
    return seen


def _children(plan: Plan, uid: int) -> list[Task]:
    """A summary's direct subtasks (none for a task without subtasks)."""
    return plan.children(uid) if plan.is_summary(uid) else []


def predecessors(plan: Plan, uid: int, parents: Parents | None = None) -> set[int]:
    """Every task that leads to ``uid`` through a chain of links.

    A summary reached on the way brings its subtasks: each finishes before it does.
    """

    def step(u: int) -> Iterable[int]:
        yield from (lk.predecessor for lk in _incoming(plan, u, parents))
        if u != uid:  # a summary on the way brings its subtasks
            yield from (t.uid for t in _children(plan, u))

    return _walk(uid, step)


def driving_predecessors(
    plan: Plan, schedule: Schedule, uid: int, parents: Parents | None = None
) -> set[int]:
    """Every task that leads to ``uid`` through a chain of driving links."""
    driving = LinkDriving(plan, schedule)

    def step(u: int) -> Iterable[int]:
        for lk in _incoming(plan, u, parents):
            if driving.drives(lk, u):
                yield lk.predecessor
                yield from _finishing_last(plan, schedule, lk.predecessor)

    return _walk(uid, step)


def _finishing_last(plan: Plan, schedule: Schedule, uid: int) -> list[int]:
    """The subtasks that make a summary's finish, down to tasks without subtasks."""
    out: list[int] = []
    todo = [uid]
    while todo:
        summary = todo.pop()
        times = schedule.get(summary)
        if times is None:
            continue
        for child in _children(plan, summary):
            child_times = schedule.get(child.uid)
            if child_times is not None and child_times.finish == times.finish:
                out.append(child.uid)
                todo.append(child.uid)
    return out


def successors(
    plan: Plan, schedule: Schedule, uid: int, parents: Parents | None = None
) -> set[int]:
    """Every task ``uid`` leads to through a chain of links (a summary brings its subtasks)."""

    def step(u: int) -> Iterable[int]:
        yield from (lk.successor for lk in _outgoing(plan, schedule, u, parents))
        if u != uid:  # a summary on the way brings its subtasks
            yield from (t.uid for t in _children(plan, u))

    return _walk(uid, step)


def driven_successors(
    plan: Plan, schedule: Schedule, uid: int, parents: Parents | None = None
) -> set[int]:
    """Every task ``uid`` leads to through a chain of driving links."""
    driving = LinkDriving(plan, schedule)

    def step(u: int) -> Iterable[int]:
        for lk in _outgoing(plan, schedule, u, parents):
            if driving.drives(lk):
                yield lk.successor
            # A link into a summary drives the subtasks it holds in place.
            yield from _held_subtasks(plan, lk, driving)

    return _walk(uid, step)


def _held_subtasks(plan: Plan, link: Link, driving: LinkDriving) -> list[int]:
    """Subtasks of the link's successor (a summary) that the link drives."""
    if not plan.is_summary(link.successor):
        return []
    return [t.uid for t in plan.descendants(link.successor) if driving.drives(link, t.uid)]


def task_path(
    plan: Plan,
    schedule: Schedule,
    uid: int,
    kinds: Iterable[PathKind],
    parents: Parents | None = None,
) -> dict[int, PathKind]:
    """The tasks to highlight for ``uid`` and each one's path (:data:`PRECEDENCE` on overlap).

    The selected task itself is not in the result.
    """
    wanted = set(kinds)
    if not wanted or not plan.has_task(uid):
        return {}
    found: dict[PathKind, set[int]] = {}
    if PathKind.PREDECESSORS in wanted:
        found[PathKind.PREDECESSORS] = predecessors(plan, uid, parents)
    if PathKind.DRIVING_PREDECESSORS in wanted:
        found[PathKind.DRIVING_PREDECESSORS] = driving_predecessors(plan, schedule, uid, parents)
    if PathKind.SUCCESSORS in wanted:
        found[PathKind.SUCCESSORS] = successors(plan, schedule, uid, parents)
    if PathKind.DRIVEN_SUCCESSORS in wanted:
        found[PathKind.DRIVEN_SUCCESSORS] = driven_successors(plan, schedule, uid, parents)
    out: dict[int, PathKind] = {}
    for kind in reversed(PRECEDENCE):  # the first in PRECEDENCE is written last and wins
        for task_uid in found.get(kind, ()):
            out[task_uid] = kind
    return out
