"""A material used at a rate (``Concrete[12 m³/d]``) and a cost item's amount in the People cell.

A site manager typed ``Concrete C30/37[12 m³/d]`` on a 5.33-day slab and got a fixed 12 m³
(cost 1,740 instead of about 9,280); ``[12 bags]`` on concrete counted in m³ became 12 m³,
``[12%]`` 0.12 m³; and ``MEP subcontractor[45000]`` was taken with a cost of 0. Now a rate is
MS Project's variable consumption (the quantity follows the duration), a label that is not
the material's or a percentage is refused naming the label, and a cost item's bracketed
number is its amount.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.assigning import (
    format_assignments,
    parse_assignments,
    rebalance_for_duration,
    staff,
)
from app.domain.costs import compute_costs
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import Task

DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="Block", start=datetime(2027, 3, 1, 8)))
    plan.append_task(Task(1, "Roof slab", 1, duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Electrical first fix", 1, duration_minutes=10 * DAY))
    concrete = Resource(
        1, "Concrete", ResourceType.MATERIAL, standard_rate=145.0, material_label="m³"
    )
    plan.add_resource(concrete)
    plan.add_resource(Resource(2, "MEP subcontractor", ResourceType.COST))
    return plan


def _cost(plan: Plan, task_uid: int) -> float:
    report = compute_costs(plan, schedule(plan))
    return sum(a.cost for a in report.assignments.values() if a.task_uid == task_uid)


def _type(plan: Plan, task_uid: int, text: str) -> None:
    staff(plan, task_uid, parse_assignments(plan, text, task_uid))


@pytest.mark.parametrize(
    "typed", ["Concrete[12 m³/d]", "Concrete[12/d]", "Concrete[12/day]", "Concrete[12 M³/Day]"]
)
def test_s30mc_a_daily_rate_uses_the_material_every_day(typed: str) -> None:
    plan = _plan()
    _type(plan, 1, typed)
    (a,) = plan.assignments_of_task(1)
    assert a.units == pytest.approx(60.0)  # 12 m³ a day over 5 days
    assert _cost(plan, 1) == pytest.approx(60 * 145.0)
    assert format_assignments(plan, 1) == "Concrete[12 m³/d]"


def test_s30mc_the_quantity_follows_a_new_duration() -> None:
    plan = _plan()
    _type(plan, 1, "Concrete[12 m³/d]")
    plan.update_assignments(rebalance_for_duration(plan, 1, 8 * DAY))
    (a,) = plan.assignments_of_task(1)
    assert a.units == pytest.approx(96.0)
    assert format_assignments(plan, 1) == "Concrete[12 m³/d]"


def test_s30mc_weekly_and_hourly_rates() -> None:
    plan = _plan()
    _type(plan, 1, "Concrete[10 m³/w]")
    assert plan.assignments_of_task(1)[0].units == pytest.approx(10.0)
    _type(plan, 1, "Concrete[0.5/h]")
    assert plan.assignments_of_task(1)[0].units == pytest.approx(20.0)  # 40 hours
    assert format_assignments(plan, 1) == "Concrete[0.5 m³/h]"


def test_s30mc_a_fixed_quantity_typed_again_is_fixed() -> None:
    plan = _plan()
    _type(plan, 1, "Concrete[12 m³/d]")
    _type(plan, 1, "Concrete[40 m³]")
    (a,) = plan.assignments_of_task(1)
    assert (a.units, a.rate_scale) == (40.0, "")
    plan.update_assignments(rebalance_for_duration(plan, 1, 8 * DAY))
    assert plan.assignments_of_task(1)[0].units == 40.0


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Concrete[12 bags]", "Concrete is counted in m³"),
        ("Concrete[2 t]", "Concrete is counted in m³"),
        ("Concrete[12 bags/d]", "Concrete is counted in m³"),
        ("Concrete[12%]", "a material's quantity is no percentage"),
        ("Concrete[12/fortnight]", "'fortnight' is no time to use it per"),
        ("Concrete[-40 m³]", "the quantity must be more than zero"),
    ],
)
def test_s30mc_text_that_is_not_the_label_is_refused(typed: str, said: str) -> None:
    plan = _plan()
    with pytest.raises(InputError, match=said):
        parse_assignments(plan, typed, 1)


@pytest.mark.parametrize(
    "typed",
    ["MEP subcontractor[45000]", "MEP subcontractor[€45,000.00]", "MEP subcontractor[EUR 45000]"],
)
def test_s30mc_a_cost_items_amount_is_its_cost(typed: str) -> None:
    plan = _plan()
    _type(plan, 2, typed)
    assert _cost(plan, 2) == pytest.approx(45000.0)
    assert format_assignments(plan, 2) == "MEP subcontractor"
    _type(plan, 2, "MEP subcontractor")  # the cell typed back as shown keeps the amount
    assert _cost(plan, 2) == pytest.approx(45000.0)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("MEP subcontractor[45.000]", "unclear"),
        ("MEP subcontractor[50%]", "is a cost item: type the amount"),
        ("MEP subcontractor[-5]", "negative"),
    ],
)
def test_s30mc_an_unclear_amount_is_refused(typed: str, said: str) -> None:
    with pytest.raises(InputError, match=said):
        parse_assignments(_plan(), typed, 2)


def test_s30mc_a_rate_is_kept_in_the_plan_file_and_ms_project_xml(tmp_path) -> None:
    from app.formats import read_plan, write_plan

    plan = _plan()
    _type(plan, 1, "Concrete[12 m³/d]")
    _type(plan, 2, "MEP subcontractor[45000]")
    for name in ("slab.gantry", "slab.xml"):
        path = tmp_path / name
        write_plan(plan, path)
        back = read_plan(path)
        (a,) = back.assignments_of_task(1)
        assert (a.material_rate, a.rate_scale) == (12.0, "d"), name
        assert a.units == pytest.approx(60.0), name
        assert format_assignments(back, 1) == "Concrete[12 m³/d]", name
        assert _cost(back, 2) == pytest.approx(45000.0), name


def test_s30mc_ms_projects_rate_scale_is_written_with_a_rate_per_hour(tmp_path) -> None:
    from app.formats import write_plan

    plan = _plan()
    _type(plan, 1, "Concrete[12 m³/d]")
    path = tmp_path / "slab.xml"
    write_plan(plan, path)
    text = path.read_text(encoding="utf-8")
    assert "<RateScale>2</RateScale>" in text  # per day
    assert "<Units>1.5</Units>" in text  # 12 a day at 8 hours a day
