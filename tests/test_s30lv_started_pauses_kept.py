"""A task under way keeps the pauses it already had before the status date when it is leveled
again with "Leveling can create splits in remaining work", and when leveling is cleared.

Build was delayed two days by leveling (Ana busy on Held Mon-Tue), started Wednesday as
leveled, and Ana was then off Thursday and Friday (her own pause, typed as a split); the
status date is the next Monday. Leveling again read Build's old start delay as a pause of
its work left and took it out of Ana's pause: her Thursday and Friday were gone and Build's
work done moved into them. A pause that is over by the status date is history: it stays.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.leveling import apply_delays, clear_delays, level, without_leveling
from app.domain.leveling_options import LevelingBasis, LevelingOptions
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split, TaskClocks
from app.domain.task import Task

DAY = 480
MON = datetime(2027, 3, 1, 8, 0)
WED = datetime(2027, 3, 3, 8, 0)
NEXT_MON = datetime(2027, 3, 8, 8, 0)
SPLITS = LevelingOptions(basis=LevelingBasis.MINUTE, split_remaining=True)


def _plan() -> Plan:
    """Held (manual, Ana Mon-Tue) and Build (Ana, 4 days, after nothing)."""
    plan = Plan(project=Project(name="Site", start=MON))
    held = Task(1, "Held", duration_minutes=2 * DAY, manual=True, start=MON)
    plan.append_task(replace(held, finish=datetime(2027, 3, 2, 17)))
    plan.append_task(Task(2, "Build", duration_minutes=4 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 4 * DAY))
    return plan


def _level(plan: Plan) -> None:
    base = without_leveling(plan)
    apply_delays(plan, level(base, schedule(base), options=SPLITS).delays)


def _parts(plan: Plan) -> list[tuple[datetime, datetime]]:
    return list(TaskClocks(plan).parts(plan.task(2), schedule(plan)[2]))


def _started_with_own_pause() -> Plan:
    plan = _plan()
    _level(plan)
    assert plan.task(2).leveling_delay_minutes == 2 * DAY  # Build waits for Held
    # Build started Wednesday as leveled; Ana worked Wednesday, then was off Thu-Fri
    build = replace(plan.task(2), actual_start=WED, percent_complete=25)
    plan.update_tasks([replace(build, splits=(Split(DAY, 2 * DAY),))])
    plan.project = replace(plan.project, status_date=NEXT_MON)
    return plan


WORKED = [(WED, datetime(2027, 3, 3, 17)), (NEXT_MON, datetime(2027, 3, 10, 17))]


def test_s30lv_leveling_again_keeps_a_started_tasks_pause_before_the_status_date() -> None:
    plan = _started_with_own_pause()
    assert _parts(plan) == WORKED
    _level(plan)
    assert plan.task(2).splits == (Split(DAY, 2 * DAY),)  # Ana's Thu-Fri kept
    assert _parts(plan) == WORKED


def test_s30lv_clear_leveling_keeps_it_too() -> None:
    plan = _started_with_own_pause()
    clear_delays(plan)
    assert plan.task(2).leveling_delay_minutes == 0
    assert plan.task(2).splits == (Split(DAY, 2 * DAY),)
    assert _parts(plan) == WORKED


def test_s30lv_a_leveling_pause_before_the_status_date_is_history() -> None:
    """Build split by leveling around Held (Tue) before it started: Mon, pause Tue, Wed-Fri.
    It started Monday and did Monday's work; by Thursday's status date its Tuesday pause is
    over, and leveling again (Held moved out of the way) keeps it: the work left resumes
    Wednesday, where it has run, not on the Tuesday that has passed."""
    plan = _plan()
    held = replace(plan.task(1), start=datetime(2027, 3, 2, 8), finish=datetime(2027, 3, 2, 17))
    plan.update_tasks([replace(held, duration_minutes=DAY)])
    plan.update_assignment(replace(plan.assignment(1), work_minutes=DAY))
    _level(plan)
    assert plan.task(2).splits == (Split(DAY, DAY, leveling=True),)
    plan.update_tasks([replace(plan.task(2), actual_start=MON, percent_complete=25)])
    later = datetime(2027, 3, 15, 8)
    plan.update_tasks([replace(plan.task(1), start=later, finish=datetime(2027, 3, 15, 17))])
    plan.project = replace(plan.project, status_date=datetime(2027, 3, 4, 8))
    _level(plan)
    assert plan.task(2).splits == (Split(DAY, DAY, leveling=True),)
    assert _parts(plan) == [(MON, datetime(2027, 3, 1, 17)), (WED, datetime(2027, 3, 5, 17))]
    clear_delays(plan)
    assert _parts(plan) == [(MON, datetime(2027, 3, 1, 17)), (WED, datetime(2027, 3, 5, 17))]
