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
from app.domain.no_working_time import DateRangeError, NoWorkingTimeError, no_work_after
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.domain.resource import Resource, ResourceType
from app.domain.task import Task
from app.domain.worktime import WorkTime, calendar_key

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
    dragged in the chart, app.domain.task_clock)."""
    try:
        yield
    except TaskCalendarError:
        raise
    except NoWorkingTimeError as error:
        if error.worktime is None:
            raise
        raise _named(plan, error, task) from None


def naming_task(plan: Plan, error: NoWorkingTimeError, net: Network | None) -> PlanError:
    """``error`` with the task whose work it could not place named, its people and the
    calendars in this plan's names. The pass that failed says the row (error.row); without
    it (a path that does not), the first task (row order) on the failing calendar and how
    many others share it. The project's calendar is said plainly (every plain task is on
    it), a calendar not built (error.calendar_uid) names the tasks on it."""
    wt = error.worktime
    if error.calendar_uid is not None:
        tasks, people = _on_plan_calendar(plan, error.calendar_uid)
        if not tasks:
            return error
        who = _who(plan, tasks[0], len(tasks) - 1, people)
        return TaskCalendarError(f"{who}: {error}", wt, error.calendar_uid)
    if wt is None or net is None:
        return error
    if isinstance(error, DateRangeError) and error.row is not None:
        return _named(plan, error, net.tasks[error.row])  # that task's dates, not the calendar
    if wt is net.project_calendar:
        # every plain task is on it: said plainly, in this plan's name
        name = [plan.calendar().name]
        if isinstance(error, DateRangeError):
            return TaskCalendarError(f"{_calendars(name)}: {error.reason}", wt)
        return TaskCalendarError(_has_none(name, error), wt)
    if error.row is not None:
        return _named(plan, error, net.tasks[error.row])
    tasks = _on_worktime(net, wt)
    return _named(plan, error, tasks[0], len(tasks) - 1) if tasks else error


def _named(plan: Plan, error: NoWorkingTimeError, task: Task, more: int = 0) -> TaskCalendarError:
    """``error`` said of ``task`` (``more``: how many other tasks share the calendar)."""
    wt = error.worktime
    assert wt is not None
    if isinstance(error, DateRangeError):
        return _out_of_range(plan, error, task, more)
    if wt.sides is not None:  # the task's calendar and its people's share no working time
        own_side, their_side = wt.sides
        people, theirs = _people_on(plan, task, their_side)
        own = _names_of(plan, [task.calendar_uid], own_side) or [own_side.name]
        holder = _calendars(theirs or [their_side.name])
        if people:
            holder = f"the {holder} of {_listed([p.name for p in people])}"
        after = f" after {error.last_day:%Y-%m-%d}" if error.last_day is not None else ""
        message = (
            f"{_who(plan, task, more, [])}: its {_calendars(own)} and {holder} "
            f"share no working time{after}"
        )
        return TaskCalendarError(message, wt)
    people, names = _people_on(plan, task, wt)
    if not names:  # the task's own calendar, else the project's
        names = _names_of(plan, [task.calendar_uid, None], wt) or [wt.name]
    return TaskCalendarError(f"{_who(plan, task, more, people)}: {_has_none(names, error)}", wt)


def _out_of_range(plan: Plan, error: DateRangeError, task: Task, more: int) -> TaskCalendarError:
    """A date ``task``'s work reached that no calendar can hold, said after the calendars
    it runs on in this plan's names: its people's, else its own (or the project's)."""
    wt = error.worktime
    assert wt is not None
    own, theirs = wt.sides if wt.sides is not None else (wt, wt)
    people, names = _people_on(plan, task, theirs)
    if not names or wt.sides is not None:
        mine = _names_of(plan, [task.calendar_uid, None], own) or [own.name]
        names = mine + [n for n in names if n not in mine]
    said = f"{_who(plan, task, more, people)}: {_calendars(names)}: {error.reason}"
    return TaskCalendarError(said, wt)


def _who(plan: Plan, task: Task, more: int, people: list[Resource]) -> str:
    """ "task 1.2 'Test' (and 2 more on that calendar), worked by 'Ana'"."""
    who = f"task {plan.wbs(task.uid)} {quoted(task.name)}"
    if more:
        who += f" (and {more} more on that calendar)"
    if people:
        who += f", worked by {_listed([p.name for p in people])}"
    return who


def _has_none(names: list[str], error: NoWorkingTimeError) -> str:
    """ "calendar 'A' has no working time (after D, ...)", or "calendars 'A' and 'B' have"."""
    said = no_work_after(error.last_day) if error.last_day is not None else "has no working time"
    if len(names) > 1:
        said = "have" + said.removeprefix("has")
    return f"{_calendars(names)} {said}"


def _calendars(names: list[str]) -> str:
    return f"calendar {quoted(names[0])}" if len(names) == 1 else f"calendars {_listed(names)}"


def _listed(names: list[str]) -> str:
    """ "'A' and 'B'", the first three of more and how many others."""
    said = " and ".join(quoted(name) for name in names[:3])
    return said + (f" and {len(names) - 3} more" if len(names) > 3 else "")


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


def _names_of(plan: Plan, calendar_uids: list[int | None], wt: WorkTime) -> list[str]:
    """The names of those plan calendars (None: the project's) whose working time ``wt`` is,
    or is one of (a union): the first only, as a task runs on one of them."""
    for uid in calendar_uids:
        cal = plan.calendars.get(uid) if uid is not None else None
        if uid is not None and cal is None:
            continue
        cal = cal or plan.calendar()
        if calendar_key(cal, plan.calendars) in wt.contents:
            return [cal.name]
    return []


def _people_on(plan: Plan, task: Task, wt: WorkTime) -> tuple[list[Resource], list[str]]:
    """The people on ``task`` (work, units above zero) whose calendar's working time ``wt``
    is, or is one of (their union), and the names of those calendars (each once)."""
    if task.ignore_resource_calendar:
        return [], []
    people: list[Resource] = []
    names: dict[str, None] = {}
    for a in plan.assignments_of_task(task.uid):
        if a.units <= 0:
            continue
        person = plan.resource(a.resource_uid)
        if person.type is not ResourceType.WORK or person in people:
            continue
        cal = plan.calendars.get(person.calendar_uid) if person.calendar_uid is not None else None
        cal = cal or plan.calendar()  # the network's rule: an unknown calendar is the project's
        if calendar_key(cal, plan.calendars) in wt.contents:
            people.append(person)
            names[cal.name] = None
    return people, list(names)
