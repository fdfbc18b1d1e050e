"""Usage.assignment_cells: every assignment's figures at once equal its row read period by period."""

from __future__ import annotations

import random
from datetime import datetime

import numpy as np
import pytest

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import Task
from app.domain.usage import Scale, build_usage

DAY = 480


def _plan(seed: int) -> Plan:
    rng = random.Random(seed)
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8, 0)))
    for uid in range(1, 40):
        minutes = rng.choice((0, 240, DAY, 3 * DAY, 12 * DAY, 45 * DAY))
        splits = (Split(DAY, 2 * DAY),) if minutes >= 3 * DAY and rng.random() < 0.2 else ()
        plan.append_task(Task(uid, f"T{uid}", duration_minutes=minutes, splits=splits))
    for uid in range(2, 40):
        if rng.random() < 0.5:
            plan.add_link(Link(rng.randint(1, uid - 1), uid))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben", max_units=0.5))
    plan.add_resource(Resource(3, "Sand", type=ResourceType.MATERIAL, material_label="t"))
    for a in range(1, 50):
        res = rng.randint(1, 3)
        task = rng.randint(1, 39)
        units = rng.choice((0.5, 1.0, 8.0))
        plan.add_assignment(Assignment(a, task, res, units, int(rng.random() * 20 * DAY)))
    return plan


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("scale", list(Scale))
def test_cells_are_each_assignments_row_where_it_has_figures(seed, scale):
    plan = _plan(seed)
    usage = build_usage(plan, schedule(plan))
    periods = usage.periods(scale)
    rows, cols, values = usage.assignment_cells(periods)
    assert np.all(np.diff(rows * len(periods) + cols) > 0)  # sorted, one cell each
    dense = np.zeros((len(usage.assignments), len(periods)))
    dense[rows, cols] = values
    for j in range(len(usage.assignments)):
        assert dense[j] == pytest.approx(usage.assignment_values(j, periods), abs=1e-6)
