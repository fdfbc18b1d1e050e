"""Undo commands for links between tasks: Link, a link dragged between bars, Unlink, a
task's predecessors typed in.

They follow :class:`app.ui.commands.PlanCommand`: run once through
:func:`app.ui.commands.execute`; a link the plan refuses (a cycle) raises with
the plan unchanged.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.domain.link import Link, LinkType
from app.ui.commands import PlanCommand, quoted

if TYPE_CHECKING:
    from app.ui.document import Document


class LinkTasksCommand(PlanCommand):
    """Link tasks finish-to-start in the order given (row order), skipping existing links."""

    def __init__(self, document: Document, uids: Sequence[int]) -> None:
        super().__init__(document, f"Link {len(uids)} tasks")
        plan = document.plan
        self.links = [
            Link(a, b, LinkType.FS)
            for a, b in itertools.pairwise(uids)
            if plan.find_link(a, b) is None
        ]

    def _redo(self) -> None:
        plan = self.document.plan
        added: list[Link] = []
        try:
            for lk in self.links:
                plan.add_link(lk)
                added.append(lk)
        except Exception:
            for lk in reversed(added):
                plan.remove_link(lk.predecessor, lk.successor)
            raise

    def _undo(self) -> None:
        for lk in reversed(self.links):
            self.document.plan.remove_link(lk.predecessor, lk.successor)


class AddLinkCommand(PlanCommand):
    """Drag from one bar to another: a finish-to-start link."""

    def __init__(self, document: Document, predecessor: int, successor: int) -> None:
        plan = document.plan
        super().__init__(
            document,
            f"Link {quoted(plan.task(predecessor).name)} to {quoted(plan.task(successor).name)}",
        )
        self.link = Link(predecessor, successor, LinkType.FS)

    def _redo(self) -> None:
        self.document.plan.add_link(self.link)

    def _undo(self) -> None:
        self.document.plan.remove_link(self.link.predecessor, self.link.successor)


class UnlinkTasksCommand(PlanCommand):
    """Remove the links among the selected tasks (of a single task: all its links)."""

    def __init__(self, document: Document, uids: Sequence[int]) -> None:
        super().__init__(document, f"Unlink {len(uids)} tasks" if len(uids) > 1 else "Unlink task")
        chosen = set(uids)
        plan = document.plan
        if len(chosen) == 1:
            self.links = [lk for lk in plan.links if chosen & {lk.predecessor, lk.successor}]
        else:
            self.links = [
                lk for lk in plan.links if lk.predecessor in chosen and lk.successor in chosen
            ]

    def _redo(self) -> None:
        for lk in self.links:
            self.document.plan.remove_link(lk.predecessor, lk.successor)

    def _undo(self) -> None:
        for lk in self.links:
            self.document.plan.add_link(lk)


class SetPredecessorsCommand(PlanCommand):
    """Replace the links into one task with a new list (from ``3FS+2d;5``)."""

    def __init__(self, document: Document, successor: int, links: Sequence[Link]) -> None:
        name = document.plan.task(successor).name
        super().__init__(document, f"Set predecessors of {quoted(name)}")
        self.successor = successor
        self.new = list(links)
        self.old = list(document.plan.links_into(successor))

    def _redo(self) -> None:
        self._swap(self.old, self.new)

    def _undo(self) -> None:
        self._swap(self.new, self.old)

    def _swap(self, current: list[Link], wanted: list[Link]) -> None:
        plan = self.document.plan
        for lk in current:
            plan.remove_link(lk.predecessor, lk.successor)
        added: list[Link] = []
        try:
            for lk in wanted:
                plan.add_link(lk)
                added.append(lk)
        except Exception:
            for lk in reversed(added):
                plan.remove_link(lk.predecessor, lk.successor)
            for lk in current:
                plan.add_link(lk)
            raise
