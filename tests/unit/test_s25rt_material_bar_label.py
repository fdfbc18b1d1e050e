"""A material's bar label is its quantity, as the People cell writes it: ``Licences[5]``,
``Cement[2.5 t]``, where it read ``Licences[500%]`` (units taken for a person's); a cost
item its name alone. The window's tables say it too, when an assignment is added."""

from __future__ import annotations

from datetime import datetime

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.report.plan_lookups import resource_labels
from tests.unit.test_plan_lookups import _follow


def _plan() -> Plan:
    plan = Plan(project=Project(name="Licensing", start=datetime(2027, 1, 4, 8)))
    plan.append_task(Task(1, "Roll out", duration_minutes=480))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Licences", type=ResourceType.MATERIAL))
    plan.add_resource(Resource(3, "Cement", type=ResourceType.MATERIAL, material_label="t"))
    plan.add_resource(Resource(4, "Travel", type=ResourceType.COST))
    plan.add_assignment(Assignment(1, 1, 1, 0.5, 240))
    plan.add_assignment(Assignment(2, 1, 2, 5.0))
    return plan


def test_s25rt_a_material_label_says_its_quantity():
    plan = _plan()
    plan.add_assignment(Assignment(3, 1, 3, 2.5))
    plan.add_assignment(Assignment(4, 1, 4, 1.0))
    assert resource_labels(plan)[1] == "Ana[50%], Licences[5], Cement[2.5 t], Travel"


def test_s25rt_the_window_tables_say_it_for_an_assignment_added():
    plan = _plan()
    lookups, refused = _follow(plan)
    assert lookups.resources[1] == "Ana[50%], Licences[5]"
    plan.add_assignment(Assignment(3, 1, 3, 2.5))  # the last one: its label goes last
    assert refused == []
    assert lookups.resources[1] == "Ana[50%], Licences[5], Cement[2.5 t]"
