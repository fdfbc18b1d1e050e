"""The client workbook's Budget sheet carries the Budget view's earned value (task s17exp).

The exported Budget sheet had each task's costs but none of the earned value the Budget
view shows on its cards: PV, EV, AC, CPI, SPI, EAC and VAC, read at the status date
(today, to the minute, when the plan sets none).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

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
LABELS = (
    "Planned value (PV)",
    "Earned value (EV)",
    "AC (to status date)",  # s30tb: says which actual cost it is, beside the column's
    "Cost performance index (CPI)",
    "Schedule performance index (SPI)",
    "Estimate at completion (EAC)",
    "Variance at completion (VAC)",
    "Estimate to complete (ETC)",  # s31fx: added
    "To-complete performance index (TCPI)",
)


def _plan(status: datetime | None = STATUS, baseline: bool = True) -> Plan:
    """Design (Mon-Fri, 4,000) then Build (the next Mon-Fri, 4,000), one person at 100/h;
    baselined, then Design done and Build 40 % done."""
    plan = Plan(project=Project(name="Shop", start=MON, status_date=status))
    plan.append_task(Task(1, "Design", 1, duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Build", 1, duration_minutes=5 * DAY))
    plan.add_link(Link(1, 2))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 5 * DAY))
    if baseline:
        sched = schedule(plan)
        plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, MON))
    plan.update_task(replace(plan.task(1), percent_complete=100.0, actual_start=MON))
    plan.update_task(replace(plan.task(2), percent_complete=40.0))
    return plan


def _block(path: Path) -> tuple[str, dict[str, object]]:
    """The Budget sheet's earned value heading and its figures by label."""
    ws = openpyxl.load_workbook(path)["Budget"]
    rows = [tuple(c.value for c in row[:3]) for row in ws.iter_rows()]
    at = next(i for i, r in enumerate(rows) if str(r[1] or "").startswith("Earned value at"))
    figures = {r[1]: r[2] for r in rows[at + 1 :] if r[1]}
    if "Actual cost (AC, all recorded)" in figures:  # no baseline: AC is all that was spent
        figures = {
            ("AC (to status date)" if k.startswith("Actual cost (AC") else k): v
            for k, v in figures.items()
        }
    assert tuple(figures) == LABELS
    return str(rows[at][1]), figures


def test_s17exp_the_budget_sheet_holds_the_earned_value_at_the_status_date(tmp_path):
    path = tmp_path / "shop.xlsx"
    write_workbook(_plan(), path, now=datetime(2027, 6, 1, 9, 30))
    heading, figures = _block(path)
    assert heading == "Earned value at 2027-03-10 (status date)"
    # planned by Wednesday evening: Design's 4,000 and three of Build's days (2,400);
    # earned and spent: Design's 4,000 and 40 % of Build's
    assert figures["Planned value (PV)"] == pytest.approx(6400.0)
    assert figures["Earned value (EV)"] == pytest.approx(5600.0)
    assert figures["AC (to status date)"] == pytest.approx(5600.0)
    assert figures["Cost performance index (CPI)"] == pytest.approx(1.0)
    assert figures["Schedule performance index (SPI)"] == pytest.approx(0.875)  # shown 0.88
    assert figures["Estimate at completion (EAC)"] == pytest.approx(8000.0)
    assert figures["Variance at completion (VAC)"] == pytest.approx(0.0)
    ws = openpyxl.load_workbook(path)["Budget"]
    cells: dict[object, object] = {}
    for c in ws["C"]:  # the first cell of each value (TCPI's 1.0 comes after CPI's)
        cells.setdefault(c.value, c)
    assert cells[5600.0].number_format == ws["D2"].number_format  # money, as the costs
    assert ws.cell(cells[1.0].row, 2).value == "Cost performance index (CPI)"
    assert cells[1.0].number_format == "0.00"


def test_s17exp_without_a_status_date_earned_value_is_read_when_exported(tmp_path):
    # the Budget view reads it now; the workbook at the moment it was written
    path = tmp_path / "shop.xlsx"
    write_workbook(_plan(status=None), path, now=datetime(2027, 3, 3, 17, 0, 42))
    heading, figures = _block(path)
    assert heading == "Earned value at 2027-03-03 (exported)"
    assert figures["Planned value (PV)"] == pytest.approx(2400.0)  # three of Design's days
    # what was done by then: three of Design's days, none of Build's (s20ev: not 5,600)
    assert figures["Earned value (EV)"] == pytest.approx(2400.0)
    assert figures["AC (to status date)"] == pytest.approx(2400.0)
    assert figures["Schedule performance index (SPI)"] == pytest.approx(1.0)


def test_s17exp_without_a_baseline_the_ratios_read_n_a(tmp_path):
    path = tmp_path / "shop.xlsx"
    write_workbook(_plan(baseline=False), path, now=datetime(2027, 6, 1, 9, 30))
    _heading, figures = _block(path)
    assert figures["AC (to status date)"] == pytest.approx(5600.0)  # spent, baseline or not
    assert {k for k, v in figures.items() if v == "n/a"} == set(LABELS) - {"AC (to status date)"}
