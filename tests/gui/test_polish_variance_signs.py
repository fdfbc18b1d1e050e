"""Budget > Baseline variance: every variance column signs its values as Work does:
"+" for over the baseline (later, longer, more), "-" under it, no sign at zero."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.budget.variance_model import VarianceColumn, VarianceModel
from app.ui.document import Document

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
V = VarianceColumn


def _plan() -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", 1, duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Build", 1, duration_minutes=5 * DAY, fixed_cost=500.0))
    plan.append_task(Task(3, "Docs", 1, duration_minutes=2 * DAY))
    plan.add_link(Link(1, 2))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 5 * DAY))
    return plan


@pytest.fixture
def model(qtbot):
    doc = Document(_plan())
    plan = doc.plan
    plan.baselines[1] = snapshot(plan, doc.schedule, doc.costs, 1, MON)
    with plan.batch():
        # Design one day longer (and so Build one day later); Build one day shorter, cheaper
        plan.update_task(replace(plan.task(1), duration_minutes=6 * DAY))
        plan.update_assignment(Assignment(1, 1, 1, 1.0, 6 * DAY))
        plan.update_task(replace(plan.task(2), duration_minutes=4 * DAY, fixed_cost=100.0))
        plan.update_assignment(Assignment(2, 2, 1, 1.0, 4 * DAY))
    m = VarianceModel(doc)
    m.set_baseline(1)
    return m


def _row(model, row):
    return {c: model.index(row, c).data() for c in V if c > V.BASELINE_FINISH}


def test_over_the_baseline_is_signed_plus(model):
    design = _row(model, 0)
    assert design[V.DURATION] == "+1d"
    assert design[V.FINISH] == "+1d"
    assert design[V.WORK] == "+8.0h"
    assert design[V.COST].startswith("+")
    assert _row(model, 1)[V.START] == "+1d"


def test_under_the_baseline_is_signed_minus(model):
    build = _row(model, 1)
    assert build[V.DURATION] == "-1d"
    assert build[V.WORK] == "-8.0h"
    assert build[V.COST].startswith("-")


def test_no_variance_has_no_sign(model):
    docs = _row(model, 2)
    assert docs == {
        V.START: "0d",
        V.FINISH: "0d",
        V.DURATION: "0d",
        V.WORK: "0.0h",
        V.COST: docs[V.COST],
    }
    assert docs[V.COST][0] not in "+-"
    assert _row(model, 0)[V.START] == "0d"
