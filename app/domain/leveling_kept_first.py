"""Leveling that never delays a do-not-level task and delays the others around it instead.

A priority 1000 task (do not level) is placed first among the tasks ready with it
(:mod:`~app.domain.leveling_order`), but its predecessors may take it, once leveled,
onto a slot a task placed before it already holds. MS Project never delays the
priority 1000 task: it delays the other one. A run places tasks once each, so the
slot is kept from the start in another run: the do-not-level tasks that met a task
leveling could have delayed are booked where they went before anything is placed
(:attr:`app.domain.leveling_run.Leveler.reserved`), the others wait for them, and each
takes its slot when its turn comes. Their predecessors may then move them, so runs go
on while the slots kept change, a few at most (plans without such a clash run once).

What stays unresolved is what truly is: two do-not-level tasks on one person at once,
or one on a person a started, manual or must-start-on task holds.
"""

from __future__ import annotations

from collections.abc import Callable

from app.domain.leveling_result import LevelingResult
from app.domain.leveling_run import Leveler

ROUNDS = 4  # runs at most: the slots kept settle in one or two on generated plans

Slots = dict[int, tuple[int, int]]


def kept_first(
    make: Callable[[Slots], Leveler | None], alap_at: dict[int, tuple[int, int]]
) -> tuple[LevelingResult, dict[int, tuple[int, int]]] | None:
    """A run by the leveler ``make(slots)`` builds (None: nothing to level), run again with
    the do-not-level tasks' slots kept while they change; its result and where it took the
    as-late-as-possible tasks to be (:meth:`Leveler.run`)."""
    slots: Slots = {}
    for _round in range(ROUNDS):
        leveler = make(slots)
        if leveler is None:
            return None
        leveler.reserved = slots
        ran = leveler.run(alap_at)
        wanted = leveler.held_back()
        if wanted == slots:
            break
        slots = wanted
    return ran
