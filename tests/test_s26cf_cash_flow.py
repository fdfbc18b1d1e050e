"""The Cash Flow report (MS Project's Reports > Costs > Cash Flow): each task's money per
week, month or quarter, a Total and a Cumulative row, priced by the one cost model, by the
domain and by ``gantry report FILE OUT --cash-flow``."""

from __future__ import annotations

import csv
import json
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.baselines import snapshot
from app.domain.cash_flow import CashPeriod, cash_flow
from app.domain.costs import compute_costs
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task
from app.formats import read_plan, write_plan
from app.report.budget_printout import BUDGET_HEADERS, budget_rows
from app.report.locale_numbers import C_MARKS

MON = datetime(2026, 1, 5, 8, 0)  # a Monday
DAY = 480
DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


def _plan(
    accrual: CostAccrual = CostAccrual.PRORATED, fixed: float = 1000.0, gap_days: int = 5
) -> Plan:
    """Build: 10 days over two weeks, Ana at $10/h (40 h a week: $400), a fixed cost;
    then Launch, 5 days after a week's gap, $100 a day of fixed cost... Bea at $20/h."""
    plan = Plan(project=Project(start=MON, currency="USD", currency_symbol="$"))
    plan.append_task(
        Task(1, "Build", duration_minutes=10 * DAY, fixed_cost=fixed, fixed_cost_accrual=accrual)
    )
    plan.append_task(Task(2, "Launch", duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=10.0))
    plan.add_resource(Resource(2, "Bea", standard_rate=20.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * DAY))
    plan.add_assignment(Assignment(2, 2, 2, 1.0, 5 * DAY))
    plan.add_link(Link(1, 2, lag_minutes=gap_days * DAY))  # a week with nothing to pay
    return plan


def _flow(plan: Plan, period: CashPeriod = CashPeriod.WEEK, level: int = 1):
    sched = schedule(plan)
    costs = compute_costs(plan, sched)
    return cash_flow(plan, sched, costs, period, level), costs


@pytest.mark.parametrize(
    ("accrual", "build"),
    [
        (CostAccrual.START, [1400.0, 400.0]),
        (CostAccrual.END, [400.0, 1400.0]),
        (CostAccrual.PRORATED, [900.0, 900.0]),
    ],
)
def test_s26cf_weekly_figures_are_the_hand_worked_ones_by_fixed_cost_accrual(accrual, build):
    flow, costs = _flow(_plan(accrual))
    assert flow.labels[:4] == ("5 Jan 2026", "12 Jan 2026", "19 Jan 2026", "26 Jan 2026")
    rows = {row.name: row for row in flow.rows}
    assert list(rows["Build"].figures) == pytest.approx([*build, 0.0, 0.0])
    # the gap week costs nothing, and the running total stands still over it
    assert list(rows["Launch"].figures) == pytest.approx([0.0, 0.0, 0.0, 800.0])
    assert list(flow.totals) == pytest.approx([*build, 0.0, 800.0])
    first = build[0]
    assert list(flow.cumulative) == pytest.approx([first, 1800.0, 1800.0, 2600.0])
    assert flow.total == pytest.approx(2600.0) == pytest.approx(costs.total_cost)
    assert rows["Build"].total == pytest.approx(costs.task_cost[1])


def test_s26cf_a_credit_is_money_coming_back_in_its_period():
    flow, costs = _flow(_plan(CostAccrual.END, fixed=-300.0))
    assert list(flow.totals) == pytest.approx([400.0, 100.0, 0.0, 800.0])
    assert flow.total == pytest.approx(1300.0) == pytest.approx(costs.total_cost)


def test_s26cf_a_cost_item_falls_by_its_accrue_at():
    plan = _plan(CostAccrual.START)
    plan.add_resource(Resource(3, "Travel", type=ResourceType.COST, accrue_at=CostAccrual.END))
    plan.add_assignment(Assignment(3, 1, 3, 1.0, 0, cost=250.0))  # on Build, paid at its end
    flow, costs = _flow(plan)
    assert list(flow.totals) == pytest.approx([1400.0, 650.0, 0.0, 800.0])
    assert flow.total == pytest.approx(2850.0) == pytest.approx(costs.total_cost)


def test_s26cf_quarters_gather_months_and_the_total_is_the_plans():
    flow, costs = _flow(_plan())
    months, _ = _flow(_plan(), CashPeriod.MONTH)
    assert months.labels == ("Jan 2026",)
    assert flow.total == pytest.approx(months.total)
    quarters, _ = _flow(_plan(), CashPeriod.QUARTER)
    assert quarters.labels == ("Q1 2026",)
    assert quarters.ends[-1].isoformat() == "2026-03-31"
    assert list(quarters.totals) == pytest.approx([costs.total_cost])


