"""Whether a plan schedules never depends on what the process opened before.

The day table of a calendar is shared by every plan a process opens (the window opens
several, tests run in one process) and covers at most 200 years: a plan starting in 2990
was refused with "dates too far apart" after a 2026 plan had built the table, though it
scheduled on its own. And a finish past 2999 said "dates too far apart" rather than the
years Gantry schedules.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.calendar import Calendar
from app.domain.errors import PlanError
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.worktime import WorkTime, clear_caches, to_minutes

_DAY = 480
_YEAR = "a date in 3000 cannot be scheduled (Gantry schedules from 1800 to 2999)"


def _plan(start: datetime, days: int = 10) -> Plan:
    plan = Plan(project=Project(name="P", start=start))
    plan.append_task(Task(1, "Design", 1, duration_minutes=days * _DAY))
    plan.append_task(Task(2, "Build", 1, duration_minutes=3 * _DAY))
    plan.add_link(Link(1, 2))
    return plan


def _dates(plan: Plan) -> list[tuple[datetime, datetime]]:
    result = schedule(plan)
    return [(result[u].start, result[u].finish, result[u].late_finish) for u in (1, 2)]


_EARLY, _LATE = datetime(2026, 3, 2, 8), datetime(2990, 3, 6, 8)


@pytest.mark.parametrize(
    "order", [(_EARLY, _LATE), (_LATE, _EARLY)], ids=["2026-2990", "2990-2026"]
)
def test_s18wt_a_plan_schedules_the_same_after_one_centuries_away(order):
    alone = []
    for start in order:
        clear_caches()
        alone.append(_dates(_plan(start)))
    clear_caches()
    together = [_dates(_plan(start)) for start in order]
    assert together == alone
    assert together[1][1][1].year == order[1].year  # Build finishes in its own year


def test_s18wt_back_and_forth_keeps_every_answer():
    """Centuries apart on one calendar, again and again: the answers of the first time."""
    clear_caches()
    first = [_dates(_plan(datetime(y, 6, 1, 8))) for y in (1805, 2026, 2500, 2990)]
    again = [_dates(_plan(datetime(y, 6, 1, 8))) for y in (2990, 1805, 2500, 2026)]
    assert again == [first[3], first[0], first[2], first[1]]


def test_s18wt_a_finish_past_2999_gives_the_year_message():
    for before in (None, datetime(2026, 3, 2, 8)):
        clear_caches()
        if before is not None:
            _dates(_plan(before))
        with pytest.raises(PlanError) as refused:
            schedule(_plan(datetime(2990, 3, 6, 8), days=5000))
        assert str(refused.value).endswith(_YEAR), str(refused.value)


def test_s18wt_a_start_before_1800_gives_the_year_message():
    clear_caches()
    _dates(_plan(datetime(2026, 3, 2, 8)))
    cal = Calendar(10, "Lone", base_uid=1, week=(None,) * 7)
    plan = Plan()
    plan.put_calendar(cal)
    wt = WorkTime.for_calendar(cal, plan.calendars)
    w = wt.index(to_minutes(datetime(1800, 3, 3, 8)))
    with pytest.raises(PlanError, match=r"a date in 1799 cannot be scheduled"):
        wt.at_start(w - 200 * _DAY)


def test_s18wt_work_across_centuries_counts_every_working_minute():
    """Working minutes between dates far apart are those of a fresh table (the table is a
    window that moves; its work indexes keep counting from where it began)."""
    clear_caches()
    plan = Plan()
    wt = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    a, b = datetime(2026, 3, 2, 8), datetime(2700, 3, 1, 8)
    far = wt.between(a, b)
    assert wt.add(a, far) == wt.previous_working_end(b)
    clear_caches()
    wt = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    assert wt.between(b, a) == -far
    assert wt.subtract(b, far) == a
