"""The command line shows money: schedule --json work/cost/resources, info cost/budget/over."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app.cli import main
from app.cli.schedule_json import schedule_to_dict
from app.domain.baseline import Baseline, BaselineEntry
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.store.document import write_plan

MON = datetime(2026, 1, 5, 8, 0)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Money", start=MON))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=2400))
    plan.append_task(Task(3, "Build", 2, duration_minutes=960, fixed_cost=300.0))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_resource(Resource(2, "Cement", ResourceType.MATERIAL, standard_rate=10.0))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 2400))
    plan.add_assignment(Assignment(2, 3, 1, 1.0, 960))
    plan.add_assignment(Assignment(3, 3, 2, 4.0))
    return plan


def test_schedule_json_has_work_cost_and_resources():
    plan = _plan()
    data = schedule_to_dict(plan, schedule(plan))
    by_uid = {t["uid"]: t for t in data["tasks"]}
    assert by_uid[2]["work_minutes"] == 2400
    assert by_uid[2]["cost"] == pytest.approx(2000.0)
    assert by_uid[3]["cost"] == pytest.approx(16 * 50.0 + 40.0 + 300.0)
    assert by_uid[1]["work_minutes"] == 2400 + 960
    assert by_uid[1]["cost"] == pytest.approx(2000.0 + 1140.0)
    ana, cement = data["resources"]
    assert ana == {
        "uid": 1,
        "name": "Ana",
        "type": "work",
        "max_units": 1.0,
        "work_minutes": 3360,
        "cost": 2800.0,
        "overallocated": True,
        "baseline_work_minutes": None,  # no baseline saved (s29mo)
        "baseline_cost": None,
    }
    assert cement["work_minutes"] == 0
    assert cement["cost"] == pytest.approx(40.0)
    assert cement["overallocated"] is False
    json.dumps(data)


def test_cli_schedule_json_and_info_show_money(tmp_path, capsys):
    plan = _plan()
    plan.set_baseline(Baseline(0, MON, (BaselineEntry(1, None, None, cost=3000.0),)))
    path = tmp_path / "money.gantry"
    write_plan(plan, path)
    assert main(["schedule", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["resources"][0]["overallocated"] is True
    assert data["cost"] == pytest.approx(3140.0)
    assert main(["info", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Cost:" in out
    assert "€3,140.00" in out
    assert "€3,000.00" in out
    over = next(line for line in out.splitlines() if line.startswith("Over-allocated:"))
    assert over.split(":", 1)[1].strip() == "1: Ana"
