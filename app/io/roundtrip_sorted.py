"""Tell a client's sort of the returned Plan sheet from a deliberate move of its rows.

A client who sorts the Plan sheet (A to Z by Task, by Start...) sends back the plan's
rows in another order; read by position, that order is an outline edit that takes the
subtasks from their summaries. A sort leaves each row's WBS as exported and puts the
rows in the order a stable sort by one column (or a few, as Excel's Custom Sort does)
of the exported order gives; such an order is a view, and the plan keeps its own. A row
moved by hand (cut and inserted elsewhere) rarely gives such an order. A row whose WBS the
client retyped is sorted with the others (its cells sort it like any row's) and then moved
where its new WBS puts it (:mod:`app.io.roundtrip_wbs`): the sort stays a view. A sort by
the WBS column itself (as text: 1, 1.1, 1.10, 1.2) keeps every row's WBS and summary and
is a view too.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time

from app.io.sheet_values import is_blank

_LEVELS = 3  # sort keys tried, as many as a client picks in a Custom Sort


def _plain(text: str) -> str:
    return text.casefold()


def _excel(text: str) -> str:
    """Text as Excel sorts it: accents as their letters, hyphens and apostrophes left out."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return bare.casefold().replace("-", "").replace("'", "")


def _key(value: object, text: Callable[[str], str] = _plain) -> tuple[int, object] | None:
    """A cell's place in a spreadsheet's sort: numbers, dates, text (any case), booleans."""
    if is_blank(value):
        return None  # blanks go last, either way
    if isinstance(value, bool):
        return (3, value)
    if isinstance(value, int | float):
        return (0, float(value))
    if isinstance(value, datetime | date | time):
        return (1, str(value))  # ISO text orders as the moment does
    return (2, text(str(value).strip()))


def _order(a: tuple[int, object] | None, b: tuple[int, object] | None, desc: bool) -> int:
    """-1: ``a`` sorts before ``b``, 0: a tie, 1: ``a`` sorts after ``b``."""
    if a is None or b is None:
        return (a is None) - (b is None)
    if a == b:
        return 0
    before = a < b  # same rank: comparable values
    return -1 if before != desc else 1


def _explain(
    group: list[int],
    rank: Mapping[int, int],
    cells: Mapping[int, Mapping[str, object]],
    titles: Sequence[str],
    depth: int,
    text: Callable[[str], str],
) -> list[tuple[str, bool]] | None:
    """The sort keys (title, descending) that put ``group`` in its order, or None."""
    if all(rank[a] < rank[b] for a, b in itertools.pairwise(group)):
        return []  # the exported order: ties keep it
    if depth == 0:
        return None
    for title in titles:
        keys = [_key(cells[u].get(title), text) for u in group]
        if all(k == keys[0] for k in keys):
            continue  # a column of one value orders nothing
        for desc in (False, True):
            steps = [_order(a, b, desc) for a, b in itertools.pairwise(keys)]
            if any(s > 0 for s in steps):
                continue
            rest = [t for t in titles if t != title]
            more: list[tuple[str, bool]] = []
            start = 0
            for end in range(1, len(group) + 1):
                if end < len(group) and steps[end - 1] == 0:
                    continue
                sub = _explain(group[start:end], rank, cells, rest, depth - 1, text)
                if sub is None:
                    break
                more = more or sub
                start = end
            else:
                return [(title, desc), *more]
    return None


def sort_keys(
    order: Sequence[int],
    exported: Sequence[int],
    cells: Mapping[int, Mapping[str, object]],
    written: Mapping[int, Mapping[str, object]] | None = None,
) -> list[tuple[str, bool]] | None:
    """The columns a client sorted the sheet by, when its rows are only sorted.

    ``order``: the plan's tasks as the sheet's rows hold them; ``exported``: the plan's
    order; ``cells``: each task's row, by column title; ``written``: each task's row as
    exported, for a sheet sorted first and edited after (a renamed task no longer in its
    A to Z place). None when the rows are in the plan's order or when no sort by the
    columns gives this order.

    The WBS column sorts only as exported (``written``): a sheet sorted by it as text (1,
    1.1, 1.10, 1.2: Excel's sort of Text cells) keeps every row's WBS and summary, a view;
    a WBS the client retyped is no sort key (its task moves, see roundtrip_wbs), so a row
    cut, inserted elsewhere and renumbered to match is still a move.
    """
    rank = {uid: i for i, uid in enumerate(exported)}
    if len(order) < 2 or all(rank[a] < rank[b] for a, b in itertools.pairwise(order)):
        return None
    shown = [t for t in cells[order[0]] if t not in ("UID", "WBS")]
    for values, titles in ((cells, shown), (written or {}, [*shown, "WBS"])):
        for text in (_plain, _excel):  # LibreOffice's order and Excel's
            if all(uid in values for uid in order):
                keys = _explain(list(order), rank, values, titles, _LEVELS, text)
                if keys:
                    return keys
    return None


def written_value(text: str) -> object:
    """An exported cell's text as the cell held it, to sort by: ``1200`` a number."""
    try:
        return float(text)
    except ValueError:
        return text


def sorted_note(sheet: str, keys: Sequence[tuple[str, bool]]) -> str:
    """What the review tells of a sorted sheet."""
    by = ", then ".join(f"{title}{' (descending)' if desc else ''}" for title, desc in keys)
    return (
        f"{sheet}: the rows were sorted by {by}; a sort is a view, so the plan keeps "
        "its outline and task order"
    )
