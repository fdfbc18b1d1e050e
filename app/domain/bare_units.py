"""A person's units typed without a % sign, read one way wherever they are typed.

MS Project reads ``Eve[50]`` in the format "Show assignment units as" names: a percentage
by default (50 %), a decimal when the user chose it (5,000 %). From 10 on nobody means a
decimal (1,000 % of a person), so ``[50]`` is 50 % here too. Below 10 the same digits are
a small percentage to one reader and whole people to the other (``[0.5]``: 0.5 % or half
time, ``[2]``: 2 % or two people): they are refused, naming both, as the client
workbook's Max units cells refuse 1.5 ("could be 150 % or 1.5 %"). The People cell, a
paste, Assign Resources and a workbook's People cell all ask :func:`check_bare_units`.
"""

from __future__ import annotations

from app.domain.errors import InputError
from app.domain.quoting import quoted

# A number without a % sign at least this big is a percent (50: 50 %); one below it could
# be a fraction of full time (0.5: 50 %) or a percent (0.5 %). The workbook's Max units
# cells use the same line (app/io/register_cell_values.py).
SURELY_PERCENT = 10.0


def _plain(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")


def check_bare_units(number: float, typed: str, name: str | None = None) -> None:
    """InputError when ``number`` (units a person was given without a % sign, as ``typed``)
    could be a fraction of full time as much as a percentage; ``name``: who, so that the
    message shows both ways to type it (``Eve[50%]`` or ``Eve[0.5%]``)."""
    if not 0 < number < SURELY_PERCENT:
        return
    as_fraction = f"{_plain(number * 100)}%"
    as_percent = f"{_plain(number)}%"
    if name is None:
        both = f"{as_fraction} or {as_percent}"
    else:
        both = f"{name}[{as_fraction}] or {name}[{as_percent}]"
    raise InputError(
        f"{quoted(typed.strip())}: {_plain(number)} could be {as_fraction} or {as_percent} "
        f"of full time; type {both}"
    )
