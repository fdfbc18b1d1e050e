"""An assignment's Delay (MS Project's Task Usage column and Assignment Information field).

A delayed person starts their work that long after their task's start: the reviewer
begins two days after the writers. The delay is working time of the person's calendar
(``2d``, ``4h``), or elapsed time when typed so (``1ed``, round the clock). Their work is
laid from there (:func:`app.domain.delay_laying.delayed_parts`, read by :func:`app.domain.workload.own_pieces`,
so Usage, workload, over-allocation, costs over time and the assignment's dates follow),
and the task lasts until its latest person is done (:func:`delay_edit` stretches its
duration, so successors and the critical path follow as the scheduler runs).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from app.domain.assignment_work import Edit, assignment_need
from app.domain.delay_laying import working_delay
from app.domain.errors import InputError
from app.domain.notation import LONGEST_MINUTES, format_duration, parse_duration
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.quoting import quoted
from app.domain.resource import Assignment, ResourceType
from app.domain.task import DurationUnit

FIELD = "Delay"


def delay_text(a: Assignment, project: Project) -> str:
    """The Delay as shown: ``0d``, ``2d``, ``4h``, ``1ed``; in the unit it was typed in
    (``1w`` stays ``1w``, not ``5d``), as MS Project keeps it."""
    unit = a.delay_unit if a.delay_minutes else None
    return format_duration(a.delay_minutes, project, a.delay_elapsed, unit=unit)


def read_delay(text: str, project: Project) -> tuple[int, bool]:
    """A typed Delay (``2d``, ``4h``, ``1ed``; a bare number in the plan's duration unit,
    blank for none) as (minutes, elapsed); InputError naming the field otherwise."""
    minutes, elapsed, _unit = read_typed_delay(text, project)
    return minutes, elapsed


def read_typed_delay(text: str, project: Project) -> tuple[int, bool, DurationUnit | None]:
    """:func:`read_delay` with the unit typed (``1w``: weeks; a bare number: the plan's
    duration unit; blank: None), which the Delay keeps to be shown in."""
    typed = text.strip()
    if not typed:
        return 0, False, None
    if typed.startswith("-"):
        raise InputError(f"{FIELD}: {quoted(typed)} cannot be negative; type 0d for no delay")
    try:
        got = parse_duration(typed, project, what="a delay")
    except InputError as e:
        raise InputError(f"{FIELD}: {e}") from None
    return got.minutes, got.elapsed, got.unit


def _reach(plan: Plan, a: Assignment, duration: int) -> float:
    """Working minutes from its task's start to where ``a`` is done: its delay, then its own
    length (a person without work of their own, a material: the task's ``duration``)."""
    need = assignment_need(plan, a)
    if need <= 0 or plan.resource(a.resource_uid).type is not ResourceType.WORK:
        need = duration
    return working_delay(a.laid_delay, a.delay_elapsed, plan.project.minutes_per_day) + need


def stretched_duration(
    plan: Plan, duration: int, before: Sequence[Assignment], after: Sequence[Assignment]
) -> int:
    """A task's duration once its people's delays change from ``before`` to ``after``: long
    enough for the latest person to be done, as MS Project's task finishes with its latest
    assignment. A task that a delay had stretched (its duration is where its latest
    delayed person ends) shrinks back with it, to no less than its longest own length;
    one longer than its people's work keeps its length when a delay fits within it."""
    base = duration
    if any(a.laid_delay for a in before):
        reach = max(_reach(plan, a, duration) for a in before)
        if abs(reach - duration) <= 1:  # stretched to the latest delayed person
            base = max(
                round(_reach(plan, replace(a, delay_minutes=0, leveling_delay_minutes=0), 0))
                for a in before
            )
    if not after:
        return base
    return max(base, min(LONGEST_MINUTES, round(max(_reach(plan, a, base) for a in after))))


def delay_edit(
    plan: Plan,
    assignment_uid: int,
    minutes: int,
    elapsed: bool = False,
    unit: DurationUnit | None = None,
) -> Edit:
    """The task and the assignment once one assignment is delayed by ``minutes`` (elapsed or
    working; ``unit``: the one it was typed in, kept to show it): the task's duration
    stretched or shrunk with it (:func:`stretched_duration`); the same length in another
    unit (5d retyped 1w) changes the unit alone. InputError for a negative delay or one on a
    summary task or a milestone."""
    a = plan.assignment(assignment_uid)
    task = plan.task(a.task_uid)
    if minutes < 0:
        raise InputError(f"{FIELD}: cannot be negative; type 0d for no delay")
    minutes = min(minutes, LONGEST_MINUTES)
    unit = unit if minutes else None
    if minutes == a.delay_minutes and (elapsed == a.delay_elapsed or not minutes):
        if unit == a.delay_unit or not minutes:
            return task, []
        return task, [replace(a, delay_unit=unit)]  # shown in the unit typed: 5d -> 1w
    if minutes and plan.is_summary(task.uid):
        raise InputError(
            f"{FIELD}: {quoted(task.name)} is a summary task; delay the people on its subtasks"
        )
    if minutes and task.milestone:
        raise InputError(f"{FIELD}: {quoted(task.name)} is a milestone, which takes no time")
    new = replace(a, delay_minutes=minutes, delay_elapsed=elapsed and minutes > 0, delay_unit=unit)
    before = plan.assignments_of_task(task.uid)
    after = [new if b.uid == new.uid else b for b in before]
    if task.elapsed:  # a round-the-clock task keeps its length: its people are laid on it
        return task, [new]
    duration = stretched_duration(plan, task.duration_minutes, before, after)
    return replace(task, duration_minutes=duration), [new]
