"""Baselines and interim plans that travel with copied task rows, as MS Project's do.

MS Project keeps a task's Baseline (0..10) Start, Finish, Work and Cost, and Start1..10 /
Finish1..10, as fields of the task, so a row copied or cut and pasted carries them; a
replanned story keeps the budget earned value measures it against. Gantry keeps them in
the plan (``Plan.baselines``, ``Plan.interims``, keyed by task and assignment uid): copy
takes the copied rows' entries (:func:`carried_from`), paste puts them back under the
pasted rows' uids (:func:`carry_into`), and :func:`put_back` undoes that.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from app.domain.baseline import AssignmentBaselineEntry, Baseline, BaselineEntry
from app.domain.interim_plan import InterimEntry, InterimPlan

if TYPE_CHECKING:
    from app.domain.plan import Plan

_E = TypeVar("_E", BaselineEntry, InterimEntry)


@dataclass(frozen=True, slots=True)
class CarriedBaseline:
    """Baseline ``index``'s entries of the copied tasks and their assignments (with the
    baseline's name and time, for a plan that has no baseline ``index`` yet)."""

    index: int
    name: str
    saved_at: datetime | None
    entries: tuple[BaselineEntry, ...]
    assignments: tuple[AssignmentBaselineEntry, ...]


@dataclass(frozen=True, slots=True)
class CarriedInterim:
    """Interim plan ``number``'s Start N / Finish N of the copied tasks."""

    number: int
    saved_at: datetime | None
    entries: tuple[InterimEntry, ...]


@dataclass(frozen=True, slots=True)
class CarriedPlans:
    """What copied rows carry of the plan's baselines and interim plans."""

    baselines: tuple[CarriedBaseline, ...] = ()
    interims: tuple[CarriedInterim, ...] = ()

    @property
    def empty(self) -> bool:
        """Whether the rows carry nothing (the plan has no baseline or interim plan for them)."""
        return not self.baselines and not self.interims


@dataclass(frozen=True, slots=True)
class Renumbered:
    """Who the copied rows are where pasted: each copied task's, assignment's and person's
    uid there (an assignment or person missing: left out, with its baseline entry)."""

    tasks: Mapping[int, int]
    assignments: Mapping[int, int]
    people: Mapping[int, int]


@dataclass(frozen=True, slots=True)
class Replaced:
    """The baselines and interim plans a paste replaced (None: there was none), to undo it."""

    baselines: tuple[tuple[int, Baseline | None], ...] = ()
    interims: tuple[tuple[int, InterimPlan | None], ...] = ()


def carried_from(
    plan: Plan, task_uids: Iterable[int], assignment_uids: Iterable[int]
) -> CarriedPlans:
    """The entries of every baseline and interim plan of ``plan`` for the copied tasks and
    assignments (a baseline holding none of them is not carried)."""
    tasks, people = set(task_uids), set(assignment_uids)
    baselines = []
    for index in sorted(plan.baselines):
        base = plan.baselines[index]
        entries = tuple(e for e in base.entries if e.task_uid in tasks)
        assigned = tuple(e for e in base.assignments if e.assignment_uid in people)
        if entries or assigned:
            baselines.append(CarriedBaseline(index, base.name, base.saved_at, entries, assigned))
    interims = []
    for number in sorted(plan.interims):
        interim = plan.interims[number]
        kept = tuple(e for e in interim.entries if e.task_uid in tasks)
        if kept:
            interims.append(CarriedInterim(number, interim.saved_at, kept))
    return CarriedPlans(tuple(baselines), tuple(interims))


