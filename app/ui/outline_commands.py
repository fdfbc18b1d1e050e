"""Undo commands for the outline and row order: Indent, Outdent, Move Up/Down, dragged rows.

They follow :class:`app.ui.commands.PlanCommand`: run once through
:func:`app.ui.commands.execute`, refused (an impossible indent, a move inside
itself) with the plan unchanged. :func:`swapped_order` and :func:`moved_order`
compute the new row order a :class:`MoveTasksCommand` puts in place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from app.domain.errors import OutlineError
from app.domain.plan import Plan
from app.ui.commands import PlanCommand, quoted

if TYPE_CHECKING:
    from app.ui.document import Document


class _OutlineCommand(PlanCommand):
    verb = ""

    def __init__(self, document: Document, uids: Iterable[int]) -> None:
        self.uids = list(uids)
        names = [document.plan.task(u).name for u in self.uids]
        what = f"task {quoted(names[0])}" if len(names) == 1 else f"{len(names)} tasks"
        super().__init__(document, f"{self.verb} {what}")
        self._old_levels: dict[int, int] = {}

    def _undo(self) -> None:
        self.document.plan.set_outline_levels(self._old_levels)


class IndentCommand(_OutlineCommand):
    """Demote tasks one outline level (they become subtasks of the row above)."""

    verb = "Indent"

    def _redo(self) -> None:
        self._old_levels = self.document.plan.indent(self.uids)


class OutdentCommand(_OutlineCommand):
    """Promote tasks one outline level."""

    verb = "Outdent"

    def _redo(self) -> None:
        self._old_levels = self.document.plan.outdent(self.uids)


class MoveTasksCommand(PlanCommand):
    """Put tasks in a new row order, optionally at new levels: Move Up/Down, dragged rows."""

    def __init__(
        self,
        document: Document,
        order: Sequence[int],
        text: str,
        levels: dict[int, int] | None = None,
    ) -> None:
        super().__init__(document, text)
        self.order = list(order)
        self.levels = dict(levels or {})
        self._old: tuple[list[int], dict[int, int]] | None = None

    def _redo(self) -> None:
        # refused, as indent is, when a task with an FF or SF predecessor would become a
        # summary; undo puts the old order back unchecked (a file's such summary comes back)
        self._old = self.document.plan.reorder(self.order, self.levels, new_summaries_checked=True)

    def _undo(self) -> None:
        assert self._old is not None
        self.document.plan.reorder(*self._old)


def swapped_order(plan: Plan, uids: Iterable[int], down: bool) -> list[int]:
    """Row order after moving neighbouring sibling tasks (with subtasks) past the next sibling.

    Raises OutlineError when there is nowhere to go or the tasks are not neighbours.
    """
    top = plan.topmost(uids)
    parent = plan.parent(top[0])
    siblings = [t.uid for t in plan.children(None if parent is None else parent.uid)]
    if any(u not in siblings for u in top):
        raise OutlineError("select tasks under the same summary to move them together")
    first, last = siblings.index(top[0]), siblings.index(top[-1])
    if last - first + 1 != len(top):
        raise OutlineError("select neighbouring tasks to move them together")
    other = last + 1 if down else first - 1
    if not 0 <= other < len(siblings):
        where = "last" if down else "first"
        raise OutlineError(
            f"{quoted(plan.task(top[-1 if down else 0]).name)} is already the {where} there"
        )

    def rows(uid: int) -> range:
        i = plan.index_of(uid)
        return range(i, plan.subtree_end(i))

    block = range(rows(top[0]).start, rows(top[-1]).stop)
    neighbour = rows(siblings[other])
    order = [t.uid for t in plan.tasks]
    a, b = (block, neighbour) if down else (neighbour, block)
    return order[: a.start] + order[b.start : b.stop] + order[a.start : a.stop] + order[b.stop :]


def moved_order(
    plan: Plan, uids: Iterable[int], parent: int | None, position: int
) -> tuple[list[int], dict[int, int]]:
    """Row order and levels after dropping tasks (with subtasks) as children of ``parent``.

    ``position`` counts among the parent's other children (their number: at the end).
    Raises OutlineError when the tasks would land inside themselves.
    """
    top = plan.topmost(uids)
    moving: list[int] = []
    for uid in top:
        i = plan.index_of(uid)
        moving.extend(t.uid for t in plan.tasks[i : plan.subtree_end(i)])
    if parent is not None and parent in set(moving):
        raise OutlineError("tasks cannot be moved inside themselves")
    staying = set(moving)
    rest = [t.uid for t in plan.tasks if t.uid not in staying]
    siblings = [t.uid for t in plan.children(parent) if t.uid not in staying]
    if position < len(siblings):
        at = rest.index(siblings[position])
    elif parent is None:
        at = len(rest)
    else:  # after the parent's last remaining descendant
        at = rest.index(parent) + 1
        level = plan.task(parent).outline_level
        while at < len(rest) and plan.task(rest[at]).outline_level > level:
            at += 1
    level = 1 if parent is None else plan.task(parent).outline_level + 1
    levels: dict[int, int] = {}
    for uid in top:
        i = plan.index_of(uid)
        base = plan.tasks[i].outline_level
        for t in plan.tasks[i : plan.subtree_end(i)]:
            levels[t.uid] = t.outline_level - base + level
    return rest[:at] + moving + rest[at:], levels
