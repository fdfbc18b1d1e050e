"""Money kept to its currency's decimals, as MS Project keeps it.

An amount typed or read with more decimals than the currency has (``1,234.567`` in
dollars, a workbook's ``1000.005``) is kept rounded, so that the rows of a table add up to
its total to the cent and a file read back compares equal to what it shows.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

_NO_CENTS = 1e15


def round_money(amount: float, digits: int = 2) -> float:
    """``amount`` to ``digits`` decimals, half away from zero as typed (``1000.005`` is
    1,000.01, though its float lies a hair below); not a finite number: as it is (the
    callers refuse it with their own words). So is an amount of 10^15 or more: a float holds
    no cents there, and rounding it would overflow Decimal's 28 digits (a workbook's rate of
    1e307 raised InvalidOperation before its cell was refused as too large)."""
    if not math.isfinite(amount) or abs(amount) >= _NO_CENTS:
        return amount
    step = Decimal(1).scaleb(-max(digits, 0))
    return float(Decimal(repr(amount)).quantize(step, rounding=ROUND_HALF_UP)) + 0.0
