"""A summary row's Cost cell in a client's sheet, read as MS Project reads a summary's cost.

In MS Project a summary's Cost is its rows' costs rolled up plus the summary's own Fixed
Cost. A sheet's Cost column (``Cost``, ``Kosten``, ``Coût``: what a row costs in all) so
holds on a summary either the roll-up (its own fixed cost nothing), the roll-up and more
(the more its own fixed cost), or less than its rows: then, as MS Project does with a Cost
typed below what it counts, the difference is the summary's own Fixed Cost, a credit (a
rebate on the phase; MS Project's Fixed Cost takes negative amounts), and the plan totals
what the cell says. A typed summary cost that is not its rows' total is said in a note,
with what the plan counts, so a fee typed on the phase's row is seen and corrected. A Fixed Cost column (``Feste Kosten``, ``Coût fixe``) is each row's own and is
not read here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from app.domain.money import format_money
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.io.sheet_number_marks import read_marks


def summary_costs_read(plan: Plan, where: Callable[[int], str] | None = None) -> list[str]:
    """Make each summary's fixed cost its own part of its typed Cost (each task's fixed cost
    holds its row's cell, as typed); the notes on summaries whose cell is not their rows'
    total. ``where(i)``: the cell of the ``i``-th task's cost (None: the task is named)."""
    tasks = plan.tasks
    totals: list[float] = [t.fixed_cost for t in tasks]  # each row's cell, as typed
    below: list[float] = [0.0] * len(tasks)  # what a summary's direct rows total
    stack: list[int] = []  # open summaries, by index
    for i, t in enumerate(tasks):
        while stack and tasks[stack[-1]].outline_level >= t.outline_level:
            stack.pop()
        if stack:
            below[stack[-1]] += totals[i]
        stack.append(i)
    group, decimal = read_marks()

    def money(amount: float) -> str:
        return format_money(amount, plan.project, group=group or ",", decimal=decimal)

    notes: list[str] = []
    for i, t in enumerate(tasks):
        if not below[i] or not totals[i]:
            continue  # a leaf, or a summary left blank: it totals nothing of its own
        own = round(totals[i] - below[i], 2)
        place = f"{where(i)}: " if where is not None else ""
        rows = money(below[i])
        if own < 0:  # less than its rows: a credit of its own, as MS Project keeps it
            notes.append(
                f"{place}summary {quoted(t.name)}: its Cost {money(totals[i])} is less than "
                f"its rows' {rows}: the {money(-own)} below them is read as its own credit "
                f"(a negative fixed cost, as MS Project keeps a Cost typed below its rows)"
            )
        elif own > 0:
            notes.append(
                f"{place}summary {quoted(t.name)}: its Cost {money(totals[i])} is more than "
                f"its rows' {rows}: the {money(own)} beyond them is read as its own fixed cost"
            )
        tasks[i] = replace(t, fixed_cost=0.0 if own == 0 else own)
    return notes
