"""Each task's link partners, kept beside the plan's list of links.

Following links from one task (is there a path back, which links come into
this task) walked all links once per question: ~0.1 s per new link at 100k
tasks and 150k links, paid on every link the user draws. :class:`LinkGraph`
holds, for each task, the tasks its links lead to and come from. Like
:class:`~app.domain.positions.Positions` it is told of appends and removals
and reads the list again when the list was replaced, or grew or shrank
behind its back. A link changed in place keeps its two tasks
(``Plan.update_link`` only changes type and lag), so the graph stays right.
"""

from __future__ import annotations

from app.domain.link import Link


class LinkGraph:
    """Successors and predecessors of each task uid, by the links of one list."""

    __slots__ = ("_links", "_preds", "_size", "_succs")

    def __init__(self) -> None:
        self._links: list[Link] | None = None
        self._size = -1
        self._succs: dict[int, list[int]] = {}
        self._preds: dict[int, list[int]] = {}

    def successors(self, links: list[Link]) -> dict[int, list[int]]:
        """Task uid -> the tasks its links lead to (callers must not change the lists)."""
        self._check(links)
        return self._succs

    def predecessors(self, links: list[Link]) -> dict[int, list[int]]:
        """Task uid -> the tasks whose links come into it (callers must not change them)."""
        self._check(links)
        return self._preds

    def appended(self, links: list[Link]) -> None:
        """``links`` just had one link appended."""
        if links is self._links and len(links) == self._size + 1:
            self._add(links[-1])
            self._size += 1

    def removed(self, links: list[Link], predecessor: int, successor: int) -> None:
        """The link between these two tasks was just taken out of ``links``."""
        if links is not self._links or len(links) != self._size - 1:
            return
        after, before = self._succs.get(predecessor), self._preds.get(successor)
        if after is None or before is None or successor not in after or predecessor not in before:
            self._links = None  # not what was held: read the list again when asked
            return
        after.remove(successor)
        before.remove(predecessor)
        self._size -= 1

    def _check(self, links: list[Link]) -> None:
        if links is not self._links or len(links) != self._size:
            self._succs, self._preds = {}, {}
            for lk in links:
                self._add(lk)
            self._links = links
            self._size = len(links)

    def _add(self, lk: Link) -> None:
        self._succs.setdefault(lk.predecessor, []).append(lk.successor)
        self._preds.setdefault(lk.successor, []).append(lk.predecessor)
