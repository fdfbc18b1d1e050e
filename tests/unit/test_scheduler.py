"""The CPM engine on hand-built plans: links, lags, constraints, summaries, progress."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.calendar import Calendar
from app.domain.errors import CycleError
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task

MON = datetime(2026, 1, 5, 8)  # a Monday
DAY = 480


def _plan(*tasks: Task, links: tuple[Link, ...] = (), **project) -> Plan:
    plan = Plan(project=Project(start=MON, **project))
    for t in tasks:
        plan.append_task(t)
    plan.links.extend(links)
    return plan


def d(day: int, hour: int = 8) -> datetime:
    return datetime(2026, 1, day, hour)


def test_chain_with_all_link_types_and_lags():
    plan = _plan(
        Task(1, "A", duration_minutes=2 * DAY),
        Task(2, "FS+1d", duration_minutes=DAY),
        Task(3, "SS+4h", duration_minutes=DAY),
        Task(4, "FF-1d", duration_minutes=2 * DAY),
        Task(5, "SF", duration_minutes=DAY),
        links=(
            Link(1, 2, LinkType.FS, lag_minutes=DAY),
            Link(1, 3, LinkType.SS, lag_minutes=240),
            Link(2, 4, LinkType.FF, lag_minutes=-DAY),
            Link(2, 5, LinkType.SF),
        ),
    )
    s = schedule(plan)
    assert (s[1].start, s[1].finish) == (d(5), d(6, 17))
    assert (s[2].start, s[2].finish) == (d(8), d(8, 17))  # one free day after A
    assert (s[3].start, s[3].finish) == (d(5, 13), d(6, 12))
    assert s[4].finish == d(7, 17)  # 1 day before B's finish
    assert s[5].finish == d(8)  # its finish sits exactly on B's start
    assert s.finish == d(8, 17)


def test_percent_and_elapsed_lags():
    plan = _plan(
        Task(1, "A", duration_minutes=4 * DAY),
        Task(2, "B", duration_minutes=DAY),
        Task(3, "C", duration_minutes=DAY),
        links=(
            Link(1, 2, LinkType.FS, lag_percent=-50.0),
            Link(1, 3, LinkType.FS, lag_minutes=3 * 1440, lag_elapsed=True),
        ),
    )
    s = schedule(plan)
    assert s[2].start == d(7)  # A finishes Thu 17:00; -50 % of 4 days = 2 days earlier
    assert s[3].start == d(12)  # Thu 17:00 + 3 calendar days = Sun 17:00 -> Monday


def test_total_and_free_slack_and_critical_path():
    plan = _plan(
        Task(1, "Long", duration_minutes=5 * DAY),
        Task(2, "Short", duration_minutes=DAY),
        Task(3, "Then", duration_minutes=DAY),
        Task(4, "End", duration_minutes=0, milestone=True),
        links=(Link(1, 4), Link(2, 3), Link(3, 4)),
    )
    s = schedule(plan)
    assert s[4].start == d(9, 17)  # a milestone sits at its predecessor's finish
    assert s[2].total_slack_minutes == 3 * DAY
    assert s[2].free_slack_minutes == 0
    assert s[3].free_slack_minutes == 3 * DAY
    assert s.critical_uids() == [1, 4]
    limit = schedule(
        _plan(*plan.tasks, links=tuple(plan.links), critical_slack_limit_minutes=3 * DAY)
    )
    assert set(limit.critical_uids()) == {1, 2, 3, 4}


@pytest.mark.parametrize(
    ("ctype", "date", "start"),
    [
        (ConstraintType.SNET, d(7), d(7)),
        (ConstraintType.FNET, d(9, 17), d(8)),
        (ConstraintType.MSO, d(6, 13), d(6, 13)),
        (ConstraintType.MFO, d(12, 17), d(9)),
        (ConstraintType.SNLT, d(9), d(5)),
    ],
)
def test_constraints_place_the_task(ctype, date, start):
    plan = _plan(
        Task(1, "T", duration_minutes=2 * DAY, constraint_type=ctype, constraint_date=date)
    )
    assert schedule(plan)[1].start == start


def test_conflicting_constraint_gives_negative_slack_and_an_issue():
    plan = _plan(
        Task(1, "A", duration_minutes=3 * DAY),
        Task(
            2,
            "B",
            duration_minutes=DAY,
            constraint_type=ConstraintType.MSO,
            constraint_date=d(6),
        ),
        links=(Link(1, 2),),
    )
    s = schedule(plan)
    assert s[2].start == d(6)  # constraint wins, as in MS Project
    assert s[1].total_slack_minutes == -2 * DAY
    assert [i.task_uid for i in s.issues] == [2]


def test_deadline_tightens_late_dates_and_is_reported():
    plan = _plan(Task(1, "T", duration_minutes=3 * DAY, deadline=d(6, 17)))
    s = schedule(plan)
    assert s[1].total_slack_minutes == -DAY
    assert s[1].critical
    assert any("deadline" in i.message for i in s.issues)


def test_alap_task_moves_to_its_late_dates():
    plan = _plan(
        Task(1, "A", duration_minutes=5 * DAY),
        Task(2, "Late", duration_minutes=DAY, constraint_type=ConstraintType.ALAP),
    )
    s = schedule(plan)
    assert s[2].start == d(9)
    assert s[2].early_start == d(5)


def test_successor_of_alap_task_follows_its_late_dates():
    plan = _plan(
        Task(1, "Long", duration_minutes=5 * DAY),
        Task(2, "Late", duration_minutes=DAY, constraint_type=ConstraintType.ALAP),
        Task(3, "After late", duration_minutes=DAY),
        Task(4, "End", duration_minutes=0, milestone=True),
        links=(Link(2, 3), Link(1, 4), Link(3, 4)),
    )
    s = schedule(plan)
    assert (s[2].start, s[2].finish) == (d(8), d(8, 17))
    assert s[3].start == d(9)
    assert s[3].total_slack_minutes == 0


def test_summary_links_bind_children_and_roll_up():
    plan = _plan(
        Task(1, "Before", duration_minutes=2 * DAY),
        Task(2, "Phase"),
        Task(3, "a", outline_level=2, duration_minutes=DAY),
        Task(4, "b", outline_level=2, duration_minutes=3 * DAY),
        Task(5, "After", duration_minutes=DAY),
        links=(Link(1, 2), Link(2, 5)),
    )
    s = schedule(plan)
    assert s[3].start == s[4].start == d(7)
    assert s[2].summary
    assert (s[2].start, s[2].finish) == (d(7), d(9, 17))
    assert s[5].start == d(12)
    assert s[3].total_slack_minutes == 2 * DAY
    assert s[2].duration_minutes == 3 * DAY


def test_manual_tasks_keep_their_dates_and_drive_successors():
    plan = _plan(
        Task(1, "Manual", manual=True, start=d(12), finish=d(13, 17), duration_minutes=2 * DAY),
        Task(2, "Auto", duration_minutes=DAY),
        links=(Link(1, 2),),
    )
    s = schedule(plan)
    assert (s[1].start, s[1].finish) == (d(12), d(13, 17))
    assert s[2].start == d(14)


def test_progress_fixes_the_done_part():
    plan = _plan(
        Task(1, "A", duration_minutes=2 * DAY),
        Task(
            2,
            "Started early",
            duration_minutes=4 * DAY,
            percent_complete=50,
            actual_start=d(5),
        ),
        Task(
            3,
            "Done",
            duration_minutes=DAY,
            percent_complete=100,
            actual_start=d(5),
            actual_finish=d(5, 17),
        ),
        links=(Link(1, 2), Link(1, 3)),
    )
    s = schedule(plan)
    assert s[2].start == d(5)  # the actual start wins over the link
    assert s[3].finish == d(5, 17)
    assert not s[3].critical


def test_actual_finish_alone_fixes_the_task():
    plan = _plan(Task(1, "Done", duration_minutes=2 * DAY, actual_finish=d(9, 17)))
    s = schedule(plan)
    assert (s[1].start, s[1].finish) == (d(8), d(9, 17))
    assert s[1].total_slack_minutes == 0


def test_inactive_tasks_do_not_push_successors():
    plan = _plan(
        Task(1, "Off", duration_minutes=10 * DAY, active=False),
        Task(2, "B", duration_minutes=DAY),
        links=(Link(1, 2),),
    )
    s = schedule(plan)
    assert s[2].start == d(5)
    assert s.finish == d(5, 17)
    assert not s[1].critical


def test_task_calendar_and_elapsed_duration():
    weekend_worker = Calendar(uid=2, name="7 days", week=(((480, 1020),),) * 7)
    plan = _plan(
        Task(1, "Every day", duration_minutes=7 * 540, calendar_uid=2),
        Task(2, "Curing", duration_minutes=2 * 1440, elapsed=True),
    )
    plan.calendars[2] = weekend_worker
    s = schedule(plan)
    assert s[1].finish == d(11, 17)
    assert s[2].finish == d(7)


def test_cycle_is_refused_not_looped():
    plan = _plan(Task(1, "A"), Task(2, "B"), links=(Link(1, 2), Link(2, 1)))
    with pytest.raises(CycleError, match="ID 1 'A', ID 2 'B'"):
        schedule(plan)


def test_summary_linked_to_own_child_is_a_cycle():
    plan = _plan(Task(1, "S"), Task(2, "c", outline_level=2), links=(Link(1, 2),))
    with pytest.raises(CycleError):
        schedule(plan)


def test_cycle_message_names_only_the_loop():
    plan = _plan(*(Task(u, f"T{u}") for u in range(1, 7)))
    plan.links.extend([Link(1, 2), Link(2, 3), Link(3, 4), Link(4, 2), Link(4, 5), Link(5, 6)])
    with pytest.raises(CycleError) as info:
        schedule(plan)
    assert info.value.task_uids == (2, 3, 4)
    assert "ID 2 'T2', ID 3 'T3', ID 4 'T4'" in str(info.value)


def test_finish_links_into_a_summary_are_reported_not_applied():
    plan = _plan(
        Task(1, "A", duration_minutes=10 * DAY),
        Task(2, "Phase"),
        Task(3, "a", outline_level=2, duration_minutes=DAY),
        links=(Link(1, 2, LinkType.FF),),
    )
    s = schedule(plan)
    assert s[3].start == d(5)
    assert [i.task_uid for i in s.issues] == [2]


def test_lag_runs_on_the_project_calendar_not_the_resource_calendar():
    from app.domain.resource import Assignment, Resource

    plan = _plan(
        Task(1, "A", duration_minutes=5 * DAY),
        Task(2, "B", duration_minutes=DAY),
        links=(Link(1, 2, LinkType.FS, lag_minutes=2 * DAY),),
    )
    plan.calendars[2] = Calendar(uid=2, name="7 days", week=(((480, 720), (780, 1020)),) * 7)
    plan.resources.append(Resource(1, "Weekend crew", calendar_uid=2))
    plan.assignments.append(Assignment(1, 2, 1))
    s = schedule(plan)
    # A ends Fri 9th; two lag days on the project calendar are Mon and Tue.
    assert s[2].start == d(14)
