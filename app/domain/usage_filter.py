"""Task Usage under a task filter: the rows of the tasks a filter keeps, as MS Project's
Task Usage applies the task filter chosen (Critical, Late Tasks, Using Resource...).

The filter's tasks are :func:`app.domain.filters.with_summaries`' (the tasks that match
and the summaries above them, as the Gantt shows them); each kept task keeps its
assignments below it, and a task left out takes its rows with it. Resource Usage is per
person and keeps every row.

Task Usage sorted (View > Sort while it shows, ``gantry usage --tasks --sort``) lists its
tasks in the sort's order, each with its assignments below it: subtasks within their
summary, or the leaves only, flat (:func:`sorted_task_rows`, as
:func:`app.domain.sorting.arrange` orders the sheet).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

import numpy as np

from app.domain.sorting import arrange
from app.domain.usage import Usage
from app.domain.usage_tree import RowKind, TaskRows, UsageTree

if TYPE_CHECKING:
    import numpy.typing as npt

    BoolArray = npt.NDArray[np.bool_]
    IntArray = npt.NDArray[np.int64]


def kept_rows(tree: UsageTree, keep: Collection[int]) -> BoolArray:
    """Per row of a Task Usage outline, whether a filter keeping the tasks ``keep`` (uids,
    their summaries among them) shows it: a task row whose task is kept, and every row
    under one (its assignments). Every row of a Resource Usage outline."""
    n = len(tree)
    if not tree.by_task:
        return np.ones(n, dtype=bool)
    kind = np.array(tree.kind, dtype=np.int64)
    is_task = kind == RowKind.TASK
    mask = np.zeros(n, dtype=bool)
    uids = np.array(tree.uid, dtype=np.int64)[is_task]
    mask[is_task] = np.isin(uids, np.fromiter(keep, dtype=np.int64, count=len(keep)))
    # an assignment's row follows its task's (task rows are all set by now)
    below = ~is_task
    mask[below] = mask[np.array(tree.parent, dtype=np.int64)[below]]
    return mask


def shown_rows(tree: UsageTree, closed: Collection[int], kept: BoolArray | None) -> IntArray:
    """:meth:`UsageTree.shown` of the ``closed`` rows, less the rows a filter leaves out
    (``kept``: :func:`kept_rows`; None: no filter)."""
    shown = tree.shown(list(closed))
    if kept is None:
        return shown
    out: IntArray = shown[kept[shown]]
    return out


def sorted_task_rows(usage: Usage, ranks: Mapping[int, int], keep_outline: bool) -> TaskRows:
    """Task Usage's task rows in a sort's order (``ranks``: each task's place,
    :func:`app.domain.sorting.sort_ranks`): sibling by sibling under their summaries
    (``keep_outline``), else the tasks without subtasks in one list."""
    row_of = usage.task_row_of
    rows = [row_of(t.uid) for t in arrange(usage.tasks, ranks, keep_outline)]
    return TaskRows(rows, not keep_outline)
