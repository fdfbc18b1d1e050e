"""An elapsed-duration task runs around the clock (MS Project), in both CPM passes.

MS Project's word: "Elapsed time counts all time, including non-working time"
(DurationFormat element, Project XML reference); an elapsed task "will ignore all
calendars and will be scheduled 24 hours a day and 7 days per week" (Eastwood
Harris); KB 87301: a 9eh task from Fri 08:00 ends Fri 17:00 and, before a Monday
successor, has 2.63ed of slack, its late finish Mon 08:00 itself.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task

DAY = 480
EDAY = 1440


def _plan(start: datetime, *tasks: Task, links: tuple[Link, ...] = ()) -> Plan:
    plan = Plan(project=Project(name="s24el", start=start))
    for t in tasks:
        plan.append_task(t)
    for link in links:
        plan.add_link(link)
    return plan


def test_s24el_kb87301_elapsed_slack_runs_to_the_successors_start():
    plan = _plan(
        datetime(1992, 7, 24, 8),  # a Friday
        Task(1, "8h", duration_minutes=DAY),
        Task(2, "9eh", duration_minutes=9 * 60, elapsed=True),
        Task(3, "1d", duration_minutes=DAY),
        links=(Link(1, 3, LinkType.FS), Link(2, 3, LinkType.FS)),
    )
    s = schedule(plan)
    assert (s[2].start, s[2].finish) == (datetime(1992, 7, 24, 8), datetime(1992, 7, 24, 17))
    assert s[3].start == datetime(1992, 7, 27, 8)
    # Slack 2.63ed (MS Project): the late finish is Monday 08:00, not Friday 17:00.
    assert s[2].late_finish == datetime(1992, 7, 27, 8)
    assert s[2].total_slack_minutes == 63 * 60
    assert s[1].total_slack_minutes == 0


POUR_START = datetime(2027, 3, 1, 8)  # a Monday


def _pour_cure_strip(*, cure_minutes: int = 2 * EDAY, **cure: object) -> Plan:
    return _plan(
        POUR_START,
        Task(1, "Pour", duration_minutes=5 * DAY),  # ends Fri 17:00
        Task(2, "Cure", duration_minutes=cure_minutes, elapsed=True, **cure),  # type: ignore[arg-type]
        Task(3, "Strip", duration_minutes=DAY),
        links=(Link(1, 2, LinkType.FS), Link(2, 3, LinkType.FS)),
    )


def test_s24el_cure_starts_when_the_pour_ends_friday_evening():
    s = schedule(_pour_cure_strip())
    assert s[1].finish == datetime(2027, 3, 5, 17)
    # Not Monday 08:00: curing runs through the weekend.
    assert (s[2].start, s[2].finish) == (datetime(2027, 3, 5, 17), datetime(2027, 3, 7, 17))
    assert (s[3].start, s[3].finish) == (datetime(2027, 3, 8, 8), datetime(2027, 3, 8, 17))


def test_s24el_cure_slack_runs_to_monday_morning_and_the_pour_stays_critical():
    s = schedule(_pour_cure_strip())
    # Strip must start Monday 08:00; the cure may end as late as that: 15 elapsed hours.
    assert s[2].late_finish == datetime(2027, 3, 8, 8)
    assert s[2].late_start == datetime(2027, 3, 6, 8)
    assert s[2].total_slack_minutes == 15 * 60
    # The pour's late finish is the working moment before the cure's late start (Sat 08:00).
    assert s[1].late_finish == datetime(2027, 3, 5, 17)
    assert s[1].total_slack_minutes == 0
    assert s[1].critical
    assert s[3].critical


def test_s24el_cure_runs_through_a_shutdown():
    from app.domain.calendar import Calendar, CalendarException

    shutdown = CalendarException("Shutdown", date(2027, 3, 8), date(2027, 3, 19))
    plan = _plan(
        datetime(2027, 3, 6, 0),  # a Saturday: the pour works around the clock
        Task(1, "Pour", duration_minutes=EDAY, calendar_uid=2),  # ends Sun 00:00
        Task(2, "Cure", duration_minutes=2 * EDAY, elapsed=True),
        Task(3, "Strip", duration_minutes=DAY),
        links=(Link(1, 2, LinkType.FS), Link(2, 3, LinkType.FS)),
    )
    plan.calendars[1] = Calendar(uid=1, exceptions=(shutdown,))
    plan.calendars[2] = Calendar(uid=2, name="24/7", week=(((0, 1440),),) * 7)
    s = schedule(plan)
    assert s[1].finish == datetime(2027, 3, 7, 0)
    # It cures during the shutdown, not after it.
    assert (s[2].start, s[2].finish) == (datetime(2027, 3, 7, 0), datetime(2027, 3, 9, 0))
    assert s[3].start == datetime(2027, 3, 22, 8)


def test_s24el_without_links_it_starts_at_the_project_start_on_a_weekend():
    plan = _plan(
        datetime(2027, 3, 6, 8),  # a Saturday
        Task(1, "Cure", duration_minutes=EDAY, elapsed=True),
        Task(2, "Work", duration_minutes=DAY),
    )
    s = schedule(plan)
    assert (s[1].start, s[1].finish) == (datetime(2027, 3, 6, 8), datetime(2027, 3, 7, 8))
    assert s[2].start == datetime(2027, 3, 8, 8)  # working time waits for Monday


@pytest.mark.parametrize(
    ("ctype", "cdate", "start"),
    [
        # start no earlier than Saturday 10:00: from Saturday 10:00
        (ConstraintType.SNET, datetime(2027, 3, 6, 10), datetime(2027, 3, 6, 10)),
        (ConstraintType.MSO, datetime(2027, 3, 6, 10), datetime(2027, 3, 6, 10)),
        # finish on Sunday 12:00: 2 elapsed days before, not 2 working days
        (ConstraintType.MFO, datetime(2027, 3, 7, 12), datetime(2027, 3, 5, 12)),
        (ConstraintType.FNET, datetime(2027, 3, 8, 12), datetime(2027, 3, 6, 12)),
    ],
)
def test_s24el_a_date_constraint_places_it_around_the_clock(ctype, cdate, start):
    s = schedule(
        _plan(
            POUR_START,
            Task(
                1,
                "Cure",
                duration_minutes=2 * EDAY,
                elapsed=True,
                constraint_type=ctype,
                constraint_date=cdate,
            ),
        )
    )
    assert (s[1].start, s[1].finish) == (start, start + timedelta(days=2))


def test_s24el_late_dates_of_a_start_constraint_run_around_the_clock():
    # Start no later than Saturday 10:00: the late finish is Monday 10:00, 2 elapsed days on.
    plan = _pour_cure_strip(
        constraint_type=ConstraintType.SNLT, constraint_date=datetime(2027, 3, 6, 10)
    )
    s = schedule(plan)
    assert s[2].late_start == datetime(2027, 3, 6, 8)  # the strip's bound is earlier still
    plan = _pour_cure_strip(
        constraint_type=ConstraintType.SNLT, constraint_date=datetime(2027, 3, 6, 2)
    )
    s = schedule(plan)
    assert (s[2].late_start, s[2].late_finish) == (
        datetime(2027, 3, 6, 2),
        datetime(2027, 3, 8, 2),
    )


def test_s24el_started_cure_lets_its_predecessor_finish_by_the_resume_point():
    # 4ed from Mon 08:00, 25 % done (1ed): the rest waits for a 2-day predecessor.
    plan = _plan(
        POUR_START,
        Task(1, "Pour", duration_minutes=2 * DAY),  # ends Tue 17:00
        Task(
            2,
            "Cure",
            duration_minutes=4 * EDAY,
            elapsed=True,
            actual_start=POUR_START,
            percent_complete=25.0,
        ),
        links=(Link(1, 2, LinkType.FS),),
    )
    s = schedule(plan)
    assert s[2].finish == datetime(2027, 3, 5, 17)  # resumes Tue 17:00, 3ed on
    # The pour need only end where the rest resumes: no slack, none negative.
    assert s[1].late_finish == datetime(2027, 3, 2, 17)
    assert s[1].total_slack_minutes == 0


def test_s24el_a_drag_preview_places_it_as_the_scheduler_does():
    from app.domain.task_clock import TaskClock
    from app.ui.gantt.early_dates import EarlyDates

    plan = _pour_cure_strip()
    s = schedule(plan)
    cure = plan.task(2)
    early = EarlyDates(plan, s, 2, TaskClock.of_task(plan, cure))
    start, finish = early.place(cure.duration_minutes, ConstraintType.ASAP, None, keep_spans=False)
    assert (start, finish) == (s[2].start, s[2].finish)
    # A cure dropped on Saturday 10:00 is pinned there (no snap to Monday 08:00).
    pin = TaskClock.of_task(plan, cure).start_at(datetime(2027, 3, 6, 10), cure.duration_minutes)
    assert pin == datetime(2027, 3, 6, 10)


def test_s24el_people_on_different_calendars_do_not_stretch_a_cure():
    from app.domain.calendar import Calendar
    from app.domain.resource import Assignment, Resource
    from app.domain.task_clock import TaskClock

    plan = _pour_cure_strip()
    plan.calendars[2] = Calendar(uid=2, name="Nights", week=(((1080, 1380),),) * 5 + ((), ()))
    plan.add_resource(Resource(1, "Ann"))
    plan.add_resource(Resource(2, "Ben", calendar_uid=2))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 2 * EDAY))
    plan.add_assignment(Assignment(2, 2, 2, 1.0, 2 * EDAY))
    s = schedule(plan)
    # Each person's work ran on their own calendar: two working weeks for a 2ed cure.
    assert (s[2].start, s[2].finish) == (datetime(2027, 3, 5, 17), datetime(2027, 3, 7, 17))
    assert s[3].start == datetime(2027, 3, 8, 8)
    assert not TaskClock.of_task(plan, plan.task(2)).spans


def test_s24el_as_late_as_possible_it_ends_when_the_strip_starts():
    s = schedule(_pour_cure_strip(constraint_type=ConstraintType.ALAP))
    assert (s[2].start, s[2].finish) == (datetime(2027, 3, 6, 8), datetime(2027, 3, 8, 8))
    assert s[2].early_start == datetime(2027, 3, 5, 17)
    assert s[3].start == datetime(2027, 3, 8, 8)


def test_s24el_an_elapsed_lag_ends_where_the_elapsed_successor_starts():
    plan = _plan(
        POUR_START,
        Task(1, "Pour", duration_minutes=5 * DAY),
        Task(2, "Cure", duration_minutes=2 * EDAY, elapsed=True),
        links=(Link(1, 2, LinkType.FS, lag_minutes=EDAY, lag_elapsed=True),),
    )
    s = schedule(plan)
    assert (s[2].start, s[2].finish) == (datetime(2027, 3, 6, 17), datetime(2027, 3, 8, 17))
