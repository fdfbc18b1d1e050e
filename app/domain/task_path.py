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

Each walk visits only the tasks on the path and their links: O(path), never
a pass over the whole plan. It reads them from a :class:`PathIndex` (the
links into and out of each task, each summary's subtasks), built in one pass
over the plan; a caller that walks often (the window, on every click) builds
it once per plan change and passes it in.
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


class PathIndex:
    """The plan's links by task and its outline by summary, for walks along paths.

    Built in one pass over the links and one over the tasks; stale once the
    plan changes (build another then).
    """

    def __init__(self, plan: Plan) -> None:
        into: dict[int, list[Link]] = {}
        out: dict[int, list[Link]] = {}
        for lk in plan.links:
            into.setdefault(lk.successor, []).append(lk)
            out.setdefault(lk.predecessor, []).append(lk)
        self.into = into
        self.out = out
        self.parents: Mapping[int, int | None] = plan.parent_uids()
        children: dict[int, list[int]] = {}
        for uid, parent in self.parents.items():  # in plan order
            if parent is not None:
                children.setdefault(parent, []).append(uid)
        self.children = children

    def ancestors(self, uid: int) -> list[int]:
        """The summaries above a task, nearest first."""
        out: list[int] = []
        parents = self.parents
        above = parents.get(uid)
        while above is not None:
            out.append(above)
            above = parents.get(above)
        return out

    def descendants(self, uid: int) -> list[int]:
        """Every task below a summary (none below a task without subtasks)."""
        out: list[int] = []
        todo = list(self.children.get(uid, ()))
        while todo:
            below = todo.pop()
            out.append(below)
            todo.extend(self.children.get(below, ()))
        return out


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


def _incoming(index: PathIndex, uid: int) -> Iterable[Link]:
    """Links into a task and into the summaries above it (they bind it too)."""
    into = index.into
    yield from into.get(uid, ())
    for above in index.ancestors(uid):
        yield from into.get(above, ())


incoming_links = _incoming  # for a reader asking what holds a task (app/io/csv_pins.py)


def _outgoing(index: PathIndex, schedule: Schedule, uid: int) -> Iterable[Link]:
    """Links from a task and from the summaries above it that finish when it does."""
    out = index.out
    yield from out.get(uid, ())
    above_all = index.ancestors(uid)
    if not any(above in out for above in above_all):
        return  # no summary above has links: no dates to read
    times = schedule.get(uid)
    if times is None:
        return
    for above in above_all:
        above_times = schedule.get(above)
        if above_times is None or above_times.finish != times.finish:
            break  # the summary's finish, and those above it, come from another task
        yield from out.get(above, ())


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


def predecessors(plan: Plan, uid: int, index: PathIndex | None = None) -> set[int]:
    """Every task that leads to ``uid`` through a chain of links.

    A summary reached on the way brings its subtasks: each finishes before it does.
    """
    found = index or PathIndex(plan)
    children = found.children

    def step(u: int) -> Iterable[int]:
        yield from (lk.predecessor for lk in _incoming(found, u))
        if u != uid:  # a summary on the way brings its subtasks
            yield from children.get(u, ())

    return _walk(uid, step)


def driving_predecessors(
    plan: Plan, schedule: Schedule, uid: int, index: PathIndex | None = None
) -> set[int]:
    """Every task that leads to ``uid`` through a chain of driving links."""
    found = index or PathIndex(plan)
    driving = LinkDriving(plan, schedule)

    def step(u: int) -> Iterable[int]:
        for lk in _incoming(found, u):
            if driving.drives(lk, u):
                yield lk.predecessor
                yield from _finishing_last(found, schedule, lk.predecessor)

    return _walk(uid, step)


def _finishing_last(index: PathIndex, schedule: Schedule, uid: int) -> list[int]:
    """The subtasks that make a summary's finish, down to tasks without subtasks."""
    out: list[int] = []
    todo = [uid]
    while todo:
        summary = todo.pop()
        times = schedule.get(summary)
        if times is None:
            continue
        for child in index.children.get(summary, ()):
            child_times = schedule.get(child)
            if child_times is not None and child_times.finish == times.finish:
                out.append(child)
                todo.append(child)
    return out


def successors(
    plan: Plan, schedule: Schedule, uid: int, index: PathIndex | None = None
) -> set[int]:
    """Every task ``uid`` leads to through a chain of links (a summary brings its subtasks)."""
    found = index or PathIndex(plan)
    children = found.children

    def step(u: int) -> Iterable[int]:
        yield from (lk.successor for lk in _outgoing(found, schedule, u))
        if u != uid:  # a summary on the way brings its subtasks
            yield from children.get(u, ())

    return _walk(uid, step)


def driven_successors(
    plan: Plan, schedule: Schedule, uid: int, index: PathIndex | None = None
) -> set[int]:
    """Every task ``uid`` leads to through a chain of driving links."""
    found = index or PathIndex(plan)
    driving = LinkDriving(plan, schedule)

    def step(u: int) -> Iterable[int]:
        for lk in _outgoing(found, schedule, u):
            if driving.drives(lk):
                yield lk.successor
            # A link into a summary drives the subtasks it holds in place.
            yield from (
                below for below in found.descendants(lk.successor) if driving.drives(lk, below)
            )

    return _walk(uid, step)


def task_path(
    plan: Plan,
    schedule: Schedule,
    uid: int,
    kinds: Iterable[PathKind],
    index: PathIndex | None = None,
) -> dict[int, PathKind]:
    """The tasks to highlight for ``uid`` and each one's path (:data:`PRECEDENCE` on overlap).

    The selected task itself is not in the result. ``index``: the plan's
    :class:`PathIndex`, if the caller keeps one (else it is built here).
    """
    wanted = set(kinds)
    if not wanted or not plan.has_task(uid):
        return {}
    found_index = index or PathIndex(plan)
    found: dict[PathKind, set[int]] = {}
    if PathKind.PREDECESSORS in wanted:
        found[PathKind.PREDECESSORS] = predecessors(plan, uid, found_index)
    if PathKind.DRIVING_PREDECESSORS in wanted:
        found[PathKind.DRIVING_PREDECESSORS] = driving_predecessors(
            plan, schedule, uid, found_index
        )
    if PathKind.SUCCESSORS in wanted:
        found[PathKind.SUCCESSORS] = successors(plan, schedule, uid, found_index)
    if PathKind.DRIVEN_SUCCESSORS in wanted:
        found[PathKind.DRIVEN_SUCCESSORS] = driven_successors(plan, schedule, uid, found_index)
    out: dict[int, PathKind] = {}
    for kind in reversed(PRECEDENCE):  # the first in PRECEDENCE is written last and wins
        for task_uid in found.get(kind, ()):
            out[task_uid] = kind
    return out
