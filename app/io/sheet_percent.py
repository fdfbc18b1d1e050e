"""A number in a cell formatted as a percentage means what the cell shows.

python-calamine reads a cell's value, not its format: a client who types ``1.5`` into a
cell formatted ``0%`` sees 150 %, and the reader saw 1.5, which a % Complete column read
as 1.5 %. Where the format is known (an .xlsx, :mod:`app.io.workbook_number_formats`), such
a cell is read as a :class:`PercentCell`, and every reader of a percentage takes it as
the fraction it is, whatever its size.
"""

from __future__ import annotations

from app.domain.quoting import quoted
from app.io.sheet_values import CellError, is_blank, read_number


class PercentCell(float):
    """A number cell formatted as a percentage (``0%``): 1.5 shows, and means, 150 %."""

    __slots__ = ()

    def shown(self) -> str:
        """The cell as the spreadsheet shows it: ``150%``."""
        return percent_text(float(self))


def percent_text(fraction: float) -> str:
    """``150%`` for 1.5, to the 0.0001 % the readers keep."""
    return f"{round(fraction * 100.0, 4):g}%"


def shown_value(value: object) -> str:
    """A cell quoted in a message as the client sees it: ``'150%'`` for a percent cell."""
    return quoted(value.shown() if isinstance(value, PercentCell) else value)


def read_percent_cell(value: object) -> float:
    """% complete (0..100) of a % Complete cell of a workbook Gantry wrote: a percent cell
    as it shows (1.5: 150 %, refused); another number up to 1 a fraction, above 1 a percent
    (40 typed into a plain cell); text ``25%`` or ``25`` a percent. CellError past 0..100 %."""
    if is_blank(value):
        return 0.0
    pct = read_number(value if not isinstance(value, str) else value.strip().rstrip("%"))
    if isinstance(value, str) or (pct > 1.0 and not isinstance(value, PercentCell)):
        pct /= 100.0
    if not 0.0 <= pct <= 1.0:
        raise CellError(f"{_as_read(value)} is not between 0% and 100%")
    return round(pct * 100.0, 4)


def _as_read(value: object) -> str:
    """A refused % Complete cell quoted as it shows: a number up to 1 as the percentage it
    is read as (a 0%-formatted cell showing -10% holds -0.1: '-10%', not '-0.1'), another
    plain number as it is ('-10', not '-10.0'), text and a percent cell as they show."""
    if (
        isinstance(value, PercentCell)
        or not isinstance(value, int | float)
        or isinstance(value, bool)
    ):
        return shown_value(value)
    if value <= 1.0:
        return quoted(percent_text(float(value)))
    return quoted(f"{value:g}")
