"""Which client changes hang on another in the Review changes dialog.

A person or task the client added carries the assignments and links that
name it; a task the client deleted takes its assignments and links with it.
Rejecting the person, the added task or the deletion must reject those too:
else an accepted assignment of a person left out was dropped without a word,
and a task kept against the client's deletion lost its people and links.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.diff import PlanChange

_HOLDERS = {"task": ("assignment", "link"), "resource": ("assignment",)}


def _named_uids(change: PlanChange) -> tuple[str, tuple[str, ...]]:
    """(entity named, uids it names) of an assignment ``"task:resource"`` or link ``"a->b"``."""
    text = str(change.uid)
    if change.entity == "assignment":
        task, _, resource = text.partition(":")
        return change.entity, (f"task:{task}", f"resource:{resource}")
    if change.entity == "link":
        first, _, second = text.partition("->")
        return change.entity, (f"task:{first}", f"task:{second}")
    return change.entity, ()


def dependent_changes(changes: Sequence[PlanChange]) -> dict[int, list[int]]:
    """For each added or removed task or person (by index), the indices of the assignment
    and link changes of the same kind that name it."""
    holders: dict[tuple[str, str], int] = {}
    for k, c in enumerate(changes):
        if c.entity in _HOLDERS and c.kind in ("added", "removed"):
            holders[(c.kind, f"{c.entity}:{c.uid}")] = k
    out: dict[int, list[int]] = {}
    for k, c in enumerate(changes):
        if c.kind not in ("added", "removed"):
            continue
        _entity, named = _named_uids(c)
        for key in named:
            parent = holders.get((c.kind, key))
            if parent is not None:
                out.setdefault(parent, []).append(k)
    return out
