"""The workbook's Budget sheet carries the Budget view's earned value task by task (PV, EV,
CPI, SPI, EAC, VAC), the project's total row, the risk reserve and the budget plus that
reserve, as figures with number formats: the very numbers the view shows, worked out by
the same domain code (compared here with the view's model cell by cell) (task s20bk)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
import python_calamine as pc

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk, RiskStatus
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.ui.budget.budget_model import BudgetColumn, BudgetModel
from app.ui.document import Document

MON = datetime(2027, 3, 1, 8, 0)
STATUS = datetime(2027, 3, 10, 17, 0)
NOW = datetime(2027, 6, 1, 9, 30)
DAY = 480
EARNED = {
    "PV": BudgetColumn.PV,
    "EV": BudgetColumn.EV,
    "CPI": BudgetColumn.CPI,
    "SPI": BudgetColumn.SPI,
    "EAC": BudgetColumn.EAC,
    "VAC": BudgetColumn.VAC,
}


def _plan(status: datetime | None = STATUS, baseline: bool = True) -> Plan:
    """A phase of Design then Build (4,000 each at 100/h), baselined; Design done over
    budget (a fixed cost added since), Build 40 % done; Test added since, not baselined;
    an open risk with a reserve of 3,000 and a closed one of 1,000."""
    plan = Plan(project=Project(name="Shop", start=MON, status_date=status, currency_symbol="€"))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Build", 2, duration_minutes=5 * DAY))
    plan.add_link(Link(2, 3))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 3, 1, 1.0, 5 * DAY))
    if baseline:
        sched = schedule(plan)
        plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, MON))
    plan.append_task(Task(4, "Test", 1, duration_minutes=2 * DAY, fixed_cost=700.0))
    plan.update_task(
        replace(plan.task(2), percent_complete=100.0, actual_start=MON, fixed_cost=450.0)
    )
    plan.update_task(replace(plan.task(3), percent_complete=40.0))
    plan.add_risk(Risk(1, "Supplier late", 0.4, 10000.0, contingency=3000.0))
    plan.add_risk(Risk(2, "Old", 0.1, 500.0, contingency=1000.0, status=RiskStatus.CLOSED))
    return plan


def _sheet(path: Path):
    ws = openpyxl.load_workbook(path)["Budget"]
    header = [c.value for c in ws[1]]
    rows = {r[1].value: dict(zip(header, r, strict=False)) for r in ws.iter_rows(min_row=2)}
    return ws, header, rows


def _model(qtbot, plan: Plan) -> BudgetModel:
    return BudgetModel(Document(plan), clock=lambda: NOW)


def _round(value: float | None, title: str = "") -> object:
    """Money to the cent; CPI and SPI as they are, shown 0.00 (s25co)."""
    if value is None:
        return None
    return pytest.approx(value) if title in ("CPI", "SPI") else round(value, 2)


def _check_against_the_view(qtbot, plan: Plan, path: Path) -> None:
    """Every earned-value cell of every task and the total: the view's figure."""
    model = _model(qtbot, plan)
    _ws, _header, rows = _sheet(path)
    uids = {t.name: t.uid for t in plan.tasks}
    for name, uid in uids.items():
        for title, column in EARNED.items():
            assert rows[name][title].value == _round(model.number(uid, column), title), (
                name,
                title,
            )
    for title, column in EARNED.items():
        assert rows["Total"][title].value == _round(model.total_number(column), title), title


def test_s20bk_each_task_shows_the_views_earned_value(qtbot, tmp_path):
    plan = _plan()
    path = tmp_path / "shop.xlsx"
    write_plan(plan, path, now=NOW)
    _check_against_the_view(qtbot, plan, path)
    ws, header, rows = _sheet(path)
    # s31fx: AC to the status date, ETC and TCPI after them
    assert header[-9:] == [
        "PV",
        "EV",
        "CPI",
        "SPI",
        "EAC",
        "VAC",
        "AC (to status date)",
        "ETC",
        "TCPI",
    ]
    build = rows["Build"]
    # planned by Wednesday evening: three of Build's five days; earned: 40 % of 4,000
    assert (build["PV"].value, build["EV"].value) == (2400.0, 1600.0)
    assert build["SPI"].value == pytest.approx(2 / 3)  # kept whole, shown 0.67
    assert rows["Design"]["CPI"].value == pytest.approx(4000 / 4450, abs=0.005)
    assert rows["Test"]["PV"].value is None  # no baseline for it: blank, as in the view
    assert rows["Test"]["EAC"].value is None
    money = rows["Build"]["Cost"].number_format
    assert money == '"€"#,##0.00'
    assert {rows["Build"][t].number_format for t in ("PV", "EV", "EAC", "VAC")} == {money}
    assert {rows["Build"][t].number_format for t in ("CPI", "SPI")} == {"0.00"}
    assert rows["Total"]["CPI"].number_format == "0.00"
    # the print header states the status date on every page
    assert ws.oddHeader.center.text == "Earned value at 2027-03-10"


