"""A client sheet's Cost column on summary rows is their rows' total, not a cost of its own.

The task sheet copied into a workbook (Edit > Copy Tasks) lists 'Create P2P Network'
at €110,000, the sum of its three tasks: imported, the summary got a fixed cost of
€110,000 on top of them and the plan cost twice as much.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from app.domain.costs import compute_costs
from app.domain.scheduler import schedule
from app.io.excel_import import read_workbook


def _import(tmp_path: Path, rows: list[list[object]]):
    wb = openpyxl.Workbook()
    wb.active.title = "Plan"
    for row in [["WBS", "Task", "Duration", "Cost"], *rows]:
        wb.active.append(row)
    path = tmp_path / "client.xlsx"
    wb.save(path)
    plan = read_workbook(path)
    return plan, compute_costs(plan, schedule(plan))


def test_a_summary_cost_that_totals_its_rows_adds_nothing(tmp_path: Path) -> None:
    plan, costs = _import(
        tmp_path,
        [
            ["1", "Phase 1", "5d", "€1,500.00"],
            ["1.1", "Design", "2d", "€1,000.00"],
            ["1.1.1", "Sketch", "1d", "€400.00"],
            ["1.1.2", "Review", "1d", "€600.00"],
            ["1.2", "Build", "3d", "€500.00"],
            ["2", "Go-live", "0d", "€0.00"],
        ],
    )
    assert [t.fixed_cost for t in plan.tasks] == [0.0, 0.0, 400.0, 600.0, 500.0, 0.0]
    assert costs.total_cost == 1500.0


def test_a_summary_costing_more_than_its_rows_keeps_the_difference(tmp_path: Path) -> None:
    plan, costs = _import(
        tmp_path,
        [
            ["1", "Phase 1", "5d", 2000],  # €500 of its own: a permit, say
            ["1.1", "Design", "2d", 1000],
            ["1.2", "Build", "3d", 500],
            ["2", "Phase 2", "1d", 300],  # nothing below it: all its own
            ["2.1", "Wrap-up", "1d", None],
        ],
    )
    assert [t.fixed_cost for t in plan.tasks] == [500.0, 1000.0, 500.0, 300.0, 0.0]
    assert costs.total_cost == 2300.0


def test_a_fixed_cost_column_is_each_rows_own(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Plan"
    rows = [["WBS", "Task", "Duration", "Fixed cost"], ["1", "Phase 1", "", 1000]]
    rows += [["1.1", "Design", "2d", 400], ["1.2", "Build", "3d", 600]]
    for row in rows:
        wb.active.append(row)
    path = tmp_path / "fixed.xlsx"
    wb.save(path)
    plan = read_workbook(path)
    assert [t.fixed_cost for t in plan.tasks] == [1000.0, 400.0, 600.0]
