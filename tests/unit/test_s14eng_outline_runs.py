"""The network's outline walk, which lays runs of sibling rows in bulk, equals a row-by-row walk."""

from __future__ import annotations

import random

import pytest

from app.domain.scheduling.network import _outline


def _row_by_row(levels: list[int]):
    """The plain walk: one row at a time, a stack of open rows (the reference)."""
    n = len(levels)
    summary, parent, children = [False] * n, [-1] * n, [[] for _ in range(n)]
    last = [n - 1] * n
    order: list[int] = []
    roots: list[int] = []
    stack: list[int] = []
    for i, level in enumerate(levels):
        while stack and levels[stack[-1]] >= level:
            done = stack.pop()
            last[done] = i - 1
            if summary[done]:
                order.append(done)
        if stack:
            p = stack[-1]
            parent[i] = p
            if not summary[p]:
                summary[p] = True
                order[-1] = n + p
            children[p].append(i)
        else:
            roots.append(i)
        order.append(i)
        stack.append(i)
    while stack:
        done = stack.pop()
        if summary[done]:
            order.append(done)
    return summary, parent, children, last, order, roots


def _levels(rng: random.Random, n: int) -> list[int]:
    levels = [1]
    for _ in range(n - 1):
        r = rng.random()
        if r < 0.55:
            levels.append(levels[-1])  # long runs of siblings, as plans have
        elif r < 0.75:
            levels.append(levels[-1] + 1)
        else:
            levels.append(rng.randint(1, levels[-1]))
    return levels


@pytest.mark.parametrize("seed", range(40))
def test_outline_in_runs_equals_row_by_row(seed):
    rng = random.Random(seed)
    levels = _levels(rng, rng.choice((1, 2, 3, 7, 50, 400)))
    summary, parent, children, last, order, roots = _outline(levels)
    want = _row_by_row(levels)
    assert (summary, parent, last, order, roots) == (want[0], want[1], want[3], want[4], want[5])
    assert [children[i] if summary[i] else [] for i in range(len(levels))] == want[2]


def test_outline_of_no_rows_and_of_flat_rows():
    assert _outline([]) == ([], [], [], [], [], [])
    summary, parent, _children, last, order, roots = _outline([1, 1, 1])
    assert (summary, parent, last, order, roots) == (
        [False] * 3,
        [-1] * 3,
        [0, 1, 2],
        [0, 1, 2],
        [0, 1, 2],
    )