def carry_into(plan: Plan, carried: CarriedPlans, to: Renumbered) -> Replaced:
    """Give the pasted rows (already in ``plan``) the carried entries under their uids there.

    An entry ``plan`` already holds for one of those uids (left by a task deleted before,
    whose uid the paste took again) gives way, in every baseline and interim plan: a pasted
    row reads only what it carried. A baseline or interim plan ``plan`` lacks is made with
    the copied one's name and time. Returns what was replaced, for :func:`put_back`.
    """
    tasks = set(to.tasks.values())
    assignments = set(to.assignments.values())
    rows = {t.uid: n for n, t in enumerate(plan.tasks)}
    brought = {c.index: c for c in carried.baselines}
    baselines: list[tuple[int, Baseline | None]] = []
    for index in sorted(set(plan.baselines) | set(brought)):
        old = plan.baselines.get(index)
        c = brought.get(index)
        if c is None and not _holds(old, tasks, assignments):
            continue  # left as it is: nothing of the pasted rows in it
        entries = _renumbered(c.entries, to) if c is not None else []
        people = _people_renumbered(c.assignments, to) if c is not None else []
        if old is None:
            assert c is not None
            new = Baseline(index, c.saved_at, (), c.name)
        else:
            new = old
            entries = [e for e in old.entries if e.task_uid not in tasks] + entries
            people = [e for e in old.assignments if e.assignment_uid not in assignments] + people
        new = replace(new, entries=_in_rows(entries, rows), assignments=tuple(people))
        if new != old:
            plan.set_baseline(new)
            baselines.append((index, old))
    brought_interims = {i.number: i for i in carried.interims}
    interims: list[tuple[int, InterimPlan | None]] = []
    for number in sorted(set(plan.interims) | set(brought_interims)):
        old_interim = plan.interims.get(number)
        i = brought_interims.get(number)
        if i is None and (
            old_interim is None or all(e.task_uid not in tasks for e in old_interim.entries)
        ):
            continue
        kept: list[InterimEntry] = []
        if i is not None:
            kept = [
                replace(e, task_uid=to.tasks[e.task_uid])
                for e in i.entries
                if e.task_uid in to.tasks
            ]
        if old_interim is not None:
            kept = [e for e in old_interim.entries if e.task_uid not in tasks] + kept
            saved = old_interim.saved_at
        else:
            assert i is not None
            saved = i.saved_at
        interim = InterimPlan(number, _in_rows(kept, rows), saved)
        if interim != old_interim:
            plan.set_interim(interim)
            interims.append((number, old_interim))
    return Replaced(tuple(baselines), tuple(interims))


def _holds(base: Baseline | None, tasks: set[int], assignments: set[int]) -> bool:
    """Whether a baseline holds an entry of one of these tasks or assignments."""
    if base is None:
        return False
    return any(e.task_uid in tasks for e in base.entries) or any(
        e.assignment_uid in assignments for e in base.assignments
    )


def _renumbered(entries: Iterable[BaselineEntry], to: Renumbered) -> list[BaselineEntry]:
    """The copied tasks' entries under the pasted tasks' uids."""
    return [replace(e, task_uid=to.tasks[e.task_uid]) for e in entries if e.task_uid in to.tasks]


def _people_renumbered(
    entries: Iterable[AssignmentBaselineEntry], to: Renumbered
) -> list[AssignmentBaselineEntry]:
    """The copied assignments' entries under the pasted assignments', tasks' and people's uids
    (those of people left out, dropped)."""
    return [
        replace(
            e,
            assignment_uid=to.assignments[e.assignment_uid],
            task_uid=to.tasks[e.task_uid],
            resource_uid=to.people[e.resource_uid],
        )
        for e in entries
        if e.assignment_uid in to.assignments
        and e.task_uid in to.tasks
        and e.resource_uid in to.people
    ]


def put_back(plan: Plan, replaced: Replaced) -> None:
    """Undo :func:`carry_into`: each baseline and interim plan as it was (or none again)."""
    for index, base in reversed(replaced.baselines):
        if base is None:
            plan.clear_baseline(index)
        else:
            plan.set_baseline(base)
    for number, interim in reversed(replaced.interims):
        if interim is None:
            plan.clear_interim(number)
        else:
            plan.set_interim(interim)


def _in_rows(entries: list[_E], rows: Mapping[int, int]) -> tuple[_E, ...]:
    """Entries in the plan's row order, as a saved baseline keeps them (those of tasks no
    longer in the plan after, as they were)."""
    last = len(rows)
    order = sorted(range(len(entries)), key=lambda n: (rows.get(entries[n].task_uid, last), n))
    return tuple(entries[n] for n in order)
