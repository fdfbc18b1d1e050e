"""An assignment's work, units and contour set directly (MS Project's Assignment Information).

As in MS Project, what moves follows the task type: with fixed units or fixed work
only the edited person's own length changes (their work at their units, after their
Delay) and the task lasts as long as its longest assignment; the other people keep
their work and units, as MS Project's Task Usage leaves them. With fixed duration, or
on a milestone, the duration stays and the person's units become work / duration.

A work contour (:mod:`app.domain.contours`) books, on average, its mean share of the
(peak) units. Applying one keeps the work and the peak units and stretches the
task to ``work / (units x mean)`` (MS Project's files: 80 h at 100 % Back Loaded
last 133 h 20 min); on a started assignment only the remaining work takes the
shape, the work done staying flat (40 h of 80 h done, then Bell: 40 h + 40 h / 50 %
= 120 h); on a fixed-duration task the duration and the peak stay and
the work becomes ``units x duration x mean``.

Work typed period by period (:mod:`app.domain.edited_work`) gives way to each of these
edits, and to a new duration (:func:`app.domain.assigning.rebalance_for_duration`): the
assignment is laid by its contour again, as MS Project lays work anew then.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace

from app.domain.contours import WorkContour, own_need
from app.domain.delay_laying import working_delay
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import Assignment, ResourceType
from app.domain.schedule import TaskTimes
from app.domain.task import Task, TaskType
from app.domain.workload import DayCalendar, _resource_calendar, done_work

Edit = tuple[Task, list[Assignment]]  # the task and the assignments as they become


def _keeps_duration(task: Task, a: Assignment) -> bool:
    return task.task_type is TaskType.FIXED_DURATION or task.milestone or a.units <= 0


def people_only(plan: Plan, a: Assignment, rule: str) -> None:
    """InputError unless ``a`` is a person's (a work resource's): "'Cement' is a material:
    ``rule``", or "... is a cost item: ``rule``" (the field is kept for people only)."""
    res = plan.resource(a.resource_uid)
    if res.type is not ResourceType.WORK:
        kind = "a material" if res.type is ResourceType.MATERIAL else "a cost item"
        raise InputError(f"{quoted(res.name, NAME_LIMIT)} is {kind}: {rule}")


def person_on_leaf(plan: Plan, a: Assignment, what: str) -> Task:
    """The assignment's task; InputError unless a person works on a task of its own."""
    task = plan.task(a.task_uid)
    res = plan.resource(a.resource_uid)
    if res.type is not ResourceType.WORK:
        kind = (
            "a material: type its quantity in Units"
            if res.type is ResourceType.MATERIAL
            else ("a cost item: type its amount in Cost")
        )
        raise InputError(
            f"{quoted(res.name, NAME_LIMIT)} is {kind}; {what} is measured for people only"
        )
    if plan.is_summary(task.uid):
        raise InputError(
            f"the work on summary task {quoted(task.name, NAME_LIMIT)} comes from its subtasks"
        )
    return task


def _longest(plan: Plan, task: Task, a: Assignment) -> Edit:
    """The task lasting as long as its longest person needs once ``a`` becomes as given
    (each one's length after their Delay); the others keep their work and units (one
    whose work followed the duration keeps the work it had: duration x units)."""
    entered = _entered_on(plan, task.uid)
    others = [
        b
        for b in plan.assignments_of_task(task.uid)
        if b.uid != a.uid and plan.resource(b.resource_uid).type is ResourceType.WORK
    ]
    needs = [assignment_need(plan, b, entered) + delay_of(plan, b) for b in others]
    needs.append(assignment_need(plan, a, entered) + delay_of(plan, a))
    needs += [task.duration_minutes for b in others if b.work_minutes <= 0 < b.units]
    duration = max(1, round(max(needs)))
    if duration == task.duration_minutes:
        return task, [a] if a != plan.assignment(a.uid) else []
    pinned = [
        replace(b, work_minutes=round(task.duration_minutes * b.units))
        for b in others
        if b.work_minutes <= 0 < b.units
    ]
    return replace(task, duration_minutes=duration), [a, *pinned]


def assignment_need(plan: Plan, a: Assignment, entered: Container[int] | None = None) -> float:
    """Working minutes ``a`` needs at its units: its work done flat, the rest by its contour,
    only the regular share making the length (its overtime is laid within: MS Project)."""
    work = a.work_minutes
    if work <= 0 or a.units <= 0:
        return 0.0
    done = done_work(plan, a, work, entered)  # stays flat: only the work left is shaped
    regular = work - min(a.overtime_work_minutes, work)
    return own_need(work, a.units, a.contour, done) * regular / work


def _entered_on(plan: Plan, task_uid: int) -> frozenset[int]:
    """:func:`entered_tasks` as far as the needs of one task's assignments read it: the task
    when someone on it has actual work entered. Its own assignments, not the plan's (every
    assignment of the plan was read for each edit: 2 ms at 66k assignments)."""
    on_task = plan.assignments_of_task(task_uid)
    return frozenset((task_uid,)) if any(b.actual_work_minutes for b in on_task) else frozenset()


def delay_of(plan: Plan, a: Assignment) -> int:
    """``a``'s Delay in working minutes of its task's length (0 for most)."""
    if not a.laid_delay:
        return 0
    return working_delay(a.laid_delay, a.delay_elapsed, plan.project.minutes_per_day)


