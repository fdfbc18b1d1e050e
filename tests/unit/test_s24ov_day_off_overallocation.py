"""Work in a person's non-working time is an over-allocation, as MS Project counts it: 8 h
typed into Anna's Saturday at 100 % of her 100 % is flagged by every over-allocation
answer (the periods, who is over, the Usage grid's red cells, the status report, the kept
book of the Team view), the way the daily workload already flagged it, with the reason the
tooltips give ('works on a day off')."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.costs import compute_costs
from app.domain.overallocation import (
    OverallocationBook,
    overallocated_resources,
    overallocations,
)
from app.domain.scheduler import schedule
from app.domain.status_report import gather_status
from app.domain.usage import Scale, build_usage
from app.domain.workload import workload
from app.report.person_indicators import person_marks
from tests.test_s24us_day_off_typed import MON, SAT, H, anna_plan, type_on

SAT_8, SAT_16 = datetime(2027, 3, 6, 8, 0), datetime(2027, 3, 6, 16, 0)


def _saturday_worked(hours: int = 8):
    plan = anna_plan()
    type_on(plan, SAT, hours * H)
    return plan, schedule(plan)


def test_s24ov_the_saturday_worked_is_the_one_over_allocation():
    plan, result = _saturday_worked()
    (over,) = overallocations(plan, result)
    assert (over.start, over.finish, over.task_uids) == (SAT_8, SAT_16, (1,))
    assert (over.units, over.max_units, over.off_time) == (1.0, 1.0, True)
    assert over.reason == "works on a day off"
    assert overallocated_resources(plan, result) == {1}
    assert compute_costs(plan, result).overallocated == {1}  # the status bar's count
    assert workload(plan, result).over_days(1) == [SAT]  # the daily answer agrees


def test_s24ov_without_the_saturday_no_one_is_over():
    plan = anna_plan()
    result = schedule(plan)
    assert overallocations(plan, result) == []
    assert overallocated_resources(plan, result) == set()
    assert workload(plan, result).over_days(1) == []


def test_s24ov_the_usage_grid_reds_the_saturday_only():
    plan, result = _saturday_worked()
    usage = build_usage(plan, result)
    periods = usage.periods(Scale.DAYS)
    red = usage.overallocated(periods)
    assert [periods.starts[k] for k in red[0].nonzero()[0]] == [SAT]
    weeks = usage.periods(Scale.WEEKS)
    assert usage.overallocated(weeks)[0].tolist() == [True, False]  # its week


def test_s24ov_the_tooltip_and_team_list_say_why():
    plan, result = _saturday_worked()
    (mark,) = person_marks(plan.resource(1), overallocations(plan, result))
    assert "Anna is over-allocated:" in mark.tip
    assert "(works on a day off)" in mark.tip
    # above her max units too: both reasons
    plan.update_resource(replace(plan.resource(1), max_units=0.5))
    result = schedule(plan)
    reasons = [o.reason for o in overallocations(plan, result)]
    assert "100% of 50%, works on a day off" in reasons
    assert "100% of 50%" in reasons  # the weekdays, at 100 % of her 50 %


def test_s24ov_the_kept_book_and_the_status_report_name_it():
    plan = anna_plan()
    book = OverallocationBook(plan)
    assert book.update(schedule(plan), None) == []
    type_on(plan, SAT, 8 * H)
    result = schedule(plan)
    assert book.update(result, ()) == overallocations(plan, result)  # the typed edit re-swept
    report = gather_status(plan, result, compute_costs(plan, result), now=MON)
    (person,) = report.people
    assert person.name == "Anna"
    assert person.task_names == ("Design",)
    type_on(plan, SAT, 0)  # typed away, the flag goes
    result = schedule(plan)
    assert book.update(result, ()) == []
    assert overallocated_resources(plan, result) == set()
