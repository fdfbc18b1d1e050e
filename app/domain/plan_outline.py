"""The plan's outline: summaries and their subtasks, outline numbers, indent, outdent and
moving rows (moved out of app/domain/plan.py as is).

:class:`OutlineOps` is mixed into :class:`app.domain.plan.Plan`, as
:class:`app.domain.registers.RegisterOps` is; like the plan's other operations, each change
is announced and returns what undo needs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from app.domain.errors import OutlineError
from app.domain.events import Change, ChangeKind, Entity
from app.domain.link import Link, LinkType
from app.domain.outline import check_levels, check_links_fit_outline, check_new_nesting
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.task import Task

# Links that end at the successor's finish: MS Project refuses them into a summary, and the
# scheduler ignores one a file holds (an issue of kind IssueKind.LINK_IGNORED).
_FINISH_LINKS = (LinkType.FF, LinkType.SF)


# The last levels numbered and their numbers: reading a file numbers its rows to compare
# with the file's WBS (mspdi_tasks.file_numbering), and the plan made of them numbers the
# same levels again; a number depends on the rows' levels only.
_last: tuple[list[int], list[str]] = ([], [])


def outline_numbers(tasks: Iterable[Task]) -> list[str]:
    """The outline numbers (``2.3.1``) of ``tasks`` in row order."""
    global _last
    levels = [t.outline_level for t in tasks]
    seen, codes = _last  # one read: another thread may replace it meanwhile
    if levels != seen:
        codes = _numbered(levels)
        _last = (levels, codes)
    return list(codes)  # a copy: the caller may keep or change its list


def _numbered(levels: list[int]) -> list[str]:
    """The outline numbers of rows at ``levels``."""
    counters: list[int] = []
    codes: list[str] = []
    prefix, last = "", 0  # the parents' numbers, rebuilt when the level changes
    for level in levels:
        if level != last:
            del counters[level:]
            while len(counters) < level:
                counters.append(0)
            prefix = "".join([f"{c}." for c in counters[:-1]])
            last = level
        number = counters[level - 1] = counters[level - 1] + 1
        codes.append(f"{prefix}{number}")
    return codes


class OutlineOps:
    """Reading and changing the outline; the plan supplies the rows, the index and the hub."""

    if TYPE_CHECKING:
        tasks: list[Task]
        links: list[Link]
        _wbs: list[str] | None

        def index_of(self, uid: int) -> int: ...
        def task(self, uid: int) -> Task: ...
        def links_into(self, uid: int) -> list[Link]: ...
        def _partners(self, uid: int) -> list[int]: ...
        def _announce(self, change: Change) -> None: ...
        def _done(self, change: Change) -> None: ...
        def _structure_changed(self) -> None: ...

    # ------------------------------------------------------------------ reading

    def is_summary(self, uid: int) -> bool:
        """A task with at least one child."""
        i = self.index_of(uid)
        return (
            i + 1 < len(self.tasks)
            and self.tasks[i + 1].outline_level > self.tasks[i].outline_level
        )

    def subtree_end(self, index: int) -> int:
        """Row just past the last descendant of the task at ``index``."""
        level = self.tasks[index].outline_level
        j = index + 1
        while j < len(self.tasks) and self.tasks[j].outline_level > level:
            j += 1
        return j

    def children(self, uid: int | None) -> list[Task]:
        """Direct children of a task (``None``: the top-level tasks)."""
        if uid is None:
            return [t for t in self.tasks if t.outline_level == 1]
        i = self.index_of(uid)
        level = self.tasks[i].outline_level
        return [t for t in self.tasks[i + 1 : self.subtree_end(i)] if t.outline_level == level + 1]

    def descendants(self, uid: int) -> list[Task]:
        """All tasks below a summary."""
        i = self.index_of(uid)
        return self.tasks[i + 1 : self.subtree_end(i)]

    def parent(self, uid: int) -> Task | None:
        """The summary above a task (None at the top level)."""
        i = self.index_of(uid)
        level = self.tasks[i].outline_level
        for j in range(i - 1, -1, -1):
            if self.tasks[j].outline_level < level:
                return self.tasks[j]
        return None

    def parent_uids(self) -> dict[int, int | None]:
        """Parent of every task in one pass."""
        stack: list[Task] = []
        out: dict[int, int | None] = {}
        for t in self.tasks:
            while stack and stack[-1].outline_level >= t.outline_level:
                stack.pop()
            out[t.uid] = stack[-1].uid if stack else None
            stack.append(t)
        return out

    def wbs(self, uid: int) -> str:
        """Outline number of a task, such as ``2.3.1``."""
        return self.wbs_codes()[self.index_of(uid)]

    def wbs_codes(self) -> list[str]:
        """Outline numbers of all tasks, in row order."""
        if self._wbs is None:
            self._wbs = outline_numbers(self.tasks)
        return self._wbs

    # ------------------------------------------------------------------ changes

    def set_outline_levels(self, levels: dict[int, int]) -> dict[int, int]:
        """Set the outline level of several tasks at once; returns the old levels."""
        old = {uid: self.task(uid).outline_level for uid in levels}
        # Replace only the tasks whose level moves: copying every row made an
        # indent on a 10k-task plan cost a fifth of a second.
        candidate = list(self.tasks)
        for uid, level in levels.items():
            i = self.index_of(uid)
            if candidate[i].outline_level != level:
                candidate[i] = replace(candidate[i], outline_level=level)
        check_levels(candidate)
        check_new_nesting(
            [t.outline_level for t in self.tasks], candidate, self._partners, self.index_of
        )
        change = Change(Entity.OUTLINE, ChangeKind.CHANGED, tuple(levels))
        self._announce(change)
        self.tasks = candidate
        self._structure_changed()
        self._done(change)
        return old

    def indent(self, uids: Iterable[int]) -> dict[int, int]:
        """Demote tasks (and their subtasks) one level; returns the old levels for undo."""
        levels: dict[int, int] = {}
        for uid in self.topmost(uids):
            i = self.index_of(uid)
            if i == 0:
                raise OutlineError(
                    f"{quoted(self.tasks[i].name, NAME_LIMIT)} is the first task and cannot be indented"
                )
            if (
                self.tasks[i - 1].outline_level < self.tasks[i].outline_level
                and self.tasks[i - 1].uid not in levels
            ):
                raise OutlineError(
                    f"{quoted(self.tasks[i].name, NAME_LIMIT)} is already below {quoted(self.tasks[i - 1].name, NAME_LIMIT)}"
                )
            for t in self.tasks[i : self.subtree_end(i)]:
                levels[t.uid] = t.outline_level + 1
        self._check_new_summaries(levels)
        return self.set_outline_levels(levels) if levels else {}

    def outdent(self, uids: Iterable[int]) -> dict[int, int]:
        """Promote tasks (and their subtasks) one level; returns the old levels for undo."""
        levels: dict[int, int] = {}
        for uid in self.topmost(uids):
            i = self.index_of(uid)
            if self.tasks[i].outline_level == 1:
                raise OutlineError(
                    f"{quoted(self.tasks[i].name, NAME_LIMIT)} is already at the top level"
                )
            for t in self.tasks[i : self.subtree_end(i)]:
                levels[t.uid] = t.outline_level - 1
        self._check_new_summaries(levels)
        return self.set_outline_levels(levels) if levels else {}

    def _check_new_summaries(self, levels: dict[int, int]) -> None:
        """Refuse new ``levels`` that make a task with a finish-to-finish or start-to-finish
        predecessor a summary: MS Project refuses such a link into a summary (typing one is
        refused too), and the scheduler would ignore it. An indent makes the row above a
        summary, an outdent the row it leaves its followers under.

        Only a row whose level changes, or the row just above one, can become a summary.
        (Undo restores levels through set_outline_levels, unchecked: a file's summary with
        such a link, made a plain task and back, comes back as it was.)
        """
        tasks = self.tasks
        rows = {self.index_of(uid) for uid in levels}
        for j in sorted(rows | {r - 1 for r in rows if r > 0}):
            if j + 1 >= len(tasks):
                continue
            above, below = tasks[j], tasks[j + 1]
            if below.outline_level > above.outline_level:
                continue  # a summary already
            if levels.get(below.uid, below.outline_level) <= levels.get(
                above.uid, above.outline_level
            ):
                continue
            self._refuse_finish_links(above, below)

    def _check_summaries_made(self, candidate: list[Task]) -> None:
        """As :meth:`_check_new_summaries` for rows in a new order (``candidate``): a task
        that becomes a summary there may have no finish-to-finish or start-to-finish
        predecessor. One that is a summary already keeps its links (a file's)."""
        tasks = self.tasks
        was = {a.uid for a, b in pairwise(tasks) if b.outline_level > a.outline_level}
        for above, below in pairwise(candidate):
            if below.outline_level > above.outline_level and above.uid not in was:
                self._refuse_finish_links(above, below)

    def _refuse_finish_links(self, above: Task, below: Task) -> None:
        """Refuse ``below`` going under ``above`` when ``above`` has a finish link into it."""
        finish = [lk for lk in self.links_into(above.uid) if lk.type in _FINISH_LINKS]
        if finish:
            link = finish[0]
            pred = quoted(self.task(link.predecessor).name)
            raise OutlineError(
                f"{quoted(below.name)} cannot go under {quoted(above.name)}: a summary "
                f"cannot have the {link.type.name} link from {pred}; make it FS or SS first"
            )

    def topmost(self, uids: Iterable[int]) -> list[int]:
        """The given tasks minus those inside another given task's subtree, in row order."""
        wanted = sorted({self.index_of(u) for u in uids})
        out: list[int] = []
        end = -1
        for i in wanted:
            if i < end:
                continue
            out.append(self.tasks[i].uid)
            end = self.subtree_end(i)
        return out

    def reorder(
        self,
        order: list[int],
        levels: dict[int, int] | None = None,
        *,
        new_summaries_checked: bool = False,
    ) -> tuple[list[int], dict[int, int]]:
        """Put the tasks in a new row order (and optionally levels); returns the old ones.

        ``new_summaries_checked``: refuse, as indent does, an order that makes a task with
        a finish-to-finish or start-to-finish predecessor a summary (a move; undo restores
        the order it had unchecked, as it restores levels).
        """
        if sorted(order) != sorted(t.uid for t in self.tasks):
            raise OutlineError("a new order must hold every task exactly once")
        old_order = [t.uid for t in self.tasks]
        old_levels = {t.uid: t.outline_level for t in self.tasks}
        by_uid = {t.uid: t for t in self.tasks}
        levels = levels or {}
        candidate = [
            by_uid[u]
            if levels.get(u, by_uid[u].outline_level) == by_uid[u].outline_level
            else replace(by_uid[u], outline_level=levels[u])
            for u in order
        ]
        check_levels(candidate)
        check_links_fit_outline(candidate, self.links)
        if new_summaries_checked:
            self._check_summaries_made(candidate)
        change = Change(Entity.OUTLINE, ChangeKind.CHANGED, tuple(order))
        self._announce(change)
        self.tasks = candidate
        self._structure_changed()
        self._done(change)
        return old_order, old_levels

    def move_tasks(
        self, uids: Iterable[int], before_uid: int | None
    ) -> tuple[list[int], dict[int, int]]:
        """Move tasks with their subtasks in front of another task (None: to the end).

        Moved tasks take the level of the task they land before (top level at
        the end); returns the old order and levels for :meth:`reorder`.
        """
        top = self.topmost(uids)
        moving: list[Task] = []
        for uid in top:
            i = self.index_of(uid)
            moving.extend(self.tasks[i : self.subtree_end(i)])
        moving_uids = {t.uid for t in moving}
        if before_uid is not None and before_uid in moving_uids:
            raise OutlineError("cannot move tasks inside themselves")
        rest = [t for t in self.tasks if t.uid not in moving_uids]
        pos = (
            len(rest)
            if before_uid is None
            else next(i for i, t in enumerate(rest) if t.uid == before_uid)
        )
        target_level = 1 if before_uid is None else self.task(before_uid).outline_level
        shift: dict[int, int] = {}
        for uid in top:
            base = self.task(uid).outline_level
            i = self.index_of(uid)
            for t in self.tasks[i : self.subtree_end(i)]:
                shift[t.uid] = t.outline_level - base + target_level
        order = [t.uid for t in rest[:pos]] + [t.uid for t in moving] + [t.uid for t in rest[pos:]]
        return self.reorder(order, shift)
