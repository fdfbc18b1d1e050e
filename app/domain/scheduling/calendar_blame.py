"""Name the task, and the person, behind a calendar that cannot hold their work.

A calendar with no working time (at all, or after some day), or a task's calendar and its
people's that share none, is found far from any task: when a calendar is built, or deep in
the passes when a date is looked up (:class:`app.domain.worktime.NoWorkingTimeError`).
"calendar 'Weekend' and ... share no working time" then left the user to hunt for the
task; the scheduler, which knows which task runs on which calendar, names it here: its
WBS and name, and the person whose assignment brings the calendar in.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from app.domain.errors import PlanError
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.domain.resource import Resource, ResourceType
from app.domain.task import Task
from app.domain.worktime import NoWorkingTimeError, WorkTime

if TYPE_CHECKING:  # the network builds its calendars under tasks_named
    from app.domain.scheduling.network import Network


class TaskCalendarError(NoWorkingTimeError):
    """A :class:`NoWorkingTimeError` whose message names the task already (a full run inside
    an edit's re-propagation names it once)."""


@contextmanager
def tasks_named(plan: Plan, net: Network | None = None) -> Iterator[None]:
    """Turn a :class:`NoWorkingTimeError` raised inside into one that names the task (and
    the person) whose work it could not place; ``net``: the network being scheduled (its
    calendars are matched against the one that failed)."""
    try:
        yield
    except TaskCalendarError:
        raise
    except NoWorkingTimeError as error:
        raise naming_task(plan, error, net) from None


@contextmanager
def task_named(plan: Plan, task: Task) -> Iterator[None]:
    """As :func:`tasks_named` for work placed on the calendar of one known task (a bar
    dragged in the chart, app.ui.gantt.task_clock)."""
    try:
        yield
    except TaskCalendarError:
        raise
    except NoWorkingTimeError as error:
        if error.worktime is None:
            raise
        people = _people_of(plan, task, _calendar_names(error.worktime))
        raise _named(plan, error, [task], people) from None


def naming_task(plan: Plan, error: NoWorkingTimeError, net: Network | None) -> PlanError:
    """``error`` with the first task (row order) on the failing calendar named, and how
    many others share it; unchanged when no task is found (the project's own calendar)."""
    if error.calendar_uid is not None:
        tasks, people = _on_plan_calendar(plan, error.calendar_uid)
    elif error.worktime is not None and net is not None:
        # the project's calendar (every plain task on it): naming one task would mislead
        on_project = error.worktime is net.project_calendar
        tasks = [] if on_project else _on_worktime(net, error.worktime)
        people = _people_of(plan, tasks[0], _calendar_names(error.worktime)) if tasks else []
    else:
        tasks, people = [], []
    return _named(plan, error, tasks, people) if tasks else error


def _named(
    plan: Plan, error: NoWorkingTimeError, tasks: list[Task], people: list[Resource]
) -> TaskCalendarError:
    message = _message(plan, error, tasks, people)
    return TaskCalendarError(message, error.worktime, error.calendar_uid)


def _message(
    plan: Plan, error: NoWorkingTimeError, tasks: list[Task], people: list[Resource]
) -> str:
    first = tasks[0]
    who = f"task {plan.wbs(first.uid)} {quoted(first.name)}"
    if len(tasks) > 1:
        who += f" (and {len(tasks) - 1} more on that calendar)"
    named = " and ".join(quoted(p.name) for p in people[:3])
    if len(people) > 3:
        named += f" and {len(people) - 3} more"
    wt = error.worktime
    if wt is not None and wt.parts is not None:
        own, theirs = wt.parts
        holder = f"the calendar {quoted(theirs)} of {named}" if people else quoted(theirs)
        return f"{who}: its calendar {quoted(own)} and {holder} share no working time"
    if people:
        who += f", worked by {named}"
    return f"{who}: {error}"


def _on_plan_calendar(plan: Plan, calendar_uid: int) -> tuple[list[Task], list[Resource]]:
    """Tasks whose own calendar is ``calendar_uid``; else tasks whose people work on it, with
    those people. None for the project's calendar when no task names it (every task is on
    it: naming one would mislead)."""
    if calendar_uid == plan.project.calendar_uid:
        return [], []
    tasks = [t for t in plan.tasks if t.calendar_uid == calendar_uid]
    if tasks:
        return tasks, []
    on_it = {
        r.uid: r
        for r in plan.resources
        if r.type is ResourceType.WORK and r.calendar_uid == calendar_uid
    }
    worked: dict[int, list[Resource]] = {}
    for a in plan.assignments:
        person = on_it.get(a.resource_uid)
        if person is not None and a.units > 0:
            worked.setdefault(a.task_uid, []).append(person)
    tasks = [t for t in plan.tasks if t.uid in worked and not t.ignore_resource_calendar]
    return tasks, worked[tasks[0].uid] if tasks else []


def _on_worktime(net: Network, wt: WorkTime) -> list[Task]:
    """Active tasks scheduled on ``wt`` (as their calendar, or one assignment's span);
    summaries, which hold no work of their own, only when no other task is."""
    rows = [
        i
        for i, cal in enumerate(net.calendars)
        if net.active[i] and (cal is wt or any(c is wt for c, _span in net.spans.get(i, ())))
    ]
    leaves = [i for i in rows if not net.summary[i]]
    return [net.tasks[i] for i in leaves or rows]


def _calendar_names(wt: WorkTime) -> set[str]:
    """The names of the plan calendars behind ``wt``: its people's side for an intersection
    (a union of several is named 'A | B'), else its own."""
    side = wt.parts[1] if wt.parts is not None else wt.name
    return set(side.split(" | "))


def _people_of(plan: Plan, task: Task, calendar_names: set[str]) -> list[Resource]:
    """The people on ``task`` (work, units above zero) whose calendar is one of those named."""
    if task.ignore_resource_calendar:
        return []
    project = plan.calendar().name
    out: list[Resource] = []
    for a in plan.assignments_of_task(task.uid):
        if a.units <= 0:
            continue
        person = plan.resource(a.resource_uid)
        if person.type is not ResourceType.WORK:
            continue
        cal = plan.calendars.get(person.calendar_uid) if person.calendar_uid is not None else None
        if (cal.name if cal is not None else project) in calendar_names:
            out.append(person)
    return out
