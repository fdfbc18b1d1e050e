"""A GanttProject task's cost typed by hand, read and written so the task costs the same in
both programs.

GanttProject's task cost is either calculated (its people's rate x days x load) or typed
by hand (``cost-calculated="false" cost-manual-value="5000"``), and the typed one
*replaces* the people's cost. Gantry's task cost is its fixed cost *plus* its people's.

- Read: a cost typed by hand above 0 is the task's cost: what it holds beyond its people's
  cost (GanttProject's rate x days x load, Gantry's work x rate) is its fixed cost, so a
  .gan Gantry wrote reads back with the fixed cost it had. Typed below the people's cost,
  it is the fixed cost and the people are costed at 0 on that task through their cost rate
  table B (MS Project's way to price one assignment apart; table A stays their rate for
  every other task). One note says so.
  A cost typed by hand of 0 is read as calculated, from the people's rates: GanttProject
  itself wrote ``cost-calculated="false" cost-manual-value="0"`` on every task of its own
  sample, people with day rates and all, so a 0 is far likelier never typed than a task
  priced at nothing; a PM moving a plan over expects the rates they entered to cost it.
  The note says how many tasks GanttProject showed at 0.
- Write: GanttProject has no materials or cost items: they are left out with their
  assignments (:func:`people_only`), and a task using one is written with its whole cost
  typed by hand, so it costs the same and reads back with theirs as its fixed cost.
  A task with a fixed cost is written with its whole cost (fixed plus people's) typed
  by hand, which GanttProject shows as the task's cost; that it then no longer follows
  the people's work is said on saving (:func:`costs_not_kept`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.quoting import quoted
from app.domain.resource import RateEntry, RateUnit, ResourceType
from app.io.note_figures import note_amount

# Cost rate table B (A is 0): the table a task's people are costed by where it was priced
# by hand in GanttProject.
PRICED_TABLE = 1


def price_by_hand(plan: Plan, typed: dict[int, float], file_name: str) -> list[str]:
    """Cost ``plan``'s people at 0 on the tasks whose cost was typed by hand (``typed``:
    task uid -> the value; those above 0 are already their fixed costs), as GanttProject
    does; the notes saying so, one line each."""
    priced = {uid for uid, value in typed.items() if value > 0}
    rates = {r.uid: r.standard_rate for r in plan.resources}
    people_cost: dict[int, float] = {}
    for a in plan.assignments:  # GanttProject's: rate x days x load, as Gantry's work x rate
        if a.task_uid in priced:
            cost = a.work_minutes / 60 * rates.get(a.resource_uid, 0.0)
            people_cost[a.task_uid] = people_cost.get(a.task_uid, 0.0) + cost
    below = set()
    for i, task in enumerate(plan.tasks):
        people = people_cost.get(task.uid, 0.0)
        if task.uid not in priced or not people:
            continue
        if typed[task.uid] >= people:  # the rest of the typed cost beside the people's
            plan.tasks[i] = replace(task, fixed_cost=round(typed[task.uid] - people, 2))
        else:
            below.add(task.uid)
    free_people: set[int] = set()
    for i, a in enumerate(plan.assignments):
        if a.task_uid in below and rates.get(a.resource_uid, 0):
            plan.assignments[i] = replace(a, rate_table=PRICED_TABLE)
            free_people.add(a.resource_uid)
    for i, res in enumerate(plan.resources):
        if res.uid in free_people:  # table A: the person's rate as read; B: nothing
            free = RateEntry(None, 0.0, standard_rate_unit=RateUnit.DAY)
            plan.resources[i] = replace(res, rate_tables=((), (free,)))
    notes: list[str] = []
    if priced:
        first = plan.task(min(priced, key=plan.index_of))
        shown = f"{'first: ' if len(priced) > 1 else ''}{quoted(first.name)} {note_amount(typed[first.uid])}"
        have = "has" if len(priced) == 1 else "have"
        under = (
            f"; {counted(len(below), 'task')} typed below {'its' if len(below) == 1 else 'their'} "
            "people's cost: those people costed at 0 on it (their cost rate table B)"
            if below
            else ""
        )
        notes.append(
            f"{file_name}: {counted(len(priced), 'task')} {have} a cost typed by hand ({shown}), "
            "which replaces the people's cost in GanttProject: read as that cost, a fixed cost "
            f"beside the people's{under}"
        )
    zero = [
        uid
        for uid, value in typed.items()
        if value == 0
        and any(a.task_uid == uid and rates.get(a.resource_uid, 0) for a in plan.assignments)
    ]
    if zero:
        have = "has" if len(zero) == 1 else "have"
        notes.append(
            f"{file_name}: {counted(len(zero), 'task')} with people {have} a cost typed by "
            "hand of 0, so GanttProject shows them at 0: read as costed from their people's "
            "rates, as GanttProject's Calculated cost would"
        )
    return notes


def written_cost(
    plan: Plan, task_cost: dict[int, float], assignment_cost: Mapping[int, float] | None = None
) -> dict[int, float]:
    """Task uid -> the cost a .gan gives as typed by hand: each task with a fixed cost or a
    material or cost item (which a .gan leaves out: :func:`people_only`), at its whole cost
    (``task_cost``: the cost model's, fixed plus people's plus theirs); a summary at its own
    fixed cost plus its own materials' and cost items' (``assignment_cost``: assignment uid ->
    its cost), which a .gan read back adds to its subtasks' again."""
    people = people_only(plan)
    theirs: dict[int, float] = {}
    for a in plan.assignments:
        if a.resource_uid not in people:
            cost = (assignment_cost or {}).get(a.uid, 0.0)
            theirs[a.task_uid] = theirs.get(a.task_uid, 0.0) + cost
    out: dict[int, float] = {}
    for t in plan.tasks:
        if not t.fixed_cost and t.uid not in theirs:
            continue
        if plan.is_summary(t.uid):
            out[t.uid] = t.fixed_cost + theirs.get(t.uid, 0.0)
        else:
            out[t.uid] = task_cost.get(t.uid, t.fixed_cost)
    return out


