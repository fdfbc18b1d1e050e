"""An inactive task linked after an as-late-as-possible milestone.

Hypothesis found (test_s14ls_leveling_pieces) a plan where leveling placed inactive T8
after ALAP milestone T6's shown date (13:00, past lunch) and the scheduler at T6's early
date (08:00). The scheduler placed such a task after the shown date only when it had a
constraint date of its own; now it always does, as for an active successor, and leveling
agrees.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.leveling import apply_delays, level
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from tests.unit.test_s13level_engine_agrees import _Case, _claims_hold

MON = datetime(2026, 1, 5, 8, 0)


def _plan() -> Plan:
    """hypothesis's falsifying example, as it printed it."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Phase 1"))
    for uid in (2, 3):
        plan.append_task(Task(uid, f"T{uid}", outline_level=2, duration_minutes=0, milestone=True))
    plan.append_task(Task(4, "Phase 4"))
    plan.append_task(Task(5, "T5", outline_level=2, duration_minutes=0, milestone=True))
    alap = ConstraintType.ALAP
    plan.append_task(
        Task(6, "T6", outline_level=2, duration_minutes=0, milestone=True, constraint_type=alap)
    )
    plan.append_task(Task(7, "T7", outline_level=2, duration_minutes=0, milestone=True))
    plan.append_task(Task(8, "T8", outline_level=2, duration_minutes=240, active=False))
    plan.append_task(Task(9, "T9", outline_level=2, duration_minutes=240))
    plan.links.append(Link(6, 8))
    return plan


def test_an_inactive_task_follows_an_alap_milestone_where_it_is_shown():
    s = schedule(_plan())
    assert s.times[6].start == datetime(2026, 1, 5, 12, 0)
    assert s.times[8].start == datetime(2026, 1, 5, 13, 0)
    assert s.times[8].finish == datetime(2026, 1, 5, 17, 0)


def test_a_constraint_date_that_binds_nothing_does_not_move_it():
    plan = _plan()
    plain = schedule(plan).times[8]
    plan.tasks[7] = replace(plan.tasks[7], constraint_type=ConstraintType.SNET, constraint_date=MON)
    dated = schedule(plan).times[8]
    assert (dated.start, dated.finish) == (plain.start, plain.finish)


def test_leveling_places_it_where_the_scheduler_does():
    plan = _plan()
    result = level(plan, schedule(plan))
    assert result.placed == {}
    apply_delays(plan, result.delays)
    _claims_hold(_Case(_plan()))
