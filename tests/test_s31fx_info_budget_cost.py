"""``gantry info`` said "Budget: no baseline" of a plan whose budget resource holds a Budget
Cost of $20,000 (tester s31xf, M5): in MS Project "budget" is the budget resources' Budget
Cost, and the baseline's is "Baseline Cost". The baseline's line is now "Baseline cost"
("none saved" without one) and the budget resources' Budget Cost has its own line and keys."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.formats import write_plan
from tests.test_s24s2_info_deadlines import DEMO


def _text(capsys, path: Path) -> dict[str, str]:
    capsys.readouterr()
    assert main(["info", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in lines)}


def _json(capsys, path: Path) -> dict:
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _budgeted(tmp_path: Path) -> Path:
    """A plan in dollars with a budget resource holding $20,000 and no baseline."""
    project = Project(
        name="Capex", start=datetime(2027, 1, 4, 8), currency="USD", currency_symbol="$"
    )
    plan = Plan(project=project)
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(
        Resource(2, "Capex budget", type=ResourceType.COST, is_budget=True, budget_cost=20000.0)
    )
    plan.append_task(Task(1, "Design", 1, duration_minutes=5 * 480))
    plan.add_assignment(Assignment(1, 1, 1, work_minutes=5 * 480))
    path = tmp_path / "capex.gantry"
    write_plan(plan, path)
    return path


def test_s31fx_budget_resources_cost_is_not_called_no_baseline(tmp_path, capsys):
    path = _budgeted(tmp_path)
    text = _text(capsys, path)
    assert text["Baseline cost"] == "none saved"
    assert text["Budget cost"] == "$20,000.00 (budget resource 'Capex budget')"
    assert "Budget" not in text  # no line says "Budget" of the baseline any more
    data = _json(capsys, path)
    assert data["budget"] is None  # the baseline's cost: kept, under its old key
    assert data["budget_cost"] == 20000.0
    assert data["budget_resources"] == ["Capex budget"]


def test_s31fx_a_baselined_plan_without_budget_resources(tmp_path, capsys):
    path = tmp_path / "demo.gantry"
    shutil.copy(DEMO, path)
    text = _text(capsys, path)
    assert text["Baseline cost"] == "€207,210.00"
    assert "Budget cost" not in text
    data = _json(capsys, path)
    assert (data["budget"], data["budget_cost"], data["budget_resources"]) == (207210.0, None, [])
