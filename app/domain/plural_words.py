"""A count and its noun in messages: '1 task', '2 tasks', '0.5 days' (never 'task(s)'); a list
of things as a sentence says it: 'A, B and C'."""

from __future__ import annotations

from collections.abc import Sequence


def counted(n: float, word: str, plural: str = "") -> str:
    """``n`` and ``word``, the word plural unless ``n`` is exactly one (``plural``: an
    irregular plural; else ``word`` + 's'). A float shows as ``.3g`` does: 1.5 days."""
    shown = f"{n:.3g}" if isinstance(n, float) else str(n)
    return f"{shown} {noun(n, word, plural)}"


def noun(n: float, word: str, plural: str = "") -> str:
    """The noun alone, as :func:`counted` shows it after ``n`` (the count shown elsewhere:
    'Every [2] weeks')."""
    return word if n == 1 else plural or word + "s"


def verb(n: float, one: str = "is", many: str = "are") -> str:
    """The verb agreeing with a subject of ``n`` things: 'is' for exactly one, else 'are'
    ('2 tasks are left out'); ``one`` and ``many``: another pair, as 'has' and 'have'."""
    return one if n == 1 else many


def joined_list(items: Sequence[str], last: str = "and") -> str:
    """``items`` as a sentence lists them: 'A', 'A and B', 'A, B and C' (``last``: the word
    before the last item, as 'or'); "" for none."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"
