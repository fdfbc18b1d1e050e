"""The bad cells of a returned workbook, told together: a client who typed ``soon`` in one
Duration cell and ``31/02`` in a Start cell hears of both at once, not of one per import.

The read goes on past a refused cell (the plan is not built: nothing changes) and gathers
up to :data:`LIMIT` refusals, each ``sheet!cell: reason``, the Plan sheet's first, then the
Team and Risks sheets' (:mod:`app.io.register_sheets`). The window shows them one per
line (:meth:`CellRefusals.lines`); the command line's one line names the first in full and
the other cells after it (its ``str``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from app.domain.errors import FileFormatError

LIMIT = 10  # the refusals told; the read stops gathering after these

T = TypeVar("T")


class CellRefusals(FileFormatError):  # noqa: N818 (the refusals, not one error)
    """Several cells of a returned workbook refused (one alone is a plain FileFormatError)."""

    def __init__(self, refusals: Sequence[str], more: bool = False) -> None:
        self.refusals = list(refusals)
        self.more = more  # more cells were bad than are told
        super().__init__(one_line(self.refusals, more))

    def lines(self) -> list[str]:
        """One refusal a line, for the window's message."""
        tail = ["and more cells like these"] if self.more else []
        return [*self.refusals, *tail]


def one_line(refusals: Sequence[str], more: bool = False) -> str:
    """The first refusal, then the other cells: ``Plan!E43: ... (and 2 more cells: Plan!J27,
    Plan!F50)``."""
    first, rest = refusals[0], [r.partition(": ")[0] for r in refusals[1:]]
    if not rest:
        return first
    more_cells = f"{len(rest)}{'+' if more else ''} more {'cell' if len(rest) == 1 else 'cells'}"
    return f"{first} (and {more_cells}: {', '.join(rest)}{', …' if more else ''})"


class Refusals:
    """The refusals gathered while a workbook is read."""

    def __init__(self) -> None:
        self.told: list[str] = []
        self.more = False

    def add(self, message: str) -> None:
        if message in self.told:
            return
        if len(self.told) < LIMIT:
            self.told.append(message)
        else:
            self.more = True

    def take(self, other: Refusals) -> None:
        """``other``'s refusals after these (a sheet told after this one)."""
        for message in other.told:
            self.add(message)
        self.more = self.more or other.more

    def full(self) -> bool:
        """Whether no more refusals are told: the read may stop looking."""
        return self.more

    def attempt(self, step: Callable[[], T], otherwise: T) -> T:
        """``step()``, or ``otherwise`` when it refuses a cell (the refusal kept)."""
        try:
            return step()
        except CellRefusals as exc:
            for message in exc.refusals:
                self.add(message)
            return otherwise
        except FileFormatError as exc:
            self.add(str(exc))
            return otherwise

    def raise_any(self) -> None:
        """Raise what was gathered: one refusal as it was, several as CellRefusals."""
        if len(self.told) == 1 and not self.more:
            raise FileFormatError(self.told[0])
        if self.told:
            raise CellRefusals(self.told, self.more)
