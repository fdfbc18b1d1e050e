"""Rules an outline and its links must keep: level steps, no link inside its own branch, no loop.

Plain functions over task lists and links, so the plan can check a candidate
outline before it replaces the real one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from operator import attrgetter

from app.domain.errors import OutlineError
from app.domain.link import Link
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.task import Task

_PREDECESSOR, _SUCCESSOR = attrgetter("predecessor"), attrgetter("successor")


def check_levels(tasks: list[Task], prev: int = 0) -> None:
    """An outline starts at level 1 and never goes down more than one level at a time.

    ``prev``: the level of the row above ``tasks`` (0: they start the outline).
    """
    for t in tasks:
        if t.outline_level < 1 or t.outline_level > prev + 1:
            raise OutlineError(
                f"{quoted(t.name, NAME_LIMIT)} cannot be at outline level {t.outline_level} there"
            )
        prev = t.outline_level


def check_links_fit_outline(tasks: list[Task], links: Iterable[Link]) -> None:
    """Refuse an outline where a linked task would sit inside its own link partner.

    MS Project does not allow a link between a summary and one of its
    subtasks; an indent or move must not create one either.
    """
    position = {t.uid: i for i, t in enumerate(tasks)}
    end = branch_ends([t.outline_level for t in tasks])
    links = list(links)
    # Rows of every link's two ends, looked up by C-level maps (150k links at 100k tasks).
    preds = list(map(position.__getitem__, map(_PREDECESSOR, links)))
    succs = list(map(position.__getitem__, map(_SUCCESSOR, links)))
    for p, s in zip(preds, succs, strict=True):
        if p < s:
            if s < end[p]:
                outer, inner = p, s
                break
        elif p < end[s]:
            outer, inner = s, p
            break
    else:
        return
    raise OutlineError(
        f"{quoted(tasks[inner].name, NAME_LIMIT)} cannot go under {quoted(tasks[outer].name, NAME_LIMIT)}: the two tasks are linked"
    )


def branch_ends(levels: list[int]) -> list[int]:
    """For each row, one past the last row of its branch (its subtasks), from outline levels."""
    n = len(levels)
    end = [n] * n
    stack: list[int] = []
    for i, level in enumerate(levels):
        while stack and levels[stack[-1]] >= level:
            end[stack.pop()] = i
        stack.append(i)
    return end


def check_new_nesting(
    old_levels: list[int],
    candidate: list[Task],
    partners: Callable[[int], Iterable[int]],
    row_of: Callable[[int], int],
) -> None:
    """Refuse new levels (same rows) that put a task under a task it is linked with.

    A link becomes such a pair only where a branch grows: when row X's branch
    now reaches past its old end, a partner of X in the rows it gained sits
    under it. So only those tasks' partners are looked at, not every link
    (:func:`check_links_fit_outline` reads all 150k of a 100k-task plan).
    ``partners(uid)``: the tasks linked with ``uid`` either way; ``row_of``: a uid's row.
    """
    before = branch_ends(old_levels)
    after = branch_ends([t.outline_level for t in candidate])
    for x, (old_end, new_end) in enumerate(zip(before, after, strict=True)):
        if new_end <= old_end:
            continue
        for partner in partners(candidate[x].uid):
            y = row_of(partner)
            if old_end <= y < new_end:
                raise OutlineError(
                    f"{quoted(candidate[y].name, NAME_LIMIT)} cannot go under {quoted(candidate[x].name, NAME_LIMIT)}: "
                    "the two tasks are linked"
                )


def link_path(links: Iterable[Link], start: int, goal: int) -> list[int] | None:
    """Tasks from ``start`` to ``goal`` following links forward, or None if unreachable."""
    succs: dict[int, list[int]] = {}
    for lk in links:
        succs.setdefault(lk.predecessor, []).append(lk.successor)
    return path_between(succs, start, goal)


def path_between(succs: Mapping[int, list[int]], start: int, goal: int) -> list[int] | None:
    """Tasks from ``start`` to ``goal`` through ``succs`` (uid -> next uids), or None."""
    came: dict[int, int | None] = {start: None}
    stack = [start]
    while stack:
        node = stack.pop()
        if node == goal:
            path: list[int] = []
            cur: int | None = node
            while cur is not None:
                path.append(cur)
                cur = came[cur]
            return path[::-1]
        for nxt in succs.get(node, ()):
            if nxt not in came:
                came[nxt] = node
                stack.append(nxt)
    return None


def has_cycle(links: Iterable[Link]) -> bool:
    """Whether the links form a loop anywhere (one topological sort, linear in the links)."""
    succs: dict[int, list[int]] = {}
    waiting: dict[int, int] = {}  # task -> links into it not yet followed
    for lk in links:
        succs.setdefault(lk.predecessor, []).append(lk.successor)
        waiting[lk.successor] = waiting.get(lk.successor, 0) + 1
        waiting.setdefault(lk.predecessor, 0)
    ready = [uid for uid, n in waiting.items() if n == 0]
    seen = 0
    while ready:
        uid = ready.pop()
        seen += 1
        for nxt in succs.get(uid, ()):
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                ready.append(nxt)
    return seen < len(waiting)
