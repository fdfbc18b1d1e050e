"""Leveling that delays one person's assignment rather than the whole task.

MS Project's "Leveling can adjust individual assignments on a task" (Resource Leveling
dialog; each task's Level Assignments, Task Information > Advanced, says whether it may):
Write needs Ana and Ben for two days, and only Ben is busy on Monday and Tuesday. Without
it Write waits for Ben, Ana idle with it; with it Ana starts on Monday and Ben's
assignment waits two days (its Leveling Delay, apart from the Delay the user types), and
Write lasts until Ben is done.

Here a task leveling would delay is tried person by person (:func:`adjusted`): each
person's first fit from where its links put it. When they differ, the task starts at the
earliest, each person later than that gets the difference as their assignment's leveling
delay, and the task's duration stretches to its latest person (as a typed Delay stretches
it, :func:`~app.domain.assignment_delay.stretched_duration`), so the scheduler, Usage and
over-allocation lay each person where leveling booked them. Only plain tasks are adjusted
(:func:`adjustable`): not started, not split, not elapsed, two people or more, each with
their own work, evenly over the task, no typed Delay, all on the task's calendar.

The delays travel with the task's own, as its :class:`~app.domain.leveling_resume.LevelingDelay`'s
``people`` (assignment uid, minutes), so applying, undoing and clearing leveling
(:func:`with_people`) take them along in the same one step.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import replace

from app.domain.assignment_delay import stretched_duration
from app.domain.contours import WorkContour
from app.domain.leveling_bookings import Booking, stretches
from app.domain.leveling_placement import Shape
from app.domain.leveling_resume import LevelingDelay, delay_is_pause
from app.domain.leveling_timeline import Timeline
from app.domain.plan import Plan
from app.domain.resource import Assignment, ResourceType
from app.domain.task import Task

# The search for room of one person: index, start, finish, the person without room.
Fit = Callable[
    [dict[int, Timeline], list[Booking], Shape, int, Callable[[int], tuple[int, int]]],
    tuple[int, int, int, int | None],
]


def adjustable(
    plan: Plan,
    tasks: Mapping[int, Task],
    booking: Mapping[int, list[Booking]],
    stays: Mapping[int, list[Booking]],
) -> dict[int, dict[int, int]]:
    """The tasks whose people leveling may delay one by one: by task uid, each leveled
    person's uid and their assignment's uid."""
    by_task: dict[int, list[Assignment]] = {}
    for a in plan.assignments:
        if a.task_uid in booking:
            by_task.setdefault(a.task_uid, []).append(a)
    out: dict[int, dict[int, int]] = {}
    for uid, mine in by_task.items():
        task = tasks.get(uid)
        people = booking[uid]  # those leveled: on a basis other than Minute, maybe one of them
        if (
            task is None
            or not task.level_assignments
            or len(mine) < 2
            or not people
            or stays.get(uid)
            or task.splits
            or task.elapsed
            or task.milestone
            or task.calendar_uid is not None
            or delay_is_pause(task)
            or any(lay is not None for _r, _u, lay in people)
        ):
            continue
        if not all(_plain(plan, a) for a in mine):
            continue
        calendars = {plan.resource(a.resource_uid).calendar_uid for a in mine}
        if len(calendars) == 1:
            out[uid] = {a.resource_uid: a.uid for a in mine}
    return out


def _plain(plan: Plan, a: Assignment) -> bool:
    """A person working their own typed work evenly from their task's start."""
    return (
        a.work_minutes > 0
        and a.units > 0
        and not a.delay_minutes
        and a.contour is WorkContour.FLAT
        and not a.edited_work
        and not a.actual_work_minutes
        and plan.resource(a.resource_uid).type is ResourceType.WORK
    )


def adjusted(
    fit: Fit,
    timelines: dict[int, Timeline],
    bookings: list[Booking],
    shape: Shape,
    w: int,
    at: Callable[[int], tuple[int, int]],
    unleveled: Iterable[int] = (),
) -> dict[int, int] | None:
    """Where each person of a task first has room from index ``w`` (its links' start and
    any delay kept), by person uid; None when they all wait alike (the whole task waits)
    or one never has room. The ``unleveled`` people (not over-allocated on the leveling
    basis, so not booked) start at ``w``."""
    found: dict[int, int] = dict.fromkeys(unleveled, w)
    for b in bookings:
        index, _start, _finish, stuck = fit(timelines, [b], shape, w, at)
        if stuck is not None:
            return None
        found[b[0]] = index
    if len(set(found.values())) < 2:
        return None
    return found


def book_people(
    clash: Callable[[int, int, int, int, float, str | None], None],
    timelines: dict[int, Timeline],
    uid: int,
    bookings: Iterable[Booking],
    spans_of: Callable[[int], list[tuple[int, int]]],
) -> None:
    """Book each person of task ``uid`` over their own spans (``spans_of(person uid)``),
    their clashes named (none should be left: each was fitted where they have room)."""
    for b in bookings:
        for res_uid, a, z, units in stretches([b], spans_of(b[0])):
            clash(res_uid, uid, a, z, units, None)
            timelines[res_uid].book(a, z, units, uid)


def people_of(minutes: int) -> tuple[tuple[int, int], ...]:
    """The assignments' leveling delays a task's leveling delay carries (assignment uid,
    minutes); none for a plain int."""
    return getattr(minutes, "people", ())


def held_people(plan: Plan) -> dict[int, dict[int, int]]:
    """The assignment leveling delays the plan holds: by task uid, assignment uid -> minutes."""
    out: dict[int, dict[int, int]] = {}
    for a in plan.assignments:
        if a.leveling_delay_minutes:
            out.setdefault(a.task_uid, {})[a.uid] = a.leveling_delay_minutes
    return out


def with_people(plan: Plan, task: Task, people: Mapping[int, int]) -> tuple[Task, list[Assignment]]:
    """``task`` and its assignments once their leveling delays are ``people`` (assignment
    uid -> minutes; the others none): the assignments that change and the task's duration
    stretched to its latest person, or shrunk back (a task not so adjusted: as it is)."""
    before = plan.assignments_of_task(task.uid)
    after = [
        a
        if a.leveling_delay_minutes == people.get(a.uid, 0)
        else replace(a, leveling_delay_minutes=people.get(a.uid, 0))
        for a in before
    ]
    changed = [a for a, b in zip(after, before, strict=True) if a is not b]
    if not changed:
        return task, []
    duration = stretched_duration(plan, task.duration_minutes, before, after)
    if duration != task.duration_minutes:
        task = replace(task, duration_minutes=duration)
    return task, changed


def delay_with_people(minutes: int, people: Mapping[int, int] | Iterable[tuple[int, int]]) -> int:
    """A task's leveling delay carrying its assignments' (``minutes`` as it is with none)."""
    pairs = tuple(sorted(dict(people).items()))
    if not pairs:
        return minutes
    pauses = getattr(minutes, "pauses", ())
    return LevelingDelay(int(minutes), pauses, pairs)


def tasks_with_people(plan: Plan, uids: Collection[int] | None = None) -> set[int]:
    """The tasks (of ``uids``, or all) an assignment leveling delay is on."""
    return {
        a.task_uid
        for a in plan.assignments
        if a.leveling_delay_minutes and (uids is None or a.task_uid in uids)
    }
