"""What the status bar says after Task Information made tasks inactive (or active again):
how many other tasks moved because of it ("2 tasks no longer wait for 'Story 147'").

An inactive task stays where its predecessors put it, but its successors no longer wait
for it (MS Project): they may move earlier, which nothing on screen said.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.schedule import Schedule
from app.ui.document import Document


class InactiveMoves:
    """Filled when the edit is over: ``note`` is '' when no task was made (in)active."""

    def __init__(self) -> None:
        self.note = ""


@contextmanager
def inactive_moves(document: Document, uids: Iterable[int]) -> Iterator[InactiveMoves]:
    """Around a dialog that may make the tasks ``uids`` inactive or active again: after it,
    the answer's ``note`` says how many other tasks moved."""
    plan = document.plan
    was = {uid: plan.task(uid).active for uid in uids if plan.has_task(uid)}
    before = document.schedule
    answer = InactiveMoves()
    yield answer
    answer.note = inactive_note(plan, before, document.schedule, was)


def inactive_note(plan: Plan, before: Schedule, after: Schedule, was: dict[int, bool]) -> str:
    """The status bar's line for the tasks whose Active flag changed from ``was`` (uid:
    active before): how many other active leaf tasks the change moved ('' if none changed)."""
    flipped = [u for u, active in was.items() if plan.has_task(u) and plan.task(u).active != active]
    if not flipped:
        return ""
    off = not plan.task(flipped[0]).active
    moved = 0
    for t in plan.tasks:
        if not t.active or t.uid in was or plan.is_summary(t.uid):
            continue
        old, new = before.get(t.uid), after.get(t.uid)
        if (
            old is not None
            and new is not None
            and (old.start, old.finish) != (new.start, new.finish)
        ):
            moved += 1
    if len(flipped) == 1:
        what = f"'{plan.task(flipped[0]).name}'"
    else:
        what = f"the {len(flipped)} tasks made {'inactive' if off else 'active'}"
    if not moved:
        return f"No other task moved: none waited for {what}" if off else ""
    tasks = counted(moved, "task")
    if off:
        return f"{tasks} no longer {'waits' if moved == 1 else 'wait'} for {what}"
    return f"{tasks} {'waits' if moved == 1 else 'wait'} for {what} again"
