"""Which link of a loop closes it: the one to leave out of a file read, or to name when a
plan holding a loop is refused (app.domain.loop_links, scheduling.network)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.link import Link

if TYPE_CHECKING:
    from app.domain.plan import Plan


def link_words(link: Link) -> str:
    """ "3 -> 2 FS": a link as the notes and refusals name it (task ids, then its type)."""
    return f"{link.predecessor} -> {link.successor} {link.type.name}"


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
