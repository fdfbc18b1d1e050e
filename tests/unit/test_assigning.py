"""People cell notation and MS Project's task types keeping duration, work and units consistent."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.assigning import (
    duration_for_work,
    format_assignments,
    parse_assignments,
    rebalance_for_duration,
    restore_assignments,
    set_assignments,
)
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task, TaskType

DAY = 480


def _plan(task_type=TaskType.FIXED_UNITS, effort_driven=True) -> Plan:
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(
        Task(1, "Build", duration_minutes=4 * DAY, task_type=task_type, effort_driven=effort_driven)
    )
    plan.add_resource(Resource(1, "Ana", initials="AN"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_resource(Resource(3, "Cement", ResourceType.MATERIAL, material_label="bags"))
    plan.add_resource(Resource(4, "Travel", ResourceType.COST))
    return plan


def test_parse_names_units_and_materials():
    plan = _plan()
    assert parse_assignments(plan, "Ana[50%], ben") == [(1, 0.5), (2, 1.0)]
    assert parse_assignments(plan, " AN [25] ; Cement[20 bags]") == [(1, 0.25), (3, 20.0)]
    assert parse_assignments(plan, "Ana[150%]") == [(1, 1.5)]
    assert parse_assignments(plan, "Ana[12,5%]") == [(1, 0.125)]
    assert parse_assignments(plan, "  ") == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Zed", "no one called 'Zed'"),
        ("Ana, Ana", "listed twice"),
        ("Ana[lots]", "units must be a number"),
        ("Ana[0%]", "more than zero"),
    ],
)
def test_parse_errors_name_the_problem(text, message):
    with pytest.raises(InputError, match=message):
        parse_assignments(_plan(), text)


def test_format_round_trips():
    plan = _plan()
    set_assignments(plan, 1, [(1, 0.5), (2, 1.0), (3, 20.0), (4, 1.0)])
    text = format_assignments(plan, 1)
    assert text == "Ana[50%], Ben, Cement[20 bags], Travel"
    assert parse_assignments(plan, text) == [(1, 0.5), (2, 1.0), (3, 20.0), (4, 1.0)]


def test_first_assignment_keeps_the_duration_and_sets_work():
    plan = _plan()
    set_assignments(plan, 1, [(1, 0.5)])
    assert plan.task(1).duration_minutes == 4 * DAY
    assert plan.assignments[0].work_minutes == 2 * DAY


def test_effort_driven_fixed_units_adding_people_shortens_the_task():
    plan = _plan()
    set_assignments(plan, 1, [(1, 1.0)])
    edit = set_assignments(plan, 1, [(1, 1.0), (2, 1.0)])
    assert plan.task(1).duration_minutes == 2 * DAY
    assert sorted(a.work_minutes for a in plan.assignments) == [2 * DAY, 2 * DAY]
    restore_assignments(plan, edit)
    assert plan.task(1).duration_minutes == 4 * DAY
    assert [(a.resource_uid, a.work_minutes) for a in plan.assignments] == [(1, 4 * DAY)]


def test_not_effort_driven_adding_people_adds_work():
    plan = _plan(effort_driven=False)
    set_assignments(plan, 1, [(1, 1.0)])
    set_assignments(plan, 1, [(1, 1.0), (2, 1.0)])
    assert plan.task(1).duration_minutes == 4 * DAY
    assert sum(a.work_minutes for a in plan.assignments) == 8 * DAY


def test_fixed_duration_effort_driven_lowers_units():
    plan = _plan(TaskType.FIXED_DURATION)
    set_assignments(plan, 1, [(1, 1.0)])
    set_assignments(plan, 1, [(1, 1.0), (2, 1.0)])
    assert plan.task(1).duration_minutes == 4 * DAY
    assert [a.units for a in plan.assignments] == [0.5, 0.5]
    assert sum(a.work_minutes for a in plan.assignments) == 4 * DAY


def test_fixed_work_keeps_work_when_units_change():
    plan = _plan(TaskType.FIXED_WORK, effort_driven=False)
    set_assignments(plan, 1, [(1, 1.0)])
    set_assignments(plan, 1, [(1, 0.5)])
    assert plan.task(1).duration_minutes == 8 * DAY
    assert plan.assignments[0].work_minutes == 4 * DAY


def test_materials_and_cost_items_carry_no_work_and_do_not_change_duration():
    plan = _plan()
    set_assignments(plan, 1, [(1, 1.0)])
    set_assignments(plan, 1, [(1, 1.0), (3, 20.0), (4, 1.0)])
    assert plan.task(1).duration_minutes == 4 * DAY
    by_res = {a.resource_uid: a for a in plan.assignments}
    assert by_res[3].work_minutes == 0
    assert by_res[3].units == 20.0


def test_existing_assignments_keep_their_uid_and_actual_work():
    plan = _plan()
    plan.add_assignment(Assignment(7, 1, 1, 1.0, 4 * DAY, actual_work_minutes=60))
    set_assignments(plan, 1, [(1, 0.5)])
    (a,) = plan.assignments
    assert a.uid == 7
    assert a.actual_work_minutes == 60


def test_duration_change_moves_work_or_units_by_task_type():
    plan = _plan()
    set_assignments(plan, 1, [(1, 0.5)])
    assert [a.work_minutes for a in rebalance_for_duration(plan, 1, 8 * DAY)] == [4 * DAY]
    plan = _plan(TaskType.FIXED_WORK)
    set_assignments(plan, 1, [(1, 1.0)])
    assert [a.units for a in rebalance_for_duration(plan, 1, 8 * DAY)] == [0.5]
    assert duration_for_work(plan, 1, 16 * DAY) == 16 * DAY


def test_set_assignments_is_one_batch():
    plan = _plan()
    seen = []
    plan.changes.subscribe_batch(seen.append)
    set_assignments(plan, 1, [(1, 1.0), (2, 1.0)])
    assert seen == [True, False]
