"""Which link of a loop closes it: the one to leave out of a file read, or to name when a
plan holding a loop is refused (app.domain.loop_links, scheduling.network); and how those
messages name tasks: by the ID the sheet shows, with the UID a client's file keys them by
("ID 12 'Design' (UID 40)"; the UID left out where it is the ID, as in a plan typed in
Gantry: "ID 3 'Design'")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.link import Link
from app.domain.quoting import NAME_LIMIT, quoted

if TYPE_CHECKING:
    from app.domain.plan import Plan


# Tasks of a loop named at most; the rest are counted ("and 4 more").
LOOP_NAMED = 6


def task_label(task_id: int, name: str, uid: int) -> str:
    """ "ID 12 'Design' (UID 40)": ``task_id`` is the task's row in the sheet, from 1; "ID 3
    'Design'" when the UID is the ID (it would say the number twice)."""
    named = f"ID {task_id} {quoted(name, NAME_LIMIT)}"
    return named if uid == task_id else f"{named} (UID {uid})"


def task_words(plan: Plan, uid: int) -> str:
    """A task of ``plan`` as loop messages name it (:func:`task_label`); "UID 40" when the
    plan holds no such task (its ID is not known)."""
    if not plan.has_task(uid):
        return f"UID {uid}"
    return task_label(plan.index_of(uid) + 1, plan.task(uid).name, uid)


def loop_words(plan: Plan, loop: tuple[int, ...]) -> str:
    """The tasks of ``loop`` (uids) named, the first :data:`LOOP_NAMED`, then how many more."""
    names = ", ".join(task_words(plan, uid) for uid in loop[:LOOP_NAMED])
    more = "" if len(loop) <= LOOP_NAMED else f" and {len(loop) - LOOP_NAMED} more"
    return f"{names}{more}"


def path_words(plan: Plan, path: list[int]) -> str:
    """The tasks a new link would lead round, in order and back to the first (``A -> B ->
    A``); past :data:`LOOP_NAMED` tasks, the rest are counted as :func:`loop_words` does
    (``A -> B -> C -> D -> E -> F and 94 more``)."""
    on_loop = path[:-1] if len(path) > 1 and path[0] == path[-1] else path
    if len(on_loop) <= LOOP_NAMED:
        return " -> ".join(task_words(plan, uid) for uid in path)
    named = " -> ".join(task_words(plan, uid) for uid in on_loop[:LOOP_NAMED])
    return f"{named} and {len(on_loop) - LOOP_NAMED} more"


def link_words(plan: Plan, link: Link) -> str:
    """ "ID 3 -> ID 2 FS (UID 41 -> 40)": a link as the notes and refusals name it, by the
    IDs its tasks show in the sheet (the Predecessors column's), then their UIDs unless
    both are their IDs ("ID 3 -> ID 2 FS")."""
    ids = [plan.index_of(u) + 1 if plan.has_task(u) else None for u in link.key]
    if None in ids:  # a task the plan does not hold: only its UID is known
        return f"UID {link.predecessor} -> UID {link.successor} {link.type.name}"
    named = f"ID {ids[0]} -> ID {ids[1]} {link.type.name}"
    if ids == [link.predecessor, link.successor]:
        return named
    return f"{named} (UID {link.predecessor} -> {link.successor})"


def closing_link(plan: Plan, loop: tuple[int, ...]) -> Link | None:
    """The link of ``loop`` (task uids, each followed by its successor on the loop) to
    leave out; None when the loop holds none (only the outline).

    A loop of links in a task list read top to bottom has at least one link going up (its
    successor above its predecessor): that is the odd one, added against the plan's flow
    (the 3 -> 2 beside 2 -> 3); of several, the last in the plan's order. Steps of the loop
    that are links come first; when none is (the loop goes through a summary's subtasks),
    any link between two of its tasks."""
    if not loop:
        return None
    steps = {(a, b) for a, b in zip(loop, loop[1:] + loop[:1], strict=True)}
    on_loop = set(loop)
    row = {uid: i for i, uid in enumerate(t.uid for t in plan.tasks) if uid in on_loop}
    on_steps = [link for link in plan.links if link.key in steps]
    if not on_steps:
        on_steps = [
            link for link in plan.links if link.predecessor in on_loop and link.successor in on_loop
        ]
    upward = [link for link in on_steps if row[link.successor] < row[link.predecessor]]
    found = upward or on_steps
    return found[-1] if found else None
