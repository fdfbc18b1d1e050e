"""Leveling Options' "Look for overallocations on a … basis" and "Clear leveling values
before leveling", as MS Project's Resource Leveling dialog has them.

Day by Day (MS Project's default, and Gantry's since s29lv): Ana on two 4 h tasks at once on one 8 h day works 8 h
that day and is not leveled; Ben on a 10 h day (two 5 h tasks at once) is. Minute by
Minute levels both. Week by Week leaves Ben's 10 h day (10 h of a 40 h week).
Clear leveling values off: a task keeps the delay it has and waits more only for a clash.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.leveling import LevelingOptions, level, without_leveling
from app.domain.leveling_basis import people_to_level, period_end, period_start
from app.domain.leveling_options import LevelingBasis
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
HOUR = 60


def _plan() -> Plan:
    plan = Plan(project=Project(name="Basis", start=MON))
    plan.append_task(Task(1, "Ana A", duration_minutes=4 * HOUR))
    plan.append_task(Task(2, "Ana B", duration_minutes=4 * HOUR))
    plan.append_task(Task(3, "Ben A", duration_minutes=5 * HOUR))
    plan.append_task(Task(4, "Ben B", duration_minutes=5 * HOUR))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 4 * HOUR))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 4 * HOUR))
    plan.add_assignment(Assignment(3, 3, 2, 1.0, 5 * HOUR))
    plan.add_assignment(Assignment(4, 4, 2, 1.0, 5 * HOUR))
    return plan


def _delayed(plan: Plan, options: LevelingOptions) -> set[int]:
    result = level(plan, schedule(plan), options=options)
    return {u for u, d in result.delays.items() if d}


def test_s28lo_default_basis_is_day_by_day_and_days_read_as_ms_project() -> None:
    # MS Project's default, and Gantry's since s29lv (it was Minute by Minute)
    assert LevelingOptions().basis is LevelingBasis.DAY
    assert LevelingBasis.DAY.label == "Day by Day"
    assert [b.label for b in LevelingBasis][-1] == "Month by Month"


def test_s28lo_day_by_day_levels_only_the_person_over_a_days_work() -> None:
    plan = _plan()
    assert people_to_level(plan, schedule(plan), LevelingBasis.DAY) == {2}
    assert _delayed(plan, LevelingOptions(basis=LevelingBasis.DAY)) == {4}


def test_s28lo_minute_by_minute_levels_every_overlap() -> None:
    plan = _plan()
    assert people_to_level(plan, schedule(plan), LevelingBasis.MINUTE) == {1, 2}
    assert _delayed(plan, LevelingOptions(basis=LevelingBasis.MINUTE)) == {2, 4}
    # Hour by Hour: both overlaps hold 2 h of work in an hour of 1
    assert people_to_level(plan, schedule(plan), LevelingBasis.HOUR) == {1, 2}


def test_s28lo_week_and_month_leave_a_long_day_in_a_free_week() -> None:
    plan = _plan()
    for basis in (LevelingBasis.WEEK, LevelingBasis.MONTH):
        assert people_to_level(plan, schedule(plan), basis) == set()
        assert _delayed(plan, LevelingOptions(basis=basis)) == set()


def test_s28lo_periods_start_and_end_on_the_calendar() -> None:
    noon = datetime(2026, 1, 7, 12, 30)  # a Wednesday
    assert period_start(noon, LevelingBasis.WEEK) == datetime(2026, 1, 5)
    assert period_end(datetime(2026, 1, 5), LevelingBasis.WEEK) == datetime(2026, 1, 12)
    assert period_start(noon, LevelingBasis.MONTH) == datetime(2026, 1, 1)
    assert period_end(datetime(2026, 12, 1), LevelingBasis.MONTH) == datetime(2027, 1, 1)
    assert period_start(noon, LevelingBasis.HOUR) == datetime(2026, 1, 7, 12)


def _kept_plan() -> Plan:
    """Cy on Dig and Fill (2 days each, at once) and Paint (1 day, alone, delayed 3 days
    by hand from an earlier leveling)."""
    plan = Plan(project=Project(name="Kept", start=MON))
    plan.append_task(Task(1, "Dig", duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Fill", duration_minutes=2 * DAY))
    plan.append_task(Task(3, "Paint", duration_minutes=DAY, leveling_delay_minutes=3 * DAY))
    plan.add_resource(Resource(1, "Cy"))
    plan.add_resource(Resource(2, "Di"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(3, 3, 2, 1.0, DAY))
    return plan


def test_s28lo_clearing_first_takes_an_old_delay_out() -> None:
    plan = _kept_plan()
    base = without_leveling(plan)
    result = level(base, schedule(base), options=LevelingOptions(basis=LevelingBasis.MINUTE))
    assert {u: int(d) for u, d in result.delays.items() if d} == {2: 2 * DAY}


def test_s28lo_keeping_delays_adds_only_for_new_clashes() -> None:
    plan = _kept_plan()
    kept = {3: 3 * DAY, 2: DAY}  # Fill waited 1 day before: it needs 2 now
    base = without_leveling(plan)
    options = LevelingOptions(basis=LevelingBasis.MINUTE, clear_first=False)
    result = level(base, schedule(base), options=options, kept=kept)
    assert {u: int(d) for u, d in result.delays.items() if d} == {2: 2 * DAY, 3: 3 * DAY}
    # a kept delay longer than a clash needs stays as it was
    result = level(base, schedule(base), options=options, kept={2: 4 * DAY})
    assert int(result.delays[2]) == 4 * DAY


def test_s28lo_project_keeps_the_new_options() -> None:
    project = Project(name="P", start=MON)
    chosen = replace(project.leveling, basis=LevelingBasis.WEEK, clear_first=False, automatic=True)
    assert replace(project, leveling=chosen).leveling.automatic
