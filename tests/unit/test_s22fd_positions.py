"""Positions follow many removals from the front without reading the list again each time.

Undoing a paste of 2,000 rows took the pasted tasks' assignments out front to back: the
index read the 4,500 assignments again after each one (1,899 times, 21 s in all).
"""

from __future__ import annotations

import random

from app.domain.positions import Positions
from tests.bench.generate import make_plan


class _Counted(Positions[str, str]):
    __slots__ = ("reads",)

    def __init__(self) -> None:
        super().__init__(lambda item: item)
        self.reads = 0

    def _read(self, rows: list[str]) -> None:
        self.reads += 1
        super()._read(rows)


def test_s22fd_removals_from_the_front_read_the_list_once():
    rows = [f"k{i}" for i in range(1000)]
    index = _Counted()
    for n in range(0, 600, 2):  # every other item of the first 600, front to back
        key = f"k{n}"
        assert index.find(rows, key) == rows.index(key)
        rows.remove(key)
        index.removed(rows, key)
        assert index.find(rows, f"k{n + 1}") == rows.index(f"k{n + 1}")
    assert index.find(rows, "k999") == len(rows) - 1
    assert index.reads == 1


def test_s22fd_removals_and_appends_mixed_agree_with_a_walk():
    rng = random.Random(22)
    rows = [f"k{i}" for i in range(200)]
    index = _Counted()
    fresh = 200
    for _ in range(2000):
        roll = rng.random()
        if roll < 0.45 and rows:
            key = rows.pop(rng.randrange(len(rows)))
            index.removed(rows, key)
        elif roll < 0.95:
            rows.append(f"k{fresh}")
            index.appended(rows)
            fresh += 1
        else:
            rows.insert(rng.randrange(len(rows) + 1), f"k{fresh}")
            index.forget()
            fresh += 1
        for probe in (f"k{rng.randrange(fresh + 5)}", rows[-1] if rows else "none"):
            assert index.find(rows, probe) == (rows.index(probe) if probe in rows else None)
    assert index.reads < 150  # once per insert (~100) and now and then after removals


def test_s22fd_a_plan_takes_out_many_assignments_front_to_back_in_one_read(monkeypatch):
    plan = make_plan(400, 300, 1, 10)
    reads: list[int] = []
    read = Positions._read

    def counted(self, rows):
        reads.append(len(rows))
        read(self, rows)

    monkeypatch.setattr(Positions, "_read", counted)
    doomed = [a.uid for a in plan.assignments[:100]]
    kept = plan.assignments[100:]
    for uid in doomed:
        plan.remove_assignment(uid)
    assert plan.assignments == kept
    assert [plan.assignment(a.uid) for a in kept] == kept
    assert len(reads) == 1
