"""Leveling splits a task whose person's work is uneven (a contour), as MS Project's "Leveling
can create splits in remaining work" does; work typed into periods still waits whole (the
typed pieces move past a pause by Split Task's rule, which leveling's trial lay does not
follow: see app/domain/leveling_split.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.contours import WorkContour
from app.domain.edited_work import WorkPiece
from app.domain.leveling import apply_delays, level
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task

MON = datetime(2026, 1, 5, 8)
WED = datetime(2026, 1, 7, 8)
DAY = 480


def _build_and_audit(contour: WorkContour) -> Plan:
    """Ana's 'Build' (4 days from Monday, its work shaped by ``contour``) and her 'Audit',
    which must start Wednesday (2 days): they clash on Wednesday and Thursday."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=4 * DAY))
    plan.append_task(
        Task(
            2,
            "Audit",
            duration_minutes=2 * DAY,
            constraint_type=ConstraintType.MSO,
            constraint_date=WED,
        )
    )
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2 * DAY, contour=contour))  # peak < 100 %
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * DAY))
    return plan


def test_s25lv_a_contoured_task_is_split_around_the_clash():
    plan = _build_and_audit(WorkContour.BACK_LOADED)
    before = schedule(plan)
    assert overallocated_resources(plan, before) == {1}
    result = level(plan, before)
    (move,) = result.moves
    assert move.split  # not delayed whole to Friday
    apply_delays(plan, result.delays)
    after = schedule(plan)
    assert after[1].start == MON  # Monday and Tuesday, then Friday and Monday
    assert after[1].finish == datetime(2026, 1, 12, 17)
    assert [s.leveling for s in plan.task(1).splits] == [True]
    assert overallocated_resources(plan, after) == set()


def test_s25lv_typed_work_still_waits_whole():
    plan = _build_and_audit(WorkContour.FLAT)
    a = plan.assignment(1)
    typed = tuple(
        WorkPiece(MON.replace(day=5 + k), MON.replace(day=5 + k, hour=17), 6 * 60) for k in range(4)
    )
    plan.update_assignment(
        replace(a, contour=WorkContour.CONTOURED, edited_work=typed, work_minutes=4 * 6 * 60)
    )
    result = level(plan, schedule(plan))
    (move,) = result.moves
    assert not move.split
    assert move.new_start == datetime(2026, 1, 9, 8)  # after the Audit, whole
