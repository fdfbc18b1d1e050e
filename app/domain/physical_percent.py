"""Physical % Complete as a project manager types it: the sheet's cell (in the user's
locale's numbers) and ``gantry progress --physical-percent``.

MS Project keeps the field as a whole number from 0 to 100 (MSPDI's
<PhysicalPercentComplete> is an integer): a typed ``12,5`` in German or ``12.5`` in the
US is rounded to 13, half up, as the cell then shows it. Nothing typed clears it to 0.
A summary has none of its own: its earned value adds up its subtasks'.
"""

from __future__ import annotations

import math

from app.domain.errors import InputError
from app.domain.money import UnclearNumberError, locale_number
from app.domain.quoting import quoted

TITLE = "Physical % Complete"


def parse_physical_percent(
    text: str, group: str | None = None, decimal: str = ".", what: str = TITLE
) -> float:
    """``50``, ``50%`` or ``12,5`` (the locale's ``group`` and ``decimal`` marks, as
    :func:`app.domain.money.locale_number` reads them) as a whole percentage 0..100.

    ``what`` names the field in a refusal ("Physical % Complete of 'Build'",
    "--physical-percent")."""
    typed = text.strip().rstrip("%").strip()
    if not typed:
        return 0.0
    try:
        value = locale_number(typed, group, decimal)
    except UnclearNumberError as unclear:  # "1.500" in French
        raise unclear.said_of(text, what) from None
    if value is None or not math.isfinite(value):
        raise InputError(f"{what}: {quoted(text.strip())} is not a percentage (0 to 100)")
    if not 0 <= value <= 100:
        raise InputError(f"{what}: {quoted(text.strip())} is out of range (0 to 100)")
    return float(math.floor(value + 0.5))
