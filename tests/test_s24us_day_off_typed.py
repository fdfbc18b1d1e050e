"""Work typed into a day with no working time (a weekend in the Usage day view) is kept on
that day, as MS Project keeps it: the person works their day off. Usage, cost, leveling,
MS Project XML and the .gantry file read it there; it moves with its task; a day off after
the task's finish is refused with what to do (a duration counts working time)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from app.domain.assignment_work import apply_edit
from app.domain.costs import compute_costs
from app.domain.errors import InputError
from app.domain.leveling_bookings import booking_of
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.domain.usage import Scale, build_usage
from app.domain.usage_typed_work import typing_edit
from app.domain.workload import workload
from app.domain.worktime import to_minutes

MON = datetime(2027, 3, 1, 8, 0)  # a Monday
SAT = date(2027, 3, 6)
WEEK = timedelta(weeks=1)
DAY, H = 480, 60


def anna_plan() -> Plan:
    """Anna full time on a two-week task, $50 an hour."""
    plan = Plan(project=Project(start=MON, currency="USD", currency_symbol="$"))
    plan.append_task(Task(1, "Design", duration_minutes=10 * DAY))
    plan.add_resource(Resource(1, "Anna", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * DAY))
    return plan


def daily(plan: Plan) -> dict[date, float]:
    """Anna's hours on Design each day with work, as the Usage day view shows them."""
    usage = build_usage(plan, schedule(plan))
    periods = usage.periods(Scale.DAYS)
    j = next(j for j, a in enumerate(usage.assignments) if a.uid == 1)
    values = usage.assignment_values(j, periods)
    return {periods.starts[k]: round(float(v) / H, 6) for k, v in enumerate(values) if float(v) > 0}


def type_on(plan: Plan, day: date, minutes: int) -> None:
    apply_edit(plan, typing_edit(plan, schedule(plan), 1, day, day, minutes))


def test_s24us_work_typed_on_a_saturday_stays_on_it():
    plan = anna_plan()
    type_on(plan, SAT, 6 * H)
    days = daily(plan)
    assert days[SAT] == 6.0
    assert sum(days.values()) == 86.0
    assert plan.assignment(1).work_minutes == 86 * H
    assert plan.task(1).duration_minutes == 10 * DAY  # the span stays
    assert schedule(plan)[1].finish == datetime(2027, 3, 12, 17, 0)
    assert compute_costs(plan, schedule(plan)).total_cost == pytest.approx(86 * 50)
    # typed again, the Saturday keeps the new figure; typed to 0, it goes
    type_on(plan, SAT, 4 * H)
    assert daily(plan)[SAT] == 4.0
    type_on(plan, SAT, 0)
    assert SAT not in daily(plan)
    assert plan.assignment(1).work_minutes == 80 * H


def test_s24us_a_day_off_worked_is_an_over_allocation_and_leveling_books_it():
    plan = anna_plan()
    type_on(plan, SAT, 8 * H)
    result = schedule(plan)
    load = workload(plan, result)
    assert SAT in load.over_days(1)  # work in non-working time, as MS Project counts it
    _res, _peak, lay = booking_of(plan, plan.assignment(1), plan.resource(1), 10 * DAY, {})
    assert lay is not None
    sat = to_minutes(datetime.combine(SAT, time(8, 0)))  # from the project's default start
    spans = [(to_minutes(MON), to_minutes(datetime(2027, 3, 12, 17, 0)))]
    assert (sat, sat + 8 * H, 1.0) in lay(spans)  # leveling books Anna that Saturday


def test_s24us_the_saturday_moves_with_its_task():
    plan = anna_plan()
    type_on(plan, SAT, 6 * H)
    later = MON + timedelta(weeks=1)
    plan.update_task(
        replace(plan.task(1), constraint_type=ConstraintType.SNET, constraint_date=later)
    )
    days = daily(plan)
    assert days.get(SAT + timedelta(weeks=1)) == 6.0
    assert SAT not in days
    assert sum(days.values()) == 86.0


def test_s24us_a_day_off_after_the_finish_is_refused_saying_what_to_do():
    plan = anna_plan()
    before = list(plan.assignments)
    with pytest.raises(InputError) as got:
        type_on(plan, date(2027, 3, 13), 4 * H)
    text = str(got.value)
    assert "a day off for 'Anna'" in text or "a day off for Anna" in text
    assert "Change Working Time" in text
    assert plan.assignments == before


def test_s24us_the_saturday_goes_to_ms_project_xml_and_back(tmp_path):
    from app.io.mspdi import read_mspdi
    from app.io.mspdi_write import write_mspdi

    plan = anna_plan()
    type_on(plan, SAT, 6 * H)
    path = tmp_path / "anna.xml"
    write_mspdi(plan, path)
    text = path.read_text(encoding="utf-8")
    assert "<Start>2027-03-06T08:00:00</Start>" in text  # a row on the Saturday
    back = read_mspdi(path)
    assert back.assignment(1).work_minutes == 86 * H
    assert daily(back) == daily(plan)
    assert back.task(1).splits == ()
    # moved a week on, it is written where it now lies (a row per day, laid anew)
    plan.update_task(
        replace(plan.task(1), constraint_type=ConstraintType.SNET, constraint_date=MON + WEEK)
    )
    write_mspdi(plan, path)
    assert daily(read_mspdi(path)) == daily(plan)
    assert daily(plan)[SAT + WEEK] == 6.0


def test_s24us_the_saturday_is_saved_and_reopened(tmp_path):
    from app.store.document import GantryFile, read_plan

    plan = anna_plan()
    type_on(plan, SAT, 6 * H)
    path = tmp_path / "anna.gantry"
    GantryFile.create(path, plan).close()
    back = read_plan(path)
    assert back.assignment(1) == plan.assignment(1)
    assert daily(back)[SAT] == 6.0


def test_s24us_a_pause_before_the_saturday_moves_it_one_after_leaves_it():
    from app.domain.splits import Split
    from app.domain.usage_typed_work import typed_work_paused

    plan = anna_plan()
    type_on(plan, SAT, 6 * H)
    # a week's pause from the Monday after it: the Saturday stays before the pause
    (kept,) = typed_work_paused(plan, 1, (Split(5 * DAY, 5 * DAY),))
    assert [p.minutes for p in kept.edited_work if p.start.date() == SAT] == [6 * H]
    assert kept.edited_work[6].start == datetime(2027, 3, 15, 8, 0)  # Monday's, a week on
    # a week's pause from the Thursday before it: it moves a week on with Thu and Fri
    (moved,) = typed_work_paused(plan, 1, (Split(3 * DAY, 5 * DAY),))
    plan.update_task(replace(plan.task(1), splits=(Split(3 * DAY, 5 * DAY),)))
    plan.update_assignment(moved)
    days = daily(plan)
    assert days.get(SAT + WEEK) == 6.0
    assert SAT not in days
    assert sum(days.values()) == 86.0
