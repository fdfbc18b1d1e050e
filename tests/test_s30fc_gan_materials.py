"""GanttProject has no material or cost resources. Saved as .gan, a material
(Concrete[12 m³/d]) and a cost item (MEP subcontractor[45000]) used to become people
with hours: Work +1292h and Cost +56,930 on the demo with no note. They are now left
out of the .gan, their cost kept in the task's cost typed by hand (read back as the
task's fixed cost), and one note names them."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.assigning import parse_assignments, staff
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import RateUnit, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import not_kept, write_plan
from app.io.gan import read_gan

_DAY = 480


def _site() -> Plan:
    plan = Plan(project=Project(name="Site", start=datetime(2027, 1, 4, 8, 0)))
    plan.append_task(Task(1, "Foundations", 1, duration_minutes=3 * _DAY))
    plan.append_task(Task(2, "Walls", 1, duration_minutes=2 * _DAY, fixed_cost=100.0))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0, standard_rate_unit=RateUnit.DAY))
    plan.add_resource(
        Resource(2, "Concrete", ResourceType.MATERIAL, standard_rate=145.0, material_label="m³")
    )
    plan.add_resource(Resource(3, "MEP subcontractor", ResourceType.COST))
    staff(plan, 1, parse_assignments(plan, "Ana; Concrete[12 m³/d]; MEP subcontractor[45000]", 1))
    staff(plan, 2, parse_assignments(plan, "Ana; Concrete[4]", 2))
    return plan


def _totals(plan: Plan) -> tuple[dict[str, float], float]:
    report = compute_costs(plan, schedule(plan))
    costs = {t.name: round(report.task_cost[t.uid], 2) for t in plan.tasks}
    work = sum(
        a.work_minutes
        for a in plan.assignments
        if plan.resource(a.resource_uid).type is ResourceType.WORK
    )
    return costs, work


def test_s30fc_materials_and_cost_items_are_left_out_with_their_cost_kept(tmp_path):
    plan = _site()
    path = tmp_path / "site.gan"
    write_plan(plan, path)
    text = path.read_text("utf-8")
    assert "Concrete" not in text
    assert "MEP subcontractor" not in text
    back = read_gan(path)
    assert [r.name for r in back.resources] == ["Ana"]
    costs, work = _totals(plan)
    # 3d x 800 + 36 m³ x 145 + 45,000; 2d x 800 + 4 m³ x 145 + 100
    assert costs == {"Foundations": 52620.0, "Walls": 2280.0}
    assert _totals(back) == (costs, work)


def test_s30fc_one_note_names_what_is_left_out(tmp_path):
    plan = _site()
    path = tmp_path / "site.gan"
    write_plan(plan, path)
    said = [line for line in not_kept(plan, ".gan", path) if "no material" in line]
    assert said == [
        ".gan has no materials or cost items: 'Concrete' (material) and 'MEP subcontractor' "
        "(cost) left out with their 3 assignments (first: 'Foundations'); their cost is kept "
        "in the tasks' cost typed by hand"
    ]


def test_s30fc_a_summarys_own_material_cost_is_kept(tmp_path):
    plan = _site()
    plan.append_task(Task(3, "Phase", 1, duration_minutes=_DAY))
    plan.append_task(Task(4, "Slab", 2, duration_minutes=2 * _DAY))
    staff(plan, 3, parse_assignments(plan, "Concrete[10 m³]", 3))
    before = compute_costs(plan, schedule(plan)).total_cost
    path = tmp_path / "site.gan"
    write_plan(plan, path)
    back = read_gan(path)
    assert compute_costs(back, schedule(back)).total_cost == pytest.approx(before)
