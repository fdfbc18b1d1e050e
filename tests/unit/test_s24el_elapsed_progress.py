"""Update Project on an elapsed task measures it around the clock, on its new dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.domain.tracking import ProgressUpdate, reschedule_uncompleted, update_progress
from tests.unit.test_s24el_elapsed_time import _pour_cure_strip


def _apply(plan: Plan, updates: list[ProgressUpdate]) -> None:
    for u in updates:
        task = plan.task(u.uid)
        plan.update_task(replace(task, **u.changes(task)))


def test_s24el_update_project_friday_night_has_the_cure_at_ten_percent():
    plan = _pour_cure_strip()
    updates = update_progress(plan, schedule(plan), datetime(2027, 3, 5, 22))
    cure = next(u for u in updates if u.uid == 2)
    # 5 of its 48 elapsed hours since the pour ended Fri 17:00 (not 0: it began Friday), to
    # the minute as MS Project sets Actual Duration (10.42 %, shown 10 %; not a rounded 10 %
    # whose 4.8 h stop at 21:48, before the date: s25tr).
    assert cure.percent_complete == 100 * 5 / 48
    assert cure.actual_start == datetime(2027, 3, 5, 17)
    _apply(plan, updates)
    s = schedule(plan)
    assert (s[2].start, s[2].finish) == (datetime(2027, 3, 5, 17), datetime(2027, 3, 7, 17))
    assert s[3].start == datetime(2027, 3, 8, 8)


def test_s24el_work_left_of_a_cure_resumes_after_the_date_in_elapsed_minutes():
    plan = _pour_cure_strip()
    _apply(plan, update_progress(plan, schedule(plan), datetime(2027, 3, 5, 22)))
    updates = reschedule_uncompleted(plan, schedule(plan), datetime(2027, 3, 6, 17))
    [cure] = updates
    # 5 h done by Fri 22:00; the pause runs from there to Sat 17:00 around the clock.
    assert cure.splits is not None
    assert [(p.after_minutes, p.gap_minutes) for p in cure.splits] == [(300, 1140)]
    _apply(plan, updates)
    s = schedule(plan)
    assert s[2].finish == datetime(2027, 3, 8, 12)  # Sat 17:00 + the 43 h left
    assert s[3].start == datetime(2027, 3, 8, 13)  # after lunch
