"""The prices of many assignments at once in numpy, for large plans (see costs.py).

Each formula is the one :func:`app.domain.costs.cost_of_assignment` applies to
one assignment of a resource without a rate table, written over arrays with
the same operations in the same order, so every figure is the same float.
Sums into tasks and resources add the values one after another in the order
given (``np.add.at``), as a loop over the assignments does. Imported only
where numpy is worth its import (``app.domain.workload.numpy_pays``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

WORK, MATERIAL, COST = 0, 1, 2  # the kinds of resource priced here


@dataclass(frozen=True, slots=True)
class PlainAssignments:
    """What pricing needs of each assignment, one sequence per field, in assignment order.

    ``kind`` is WORK, MATERIAL or COST; the rates are its resource's;
    ``duration`` is its task's scheduled duration (used where ``work`` is 0);
    ``pct`` the task's % complete / 100 and ``started`` whether it has begun.
    """

    kind: Sequence[int]
    units: Sequence[float]
    work: Sequence[int]
    actual_work: Sequence[int]
    overtime: Sequence[int]
    actual_overtime: Sequence[int]
    cost: Sequence[float]
    standard_rate: Sequence[float]
    overtime_rate: Sequence[float]
    cost_per_use: Sequence[float]
    duration: Sequence[int]
    pct: Sequence[float]
    started: Sequence[bool]


def price(given: PlainAssignments) -> tuple[list[int], list[float], list[int], list[float]]:
    """Work, cost, actual work and actual cost of each assignment, as Python numbers."""
    kind = np.asarray(given.kind, dtype=np.int64)
    units = np.asarray(given.units, dtype=np.float64)
    std = np.asarray(given.standard_rate, dtype=np.float64)
    otr = np.asarray(given.overtime_rate, dtype=np.float64)
    cpu = np.asarray(given.cost_per_use, dtype=np.float64)
    pct = np.asarray(given.pct, dtype=np.float64)
    started = np.asarray(given.started, dtype=bool)
    is_work = kind == WORK
    stored = np.asarray(given.work, dtype=np.int64)
    duration = np.asarray(given.duration, dtype=np.int64)
    # stored work, else duration x units rounded half to even (Python's round)
    work = np.where(stored != 0, stored, np.rint(duration * units).astype(np.int64))
    work = np.where(is_work, work, 0)
    overtime = np.asarray(given.overtime, dtype=np.int64)
    per_use = cpu * units  # a use per unit of a person
    cost = ((work - overtime) * std + overtime * otr) / 60.0 + per_use
    done = np.asarray(given.actual_work, dtype=np.int64)
    done = np.where(done != 0, done, np.rint(work * pct).astype(np.int64))
    done = np.where(is_work, done, 0)
    done_overtime = np.minimum(np.asarray(given.actual_overtime, dtype=np.int64), done)
    actual = np.where(done != 0, ((done - done_overtime) * std + done_overtime * otr) / 60.0, 0.0)
    actual = np.where(started | (done != 0), actual + per_use, actual)
    is_material = kind == MATERIAL
    cost = np.where(is_material, units * std + cpu, cost)
    actual = np.where(is_material, units * pct * std + np.where(started, cpu, 0.0), actual)
    is_cost = kind == COST
    item = np.asarray(given.cost, dtype=np.float64)
    cost = np.where(is_cost, item, cost)
    actual = np.where(is_cost, item * pct, actual)
    return work.tolist(), cost.tolist(), done.tolist(), actual.tolist()


def add_in_order(
    start: Sequence[float], into: Sequence[int], values: Sequence[float]
) -> list[float]:
    """``start`` with each value added to item ``into[k]``, one after another in the given order."""
    out = np.array(start, dtype=np.float64)
    np.add.at(out, np.asarray(into, dtype=np.intp), np.asarray(values, dtype=np.float64))
    result: list[float] = out.tolist()
    return result


def add_counts_in_order(
    start: Sequence[int], into: Sequence[int], values: Sequence[int]
) -> list[int]:
    """:func:`add_in_order` for whole numbers (minutes of work)."""
    out = np.array(start, dtype=np.int64)
    np.add.at(out, np.asarray(into, dtype=np.intp), np.asarray(values, dtype=np.int64))
    result: list[int] = out.tolist()
    return result
