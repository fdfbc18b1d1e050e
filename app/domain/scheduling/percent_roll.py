"""Summary % complete: each summary's children's completion weighted by duration.

:func:`rolled_up` works it out for every row, bottom-up; :func:`patched_roll`
redoes only the rows an edit changed and the summaries above them, from an
earlier roll-up of the same network, to the same figures (last bit included).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.task import Task


@dataclass(frozen=True, slots=True)
class Roll:
    """The % complete roll-up: each row's weighted done and total minutes, and the result."""

    done: list[float]
    total: list[float]
    percent: dict[int, float]


def rolled_up(
    summary: list[bool],
    parent: list[int],
    active: list[bool],
    tasks: list[Task],
    dur: list[int],
) -> Roll:
    """Summary % complete: children's completion weighted by duration (bottom-up)."""
    n = len(tasks)
    done = [0.0] * n
    total = [0.0] * n
    out: dict[int, float] = {}
    for i in range(n - 1, -1, -1):
        if not summary[i]:
            d = float(dur[i])
            total[i] = d
            done[i] = d * tasks[i].percent_complete / 100
        p = parent[i]
        if p >= 0 and (active[i] or not active[p]):  # an inactive summary: its own subtasks
            total[p] += total[i]
            done[p] += done[i]
        if summary[i] and total[i] > 0:
            out[i] = 100 * done[i] / total[i]  # exact: percent_shown rounds once, as MS Project
    return Roll(done, total, out)


def patched_roll(
    base: Roll,
    rows: frozenset[int],
    summary: list[bool],
    parent: list[int],
    active: list[bool],
    tasks: list[Task],
    dur: list[int],
    children: list[list[int]],
) -> Roll:
    """The roll-up of :func:`rolled_up` from an earlier one, redoing ``rows`` and the
    summaries above them (each summed over its children in the same order, so the
    figures are the same to the last bit)."""
    done, total = list(base.done), list(base.total)
    percent = dict(base.percent)
    redo: set[int] = set()
    for i in rows:
        if summary[i]:
            redo.add(i)
        else:
            d = float(dur[i])
            total[i] = d
            done[i] = d * tasks[i].percent_complete / 100
        p = parent[i]
        while p >= 0 and p not in redo:
            redo.add(p)
            p = parent[p]
    for p in sorted(redo, reverse=True):  # subtasks sit below their summary
        t_sum = d_sum = 0.0
        own_active = active[p]
        for c in reversed(children[p]):
            if active[c] or not own_active:
                t_sum += total[c]
                d_sum += done[c]
        total[p], done[p] = t_sum, d_sum
        if t_sum > 0:
            percent[p] = 100 * d_sum / t_sum
        else:
            percent.pop(p, None)
    return Roll(done, total, percent)
