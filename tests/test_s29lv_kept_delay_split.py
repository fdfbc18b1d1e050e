"""With "Clear leveling values before leveling" off and "Leveling can create splits in
remaining work" on, a task keeping its delay may still be split around a clash after it,
as any other task (it was always delayed whole): Paint, kept one day late (Tuesday), works
Tuesday, pauses over Fix's Wednesday and finishes Friday, not the next Monday."""

from __future__ import annotations

from datetime import datetime

from app.domain.leveling import LevelingOptions, apply_delays, level, without_leveling
from app.domain.leveling_options import LevelingBasis
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="Kept", start=MON))
    plan.append_task(
        Task(
            1,
            "Fix",
            duration_minutes=DAY,
            constraint_type=ConstraintType.MSO,
            constraint_date=datetime(2026, 1, 7, 8, 0),
        )
    )
    plan.append_task(Task(2, "Paint", duration_minutes=3 * DAY, leveling_delay_minutes=DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 3 * DAY))
    return plan


def test_s29lv_a_kept_delay_is_split_around_a_later_clash() -> None:
    plan = _plan()
    base = without_leveling(plan)
    options = LevelingOptions(basis=LevelingBasis.MINUTE, clear_first=False)
    result = level(base, schedule(base), options=options, kept={2: DAY})
    delay = result.delays[2]
    assert int(delay) == DAY  # its kept day, no more
    assert [(p.after_minutes, p.gap_minutes) for p in delay.pauses] == [(DAY, DAY)]
    apply_delays(plan, result.delays)
    after = schedule(plan)
    assert after.times[2].start == datetime(2026, 1, 6, 8, 0)
    assert after.times[2].finish == datetime(2026, 1, 9, 17, 0)  # Friday, not Monday
    assert [m.task_uid for m in result.moves if m.split] == [2]
