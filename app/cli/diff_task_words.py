"""How ``gantry diff``'s text names a task: by its ID, the row number the sheet shows.

It wrote ``task 1002 'Determine project scope'`` (the UID), which a PM cannot find in the
sheet (ID 88). A task is now ``ID 88 'Determine project scope'``, with its UID added only
where the ID alone could mislead: the task sits on another row in the other file, or is in
one file only (added, removed)::

    changed  ID 88 'Determine project scope': Duration 2d -> 3d
    added    ID 90 'Pilot' (UID 1010)
    reordered ID 15 'Design' (UID 31): ID 12 -> 15, now after 'Review'

``--json`` keeps ``uid`` and gives ``id`` beside it.
"""

from __future__ import annotations

from app.domain.plan import Plan


def task_id(plan: Plan, uid: int) -> int | None:
    """Task ``uid``'s ID (row number) in ``plan`` (None: not there)."""
    return plan.index_of(uid) + 1 if plan.has_task(uid) else None


def by_uid(uid: int, name: str) -> str:
    """``task 1002 'Scope'``: a task by its UID, where no plan tells its ID."""
    return f"task {uid} '{name}'"


def task_words(uid: int, name: str, old: Plan, new: Plan) -> str:
    """``ID 88 'Scope'``: the ID in ``new`` (in ``old`` for a task removed), with ``(UID
    1002)`` when the two files give it different IDs or only one holds it; ``task 1002
    'Scope'`` for a task neither holds."""
    new_id, old_id = task_id(new, uid), task_id(old, uid)
    shown = new_id if new_id is not None else old_id
    if shown is None:
        return by_uid(uid, name)
    words = f"ID {shown} '{name}'"
    return words if new_id == old_id else f"{words} (UID {uid})"


def json_id(uid: int | str, old: Plan, new: Plan) -> int | None:
    """A task's ``id`` in ``diff --json``: its ID in ``new``, else in ``old`` (None: neither)."""
    if not isinstance(uid, int):
        return None
    found = task_id(new, uid)
    return found if found is not None else task_id(old, uid)
