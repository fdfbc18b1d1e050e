"""A working-time lag before an elapsed successor: MS Project's rule, pinned.

The lag is working time of the lag calendar (the successor's task calendar, else
the project's: "Relationship lags are computed according to the Project Calendar",
T. Boyle, boyleprojectconsulting.com 2018/06; "The lag duration is calculated on the
successor calendar ... Microsoft Project 2000 calculates the lag on the Project
Calendar", Eastwood Harris, Elapsed Durations, Leads and Lags in MS Project), and an
elapsed task "ignores all calendars" (Eastwood Harris; "Elapsed time counts all time",
Project XML DurationFormat): it starts at the very moment the lag's working time
ends, where a working successor waits for the next working moment. The shared MS
Project files hold no elapsed task after a lag (d9b31d3), so the rule comes from
these texts.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task

DAY, EDAY = 480, 1440
MON = datetime(2027, 3, 1, 8)


def _pour_then_cure_and_work(pour_days: float, lag: int) -> Plan:
    plan = Plan(project=Project(name="s25lv", start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=int(pour_days * DAY)))
    plan.append_task(Task(2, "Cure", duration_minutes=2 * EDAY, elapsed=True))
    plan.append_task(Task(3, "Tidy", duration_minutes=DAY))
    plan.add_link(Link(1, 2, LinkType.FS, lag_minutes=lag))
    plan.add_link(Link(1, 3, LinkType.FS, lag_minutes=lag))
    return plan


def test_s25lv_a_days_lag_ends_friday_evening_and_the_cure_starts_there():
    s = schedule(_pour_then_cure_and_work(4, DAY))
    assert s[1].finish == datetime(2027, 3, 4, 17)  # Thursday evening
    # One working day of lag: Friday 08:00-17:00; the cure starts at its end, not Monday.
    assert (s[2].start, s[2].finish) == (datetime(2027, 3, 5, 17), datetime(2027, 3, 7, 17))
    assert s[3].start == datetime(2027, 3, 8, 8)  # a working task waits for Monday


def test_s25lv_the_weekend_is_no_lag():
    s = schedule(_pour_then_cure_and_work(5, DAY))
    assert s[1].finish == datetime(2027, 3, 5, 17)
    assert s[2].start == datetime(2027, 3, 8, 17)  # Monday's working day, then the cure
    assert s[3].start == datetime(2027, 3, 9, 8)


def test_s25lv_a_lag_ending_at_lunch_starts_the_cure_at_noon():
    s = schedule(_pour_then_cure_and_work(0, 4 * 60))
    assert s[2].start == datetime(2027, 3, 1, 12)  # 08:00 + 4 working hours
    assert s[3].start == datetime(2027, 3, 1, 13)  # after lunch