def people_only(plan: Plan) -> set[int]:
    """The uids of the resources a .gan keeps: people. GanttProject has no materials and no
    cost items; written as people they would be booked hours (36 m³ of concrete as 864h)."""
    return {r.uid for r in plan.resources if r.type is ResourceType.WORK}


def not_people_not_kept(plan: Plan) -> str:
    """The line naming the materials and cost items a .gan leaves out with their assignments,
    their cost kept in the tasks' cost typed by hand; "" when there is none."""
    people = people_only(plan)
    left = [r for r in plan.resources if r.uid not in people]
    if not left:
        return ""
    kinds = {ResourceType.MATERIAL: "material", ResourceType.COST: "cost"}
    names = [f"{quoted(r.name)} ({kinds.get(r.type, 'not a person')})" for r in left]
    shown = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    theirs = [a for a in plan.assignments if a.resource_uid not in people]
    where = ""
    if theirs:
        first = min((plan.task(a.task_uid) for a in theirs), key=lambda t: plan.index_of(t.uid))
        where = f" with their {counted(len(theirs), 'assignment')} (first: {quoted(first.name)})"
    cost = "; their cost is kept in the tasks' cost typed by hand" if theirs else ""
    return f".gan has no materials or cost items: {shown} left out{where}{cost}"


def costs_not_kept(plan: Plan, task_cost: dict[int, float]) -> str:
    """The line naming the tasks whose fixed cost a .gan writes as a cost typed by hand
    together with their people's cost, which GanttProject then no longer works out;
    "" when there is none."""
    mixed = [
        t
        for t in plan.tasks
        if t.fixed_cost
        and not plan.is_summary(t.uid)
        and round(task_cost.get(t.uid, t.fixed_cost) - t.fixed_cost, 2)
    ]
    if not mixed:
        return ""
    first = mixed[0]
    return (
        f".gan keeps no fixed cost beside the people's: {counted(len(mixed), 'task')} "
        f"saved with the whole cost typed by hand (first: {quoted(first.name)} "
        f"{note_amount(task_cost.get(first.uid, 0.0))}), which GanttProject shows but no longer "
        "works out from their people's work"
    )
