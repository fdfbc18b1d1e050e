"""The largest fixed cost a task takes, as :data:`app.domain.resource.MAX_RATE` bounds rates.

A stray paste (``99999999999999``) made the whole budget meaningless without a word. A
trillion stays above any one task's real cost (plants and bridges cost billions) and
keeps a plan's sums finite and readable; a credit (below zero) is bounded the same.
"""

from __future__ import annotations

from app.domain.errors import InputError
from app.domain.quoting import quoted

MAX_FIXED_COST = 1_000_000_000_000.0


def check_fixed_cost(value: float, typed: str, what: str = "Fixed Cost") -> None:
    """Refuse a fixed cost (or credit) past :data:`MAX_FIXED_COST`, in one line naming
    ``what`` (the column, cell or element) and ``typed`` as the user or the file wrote it."""
    if not abs(value) <= MAX_FIXED_COST:  # NaN is refused too
        raise InputError(
            f"{what}: {quoted(typed.strip())} is more than {MAX_FIXED_COST:,.0f}, "
            "the most a task's cost may be"
        )
