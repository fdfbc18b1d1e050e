"""Which tasks the task sheet shows: every task in outline order, minus collapsed subtrees.

The sheet is flat, as MS Project's is: one row per shown task, the outline
drawn by the view. A collapsed summary stays shown; its descendants are left
out. These functions are plain Python over the plan's task list (no Qt), so
the sheet's rows can be rebuilt in one pass and checked without a window.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from app.domain.task import Task


def shown_uids(tasks: Sequence[Task], collapsed: Collection[int]) -> list[int]:
    """Uids of the rows shown, in outline order, skipping what collapsed summaries hide."""
    if not collapsed:
        return [t.uid for t in tasks]
    return shown_between(tasks, 0, len(tasks), collapsed)


def shown_between(
    tasks: Sequence[Task], start: int, stop: int, collapsed: Collection[int]
) -> list[int]:
    """Shown uids among ``tasks[start:stop]`` (a whole subtree or the whole plan)."""
    out: list[int] = []
    i = start
    while i < stop:
        task = tasks[i]
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
