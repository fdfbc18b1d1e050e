"""Which tasks the task sheet shows: every task in outline order, minus collapsed subtrees
and, while a filter is on, minus the tasks it leaves out; grouped (View > Group by), the
group header rows among them (:class:`RowGroup`).

The sheet is flat, as MS Project's is: one row per shown task, the outline
drawn by the view. A collapsed summary stays shown; its descendants are left
out. A filter (View > Filter) keeps the tasks it matched and the summaries
above them (:class:`RowFilter`). These functions are plain Python over the
plan's task list (no Qt), so the sheet's rows can be rebuilt in one pass and
checked without a window.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from app.domain.custom_fields import CustomField
from app.domain.filters import TaskFilter, with_summaries
from app.domain.grouping import GroupBy, GroupField
from app.domain.grouping_rows import GROUP_KEY_FIRST, TaskGroup, flatten, group_tasks
from app.domain.sorting import TaskSort, arrange
from app.domain.task import Task
from app.report.timescale_names import date_names

if TYPE_CHECKING:
    from app.ui.document import Document


def shown_uids(
    tasks: Sequence[Task], collapsed: Collection[int], keep: Collection[int] | None = None
) -> list[int]:
    """Uids of the rows shown, in outline order, skipping what collapsed summaries hide.

    ``keep``: the only tasks a filter lets show (None: no filter).
    """
    if not collapsed and keep is None:
        return [t.uid for t in tasks]
    return shown_between(tasks, 0, len(tasks), collapsed, keep)


def shown_between(
    tasks: Sequence[Task],
    start: int,
    stop: int,
    collapsed: Collection[int],
    keep: Collection[int] | None = None,
) -> list[int]:
    """Shown uids among ``tasks[start:stop]`` (a whole subtree or the whole plan).

    A task ``keep`` leaves out is not shown, nor is anything below it (a filter
    keeps every summary above a task it keeps).
    """
    out: list[int] = []
    i = start
    while i < stop:
        task = tasks[i]
        if keep is not None and task.uid not in keep:
            i += 1
            continue
        out.append(task.uid)
        i += 1
        if task.uid in collapsed:
            level = task.outline_level
            while i < stop and tasks[i].outline_level > level:
                i += 1
    return out


def summary_uids(tasks: Sequence[Task]) -> set[int]:
    """Uids of the tasks with at least one subtask."""
    return {
        tasks[i].uid
        for i in range(len(tasks) - 1)
        if tasks[i + 1].outline_level > tasks[i].outline_level
    }


def summaries_below_level(tasks: Sequence[Task], level: int | None) -> set[int]:
    """Summaries to collapse so that tasks down to ``level`` show (None: none, all shown)."""
    if level is None:
        return set()
    return {
        tasks[i].uid
        for i in range(len(tasks) - 1)
        if tasks[i].outline_level >= level and tasks[i + 1].outline_level > tasks[i].outline_level
    }


def runs(values: list[int]) -> list[tuple[int, int]]:
    """Contiguous runs in sorted integers: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    out: list[tuple[int, int]] = []
    for v in values:
        if out and out[-1][1] == v - 1:
            out[-1] = (out[-1][0], v)
        else:
            out.append((v, v))
    return out


class RowFilter:
    """A filter applied to the sheet: the tasks it matched then, and the rows that go with them.

    As in MS Project, the filter is not applied again after each edit: a task
    edited so that it no longer matches keeps its row until the filter is
    reapplied, so a row never vanishes from under the cursor. A task added
    while the filter is on (typed into the empty row, inserted, pasted) shows
    too. The summaries above each kept task show as well, for the outline;
    those are :attr:`context` rows, which the sheet greys.
    """

    def __init__(self, task_filter: TaskFilter, matched: Iterable[int], tasks: Sequence[Task]):
        self.task_filter = task_filter
        self.matched = set(matched)
        self._known = {t.uid for t in tasks}  # tasks that existed when it was applied
        self.context: frozenset[int] = frozenset()

    def rows(self, tasks: Sequence[Task]) -> set[int]:
        """The uids to show now: matched, added since, and the summaries above them.

        A task deleted since is forgotten: a new task that takes its id (the next
        id is the highest plus one) is a task added since, and shows.
        """
        known = self._known
        present = {t.uid for t in tasks}
        gone = known - present
        if gone:
            known -= gone
            self.matched -= gone
        fresh = present - known
        if fresh:
            known.update(fresh)
            self.matched.update(fresh)
        keep = with_summaries(tasks, self.matched)
        self.context = frozenset(keep - self.matched)
        return keep

    def counts(self, tasks: Sequence[Task]) -> tuple[int, int]:
        """(tasks it lets through, tasks in the plan), for "Critical (12 of 340 tasks)".

        A task added since counts at once, whether or not the rows followed yet.
        """
        known, matched = self._known, self.matched
        return sum(1 for t in tasks if t.uid in matched or t.uid not in known), len(tasks)