def test_s26cf_demo_totals_equal_the_budgets_project_total_at_every_level():
    plan = read_plan(DEMO)
    sched = schedule(plan)
    costs = compute_costs(plan, sched)
    rows = budget_rows(plan, sched, costs, datetime(2027, 3, 1), C_MARKS)
    project = next(r for r in rows if r[0] == "Project total")
    for level in (1, 2, 3):
        flow = cash_flow(plan, sched, costs, CashPeriod.MONTH, level)
        assert flow.total == pytest.approx(costs.total_cost)
        assert flow.cumulative[-1] == pytest.approx(costs.total_cost)
        assert f"€{flow.total:,.2f}" == project[BUDGET_HEADERS.index("Forecast")]
        # the baseline beside: the Budget's Budget column
        assert flow.baseline_total is not None
        assert f"€{flow.baseline_total:,.2f}" == project[BUDGET_HEADERS.index("Budget")]
    months = cash_flow(plan, sched, costs, CashPeriod.MONTH)
    quarters = cash_flow(plan, sched, costs, CashPeriod.QUARTER)
    assert quarters.labels == ("Q1 2027", "Q2 2027")
    assert list(quarters.totals) == pytest.approx([sum(months.totals[:3]), sum(months.totals[3:])])
    tops = [r for r in flow.rows if r.depth == 0]
    assert len(flow.rows) > len(tops)  # level 3 lists subtasks under their summaries...
    assert sum(r.total for r in tops) == pytest.approx(flow.total)  # ...counted once


def test_s26cf_the_baselines_cumulative_stands_beside_the_plans():
    planned = _plan(CostAccrual.START)
    sched = schedule(planned)
    late = _plan(CostAccrual.START, gap_days=10)  # Launch a week later than planned
    late.set_baseline(snapshot(planned, sched, compute_costs(planned, sched), 0, MON))
    flow, _ = _flow(late)
    assert list(flow.cumulative) == pytest.approx([1400.0, 1800.0, 1800.0, 1800.0, 2600.0])
    assert flow.baseline_cumulative is not None
    assert list(flow.baseline_cumulative) == pytest.approx([1400.0, 1800.0, 1800.0, 2600.0, 2600.0])
    assert flow.baseline_total == pytest.approx(2600.0)
    without, _ = _flow(_plan())
    assert without.baseline_cumulative is None
    assert without.baseline_total is None


def _written(tmp_path: Path, plan: Plan) -> Path:
    path = tmp_path / "cash.gantry"
    write_plan(plan, path)
    return path


def test_s26cf_cli_json_and_csv_give_the_same_figures(tmp_path, capsys):
    path = _written(tmp_path, _plan(CostAccrual.START))
    out_csv = tmp_path / "cash.csv"
    assert main(["report", str(path), str(out_csv), "--cash-flow", "--by", "week", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["by"] == "week"
    assert data["totals"] == [1400.0, 400.0, 0.0, 800.0]
    assert data["cumulative"] == [1400.0, 1800.0, 1800.0, 2600.0]
    assert data["total"] == 2600.0
    assert [t["name"] for t in data["tasks"]] == ["Build", "Launch"]
    assert data["periods"][2] == {
        "start": "2026-01-19",
        "finish": "2026-01-25",
        "label": "19 Jan 2026",
    }
    with out_csv.open(encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle))
    assert table[0] == [
        "UID",
        "Outline level",
        "Task",
        "2026-01-05",
        "2026-01-12",
        "2026-01-19",
        "2026-01-26",
        "Total",
    ]
    assert table[-2] == ["", "", "Total", "1400.00", "400.00", "0.00", "800.00", "2600.00"]
    assert table[-1][:4] == ["", "", "Cumulative", "1400.00"]


def test_s26cf_cli_pdf_is_landscape_with_the_plan_name_and_page_numbers(tmp_path):
    out = tmp_path / "cash.pdf"
    assert main(["report", str(DEMO), str(out), "--cash-flow", "--by", "week", "--level", "2"]) == 0
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "842 x 595" in info  # A4 landscape
    pages = int(next(x for x in info.splitlines() if x.startswith("Pages:")).split()[1])
    assert pages > 1  # 22 weeks do not fit one page across
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    for k, page in enumerate(text[:pages], start=1):
        assert "CRM roll-out for Northwind Logistics" in page
        assert f"Page {k} of {pages}" in page
    assert "Cumulative" in text[pages - 1]
    assert "€207,210.00" in text[pages - 1]  # the total, on the last page across


def test_s26cf_a_plan_with_no_costs_says_so(tmp_path, capsys):
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Free", duration_minutes=DAY))
    path = _written(tmp_path, plan)
    out = tmp_path / "cash.pdf"
    assert main(["report", str(path), str(out), "--cash-flow"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "the plan has no costs" in err[0]
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--by", "fortnight"], "--by: 'fortnight' is not one of week, month, quarter"),
        (["--level", "0"], "--level: 0 is not an outline level"),
    ],
)
def test_s26cf_a_bad_option_is_bad_usage_in_one_line(tmp_path, capsys, args, said):
    path = _written(tmp_path, _plan())
    out = tmp_path / "cash.pdf"
    assert main(["report", str(path), str(out), "--cash-flow", *args]) == 2  # as usage --by
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert said in err[0]
    assert not out.exists()
