"""Undoing a person's removal puts their assignments back where they were."""

from __future__ import annotations

from app.domain.assigning import format_assignments, restore_assignments, set_assignments
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.store.document import GantryFile, read_plan


def _plan() -> Plan:
    plan = Plan(tasks=[Task(1, "Pour slab", 1, duration_minutes=960), Task(2, "Cure", 1)])
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Cement", type=ResourceType.MATERIAL, material_label="t"))
    plan.add_resource(Resource(3, "Ben"))
    plan.add_assignment(Assignment(10, 1, 1, 1.0, 960))
    plan.add_assignment(Assignment(11, 2, 1, 1.0, 0))
    plan.add_assignment(Assignment(12, 1, 2, 4.0))
    plan.add_assignment(Assignment(13, 1, 3, 0.5, 480))
    plan.add_assignment(Assignment(14, 2, 3, 1.0, 0))
    return plan


def test_undo_of_a_removal_keeps_the_people_cell_order():
    plan = _plan()
    assert format_assignments(plan, 1) == "Ana, Cement[4 t], Ben[50%]"
    before = list(plan.assignments)
    removed = plan.remove_resource(1)
    assert format_assignments(plan, 1) == "Cement[4 t], Ben[50%]"
    plan.restore_resource(removed)
    assert format_assignments(plan, 1) == "Ana, Cement[4 t], Ben[50%]"
    assert plan.assignments == before
    assert [r.name for r in plan.resources] == ["Ana", "Cement", "Ben"]


def test_undo_of_a_middle_removal_and_lookup_by_uid_after():
    plan = _plan()
    before = list(plan.assignments)
    removed = plan.remove_resource(2)
    plan.restore_resource(removed)
    assert plan.assignments == before
    # The uid index follows the rows that moved.
    for a in before:
        assert plan.assignment(a.uid) == a


def test_the_file_keeps_the_restored_order(tmp_path):
    plan = _plan()
    path = tmp_path / "p.gantry"
    with GantryFile.create(path, plan):
        removed = plan.remove_resource(1)
        plan.restore_resource(removed)
        got = read_plan(path)
    assert [a.uid for a in got.assignments] == [10, 11, 12, 13, 14]
    assert format_assignments(got, 1) == "Ana, Cement[4 t], Ben[50%]"


def test_undo_of_taking_someone_off_a_task_keeps_the_people_cell_order():
    plan = _plan()
    edit = set_assignments(plan, 1, [(2, 4.0), (3, 0.5)])  # Ana off "Pour slab"
    assert format_assignments(plan, 1) == "Cement[4 t], Ben[50%]"
    restore_assignments(plan, edit)
    assert format_assignments(plan, 1) == "Ana, Cement[4 t], Ben[50%]"
    assert [a.uid for a in plan.assignments] == [10, 11, 12, 13, 14]
