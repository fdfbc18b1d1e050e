"""diff_plans: user-entered differences only, matched by uid."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.diff import PlanChange, diff_plans
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk
from app.domain.task import Task


def _plan() -> Plan:
    plan = Plan()
    plan.insert_tasks(
        0,
        [
            Task(1, "Design", 1),
            Task(2, "Sketch", 2, duration_minutes=960),
            Task(3, "Review", 2, duration_minutes=480),
            Task(4, "Done", 1, duration_minutes=0, milestone=True),
        ],
    )
    plan.add_link(Link(2, 3))
    plan.add_link(Link(3, 4, LinkType.SS, 480))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 2, 1, units=0.5))
    plan.add_risk(Risk(1, "Late supplier", 0.3, 1000.0))
    return plan


def _copy(plan: Plan) -> Plan:
    return Plan(
        project=plan.project,
        tasks=list(plan.tasks),
        links=list(plan.links),
        resources=list(plan.resources),
        assignments=list(plan.assignments),
        risks=list(plan.risks),
    )


def test_identical_plans_give_no_changes() -> None:
    assert diff_plans(_plan(), _plan()) == []


def test_computed_fields_are_ignored() -> None:
    old = _plan()
    new = _copy(old)
    # automatic task dates and summary durations come from the scheduler
    new.tasks[1] = replace(new.tasks[1], start=datetime(2026, 3, 1, 8, 0))
    new.tasks[0] = replace(new.tasks[0], duration_minutes=12345)
    new.tasks[2] = replace(new.tasks[2], percent_complete=new.tasks[2].percent_complete + 1e-9)
    assert diff_plans(old, new) == []


def test_manual_dates_compare_to_the_minute() -> None:
    old = _plan()
    old.tasks[2] = replace(old.tasks[2], manual=True, start=datetime(2026, 2, 2, 8, 0, 0))
    new = _copy(old)
    new.tasks[2] = replace(new.tasks[2], start=datetime(2026, 2, 2, 8, 0, 20))
    assert diff_plans(old, new) == []
    new.tasks[2] = replace(new.tasks[2], start=datetime(2026, 2, 3, 8, 0))
    assert diff_plans(old, new) == [
        PlanChange("task", 3, "Review", "changed", "start", "2026-02-02T08:00", "2026-02-03T08:00")
    ]


def test_field_changes_are_reported_one_by_one() -> None:
    old = _plan()
    new = _copy(old)
    new.tasks[1] = replace(new.tasks[1], name="Sketches", duration_minutes=1440)
    changes = diff_plans(old, new)
    assert [(c.uid, c.field, c.old, c.new) for c in changes] == [
        (2, "name", "Sketch", "Sketches"),
        (2, "duration_minutes", 960, 1440),
    ]
    assert changes[0].as_dict() == {
        "entity": "task",
        "uid": 2,
        "name": "Sketches",
        "kind": "changed",
        "field": "name",
        "old": "Sketch",
        "new": "Sketches",
    }


def test_added_and_removed_entities() -> None:
    old = _plan()
    new = _plan()
    new.remove_tasks([4])
    new.append_task(Task(9, "Ship", 1))
    new.add_link(Link(3, 9))
    new.remove_assignment(1)
    new.add_assignment(Assignment(7, 3, 1, units=1.0))
    new.update_risk(replace(new.risks[0], probability=0.6))
    kinds = {(c.entity, c.uid, c.kind, c.field) for c in diff_plans(old, new)}
    assert kinds == {
        ("task", 9, "added", None),
        ("task", 4, "removed", None),
        ("link", "3->9", "added", None),
        ("link", "3->4", "removed", None),
        ("assignment", "3:1", "added", None),
        ("assignment", "2:1", "removed", None),
        ("risk", 1, "changed", "probability"),
    }


def test_assignments_match_by_task_and_resource_not_uid() -> None:
    old = _plan()
    new = _copy(old)
    new.assignments = [replace(new.assignments[0], uid=99)]
    assert diff_plans(old, new) == []
    new.assignments = [replace(new.assignments[0], units=1.0)]
    assert [(c.entity, c.field, c.old, c.new) for c in diff_plans(old, new)] == [
        ("assignment", "units", 0.5, 1)
    ]


def test_link_lag_and_outline_parent() -> None:
    old = _plan()
    new = _plan()
    new.update_link(Link(3, 4, LinkType.SS, 960))
    new.outdent([3])
    got = {(c.entity, c.uid, c.field, c.old, c.new) for c in diff_plans(old, new)}
    assert got == {
        ("link", "3->4", "lag_minutes", 480, 960),
        ("task", 3, "parent", 1, None),
    }
