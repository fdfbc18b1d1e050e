"""A typed % complete brings the people's entered actual work in step with it, as MS
Project spreads actual work = % x work over the assignments
(app/domain/actual_work_entry.people_in_step; the window's edits and gantry update).

The sample plan (tests/gui/conftest.py): Code (uid 5) is 5 days from Fri 2026-03-06
08:00 to Thu 2026-03-12 17:00; Ana works it at 100 % (40h), Bob at 50 % (20h): 60h.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from app import formats
from app.cli import main
from app.domain.actual_work_entry import people_in_step
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.tracking import UpdateMode, update_progress
from tests.gui.conftest import build_plan

DAY = 480
H = 60
CODE_START = datetime(2026, 3, 6, 8, 0)


def _plan() -> Plan:
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Bob", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 5, 1, 1.0))
    plan.add_assignment(Assignment(2, 5, 2, 0.5))
    return plan


def _entered(plan: Plan) -> None:
    """Ana has 8h of her own on Code, Bob none: Code reads 8h done."""
    plan.update_assignment(replace(plan.assignment(1), actual_work_minutes=8 * H))
    plan.update_task(replace(plan.task(5), percent_complete=13.0, actual_start=CODE_START))


def _work_and_done(plan: Plan, uid: int = 5) -> tuple[int, int]:
    costs = compute_costs(plan, schedule(plan))
    return costs.task_work_minutes[uid], costs.task_actual_work_minutes.get(uid, 0)


def test_s21wk_percent_typed_clears_entered_actual_work_so_it_follows() -> None:
    plan = _plan()
    _entered(plan)
    assert _work_and_done(plan) == (60 * H, 8 * H)
    changes = {5: {"percent_complete": 50.0}}
    cleared = people_in_step(plan, changes)
    assert [(a.uid, a.actual_work_minutes) for a in cleared] == [(1, 0)]
    plan.update_task(replace(plan.task(5), **changes[5]))
    plan.update_assignments(cleared)
    costs = compute_costs(plan, schedule(plan))
    assert costs.task_actual_work_minutes[5] == 30 * H  # 50 % of 60h, as MS Project spreads it
    by = costs.assignments
    assert (by[1].actual_work_minutes, by[2].actual_work_minutes) == (20 * H, 10 * H)


def test_s21wk_percent_unchanged_or_a_duration_typed_with_it_keeps_them() -> None:
    plan = _plan()
    _entered(plan)
    assert people_in_step(plan, {5: {"percent_complete": 13.0}}) == []
    assert people_in_step(plan, {5: {"duration_minutes": 10 * DAY, "percent_complete": 6.5}}) == []
    # finishing with it (an actual finish typed) or taking progress back does not keep them
    assert len(people_in_step(plan, {5: {"duration_minutes": DAY, "percent_complete": 100.0}})) == 1
    assert len(people_in_step(plan, {5: {"percent_complete": 0.0}})) == 1
    assert people_in_step(plan, {6: {"percent_complete": 50.0}}) == []  # none entered


def test_s21wk_gantry_update_brings_the_people_in_step(tmp_path: Path, capsys) -> None:
    plan = _plan()
    _entered(plan)
    path = tmp_path / "plan.gantry"
    formats.write_plan(plan, path)
    through = datetime(2026, 3, 10, 17, 0)  # Tue: 3 of Code's 5 days
    assert [
        u.percent_complete
        for u in update_progress(plan, schedule(plan), through, UpdateMode.PROPORTIONAL, [5])
    ] == [60.0]
    assert main(["update", str(path), "--through", "2026-03-10"]) == 0
    capsys.readouterr()
    back = formats.read_plan(path)
    assert back.task(5).percent_complete == 60.0
    assert [a.actual_work_minutes for a in back.assignments_of_task(5)] == [0, 0]
    assert _work_and_done(back) == (60 * H, 36 * H)  # 60 % of 60h, not Ana's 8h
