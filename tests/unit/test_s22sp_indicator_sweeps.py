"""The Indicators column sweeps a person's bookings again after an edit only when they moved
(TaskIndicators._kept_sweep, kept with the assignment index from schedule to schedule), and
shows after every edit exactly the marks a fresh build shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import ConstraintType, Task
from app.report.indicators import Indicator, TaskIndicators
from app.ui.models.indicators import IndicatorCells
from tests.bench.generate import make_plan
from tests.unit.test_s13perf_indicator_index import _open, _refresh, _same_marks

MON = datetime(2026, 3, 2, 8)
DAY = 480


def _ana_and_ben() -> Plan:
    plan = Plan(project=Project(name="Sweeps", start=MON))
    plan.tasks = [
        Task(1, "Design", duration_minutes=2 * DAY),
        Task(2, "Review", duration_minutes=2 * DAY),
        Task(
            3,
            "Later",
            duration_minutes=DAY,
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime(2026, 3, 16, 8),
        ),
        Task(4, "Someone else", duration_minutes=2 * DAY),
    ]
    plan.resources = [Resource(1, "Ana"), Resource(2, "Ben")]
    plan.assignments = [
        Assignment(1, 1, 1, 1.0, 2 * DAY),
        Assignment(2, 2, 1, 1.0, 2 * DAY),
        Assignment(3, 3, 1, 1.0, DAY),
        Assignment(4, 4, 2, 1.0, 2 * DAY),
    ]
    return plan


def _over(cells: IndicatorCells, uid: int) -> bool:
    return Indicator.OVERALLOCATED in (m.kind for m in cells.marks(uid))


def test_s22sp_a_task_moved_into_and_out_of_an_overlap_is_swept_again():
    plan = _ana_and_ben()
    scheduler, document = _open(plan)
    cells = IndicatorCells(document)
    _same_marks(cells, document)
    assert [_over(cells, u) for u in (1, 2, 3, 4)] == [True, True, False, False]
    later = plan.task(3)
    plan.update_task(replace(later, constraint_date=MON))  # now on Ana's busy Monday too
    _refresh(scheduler, document)
    _same_marks(cells, document)
    assert [_over(cells, u) for u in (1, 2, 3)] == [True, True, True]
    plan.update_task(
        replace(
            plan.task(2),
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime(2026, 3, 23, 8),
        )
    )
    plan.update_task(replace(plan.task(3), constraint_date=datetime(2026, 3, 16, 8)))
    _refresh(scheduler, document)
    _same_marks(cells, document)
    assert [_over(cells, u) for u in (1, 2, 3)] == [False, False, False]
    plan.update_resource(replace(plan.resource(1), max_units=0.5))  # over wherever she works
    _refresh(scheduler, document)
    _same_marks(cells, document)
    assert [_over(cells, u) for u in (1, 2, 3)] == [True, True, True]


def test_s22sp_people_whose_tasks_did_not_move_are_not_swept_again(monkeypatch):
    plan = make_plan(300, 450, 2, n_resources=6, seed=3)
    scheduler, document = _open(plan)
    cells = IndicatorCells(document)
    assert _same_marks(cells, document) > 0
    swept: list[int] = []
    sweep = TaskIndicators._over_at

    def counted(self, mine, limit, spans=None):
        if self is cells._marks:  # the column's, not the fresh build's compared with
            swept.append(mine[0].resource_uid)
        return sweep(self, mine, limit, spans)

    monkeypatch.setattr(TaskIndicators, "_over_at", counted)
    for name in ("Renamed", "Renamed again"):  # a new schedule, nothing moved
        swept.clear()  # (a full run's minute counts, then an update's moments: swept once)
        plan.update_task(replace(plan.tasks[3], name=name))
        _refresh(scheduler, document)
        _same_marks(cells, document)
    assert swept == []
    swept.clear()
    last = next(  # nothing follows it: only its people's bookings move
        t
        for t in reversed(plan.tasks)
        if plan.assignments_of_task(t.uid)
        and not plan.is_summary(t.uid)
        and not any(lk.predecessor == t.uid for lk in plan.links)
    )
    on_it = {a.resource_uid for a in plan.assignments_of_task(last.uid)}
    plan.update_task(replace(last, duration_minutes=last.duration_minutes + 5 * DAY))
    _refresh(scheduler, document)
    _same_marks(cells, document)
    assert set(swept) <= on_it
