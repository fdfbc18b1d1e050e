"""The clashes leveling names: people booked as tasks are placed, and why a clash stays.

:class:`Clashes` books each person on their timeline
(:mod:`~app.domain.leveling_timeline`) as the leveler places tasks, and keeps, per
(person, task), why a clash cannot be cleared (a task that may not move, a person asked
more than their peak units, ...: :mod:`~app.domain.leveling_rules`) with the moment it
starts and the task holding the person then. :meth:`Clashes.left` turns them into the
:class:`~app.domain.leveling_result.Unresolved` rows of the result."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from app.domain.leveling_bookings import Booking, stretches
from app.domain.leveling_remaining import Remaining
from app.domain.leveling_result import Unresolved
from app.domain.leveling_resume import can_pause
from app.domain.leveling_rules import (
    CAN_LEVEL_OFF,
    asks_too_much,
    held_as,
    may_pause,
    movable,
    why_fixed,
    why_held,
)
from app.domain.leveling_summary import SummaryPeople, under
from app.domain.leveling_timeline import EPS, Timeline
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.task import Task


class Clashes:
    """People's bookings as leveling places tasks, and the clashes it cannot clear.

    ``booking``: what each person who makes others wait books, by task;
    ``stays``: people whose Can Level is off book where their tasks go and make no
    one wait. Both are the leveler's, read as they change (a started task's done
    part is booked, then its work left).
    """

    __slots__ = (
        "booking",
        "clash_at",
        "held",
        "split_remaining",
        "stays",
        "tasks",
        "timelines",
        "unresolved",
    )

    def __init__(
        self,
        tasks: dict[int, Task],
        timelines: dict[int, Timeline],
        booking: dict[int, list[Booking]],
        stays: dict[int, list[Booking]],
        split_remaining: bool,
        held: frozenset[int] = frozenset(),
    ) -> None:
        self.tasks = tasks
        self.held = held  # tasks outside the run's range or selection: they stay
        self.timelines = timelines
        self.booking = booking
        self.stays = stays
        self.split_remaining = split_remaining
        self.unresolved: dict[tuple[int, int], str] = {}
        # Where each clash left starts (clock minutes) and the task holding the person then.
        self.clash_at: dict[tuple[int, int], tuple[int, int]] = {}

    def clash(self, res_uid: int, uid: int, a: int, b: int, units: float, why: str | None) -> None:
        """Name a clash of task ``uid`` over [a, b) (``why``), with its moment and holder."""
        key = (res_uid, uid)
        if key in self.clash_at or (why is None and key not in self.unresolved):
            return
        timeline = self.timelines[res_uid]
        at = timeline.first_clash(a, b, units)
        if at is None:
            return
        if why is not None:
            self.unresolved.setdefault(key, why)
        self.clash_at[key] = (at, next((h for h in timeline.holders(at) if h != uid), -1))

    def book(self, uid: int, spans: list[tuple[int, int]], why: str | None) -> None:
        """Book the people of task ``uid`` over ``spans``; ``why`` its clashes stay, if they do."""
        timelines = self.timelines
        for res_uid, a, b, units in stretches(self.booking.get(uid, ()), spans):
            self.clash(res_uid, uid, a, b, units, why)
            timelines[res_uid].book(a, b, units, uid)
        for res_uid, a, b, units in stretches(self.stays.get(uid, ()), spans):
            self.clash(res_uid, uid, a, b, units, CAN_LEVEL_OFF)
            timelines[res_uid].book(a, b, units, uid)

    def unbook(self, uid: int) -> None:
        """Take back the bookings of task ``uid`` (it moved, to be booked again) and where
        its clashes were found; why they stay is kept (its people asked too much of, say)."""
        for res_uid, _units, _lay in (*self.booking.get(uid, ()), *self.stays.get(uid, ())):
            self.timelines[res_uid].unbook(uid)
            self.clash_at.pop((res_uid, uid), None)

    def why_fixed_here(self, task: Task) -> str:
        """Why a fixed task stays, with the option that would have let it pause."""
        if task.uid in self.held and movable(task):
            return why_held(task)
        why = why_fixed(task)
        if (
            not self.split_remaining
            and task.uid in self.booking
            and can_pause(task)
            and may_pause(task)
        ):
            return f"{why} and splits in remaining work are off"
        return why

    def too_much(self, uid: int, bookings: Iterable[Booking]) -> None:
        """Name each person ``uid`` asks more of than their peak units: no wait mends that."""
        timelines, unresolved = self.timelines, self.unresolved
        for res_uid, units, _lay in bookings:
            if units > timelines[res_uid].peak + EPS:
                unresolved.setdefault(
                    (res_uid, uid), asks_too_much(self.tasks[uid], units, timelines[res_uid])
                )

    def left(
        self,
        plan: Plan,
        fixed: set[int],
        resumable: Mapping[int, Remaining],
        on_summary: SummaryPeople,
    ) -> tuple[Unresolved, ...]:
        """What leveling could not clear, by person then task: each with why, when its clash
        starts and the task holding the person then (``fixed``: the tasks that never move,
        ``resumable``: the started ones whose work left was placed in turn)."""
        parents: list[dict[int, int | None]] = []  # read once, when a summary's clash asks
        return tuple(
            Unresolved(
                res_uid,
                task_uid,
                why,
                *self._holding((res_uid, task_uid), plan, fixed, resumable, on_summary, parents),
            )
            for (res_uid, task_uid), why in sorted(self.unresolved.items(), key=lambda kv: kv[0])
        )

    def _holding(
        self,
        key: tuple[int, int],
        plan: Plan,
        fixed: set[int],
        resumable: Mapping[int, Remaining],
        on_summary: SummaryPeople,
        parents: list[dict[int, int | None]],
    ) -> tuple[datetime | None, str, str]:
        """When the clash of ``key`` starts, the task holding the person, and how."""
        if key not in self.clash_at:
            return None, "", ""
        tasks = self.tasks
        at, holder = self.clash_at[key]
        if holder not in tasks:
            return moment(at), "", ""
        if key[1] in on_summary:
            if not parents:
                parents.append(plan.parent_uids())
            if under(parents[0], key[1], holder):
                return (
                    moment(at),
                    tasks[holder].name,
                    f"a subtask of {quoted(plan.task(key[1]).name, NAME_LIMIT)}",
                )
        if holder in resumable:
            how = "work done" if at < resumable[holder].rest.start else "its work left"
        elif holder in self.held and movable(tasks[holder]):
            how = "not being leveled"
        elif holder in fixed or not movable(tasks[holder]):
            how = held_as(tasks[holder])
            if self.why_fixed_here(tasks[holder]) != why_fixed(tasks[holder]):
                how += ", and splits in remaining work are off"
        else:
            how = "placed first in the leveling order"
        return moment(at), tasks[holder].name, how


def moment(minutes: int) -> datetime:
    """The datetime of a moment in clock minutes (the result's dates)."""
    day, minute = divmod(minutes, 1440)
    return datetime.fromordinal(day) + timedelta(minutes=minute)
