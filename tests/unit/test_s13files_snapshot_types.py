"""The workbook's snapshot knows every value type a plan holds.

An assignment with a work contour (Back Loaded...) exported to .xlsx came back as
"the Gantry snapshot is damaged (unknown type 'WorkContour')": ``gantry diff
plan.xml plan.xlsx`` and the client round trip failed on MS Project files with
contoured assignments (mspdiresource.xml, mspditimephasedsegments.xml).
"""

from __future__ import annotations

import dataclasses
import enum
import typing
from datetime import datetime

from app.domain.contours import WorkContour
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.io.plan_snapshot import _CLASSES, plan_from_json, plan_to_json


def test_a_contoured_assignment_survives_the_snapshot():
    plan = Plan(project=Project(name="Contours", start=datetime(2026, 3, 2, 8)))
    plan.append_task(Task(1, "Dig", 1, duration_minutes=2400))
    plan.add_resource(Resource(1, "Ann"))
    plan.add_assignment(Assignment(1, 1, 1, contour=WorkContour.BACK_LOADED))
    back = plan_from_json(plan_to_json(plan))
    assert back.assignments[0].contour is WorkContour.BACK_LOADED


def _types_in(cls: type, seen: set[type]) -> None:
    if cls in seen or not (dataclasses.is_dataclass(cls) or issubclass(cls, enum.Enum)):
        return
    seen.add(cls)
    if dataclasses.is_dataclass(cls):
        hints = typing.get_type_hints(cls)
        for hint in hints.values():
            for arg in (
                hint,
                *typing.get_args(hint),
                *sum(map(typing.get_args, typing.get_args(hint)), ()),
            ):
                if isinstance(arg, type):
                    _types_in(arg, seen)


def test_every_value_type_of_tasks_and_people_is_known():
    seen: set[type] = set()
    for cls in (Task, Resource, Assignment, Project):
        _types_in(cls, seen)
    assert WorkContour in seen  # the walk reaches the contour field
    unknown = sorted(c.__name__ for c in seen if _CLASSES.get(c.__name__) is not c)
    assert unknown == []