class RowSort:
    """A sort applied to the sheet (View > Sort): each task's place when it was applied.

    As with :class:`RowFilter`, the sort is not run again after each edit: an
    edited task keeps its row until the sort is applied again, and a task
    added since shows where it was added (above the row it was inserted at).
    Without the outline kept, only tasks without subtasks are listed (MS
    Project hides the summaries then).
    """

    def __init__(self, task_sort: TaskSort, ranks: dict[int, int]) -> None:
        self.task_sort = task_sort
        self.ranks = ranks

    @property
    def flat(self) -> bool:
        """Whether the summaries are left out (outline structure not kept)."""
        return not self.task_sort.keep_outline

    def move_refused(self, fields: Iterable[CustomField] = ()) -> str:
        """Why rows are not moved by hand while sorted (a dropped or moved row would move in
        the plan yet show back at its sorted place; Sort By... renumbers for good); custom
        fields named by their aliases among ``fields``."""
        return (
            f"Rows are not moved while the sheet is sorted by {self.task_sort.title(fields)}: "
            "sort by ID (Shift+F3) to move tasks"
        )

    def level(self, task: Task) -> int:
        """The outline level a task's row is drawn at: 1 when :attr:`flat` (MS Project lists
        the tasks flat then, none under a summary it does not show), else its own."""
        return 1 if self.flat else task.outline_level

    def arrange(self, tasks: Sequence[Task]) -> list[Task]:
        """The plan's tasks in the sorted order (leaves only when :attr:`flat`).

        A task deleted since is forgotten: a new task that takes its id is a task
        added since, placed where it was added, not where the deleted one sorted.
        """
        ranks = self.ranks
        for uid in ranks.keys() - {t.uid for t in tasks}:
            del ranks[uid]
        return arrange(tasks, ranks, self.task_sort.keep_outline)


class RowGroup:
    """A grouping applied to the sheet (View > Group by): its header rows and their keys.

    Unlike a filter or a sort, the grouping is worked out again whenever the rows are
    (an edit, a reschedule), as MS Project regroups at once: a task whose Duration
    changes moves to its new group, and each header's figures stay true. Group header
    rows are keyed by ints far below any task uid (app.domain.grouping_rows); a
    group keeps its key while its path (its labels) stays, so a collapsed group stays
    collapsed and a selection on its row stays on it across regroupings.
    """

    def __init__(self, group_by: GroupBy, clock: Callable[[], datetime] = datetime.now) -> None:
        self.group_by = group_by
        self.clock = clock  # "now" for Status when the project has no status date
        self.collapsed: set[tuple[str, ...]] = set()  # groups folded, by path
        self.headers: dict[int, TaskGroup] = {}  # header row key -> its group, as last made
        self.levels: dict[int, int] = {}  # task uid -> the level its rows are drawn at
        self.all_groups: list[TaskGroup] = []  # every group as last made, folded ones included
        self._keys: dict[tuple[str, ...], int] = {}

    def key_of(self, path: tuple[str, ...]) -> int:
        """The row key of the group at ``path`` (the same one each time)."""
        keys = self._keys
        key = keys.get(path)
        if key is None:
            key = keys[path] = GROUP_KEY_FIRST + len(keys)
        return key

    def rows(
        self,
        document: Document,
        order: Sequence[Task],
        collapsed: Collection[int],
        keep: Collection[int] | None,
        outline: bool = True,
    ) -> list[int]:
        """The row keys to show now: headers and task uids (a task under two people twice).

        ``order``: the tasks in the sheet's order (a sort's); ``collapsed``: folded
        summaries (with the hierarchy kept); ``keep``: a filter's rows (None: all);
        ``outline``: False when a sort lists tasks without their summaries, so no
        hierarchy can be kept.
        """
        group_by = self.group_by
        if group_by.keep_hierarchy and not outline:
            group_by = replace(group_by, keep_hierarchy=False)
        groups = group_tasks(
            document.plan,
            document.schedule,
            group_by,
            order,
            getattr(document, "costs", None),
            keep,
            self.clock() if _needs_today(group_by) else None,
            date_names(),  # a date group's label in the user's words (Mo. 4. Jan. 2027)
        )
        flat = flatten(groups, self.key_of, self.collapsed, collapsed)
        headers: dict[int, TaskGroup] = {}
        levels: dict[int, int] = {}
        for row in flat:
            if row.group is not None:
                headers[row.key] = row.group
            else:
                levels[row.key] = row.level
        self.headers, self.levels, self.all_groups = headers, levels, groups
        live = {g.path for g in groups}
        self.collapsed &= live
        return [row.key for row in flat]

    def set_collapsed(self, key: int, collapsed: bool) -> bool:
        """Fold or unfold a group by its row key; False when nothing changes."""
        group = self.headers.get(key)
        if group is None or (group.path in self.collapsed) == collapsed:
            return False
        (self.collapsed.add if collapsed else self.collapsed.discard)(group.path)
        return True

    def fold_from(self, level: int | None) -> bool:
        """Fold every group at ``level`` or deeper and unfold the others (None: unfold all);
        False when nothing changes."""
        wanted = set() if level is None else {g.path for g in self.all_groups if g.level >= level}
        if wanted == self.collapsed:
            return False
        self.collapsed = wanted
        return True

    def is_collapsed(self, key: int) -> bool:
        """Whether a group's row hides its tasks."""
        group = self.headers.get(key)
        return group is not None and group.path in self.collapsed


def group_headers(model: object) -> dict[int, TaskGroup]:
    """The group header rows among a sheet model's rows (View > Group by), by row key: what
    printing and Copy Picture draw them from (empty when the sheet is not grouped)."""
    row_group = getattr(model, "row_group", None)
    grouping = row_group() if callable(row_group) else None
    return dict(grouping.headers) if isinstance(grouping, RowGroup) else {}


def _needs_today(group_by: GroupBy) -> bool:
    """Whether a grouping reads Status (judged at today's date without a status date)."""
    return any(k.field is GroupField.STATUS for k in group_by.keys)
