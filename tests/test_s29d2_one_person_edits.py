"""Typing one person's Units or Work, or taking a delayed person off, moves only what
MS Project moves: that person's own length and the task's finish with its latest person;
the other people keep their work (review s29rv H3, H4)."""

from __future__ import annotations

from datetime import datetime

from app.domain.assigning import set_assignments
from app.domain.assignment_delay import delay_edit
from app.domain.assignment_work import apply_edit, units_edit, work_edit
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task

H = 60
DAY = 8 * H


def _write(delay_days: int = 0) -> Plan:
    """Write 5d: Ana 40h at 100 %, Ben 24h at 100 % (delayed ``delay_days`` when asked)."""
    plan = Plan(project=Project(start=datetime(2027, 1, 11, 8)))
    plan.append_task(Task(1, "Write", duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * H))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 24 * H))
    if delay_days:
        apply_edit(plan, delay_edit(plan, 2, delay_days * DAY))
    return plan


def _ana(plan: Plan) -> tuple[float, int]:
    a = plan.assignment(1)
    return a.units, a.work_minutes


def test_s29d2_ben_at_half_units_leaves_ana_alone() -> None:
    plan = _write()
    apply_edit(plan, units_edit(plan, 2, 0.5))  # 24h at 50 %: 6 days
    assert plan.task(1).duration_minutes == 6 * DAY
    assert _ana(plan) == (1.0, 40 * H)
    assert plan.assignment(2).work_minutes == 24 * H


def test_s29d2_delayed_ben_at_half_units_leaves_ana_alone() -> None:
    plan = _write(delay_days=3)
    assert plan.task(1).duration_minutes == 6 * DAY  # 3d delay + 3d of work
    apply_edit(plan, units_edit(plan, 2, 0.5))  # 3d + 6d
    assert plan.task(1).duration_minutes == 9 * DAY
    assert _ana(plan) == (1.0, 40 * H)


def test_s29d2_bens_work_typed_leaves_ana_alone_and_the_task_can_shrink() -> None:
    plan = _write(delay_days=3)
    apply_edit(plan, work_edit(plan, 2, 40 * H))  # 3d + 5d
    assert plan.task(1).duration_minutes == 8 * DAY
    assert _ana(plan) == (1.0, 40 * H)
    apply_edit(plan, work_edit(plan, 2, 8 * H))  # 3d + 1d: Ana's 5d is the longest
    assert plan.task(1).duration_minutes == 5 * DAY
    assert _ana(plan) == (1.0, 40 * H)


def test_s29d2_taking_the_delayed_person_off_takes_the_stretch_away() -> None:
    plan = _write(delay_days=3)
    set_assignments(plan, 1, [(1, 1.0)])
    assert plan.task(1).duration_minutes == 5 * DAY
    assert _ana(plan) == (1.0, 40 * H)


def test_s29d2_taking_an_undelayed_person_off_keeps_the_delayed_stretch() -> None:
    plan = _write(delay_days=3)
    plan.add_resource(Resource(3, "Cy"))
    set_assignments(plan, 1, [(1, 1.0), (2, 1.0), (3, 1.0)])
    set_assignments(plan, 1, [(1, 1.0), (2, 1.0)])
    assert plan.task(1).duration_minutes == 6 * DAY
