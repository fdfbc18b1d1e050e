"""A cost item's amount typed in a People cell (``MEP subcontractor[45000]``).

MS Project takes a cost resource's amount in Assignment Information > Cost or the Task
Usage view; a PM types it where they name the subcontractor. The bracketed number is the
amount (in the plan's currency, with its symbol or code or none), read as Fixed Cost reads
money typed in the window (:mod:`app.domain.typed_money`): an amount unclear against the
marks (``45.000`` in English) is refused, as is a negative one. The People cell shows a
cost item by its name alone, as MS Project's Resource Names does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.errors import InputError
from app.domain.money import NumberMarks
from app.domain.quoting import quoted
from app.domain.typed_money import C_MONEY_MARKS, read_typed_money

if TYPE_CHECKING:
    from app.domain.resource import Resource


class CostAmount(float):
    """An amount typed for a cost item: what :func:`read_cost_amount` gives and
    :func:`app.domain.assigning.plan_assignments` keeps as the assignment's Cost."""


def read_cost_amount(
    resource: Resource,
    text: str,
    item: str,
    symbols: tuple[str, ...] = (),
    marks: NumberMarks = C_MONEY_MARKS,
) -> CostAmount:
    """The amount ``text`` gives a cost item (``45000``, ``€45,000.00``); InputError naming
    ``item`` for a percentage, a negative or an unclear amount."""
    if "%" in text:
        raise InputError(
            f"{quoted(item)}: {resource.name} is a cost item: type the amount it costs "
            f"here, such as {resource.name}[45000]"
        )
    try:
        amount = read_typed_money(text, symbols, marks, "")
    except InputError as exc:
        raise InputError(f"{quoted(item)}: {exc}") from None
    if amount < 0:
        raise InputError(f"{quoted(item)}: the amount is negative; a cost cannot be")
    return CostAmount(amount)
