"""A 150 % task makes leveling run once. Audit (Bob at 150 %) is kept where it is, and Design,
ready at the same time, waits for it; leveling used to place Design first, meet it on Audit
and level the whole plan a second time with Audit's slot kept. A task whose person it alone
over-allocates is now placed first among the tasks ready with it, as a do-not-level task
is: one run, the same delays."""

from __future__ import annotations

from datetime import datetime

import app.domain.leveling_run as leveling_run
from app.domain.leveling import level
from app.domain.leveling_options import LevelingOptions, LevelingOrder
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    """Design (Bob 100 %, 2 days) above Audit (Bob 150 %, 2 days), both from Monday."""
    plan = Plan(project=Project(name="Team", start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Audit", duration_minutes=2 * DAY))
    plan.add_resource(Resource(1, "Bob"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.5, 3 * DAY))
    return plan


def _runs(monkeypatch) -> list[int]:
    runs: list[int] = []
    real = leveling_run.Leveler.run

    def counted(self, alap_at):
        runs.append(1)
        return real(self, alap_at)

    monkeypatch.setattr(leveling_run.Leveler, "run", counted)
    return runs


def test_s30lv_a_150_percent_task_levels_in_one_run(monkeypatch) -> None:
    plan = _plan()
    runs = _runs(monkeypatch)
    result = level(plan, schedule(plan))
    assert runs == [1]
    assert result.delays.get(2, 0) == 0  # Audit: no delay mends 150 %
    assert result.delays[1] == 2 * DAY  # Design waits until Audit is done
    assert {u.task_uid for u in result.unresolved} == {2}


def test_s30lv_id_only_order_also_levels_once(monkeypatch) -> None:
    plan = _plan()
    runs = _runs(monkeypatch)
    result = level(plan, schedule(plan), options=LevelingOptions(order=LevelingOrder.ID_ONLY))
    assert runs == [1]
    assert result.delays[1] == 2 * DAY
    assert result.delays.get(2, 0) == 0