def test_s20bk_the_reserve_and_the_budget_plus_reserve_follow_the_total(qtbot, tmp_path):
    plan = _plan()
    path = tmp_path / "shop.xlsx"
    write_plan(plan, path, now=NOW)
    ws, header, rows = _sheet(path)
    labels = [r[1].value for r in ws.iter_rows(min_row=2)]
    total = labels.index("Total")
    said = "Risk reserve: contingency of the 1 risk not closed"  # the closed one is not held
    assert labels[total + 1 : total + 3] == [said, "Budget plus reserve"]
    reserve, plus = rows[said]["Baseline"], rows["Budget plus reserve"]["Baseline"]
    assert reserve.value == 3000.0
    assert reserve.number_format == '"€"#,##0.00'  # in cents, as the amounts above it (s31ev)
    budget = compute_costs(plan, schedule(plan)).budget
    assert plus.value == pytest.approx(budget + 3000.0)
    assert plus.number_format == '"€"#,##0.00'
    assert labels[total + 4] == "Earned value at 2027-03-10 (status date)"
    # python-calamine reads the same figures
    sheet = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Budget").to_python()
    found = {r[1]: r for r in sheet[1:]}
    assert found["Build"][header.index("EV")] == 1600.0
    assert found[said][header.index("Baseline")] == 3000.0
    assert found["Total"][header.index("PV")] == rows["Total"]["PV"].value


def test_s20bk_without_a_baseline_the_sheet_says_so_as_the_view(qtbot, tmp_path):
    plan = _plan(baseline=False)
    path = tmp_path / "shop.xlsx"
    write_plan(plan, path, now=NOW)
    _check_against_the_view(qtbot, plan, path)  # all blank, as the view's columns
    ws, _header, rows = _sheet(path)
    assert all(rows["Build"][t].value is None for t in EARNED)
    assert rows["Total"]["Baseline"].value == "no baseline"  # the Budget card's words
    labels = [r[1].value for r in ws.iter_rows(min_row=2)]
    assert "Budget plus reserve" not in labels  # the view's tooltip leaves it out too
    assert rows["Risk reserve: contingency of the 1 risk not closed"]["Baseline"].value == 3000.0


def test_s20bk_without_a_status_date_past_the_finish_the_heading_says_so(qtbot, tmp_path):
    plan = _plan(status=None)
    path = tmp_path / "shop.xlsx"
    write_plan(plan, path, now=NOW)
    _check_against_the_view(qtbot, plan, path)  # read at the export's minute, as the view now
    _ws, _header, rows = _sheet(path)
    finish = schedule(plan).finish
    heading = f"Earned value at 2027-06-01 (exported, after the plan's finish on {finish:%Y-%m-%d})"
    assert heading in rows


def test_s20bk_a_shared_ms_project_file_with_costs(qtbot, tmp_path, shared_data):
    plan = read_plan(shared_data / "mspdi" / "mspdiassignmentfields.xml")
    assert 0 in plan.baselines
    path = tmp_path / "ms.xlsx"
    write_plan(plan, path, now=NOW)
    _check_against_the_view(qtbot, plan, path)
    back = read_plan(path)  # exported and read back unchanged: the same plan
    assert back.tasks == plan.tasks
    assert back.resources == plan.resources


def test_s20bk_the_demo_round_trips_and_matches_the_view(qtbot, tmp_path):
    demo = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"
    plan = read_plan(demo)
    plan.set_project(replace(plan.project, status_date=datetime(2027, 2, 15, 17, 0)))
    path = tmp_path / "demo.xlsx"
    write_plan(plan, path, now=NOW)
    _check_against_the_view(qtbot, plan, path)
    back = read_plan(path)
    assert back.tasks == plan.tasks
    assert back.resources == plan.resources
    assert back.risks == plan.risks
