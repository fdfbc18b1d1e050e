"""The client workbook's Budget sheet, as a PMO auditor sums it (task s25co).

Its rows had no Excel outline levels, so a client could not collapse it to the top tasks:
summing the Cost column counted each summary and its subtasks twice. Its CPI and SPI were
stored rounded (0.88 for 0.875): a formula over them read another index than the view's.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import openpyxl
import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.excel_export import write_workbook

MON = datetime(2027, 3, 1, 8, 0)
STATUS = datetime(2027, 3, 10, 17, 0)  # Wednesday evening of the second week
DAY = 480


def _plan() -> Plan:
    """Phase > (Design, Work > Build): Design then Build, a week each, Ana at 100/h;
    baselined, then Design done and Build 40 % done."""
    plan = Plan(project=Project(name="Shop", start=MON, status_date=STATUS))
    plan.append_task(Task(10, "Phase", 1))
    plan.append_task(Task(1, "Design", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(11, "Work", 2))
    plan.append_task(Task(2, "Build", 3, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Handover", 1, duration_minutes=DAY, fixed_cost=500.0))
    plan.add_link(Link(1, 2))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 5 * DAY))
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, MON))
    plan.update_task(replace(plan.task(1), percent_complete=100.0, actual_start=MON))
    plan.update_task(replace(plan.task(2), percent_complete=40.0))
    return plan


def _sheet(tmp_path):
    path = tmp_path / "shop.xlsx"
    write_workbook(_plan(), path, now=datetime(2027, 6, 1, 9, 30))
    return openpyxl.load_workbook(path)["Budget"]


def test_s25co_budget_rows_carry_the_plans_outline_levels(tmp_path):
    ws = _sheet(tmp_path)
    names = {ws.cell(r, 2).value: r for r in range(2, 7)}
    levels = {name: ws.row_dimensions[row].outlineLevel for name, row in names.items()}
    assert levels == {"Phase": 0, "Design": 1, "Work": 1, "Build": 2, "Handover": 0}
    # the summary sits above its rows: Excel's collapse button on the summary's row
    assert ws.sheet_properties.outlinePr.summaryBelow is False
    # the top level's costs add up to the project's total, nothing counted twice
    cost = 1 + [c.value for c in ws[1]].index("Cost")
    top = sum(ws.cell(r, cost).value for n, r in names.items() if levels[n] == 0)
    total = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 2).value == "Total")
    assert top == pytest.approx(ws.cell(total, cost).value) == pytest.approx(8500.0)


def test_s25co_cpi_and_spi_keep_full_precision_shown_two_decimals(tmp_path):
    ws = _sheet(tmp_path)
    titles = [c.value for c in ws[1]]
    spi = 1 + titles.index("SPI")
    rows = {ws.cell(r, 2).value: r for r in range(2, ws.max_row + 1)}
    # the project's SPI at the status date: 5,600 earned of 6,900 planned (Design's 4,000,
    # three days of Build's 4,000, Handover's 500): 0.8116, not 0.81
    assert ws.cell(rows["Total"], spi).value == pytest.approx(5600 / 6900, abs=1e-12)
    assert ws.cell(rows["Total"], spi).number_format == "0.00"
    assert ws.cell(rows["Build"], spi).number_format == "0.00"
    block = ws.cell(rows["Schedule performance index (SPI)"], 3)
    assert block.value == pytest.approx(5600 / 6900, abs=1e-12)
    build = ws.cell(rows["Build"], spi).value  # 1,600 earned of 2,400 planned
    assert build == pytest.approx(2 / 3, abs=1e-12)
    assert block.number_format == "0.00"
