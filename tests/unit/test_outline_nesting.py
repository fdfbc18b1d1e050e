"""An outline change checks only the links where a branch grew, and refuses exactly what a
check of every link refuses (starting from an outline whose links fit)."""

from __future__ import annotations

import random

import pytest

from app.domain.errors import OutlineError
from app.domain.link import Link
from app.domain.outline import check_links_fit_outline, check_new_nesting
from app.domain.task import Task


def _levels(rng: random.Random, n: int) -> list[int]:
    levels = [1]
    for _ in range(n - 1):
        levels.append(rng.randint(1, min(levels[-1] + 1, 4)))
    return levels


def _refused(check) -> bool:
    try:
        check()
    except OutlineError:
        return True
    return False


def _case(seed: int) -> tuple[bool, bool]:
    """(refused by the grown-branch check, refused by the check of every link)."""
    rng = random.Random(seed)
    n = 30
    old_levels = _levels(rng, n)
    tasks = [
        Task(uid, f"T{uid}", level) for uid, level in zip(range(1, n + 1), old_levels, strict=True)
    ]
    links: list[Link] = []
    for _ in range(40):  # links that fit the old outline
        a, b = rng.sample(range(1, n + 1), 2)
        candidate = [*links, Link(a, b)]
        if not _refused(lambda c=candidate: check_links_fit_outline(tasks, c)):
            links = candidate
    new_levels = (
        _levels(rng, n)
        if seed % 2
        else [max(1, min(level + rng.choice((-1, 0, 1)), 4)) for level in old_levels]
    )
    new_levels[0] = 1
    for i in range(1, n):  # keep it a valid outline
        new_levels[i] = min(new_levels[i], new_levels[i - 1] + 1)
    candidate_tasks = [Task(t.uid, t.name, lv) for t, lv in zip(tasks, new_levels, strict=True)]
    row_of = {t.uid: i for i, t in enumerate(tasks)}

    def partners(uid):
        return [lk.successor for lk in links if lk.predecessor == uid] + [
            lk.predecessor for lk in links if lk.successor == uid
        ]

    full = _refused(lambda: check_links_fit_outline(candidate_tasks, links))
    grown = _refused(
        lambda: check_new_nesting(old_levels, candidate_tasks, partners, row_of.__getitem__)
    )
    return grown, full


@pytest.mark.parametrize("seed", range(40))
def test_checking_grown_branches_refuses_what_checking_every_link_refuses(seed):
    grown, full = _case(seed)
    assert grown == full


def test_the_cases_include_refusals_and_acceptances():
    answers = {_case(seed)[1] for seed in range(40)}
    assert answers == {True, False}
