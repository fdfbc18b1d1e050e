"""Converting to MS Project XML a plan whose Delay was typed in weeks says the unit is not
kept: <Delay> holds the length only, so 1w reads back 5d (reviewer s30rv L3)."""

from __future__ import annotations

from datetime import datetime

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import DurationUnit, Task
from app.formats import not_kept, read_plan, write_plan


def _plan(unit: DurationUnit | None) -> Plan:
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, "Review", duration_minutes=10 * 480))
    plan.add_resource(Resource(1, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * 60, delay_minutes=5 * 480, delay_unit=unit))
    return plan


def test_s30fb_a_delay_in_weeks_is_noted_for_xml(tmp_path):
    lines = [line for line in not_kept(_plan(DurationUnit.WEEKS), ".xml") if "Delay" in line]
    assert lines == [
        "1 assignment delay shown in another unit (Ben on 'Review' 1w becomes 5d); "
        ".xml keeps a Delay's length only, not the unit it was typed in"
    ]
    path = tmp_path / "plan.xml"
    write_plan(_plan(DurationUnit.WEEKS), path)
    back = read_plan(path).assignment(1)
    assert back.delay_minutes == 5 * 480
    assert back.delay_unit is not DurationUnit.WEEKS


def test_s30fb_a_delay_in_days_has_no_note():
    for unit in (None, DurationUnit.DAYS):
        assert not [line for line in not_kept(_plan(unit), ".xml") if "Delay" in line]
    assert not [line for line in not_kept(_plan(DurationUnit.WEEKS), ".gantry") if "unit" in line]
