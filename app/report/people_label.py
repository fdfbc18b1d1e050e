"""The people on a task as one text ("Weber, Jonas[50%], Ana Lima") that keeps its list.

A bar's label is drawn as text, yet shortened person by person (app/report/bar_labels.py).
A name may hold ", " itself (a resource named "Weber, Jonas", as a company's directory
writes it): such a label is a :class:`PeopleLabel`, the text and, beside it, the label of
each assignment it was joined from, and it is never split at its commas. Any other label
splits at ", " into exactly its assignments (no piece holds one), so it stays a plain
``str``: a PeopleLabel costs 7 times a join to make (0.4 s for 100k tasks).
"""

from __future__ import annotations

from collections.abc import Sequence

JOIN = ", "


class PeopleLabel(str):
    """``JOIN`` of each assignment's label ("Weber, Jonas", "Ben[50%]"), kept in :attr:`names`."""

    names: tuple[str, ...]

    def __reduce__(self) -> tuple[object, tuple[tuple[str, ...]]]:
        """Copied and pickled with its list."""
        return people_label, (self.names,)


def people_label(names: Sequence[str]) -> str:
    """The label of ``names``, one per assignment, in order: a :class:`PeopleLabel` when a
    name holds ``JOIN``, else the plain text (which :func:`people_of` splits back)."""
    text = JOIN.join(names)
    if not any(JOIN in name for name in names):
        return text
    label = PeopleLabel(text)
    label.names = tuple(names)
    return label


def people_of(label: str) -> tuple[str, ...]:
    """The people a label holds: a :class:`PeopleLabel`'s list, else the pieces between its
    ``JOIN``s (a % complete is one piece)."""
    if isinstance(label, PeopleLabel):
        return label.names
    return tuple(label.split(JOIN))
