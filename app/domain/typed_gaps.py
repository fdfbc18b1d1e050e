"""Hours typed day by day inside a split task's pause fill it (MS Project: actual work
entered in a split's gap fills the gap there).

A split's pause is working time the task does not use (:mod:`app.domain.splits`). When a
person types hours on a day the pause holds (Maria's Wednesday on a task split from
Wednesday to Friday), that day was worked: the pause loses the working time the typed days
cover there, so the task's bar shows the work where it was done, and what is left of the
pause stays (Thursday and Friday). The days worked there count as the task's duration, as
work done does, so the task's finish stays where its work left lies
(:mod:`app.domain.typed_days_span`); clearing the hours later leaves the pause as filled,
as clearing actual work keeps the span it made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from app.domain.actual_days import kept_actuals
from app.domain.resource import Assignment
from app.domain.splits import Split, normalized
from app.domain.task import Task
from app.domain.worktime import WorkTime, to_minutes


def gaps_filled(task: Task, start: datetime, clock: WorkTime, people: Sequence[Assignment]) -> Task:
    """``task`` (begun at ``start``, its pauses on ``clock``) with its pauses less the working
    time its ``people``'s typed days cover inside them; as it was when none lies there."""
    splits = normalized(task.splits, task.duration_minutes)
    if not splits:
        return task
    index, base = clock.index, clock.index(to_minutes(start))
    typed = sorted(
        (index(to_minutes(p.start)) - base, index(to_minutes(p.finish)) - base)
        for a in people
        for p in kept_actuals(a)
        if p.minutes > 0
    )
    out: list[Split] = []
    before = 0  # the pauses so far, as they were
    filled = 0  # the pauses so far, as they are left
    for split in splits:
        g0 = split.after_minutes + before
        g1 = g0 + split.gap_minutes
        before += split.gap_minutes
        for f0, f1 in _less(g0, g1, typed):
            out.append(Split(f0 - filled, f1 - f0, split.leveling))
            filled += f1 - f0
    kept = tuple(out)
    if kept == splits:
        return task
    return replace(task, splits=kept)


def _less(g0: int, g1: int, typed: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``g0``..``g1`` that none of ``typed`` (in order) covers."""
    out: list[tuple[int, int]] = []
    lo = g0
    for t0, t1 in typed:
        if t1 <= lo or t0 >= g1:
            continue
        if t0 > lo:
            out.append((lo, t0))
        lo = max(lo, t1)
        if lo >= g1:
            break
    if lo < g1:
        out.append((lo, g1))
    return out
