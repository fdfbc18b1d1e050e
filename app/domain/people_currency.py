"""People carried between plans in different currencies: a rate is kept as a bare number,
so €85/h pasted into a plan in US dollars would read $85/h. Gantry knows no exchange rate,
so a person whose rates, cost per use or rate tables hold money is not carried into a
plan in another currency (MS Project shares a resource pool in one currency only); a
person without money (a rate of 0) goes across as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.quoting import NAME_LIMIT, quoted

if TYPE_CHECKING:
    from collections.abc import Iterable

    from app.domain.project import Project
    from app.domain.resource import Resource


def plan_currency(project: Project) -> str:
    """The currency a plan's money is in, as its code ('EUR'), else its symbol; "" when the
    plan's file named none (a CSV, a client's sheet: its money takes whatever plan it joins)."""
    if not project.currency_stated:
        return ""
    return project.currency.strip().upper() or project.currency_symbol.strip()


def carries_money(person: Resource) -> bool:
    """True when ``person`` holds an amount that is in their plan's currency."""
    rates = (person.standard_rate, person.overtime_rate, person.cost_per_use, person.budget_cost)
    if any(rates):
        return True
    return any(
        e.standard_rate or e.overtime_rate or e.cost_per_use
        for table in person.rate_tables
        for e in table
    )


def currency_refusal(
    people: Iterable[Resource], source: str, source_currency: str, target: Project
) -> str:
    """Why ``people`` (from plan ``source``, in ``source_currency``) cannot join a plan
    ``target`` in another currency: one line naming the first person with money and both
    currencies ("" when they can: same currency, or none known on one side)."""
    here = plan_currency(target)
    if not source_currency or not here or source_currency.casefold() == here.casefold():
        return ""
    paid = [p for p in people if carries_money(p)]
    if not paid:
        return ""
    names = [p.name for p in paid]
    return across_currencies(
        "No one brought", names, "rates", (source_currency, source), target, here
    )


def across_currencies(
    lead: str, names: list[str], money: str, there: tuple[str, str], target: Project, here: str
) -> str:
    """The refusal of things with ``money`` (rates, costs) named ``names`` from the plan
    ``there`` (its currency, its name) into ``target``, in currency ``here``: the first
    named, how many more, both currencies, and that no exchange rate is known."""
    currency, source = there
    more = f" (and {len(names) - 1} more)" if len(names) > 1 else ""
    verb = "have" if more else "has"
    return (
        f"{lead}: {quoted(names[0], NAME_LIMIT)}{more} {verb} {money} in {currency} "
        f"({quoted(source, NAME_LIMIT)}) and {quoted(target.name, NAME_LIMIT)} is in {here}; "
        f"Gantry knows no exchange rate (type their {here} {money} here by hand)"
    )
