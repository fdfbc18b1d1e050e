"""Progress lines' vertices and dates, hand-computed on a small plan (MS Project's rules).

The plan starts Mon 2027-03-01 08:00 on the standard calendar (8-12, 13-17, Mon-Fri);
the line stands at Wed 2027-03-03 17:00. Which rows bend: tasks under way or due to have
started (behind: left of the line, ahead: right of it), summaries too; not the finished
ones, the future ones nor the inactive ones.
"""

from __future__ import annotations

from datetime import date, datetime, time

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.progress_lines import CurrentAt, Every, ProgressLines, line_moments
from app.domain.progress_points import ProgressPoints
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task

DAY = 480
MON = datetime(2027, 3, 1, 8, 0)
LINE = datetime(2027, 3, 3, 17, 0)  # Wed, end of day
DONE, BEHIND, AHEAD, DUE, FUTURE, SUMMARY, FIRST, SECOND, OFF, MILESTONE = range(1, 11)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Lines", start=MON))
    plan.append_task(Task(DONE, "Done", 1, 2 * DAY, percent_complete=100.0, actual_start=MON))
    plan.append_task(Task(BEHIND, "Behind", 1, 4 * DAY, percent_complete=25.0, actual_start=MON))
    plan.append_task(Task(AHEAD, "Ahead", 1, 5 * DAY, percent_complete=80.0, actual_start=MON))
    plan.append_task(Task(DUE, "Due, not started", 1, 2 * DAY))
    thursday = datetime(2027, 3, 4, 8, 0)
    plan.append_task(
        Task(
            FUTURE, "Future", 1, DAY, constraint_type=ConstraintType.SNET, constraint_date=thursday
        )
    )
    plan.append_task(Task(SUMMARY, "Phase", 1))
    plan.append_task(Task(FIRST, "First", 2, 2 * DAY, percent_complete=100.0, actual_start=MON))
    plan.append_task(Task(SECOND, "Second", 2, 2 * DAY))
    plan.add_link(Link(FIRST, SECOND))
    plan.append_task(Task(OFF, "Inactive", 1, 2 * DAY, active=False))
    plan.append_task(Task(MILESTONE, "Sign-off", 1, 0, milestone=True))
    plan.add_link(Link(DUE, MILESTONE))
    return plan


ALL = (DONE, BEHIND, AHEAD, DUE, FUTURE, SUMMARY, FIRST, SECOND, OFF, MILESTONE)


def test_s27pl_actual_plan_vertices() -> None:
    plan = _plan()
    points = ProgressPoints(plan, schedule(plan))
    got = points.vertices(LINE, ALL)
    assert got == {
        BEHIND: datetime(2027, 3, 1, 17, 0),  # 25 % of Mon-Thu: Monday's work: behind
        AHEAD: datetime(2027, 3, 4, 17, 0),  # 80 % of Mon-Fri: through Thursday: ahead
        DUE: MON,  # due Monday, not started: at its start
        SUMMARY: datetime(2027, 3, 2, 17, 0),  # Mon-Thu, 2 of 4 days done: 50 %
        SECOND: datetime(2027, 3, 3, 8, 0),  # due Wednesday morning, not started
        MILESTONE: datetime(2027, 3, 2, 17, 0),  # due Tuesday evening, not reached
    }
    # finished (DONE, FIRST), due after the line (FUTURE) and inactive (OFF): straight


def test_s27pl_line_earlier_connects_fewer() -> None:
    """A line on Monday noon: SECOND is not due yet; BEHIND is on schedule there (its
    point, Monday evening, right of the line)."""
    plan = _plan()
    points = ProgressPoints(plan, schedule(plan))
    got = points.vertices(datetime(2027, 3, 1, 12, 0), ALL)
    assert SECOND not in got
    assert MILESTONE not in got
    assert got[BEHIND] == datetime(2027, 3, 1, 17, 0)


def test_s27pl_baseline_plan_vertices() -> None:
    """In relation to the baseline: along the baseline bar; a task the baseline lacks is
    not connected; a task whose baseline start is after the line is not due."""
    plan = _plan()
    tue, fri = datetime(2027, 3, 2, 8, 0), datetime(2027, 3, 5, 17, 0)
    entries = (
        BaselineEntry(BEHIND, tue, fri, 4 * DAY),  # 25 % of Tue-Fri: Tuesday evening
        BaselineEntry(AHEAD, datetime(2027, 3, 4, 8, 0), fri, 2 * DAY),  # due Thursday
        BaselineEntry(DONE, MON, datetime(2027, 3, 2, 17, 0), 2 * DAY),
    )
    plan.baselines[0] = Baseline(0, MON, entries)
    points = ProgressPoints(plan, schedule(plan), baseline=True)
    assert points.vertices(LINE, ALL) == {BEHIND: datetime(2027, 3, 2, 17, 0)}


def test_s27pl_weekly_lines_up_to_status_date() -> None:
    lines = ProgressLines(current=True, every=Every.WEEKLY, weekday=4)
    got = line_moments(lines, MON, datetime(2027, 3, 19, 17, 0), datetime(2027, 4, 1), time(17))
    assert [(g.moment, g.current) for g in got] == [
        (datetime(2027, 3, 5, 17, 0), False),
        (datetime(2027, 3, 12, 17, 0), False),
        (datetime(2027, 3, 19, 17, 0), True),  # the Friday of the status date: the current
    ]


def test_s27pl_current_date_monthly_and_picked() -> None:
    lines = ProgressLines(
        current=True,
        current_at=CurrentAt.CURRENT_DATE,
        every=Every.MONTHLY,
        month_day=31,
        begin=date(2027, 1, 1),
        dates=(date(2027, 3, 10),),
    )
    now = datetime(2027, 3, 15, 9, 0)
    got = line_moments(lines, MON, datetime(2027, 3, 5, 17, 0), now, time(17))
    assert [g.moment for g in got] == [
        datetime(2027, 1, 31, 17, 0),
        datetime(2027, 2, 28, 17, 0),  # a shorter month: its last day
        datetime(2027, 3, 10, 17, 0),
        now,
    ]
    assert [g.current for g in got] == [False, False, False, True]


def test_s27pl_nothing_asked_nothing_drawn() -> None:
    lines = ProgressLines()
    assert not lines.any_on
    assert line_moments(lines, MON, None, MON, time(17)) == []


def test_s27pl_daily_lines_fall_on_working_days() -> None:
    """Daily lines skip the weekend (MS Project's every workday); every 2nd working day
    counts working days."""
    lines = ProgressLines(every=Every.DAILY, count=2)
    status = datetime(2027, 3, 10, 17, 0)  # Wed of the second week
    got = line_moments(lines, MON, status, status, time(17), lambda d: d.weekday() < 5)
    assert [g.moment.date() for g in got] == [
        date(2027, 3, 1),
        date(2027, 3, 3),
        date(2027, 3, 5),
        date(2027, 3, 9),  # Mon 8th is the 6th working day: Tue 9th the 7th
    ]
