"""MS Project's budget resources (Resource IsBudget, Assignment BudgetCost/BudgetWork on
the project summary, TaskUID 0) are kept, written back, refused on tasks, and compared
with the Baseline Cost and Cost by ``gantry report --budget``."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.errors import PlanError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.formats import read_plan, write_plan


@pytest.fixture
def source(shared_data: Path) -> Path:
    """MS Project 2010's file with a Budget Work (97h) and a Budget Cost ($96) resource."""
    return shared_data / "mspdi" / "mspdiassignmentfields.xml"


def _budgets(plan: Plan) -> dict[str, tuple[ResourceType, float, int]]:
    return {
        r.name: (r.type, r.budget_cost, r.budget_work_minutes)
        for r in plan.resources
        if r.is_budget
    }


def test_s29bg_budget_resources_are_read_with_their_targets_and_no_note(source):
    heard: list[str] = []
    plan = read_plan(source, note=heard.append)
    assert _budgets(plan) == {
        "Budget Work Resource": (ResourceType.WORK, 0.0, 97 * 60),
        "Budget Cost Resource": (ResourceType.COST, 96.0, 0),
    }
    assert not any("budget" in line for line in heard)
    budget = {r.uid for r in plan.resources if r.is_budget}
    assert budget.isdisjoint(a.resource_uid for a in plan.assignments)


def test_s29bg_xml_round_trip_keeps_them_on_the_project_summary(source, tmp_path):
    out = tmp_path / "out.xml"
    write_plan(read_plan(source), out)
    text = out.read_text(encoding="utf-8")
    assert text.count("<IsBudget>1</IsBudget>") == 2
    rows = re.findall(r"<Assignment><UID>\d+</UID><TaskUID>0</TaskUID>.*?</Assignment>", text)
    assert len(rows) == 2
    assert any("<BudgetWork>PT97H0M0S</BudgetWork>" in row for row in rows)
    assert any("<BudgetCost>9600</BudgetCost>" in row for row in rows)
    uids = re.findall(r"<Assignment><UID>(\d+)</UID>", text)
    assert len(uids) == len(set(uids))  # no UID taken twice
    assert _budgets(read_plan(out)) == _budgets(read_plan(source))


def _plan() -> Plan:
    start = datetime(2027, 3, 1, 8)
    plan = Plan(project=Project(name="P", start=start))
    plan.append_task(Task(1, "Build", 1, duration_minutes=480))
    plan.add_resource(Resource(1, "Ann"))
    plan.add_resource(
        Resource(2, "Capex", type=ResourceType.COST, is_budget=True, budget_cost=5000.0)
    )
    return plan


def test_s29bg_a_budget_resource_takes_no_work_on_a_task():
    plan = _plan()
    with pytest.raises(PlanError, match="'Capex' is a budget resource") as told:
        plan.add_assignment(Assignment(1, 1, 2))
    assert "\n" not in str(told.value)
    with pytest.raises(PlanError, match="budget resource"):
        plan.add_assignments([Assignment(2, 1, 2)])
    assert plan.assignments == []


def test_s29bg_a_resource_at_work_is_not_marked_budget():
    plan = _plan()
    plan.add_assignment(Assignment(1, 1, 1))
    ann = plan.resource(1)
    from dataclasses import replace

    with pytest.raises(PlanError, match="'Ann' works on 1 task: remove"):
        plan.update_resource(replace(ann, is_budget=True))
    assert not plan.resource(1).is_budget


def test_s29bg_report_budget_compares_budget_baseline_and_cost(source, capsys):
    assert main(["report", str(source), "--budget"]) == 0
    text = capsys.readouterr().out
    assert "Budget Cost Resource: Budget Cost £96.00" in text
    assert "Budget Work Resource: Budget Work 97h" in text
    assert re.search(r"Project: Budget Cost £96\.00, Baseline Cost .*, Cost £[\d,.]+ \(", text)
    assert main(["report", str(source), "--budget", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["budget_cost"] == 96.0
    assert data["budget_work_minutes"] == 97 * 60
    assert [r["type"] for r in data["budget_resources"]] == ["work", "cost"]
    # the budget adds nothing to the project's cost
    assert main(["report", str(source), "--json"]) == 0


def test_s29bg_typing_a_budget_resource_in_people_is_refused_in_one_line():
    from app.domain.assigning import parse_assignments
    from app.domain.errors import InputError

    plan = _plan()
    with pytest.raises(InputError, match="'Capex' is a budget resource") as told:
        parse_assignments(plan, "Ann, Capex", 1)
    assert "\n" not in str(told.value)
    assert parse_assignments(plan, "Ann", 1) == [(1, 1.0)]
