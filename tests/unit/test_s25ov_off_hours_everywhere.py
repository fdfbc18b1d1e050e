"""Work in a person's non-working time is an over-allocation by one rule everywhere (MS
Project's 'work in non-working time'): a flat assignment filling a manual task that lies
wholly on a weekend, or through a night on a day calendar, is flagged by the sweep (the
periods, who is over, the status bar's count, the Usage grid's red days, the Team view's
kept book, the status report, the task sheet's mark), not only by the daily workload. The
reason says which: 'works on a day off' on a day without working time, 'works outside
working hours' on a day with some."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.costs import compute_costs
from app.domain.overallocation import (
    OverallocationBook,
    overallocated_resources,
    overallocations,
)
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.status_report import gather_status
from app.domain.task import Task
from app.domain.usage import Scale, build_usage
from app.domain.workload import workload
from app.report.indicators import Indicator, TaskIndicators
from app.report.person_indicators import person_marks
from app.report.status_tables import people_table

MON = datetime(2027, 3, 1, 8, 0)  # a Monday
TUE_NIGHT = (datetime(2027, 3, 2, 22, 0), datetime(2027, 3, 3, 6, 0))
WEEKEND = (datetime(2027, 3, 6, 8, 0), datetime(2027, 3, 8, 8, 0))  # Sat 08:00 to Mon 08:00
DAY = 480


def _plan(when: tuple[datetime, datetime], fillers: int = 0) -> Plan:
    """Anna full time on a manual task put at ``when`` (her work fills it: flat, 8 h a day of
    its duration), and on nothing else; ``fillers`` people on a day's task each besides, so
    the sweeps take their column and numpy paths."""
    plan = Plan(project=Project(start=MON))
    start, finish = when
    plan.append_task(Task(1, "Pour", duration_minutes=DAY, manual=True, start=start, finish=finish))
    plan.add_resource(Resource(1, "Anna"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, DAY))
    for k in range(fillers):
        uid = 10 + k
        plan.append_task(Task(uid, f"T{k}", duration_minutes=DAY))
        plan.add_resource(Resource(uid, f"P{k}"))
        plan.add_assignment(Assignment(uid, uid, uid, 1.0, DAY))
    return plan


@pytest.mark.parametrize("fillers", [0, 3000])
@pytest.mark.parametrize(
    ("when", "reason"),
    [(WEEKEND, "works on a day off"), (TUE_NIGHT, "works outside working hours")],
)
def test_s25ov_a_flat_manual_task_off_hours_is_flagged_everywhere(when, reason, fillers):
    plan = _plan(when, fillers)
    result = schedule(plan)
    assert (result[1].start, result[1].finish) == when
    (over,) = overallocations(plan, result)
    assert (over.resource_uid, over.start, over.finish, over.task_uids) == (1, *when, (1,))
    assert over.off_time
    assert over.reason == reason
    assert overallocated_resources(plan, result) == {1}
    assert overallocated_resources(plan, result, only={1, 10}) == {1}  # an edit's judgement
    assert compute_costs(plan, result).overallocated == {1}  # the status bar's count
    assert OverallocationBook(plan).update(result, None) == [over]  # the Team view's list
    usage = build_usage(plan, result)  # the Usage grid reds the day the work starts on
    periods = usage.periods(Scale.DAYS)
    red = usage.overallocated(periods)
    row = [r.uid for r in usage.resources].index(1)
    assert [periods.starts[k] for k in red[row].nonzero()[0]][:1] == [when[0].date()]
    (mark,) = person_marks(plan.resource(1), [over])  # the Usage row's and roster's tooltip
    assert f"({reason})" in mark.tip
    marks = TaskIndicators(plan, result)  # the task sheet's and printout's red man
    assert Indicator.OVERALLOCATED in marks.kinds(1)
    report = gather_status(plan, result, compute_costs(plan, result), now=MON)
    (anna,) = report.people
    assert anna.off_time == reason
    weeks = people_table(report).rows[0][3]
    assert weeks.startswith("w/c 2027-03-01")
    assert weeks.endswith(f" ({reason})")


def test_s25ov_the_daily_workload_agrees_on_the_weekend():
    plan = _plan(WEEKEND)
    assert workload(plan, schedule(plan)).over_days(1) == [date(2027, 3, 6)]


def test_s25ov_the_same_task_in_working_time_is_no_over_allocation():
    plan = _plan((datetime(2027, 3, 2, 8, 0), datetime(2027, 3, 2, 17, 0)))
    result = schedule(plan)
    assert overallocations(plan, result) == []
    assert overallocated_resources(plan, result) == set()
    assert compute_costs(plan, result).overallocated == set()


def test_s25ov_a_night_and_a_day_off_in_one_stretch_say_both():
    """The night's end and the Saturday overlap (150 %): one stretch, every reason."""
    plan = _plan(WEEKEND)
    plan.update_task(
        Task(
            1,
            "Pour",
            duration_minutes=DAY,
            manual=True,
            start=datetime(2027, 3, 5, 22, 0),
            finish=datetime(2027, 3, 6, 6, 0),
        )
    )  # Fri 22:00 to Sat 06:00: a working day's night
    plan.append_task(
        Task(
            2,
            "Sweep",
            duration_minutes=DAY,
            manual=True,
            start=datetime(2027, 3, 6, 5, 0),
            finish=datetime(2027, 3, 6, 12, 0),
        )
    )  # Sat 05:00 to 12:00: on her day off, overlapping the night's end
    plan.add_assignment(Assignment(2, 2, 1, 0.5, DAY // 2))
    (over,) = overallocations(plan, schedule(plan))
    assert over.task_uids == (1, 2)
    assert over.reason == "150% of 100%, works on a day off and outside working hours"


def test_s25ov_above_max_units_at_night_says_both():
    plan = _plan(TUE_NIGHT)
    plan.add_assignment(Assignment(2, 1, 1, 0.5, DAY // 2))  # booked twice: 150 %
    (over,) = overallocations(plan, schedule(plan))
    assert over.reason == "150% of 100%, works outside working hours"
