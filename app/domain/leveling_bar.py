"""How far one leveling run is, as its progress bar shows it.

The network build (when it must be built) counts as half the tasks' reading; then
each task read, then placed: placing takes ~3x the reading and setting up (100k
tasks: 2.8 of 10.7 s, 3.9 of 17.4 s), so a task placed counts three. Every report
is where Cancel is heard (:func:`app.domain.progress.report`)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from app.domain.plan import Plan
from app.domain.progress import Progress
from app.domain.progress import report as report_progress

PLACING = 3  # a task placed counts three tasks read on the bar


@dataclass(frozen=True, slots=True)
class Bar:
    """One leveling run's progress bar: ``built`` the network build's share (0 when the
    network was given), ``leaves`` the plan's leaf tasks, ``total`` the whole bar."""

    progress: Progress | None
    built: int
    leaves: int
    total: int

    @classmethod
    def of(cls, plan: Plan, progress: Progress | None, building: bool) -> Bar:
        """The bar of a run over ``plan``; ``building``: the network must be built first."""
        # Leaves: rows not followed by a deeper one (the last row is one; no row, no leaf).
        n = sum(1 for a, b in pairwise([*(t.outline_level for t in plan.tasks), 0]) if b <= a)
        built = n // 2 if building else 0
        return cls(progress, built, n, built + (1 + PLACING) * n)

    @property
    def read(self) -> int:
        """Where the bar stands once every task is read."""
        return self.built + self.leaves

    def at(self, done: int) -> None:
        """Report ``done`` of the whole bar."""
        report_progress(self.progress, done, self.total)

    def reading_dates(self, k: int, of: int) -> None:
        """Report ``k`` of ``of`` rows of the schedule read: the first half of the reading."""
        self.at(self.built + self.leaves // 2 * k // max(of, 1))

    def reading_shapes(self, k: int) -> None:
        """Report ``k`` tasks' shapes read: the second half of the reading."""
        self.at(self.built + self.leaves // 2 + k // 2)

    def setting_up(self) -> None:
        """Hold the bar where reading ended (~0.9 s at 100k tasks before placing): Cancel there."""
        self.at(self.read)

    def placing(self, placed: int) -> None:
        """Report ``placed`` tasks placed (counted from :attr:`read`, three each)."""
        read = self.read
        self.at(read + PLACING * (placed - read))
