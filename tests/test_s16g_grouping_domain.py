"""View > Group by, the domain: labels, group order, tasks in each group, rolled-up figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.costs import compute_costs
from app.domain.errors import InputError
from app.domain.grouping import BUILT_IN, GroupBy, GroupField, GroupKey, built_in, parse_group
from app.domain.grouping_rows import (
    GROUP_KEY_FIRST,
    flatten,
    group_tasks,
    is_group_key,
)
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from tests.bench.generate import make_plan

START = datetime(2026, 3, 2, 8)  # a Monday


def _small() -> Plan:
    """Phase (summary) over A (5d, Ann + Bob), B (3d, Ann, after A), C (milestone), D (2d)."""
    plan = Plan(project=Project(name="P", start=START))
    plan.tasks = [
        Task(1, "Phase", outline_level=1),
        Task(2, "A", outline_level=2, duration_minutes=5 * 480, percent_complete=100),
        Task(3, "B", outline_level=2, duration_minutes=3 * 480, priority=700),
        Task(4, "C", outline_level=2, duration_minutes=0, milestone=True),
        Task(5, "D", outline_level=1, duration_minutes=2 * 480, percent_complete=50),
    ]
    from app.domain.link import Link

    plan.links = [Link(2, 3), Link(3, 4)]
    plan.resources = [Resource(1, "Ann", standard_rate=100.0), Resource(2, "Bob")]
    plan.assignments = [
        Assignment(1, 2, 1, 1.0, 5 * 480),
        Assignment(2, 2, 2, 1.0, 5 * 480),
        Assignment(3, 3, 1, 1.0, 3 * 480),
    ]
    return plan


def test_resource_groups_put_a_task_under_each_person_and_none_last():
    plan = _small()
    sched = schedule(plan)
    groups = group_tasks(plan, sched, built_in("resource"))
    assert [g.label for g in groups] == [
        "Resource Names: Ann",
        "Resource Names: Bob",
        "No Resource Names",
    ]
    assert [g.uids for g in groups] == [(2, 3), (2,), (4, 5)]  # the summary is left out
    ann = groups[0].rollup
    assert ann.start == sched[2].start
    assert ann.finish == sched[3].finish
    assert ann.tasks == 2
    # Work summed; Duration the working time from the first start to the last finish.
    assert ann.work_minutes == sched[2].work_minutes + sched[3].work_minutes
    assert ann.duration_minutes == 8 * 480
    # % complete weighted by duration: (100 * 5d + 0 * 3d) / 8d.
    assert ann.percent_complete == pytest.approx(62.5)


def test_rollup_costs_come_from_the_cost_report():
    plan = _small()
    sched = schedule(plan)
    costs = compute_costs(plan, sched)
    groups = group_tasks(plan, sched, built_in("resource"), costs=costs)
    assert groups[0].rollup.cost == pytest.approx(costs.task_cost[2] + costs.task_cost[3])
    assert groups[0].rollup.cost > 0


def test_critical_and_milestone_labels_yes_first():
    plan = _small()
    sched = schedule(plan)
    groups = group_tasks(plan, sched, built_in("critical"))
    labels = [g.label for g in groups]
    assert labels[0] == "Critical: Yes"
    assert set(labels) <= {"Critical: Yes", "Critical: No"}
    critical = {u for g in groups if g.label.endswith("Yes") for u in g.uids}
    assert critical == {u for u in (2, 3, 4, 5) if sched[u].critical}
    milestones = group_tasks(plan, sched, built_in("milestones"))
    assert [(g.label, g.uids) for g in milestones] == [
        ("Milestone: Yes", (4,)),
        ("Milestone: No", (2, 3, 5)),
    ]


def test_completion_and_two_keys_nest():
    plan = _small()
    sched = schedule(plan)
    groups = group_tasks(plan, sched, built_in("complete_incomplete"))
    assert [(g.label, g.uids) for g in groups] == [
        ("% Complete: 0%", (3, 4)),
        ("% Complete: 1% - 99%", (5,)),
        ("% Complete: 100%", (2,)),
    ]
    nested = group_tasks(plan, sched, built_in("duration_priority"))
    assert [(g.level, g.label) for g in nested] == [
        (1, "Duration: 0d"),
        (2, "Priority: 500"),
        (1, "Duration: 2d"),
        (2, "Priority: 500"),
        (1, "Duration: 3d"),
        (2, "Priority: 700"),
        (1, "Duration: 5d"),
        (2, "Priority: 500"),
    ]
    assert nested[5].path == ("Duration: 3d", "Priority: 700")


def test_intervals_and_order_follow_the_given_tasks():
    plan = _small()
    sched = schedule(plan)
    week = GroupBy((GroupKey(GroupField.DURATION, interval=5 * 480),))
    groups = group_tasks(plan, sched, week)
    assert [(g.label, g.uids) for g in groups] == [
        ("Duration: 0d - <5d", (3, 4, 5)),
        ("Duration: 5d - <10d", (2,)),
    ]
    backwards = list(reversed(plan.tasks))
    again = group_tasks(plan, sched, week, order=backwards)
    assert again[0].uids == (5, 4, 3)


def test_keep_hierarchy_lists_the_summaries_above():
    plan = _small()
    sched = schedule(plan)
    group_by = replace(built_in("milestones"), keep_hierarchy=True)
    groups = group_tasks(plan, sched, group_by)
    assert groups[0].rows == ((1, 1), (4, 2))
    assert groups[1].rows == ((1, 1), (2, 2), (3, 2), (5, 1))
    assert groups[0].uids == (4,)  # the figures count the tasks, not the summary


def test_flatten_gives_headers_keys_and_hides_collapsed_groups():
    plan = _small()
    sched = schedule(plan)
    groups = group_tasks(plan, sched, built_in("resource"))
    keys: dict[tuple[str, ...], int] = {}

    def key_of(path):
        return keys.setdefault(path, GROUP_KEY_FIRST + len(keys))

    rows = flatten(groups, key_of)
    assert [r.key for r in rows] == [
        GROUP_KEY_FIRST,
        2,
        3,
        GROUP_KEY_FIRST + 1,
        2,
        GROUP_KEY_FIRST + 2,
        4,
        5,
    ]
    assert [r.level for r in rows][:3] == [1, 2, 2]
    assert is_group_key(rows[0].key)
    assert not any(is_group_key(u) for u in (0, 1, -(2**31), 2**40))
    folded = flatten(groups, key_of, collapsed_groups={("Resource Names: Ann",)})
    assert [r.key for r in folded][:2] == [GROUP_KEY_FIRST, GROUP_KEY_FIRST + 1]


def test_a_filter_keeps_its_tasks_only():
    plan = _small()
    sched = schedule(plan)
    groups = group_tasks(plan, sched, built_in("resource"), keep={3, 5})
    assert [(g.label, g.uids) for g in groups] == [
        ("Resource Names: Ann", (3,)),
        ("No Resource Names", (5,)),
    ]


def test_generated_plan_groups_every_leaf_once_per_person():
    plan = make_plan(600, 500, n_resources=12)
    sched = schedule(plan)
    groups = group_tasks(plan, sched, built_in("resource"))
    summaries = {
        plan.tasks[i].uid for i in range(len(plan.tasks)) if plan.is_summary(plan.tasks[i].uid)
    }
    leaves = [t.uid for t in plan.tasks if t.uid not in summaries]
    people = {a.task_uid for a in plan.assignments}
    listed = [u for g in groups for u in g.uids]
    assert sorted(listed) == sorted(leaves)  # one person each in the generated plan
    for g in groups:
        assert list(g.uids) == sorted(g.uids)  # ID order within a group
        if g.label == "No Resource Names":
            assert not set(g.uids) & people
    titles = [g.label for g in groups[:-1]]
    assert titles == sorted(titles, key=lambda t: t.casefold())


def test_parse_and_titles():
    keys = parse_group("resource,duration/2400:desc")
    assert keys == (
        GroupKey(GroupField.RESOURCE_NAMES),
        GroupKey(GroupField.DURATION, True, 2400.0),
    )
    assert GroupBy(keys).title() == "Resource Names, then Duration"
    assert parse_group(GroupBy(keys).text()) == keys
    with pytest.raises(InputError, match="unknown group field 'colour'"):
        parse_group("colour")
    with pytest.raises(InputError, match="not grouped in intervals"):
        GroupKey(GroupField.CRITICAL, interval=2)
    with pytest.raises(InputError, match="unknown group 'nope'"):
        built_in("nope")
    assert [b.name for _i, _t, b in BUILT_IN][:2] == ["", "Complete and Incomplete Tasks"]
    assert parse_group("text1")[0].field == "Text1"


def test_custom_field_groups_by_value():
    plan = _small()
    plan.tasks = [
        replace(t, custom=(("Text1", "North"),)) if t.uid in (2, 5) else t for t in plan.tasks
    ]
    sched = schedule(plan)
    groups = group_tasks(plan, sched, GroupBy(parse_group("text1")))
    assert [(g.label, g.uids) for g in groups] == [("Text1: North", (2, 5)), ("No Text1", (3, 4))]


def test_status_and_constraint_groups_read_as_ms_project_names_them():
    from app.domain.task import ConstraintType

    plan = _small()
    plan.tasks = [
        replace(t, constraint_type=ConstraintType.SNET, constraint_date=START) if t.uid == 5 else t
        for t in plan.tasks
    ]
    plan.project = replace(plan.project, status_date=datetime(2026, 3, 4, 17))
    sched = schedule(plan)
    status = group_tasks(plan, sched, built_in("status"))
    by_label = {g.label: g.uids for g in status}
    assert by_label["Status: Complete"] == (2,)  # A is 100 % done
    assert 5 in by_label["Status: Late"]  # D: 50 % of 2 days, due done by the status date
    assert list(by_label) == sorted(
        by_label,
        key=[
            "Status: Complete",
            "Status: On Schedule",
            "Status: Late",
            "Status: Future Task",
        ].index,
    )
    constraints = group_tasks(plan, sched, built_in("constraint_type"))
    assert [(g.label, g.uids) for g in constraints] == [
        ("Constraint Type: As Soon As Possible", (2, 3, 4)),
        ("Constraint Type: Start No Earlier Than", (5,)),
    ]
