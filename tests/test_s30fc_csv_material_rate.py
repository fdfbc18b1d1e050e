"""Gantry's CSV writes a material used at a rate as the People cell shows it,
``Concrete[12 m³/d]``; read back, it was a fixed 12 labelled "m³/d" (a week of usage
read "10.0 m³/d"). It is now the rate again: the task's quantity over its duration."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.assigning import parse_assignments, staff
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource, ResourceType
from app.domain.task import Task
from app.formats import read_plan, write_plan

_DAY = 480


def test_s30fc_a_material_rate_reads_back_from_csv(tmp_path):
    plan = Plan(project=Project(name="Site", start=datetime(2027, 1, 4, 8, 0)))
    plan.append_task(Task(1, "Foundations", 1, duration_minutes=3 * _DAY))
    plan.append_task(Task(2, "Walls", 1, duration_minutes=2 * _DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(
        Resource(2, "Concrete", ResourceType.MATERIAL, standard_rate=145.0, material_label="m³")
    )
    staff(plan, 1, parse_assignments(plan, "Ana; Concrete[12 m³/d]", 1))
    staff(plan, 2, parse_assignments(plan, "Concrete[4 m³]", 2))
    path = tmp_path / "site.csv"
    write_plan(plan, path)
    assert "Concrete[12 m³/d]" in path.read_text("utf-8-sig")
    back = read_plan(path)
    concrete = next(r for r in back.resources if r.name == "Concrete")
    assert concrete.type is ResourceType.MATERIAL
    assert concrete.material_label == "m³"
    used = {a.task_uid: a for a in back.assignments if a.resource_uid == concrete.uid}
    assert used[1].units == pytest.approx(36.0)  # 12 m³ a day for 3 days
    assert (used[1].material_rate, used[1].rate_scale) == (12.0, "d")
    assert used[2].units == pytest.approx(4.0)
    assert used[2].rate_scale == ""
