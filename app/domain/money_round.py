"""Money kept to its currency's decimals, as MS Project keeps it.

An amount typed or read with more decimals than the currency has (``1,234.567`` in
dollars, a workbook's ``1000.005``) is kept rounded, so that the rows of a table add up to
its total to the cent and a file read back compares equal to what it shows.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal


def round_money(amount: float, digits: int = 2) -> float:
    """``amount`` to ``digits`` decimals, half away from zero as typed (``1000.005`` is
    1,000.01, though its float lies a hair below); not a finite number: as it is (the
    callers refuse it with their own words)."""
    if not math.isfinite(amount):
        return amount
    step = Decimal(1).scaleb(-max(digits, 0))
    return float(Decimal(repr(amount)).quantize(step, rounding=ROUND_HALF_UP)) + 0.0
