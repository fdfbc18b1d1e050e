"""Figures in the notes a read or a write says (``gantry diff``'s and ``convert``'s stderr, the
window's notes log) in the reader's marks, as the figures beside them on stdout: ``1.500,50``
in German, not ``1,500.50``. The marks are the read's (app.io.sheet_number_marks: the window's
locale, else the environment's); C keeps ``1,500.50``."""

from __future__ import annotations

from app.io.sheet_number_marks import read_marks


def note_marks() -> tuple[str, str]:
    """The (group, decimal) a note writes figures in: the read's, C's ``,`` and ``.`` when
    they name no group."""
    group, decimal = read_marks()
    return (",", ".") if not group else (group, decimal)


def note_amount(amount: float, digits: int = 2) -> str:
    """``amount`` with ``digits`` decimals, grouped, in :func:`note_marks`: ``1.500,50``."""
    group, decimal = note_marks()
    text = f"{amount:,.{digits}f}"
    if (group, decimal) == (",", "."):
        return text
    return text.translate({ord(","): group, ord("."): decimal})
