"""Tasks carried between plans in different currencies: a fixed cost or a cost resource's
amount on a task is kept as a bare number, so €3,000 pasted into a plan in US dollars would
read $3,000. Gantry knows no exchange rate, so tasks holding such money are not pasted into a
plan in another currency, as people with rates are not (:mod:`app.domain.people_currency`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.people_currency import across_currencies, plan_currency

if TYPE_CHECKING:
    from collections.abc import Iterable

    from app.domain.project import Project
    from app.domain.resource import Assignment
    from app.domain.task import Task


def tasks_money_refusal(
    tasks: Iterable[Task], assignments: Iterable[Assignment], source: Project, target: Project
) -> str:
    """Why ``tasks`` (with their ``assignments``) from a plan whose project is ``source`` cannot
    be pasted into one whose project is ``target``: one line naming the first task with a fixed
    cost or a cost item's amount and both currencies ("" when they can: the same currency, none
    known on one side, or no money on the tasks)."""
    there, here = plan_currency(source), plan_currency(target)
    if not there or not here or there.casefold() == here.casefold():
        return ""
    costed = {a.task_uid for a in assignments if a.cost}
    paid = [t for t in tasks if t.fixed_cost or t.uid in costed]
    if not paid:
        return ""
    names = [t.name for t in paid]
    return across_currencies("No task pasted", names, "costs", (there, source.name), target, here)
