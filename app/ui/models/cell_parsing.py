"""Reading what a user types into a task cell's plainer fields: a percentage, Yes/No, one of
a list of names, a priority, the lines of a note. Each refusal is an :class:`InputError`
with one line saying why (the cell edits themselves are app/ui/models/task_edits.py)."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import TypeVar

from app.domain.errors import InputError
from app.report.columns import YES_NO  # printed with the same words
from app.ui.commands import quoted

_E = TypeVar("_E", bound=Enum)


def parse_percent(text: str) -> float:
    """Read ``50``, ``50%`` or ``12.5`` as a percentage between 0 and 100."""
    cleaned = text.strip().rstrip("%").strip().replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise InputError(f"{quoted(text.strip())} is not a percentage (try 50 or 50%)") from None
    if not 0 <= value <= 100:
        raise InputError(f"{text.strip()}: % complete must be between 0 and 100")
    return value


def parse_yes_no(text: str, what: str) -> bool:
    """A Yes/No field typed as Yes or No (or their first letter), as MS Project's flags read."""
    typed = text.strip().lower()
    for value, label in YES_NO.items():
        if typed and label.lower().startswith(typed):
            return value
    raise InputError(f"{quoted(text.strip())} is not a {what} value (one of: Yes, No)")


def parse_choice(text: str, names: Mapping[_E, str], what: str, by_code: bool = False) -> _E:
    """One of ``names`` typed as its label, its code (``SNET``) or the start of a label.

    A refusal lists the labels, or with ``by_code`` the codes (MS Project's eight
    constraint names ran past the status bar's end, the last ones cut off); a start
    that fits several labels lists those."""
    typed = " ".join(text.split()).lower()
    starting: list[_E] = []
    if typed:
        for value, label in names.items():
            if typed in (label.lower(), value.name.lower().replace("_", " ")):
                return value
        starting = [v for v, label in names.items() if label.lower().startswith(typed)]
        if len(starting) == 1:
            return starting[0]
    if starting:  # the names it begins, whole
        choices = ", ".join(names[v] for v in starting)
    elif by_code:
        choices = ", ".join(v.name for v in names) + ", or its name"
    else:
        choices = ", ".join(names.values())
    raise InputError(f"{quoted(text.strip())} is not a {what} (one of: {choices})")


def parse_priority(text: str) -> int:
    """Read a priority, a whole number from 0 to 1000 as in MS Project."""
    try:
        value = int(text.strip())
    except ValueError:
        raise InputError(
            f"{quoted(text.strip())} is not a priority (a whole number, 0 to 1000)"
        ) from None
    if not 0 <= value <= 1000:
        raise InputError(f"priority {value} is out of range: it goes from 0 to 1000")
    return value


def notes_lines(notes: str) -> list[str]:
    """The lines of a task's notes, blank lines around them left out (the Notes column shows
    the first; typing into it replaces that one)."""
    return notes.strip("\r\n").splitlines()
