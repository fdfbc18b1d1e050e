"""MS Project's words for when a cost is incurred (a task's Fixed Cost Accrual, a person's
Accrue At), and reading them back from what a user or a client typed."""

from __future__ import annotations

from app.domain.errors import InputError
from app.domain.quoting import quoted
from app.domain.task import CostAccrual

# In the order MS Project's lists offer them.
ACCRUAL_NAMES: dict[CostAccrual, str] = {
    CostAccrual.START: "Start",
    CostAccrual.PRORATED: "Prorated",
    CostAccrual.END: "End",
}


def accrual_name(accrual: CostAccrual) -> str:
    """The word MS Project shows for ``accrual``."""
    return ACCRUAL_NAMES[accrual]


def parse_accrual(text: str, what: str = "Fixed Cost Accrual") -> CostAccrual:
    """``Start``, ``Prorated`` or ``End`` in any case, or the start of one (``pro``).

    InputError naming ``what`` (the field, or a cell) for anything else.
    """
    typed = " ".join(text.split()).lower()
    if typed:
        for accrual, name in ACCRUAL_NAMES.items():
            if typed == name.lower():
                return accrual
        starting = [a for a, name in ACCRUAL_NAMES.items() if name.lower().startswith(typed)]
        if len(starting) == 1:
            return starting[0]
    choices = ", ".join(ACCRUAL_NAMES.values())
    if not typed:
        raise InputError(f"{what} cannot be empty: it is one of {choices}")
    raise InputError(f"{what}: {quoted(text.strip())} is not one of {choices}")
