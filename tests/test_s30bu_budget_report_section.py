"""``gantry report FILE OUT.pdf --budget`` prints the budget resources' section under the
project's total (Budget Cost against Baseline Cost and Cost, Budget Work against Baseline
Work and Work: the figures ``--budget --json`` gives), as the window's printout does; a
plan with no budget resource prints as before."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from app.cli import main
from app.domain.costs import compute_costs
from app.domain.resource import Resource, ResourceType
from app.domain.scheduler import schedule
from app.formats import write_plan
from app.report.budget_printout import BUDGET_HEADERS, budget_rows
from app.report.budget_section import HEADING
from app.report.locale_numbers import Marks
from app.ui.budget.budget_model import BudgetModel
from app.ui.document import Document
from tests.test_s30bu_usage_baseline import _baselined, _plan


def _budget_plan():
    """Build baselined ($2,700), then a $2,500 Budget Cost and a 150 h Budget Work."""
    plan = _baselined(_plan())
    plan.add_resource(
        Resource(8, "Capex", type=ResourceType.COST, is_budget=True, budget_cost=2500.0)
    )
    plan.add_resource(Resource(9, "Hours", is_budget=True, budget_work_minutes=150 * 60))
    return plan


def _section(rows):
    names = [r[0] for r in rows]
    return [r[:2] for r in rows[names.index(HEADING) :]]


def test_s30bu_the_printed_budget_sets_the_budgets_beside_baseline_and_cost():
    plan = _budget_plan()
    sched = schedule(plan)
    rows = budget_rows(plan, sched, compute_costs(plan, sched), sched.start, Marks())
    assert _section(rows) == [
        [HEADING, ""],
        ["   Capex: Budget Cost", "$2,500.00"],
        ["   Hours: Budget Work", "150h"],
        ["Budget Cost", "$2,500.00"],
        ["Baseline Cost", "$2,700.00"],
        ["Cost", "$2,700.00"],
        ["Cost against Budget Cost (+ over)", "+$200.00"],
        ["Budget Work", "150h"],
        ["Baseline Work", "160h"],
        ["Work", "160h"],
        ["Work against Budget Work (+ over)", "+10h"],
    ]


def test_s30bu_the_windows_printout_has_the_same_section(qtbot):
    plan = _budget_plan()
    sched = schedule(plan)
    printed = budget_rows(plan, sched, compute_costs(plan, sched), sched.start, Marks())
    window = BudgetModel(Document(plan), clock=lambda: sched.start).footer_rows(
        list(BUDGET_HEADERS)
    )
    assert _section(window) == _section(printed)


def test_s30bu_no_budget_resource_no_section():
    plan = _baselined(_plan())
    sched = schedule(plan)
    rows = budget_rows(plan, sched, compute_costs(plan, sched), sched.start, Marks())
    assert HEADING not in [r[0] for r in rows]
    assert rows[-1][0] == "Budget plus reserve"


def test_s30bu_gantry_report_budget_pdf_prints_the_json_figures(tmp_path, capsys):
    path, pdf = tmp_path / "plan.gantry", tmp_path / "budget.pdf"
    write_plan(_budget_plan(), path)
    assert main(["report", str(path), "--budget", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert (figures["budget_cost"], figures["baseline_cost"], figures["cost"]) == (
        2500.0,
        2700.0,
        2700.0,
    )
    assert main(["report", str(path), str(pdf), "--budget"]) == 0
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert HEADING in text
    assert "Cost against Budget Cost (+ over)" in text
    assert "+$200.00" in text
    assert "150h" in text
