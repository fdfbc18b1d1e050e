"""Sorting and grouping by Total Slack compare an elapsed task's slack as it is shown.

An elapsed task's slack is elapsed minutes, shown in edays; MS Project compares the
durations as shown, so 33 elapsed hours (1.38ed) rank as 1.38 days, below 2 days.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.grouping import GroupBy, GroupField, GroupKey
from app.domain.grouping_rows import group_tasks
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.sorting import SortField, SortKey, TaskSort, sort_ranks
from app.domain.task import Task

_DAY = 480


def _plan() -> Plan:
    """Other (5d) sets the finish Fri 03-06 17:00; E (3ed) ends Thu 08:00: 33 h slack;
    N (3d): 2 days' slack; M (4.5d): half a day's."""
    plan = Plan(project=Project(name="Slack", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Other", 1, duration_minutes=5 * _DAY))
    plan.append_task(Task(2, "N", 1, duration_minutes=3 * _DAY))
    plan.append_task(Task(3, "E", 1, duration_minutes=3 * 1440, elapsed=True))
    plan.append_task(Task(4, "M", 1, duration_minutes=4 * _DAY + _DAY // 2))
    return plan


def test_s17sc2_an_elapsed_tasks_slack_sorts_as_shown():
    plan = _plan()
    times = schedule(plan)
    assert times[3].total_slack_minutes == 33 * 60  # elapsed minutes
    assert times[2].total_slack_minutes == 2 * _DAY
    ranks = sort_ranks(plan, times, TaskSort((SortKey(SortField.TOTAL_SLACK),), False))
    # 0 (Other), 0.5d (M), 1.38ed (E), 2d (N)
    assert sorted(ranks, key=ranks.__getitem__) == [1, 4, 3, 2]


def test_s17sc2_an_elapsed_tasks_slack_groups_in_working_intervals():
    plan = _plan()
    times = schedule(plan)
    # One-day intervals: E's 1.38ed falls in 1d - <2d, not with 33 working hours' 4 days.
    by = GroupBy((GroupKey(GroupField.TOTAL_SLACK, interval=_DAY),))
    groups = {g.label: g.uids for g in group_tasks(plan, times, by)}
    assert groups == {
        "Total Slack: 0d - <1d": (1, 4),
        "Total Slack: 1d - <2d": (3,),
        "Total Slack: 2d - <3d": (2,),
    }