def work_edit(plan: Plan, assignment_uid: int, work_minutes: int) -> Edit:
    """The task and the assignments changed by giving one assignment ``work_minutes``.

    Raises InputError for work that cannot be set: none or negative, on a material or
    cost item, on a summary task, or on a task that has no working time to hold it.
    """
    a = plan.assignment(assignment_uid)
    task = person_on_leaf(plan, a, "work")
    res = plan.resource(a.resource_uid)
    if work_minutes <= 0:
        raise InputError(
            f"work must be more than zero; to take {quoted(res.name, NAME_LIMIT)} off {quoted(task.name, NAME_LIMIT)}, "
            "use Remove from task"
        )
    mean = a.contour.mean
    # Overtime stays as entered (no more than the new work): the regular work makes the length.
    new = replace(
        a,
        work_minutes=work_minutes,
        overtime_work_minutes=min(a.overtime_work_minutes, work_minutes - 1),
        edited_work=(),
    )
    if _keeps_duration(task, a):
        if task.duration_minutes <= 0:
            raise InputError(
                f"{quoted(task.name, NAME_LIMIT)} has no working time to hold work; give it a duration"
            )
        regular = work_minutes - new.overtime_work_minutes
        edit: Edit = task, [replace(new, units=regular / (task.duration_minutes * mean))]
    else:
        edit = _longest(plan, task, new)
    # typed days keep their place: the work left after them may run past the task's finish
    from app.domain.typed_days_span import covered_edit  # it lays work as this module does

    return covered_edit(plan, task, edit)


def units_edit(plan: Plan, assignment_uid: int, units: float) -> Edit:
    """The task and the assignments changed by giving one person ``units`` (peak units).

    Fixed units or fixed work keep the person's work: the task lasts work / units
    (the others follow the new duration); fixed duration keeps the duration and the
    work becomes units x duration. InputError for units of zero or less.
    """
    a = plan.assignment(assignment_uid)
    task = person_on_leaf(plan, a, "units")
    if units <= 0:
        raise InputError("units must be more than zero")
    mean = a.contour.mean
    if _keeps_duration(task, replace(a, units=units)) or a.work_minutes <= 0:
        work = round(units * task.duration_minutes * mean) + a.overtime_work_minutes
        return task, [replace(a, units=units, work_minutes=work, edited_work=())]
    new = replace(a, units=units, edited_work=())
    return _longest(plan, task, new)


def contour_edit(plan: Plan, assignment_uid: int, contour: WorkContour) -> Edit:
    """The task and the assignments changed by shaping one assignment's work by ``contour``.

    Fixed units or fixed work: the work and the peak units stay and the task lasts as
    long as its longest assignment needs (this one: work / (units x mean)); the other
    people keep their work and units. Fixed duration (or a milestone): the duration and
    the peak units stay, the work becomes units x duration x mean. A material takes the
    contour as it is. InputError on a cost item or a summary task.
    """
    a = plan.assignment(assignment_uid)
    task = plan.task(a.task_uid)
    res = plan.resource(a.resource_uid)
    if res.type is ResourceType.COST:
        raise InputError(f"{quoted(res.name, NAME_LIMIT)} is a cost item: it has no work to shape")
    if plan.is_summary(task.uid):
        raise InputError(
            f"the work on summary task {quoted(task.name, NAME_LIMIT)} comes from its subtasks"
        )
    shaped = replace(a, contour=contour, edited_work=())  # its typed periods give way
    if contour is a.contour:
        return task, []
    if res.type is ResourceType.MATERIAL or a.work_minutes <= 0:
        return task, [shaped]
    if _keeps_duration(task, a):
        regular = round(a.units * task.duration_minutes * contour.mean)
        shaped = replace(shaped, work_minutes=regular + a.overtime_work_minutes)
        return task, [shaped]
    # Work already done stays as it was done (flat): only the remaining work takes the shape.
    new_task, _ = _longest(plan, task, shaped)
    return new_task, [shaped]


def notes_edit(plan: Plan, assignment_uid: int, notes: str) -> Edit:
    """The assignment with its notes replaced (nothing else moves)."""
    a = plan.assignment(assignment_uid)
    return plan.task(a.task_uid), [] if notes == a.notes else [replace(a, notes=notes)]


def apply_edit(plan: Plan, edit: Edit) -> Edit:
    """Put an edit's task and assignments in the plan as one change; returns what it
    replaced (for undo: :func:`apply_edit` again with it)."""
    task, assignments = edit
    with plan.batch():
        old_task = plan.task(task.uid)
        if task != old_task:
            plan.update_task(task)
        old = [plan.update_assignment(a) for a in assignments]
    return old_task, old


def planned_work(
    plan: Plan,
    a: Assignment,
    times: TaskTimes,
    cals: dict[int | None, DayCalendar] | None = None,
) -> float:
    """The work ``a`` plans under a schedule (working minutes).

    A person on a summary task works its whole span at their units, as MS Project keeps
    it: their working time from the summary's start to its finish (their own calendar)
    times their units. The work follows the summary as its subtasks move, whatever was
    stored when the task was a task of its own (Bob put on 'Backend' for 5 days keeps
    100 %, not 40 h). Elsewhere the stored work, or duration x units when none was entered.
    ``cals``: day calendars already built, by calendar uid (filled as needed).
    """
    if times.summary and plan.resource(a.resource_uid).type is ResourceType.WORK:
        if times.finish <= times.start:
            return 0.0
        cal = _resource_calendar(plan, plan.resource(a.resource_uid), {} if cals is None else cals)
        return float(round(cal.span(times.start, times.finish)[2] * a.units))
    return float(a.work_minutes or round(times.duration_minutes * a.units))
