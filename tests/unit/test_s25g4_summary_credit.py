"""A client sheet's summary Cost cell below its rows' total holds a credit of its own.

Since a negative Fixed Cost is a credit (44593c2), a summary whose cell totals its rows less
a €200 rebate kept the whole cell as its fixed cost: the plan counted its rows twice.
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


def test_s25g4_a_summary_below_its_rows_holds_a_credit(tmp_path: Path) -> None:
    plan, costs = _import(
        tmp_path,
        [
            ["1", "Phase 1", "5d", 1300],  # its rows less a €200 rebate
            ["1.1", "Design", "2d", 1000],
            ["1.2", "Build", "3d", 500],
        ],
    )
    assert [t.fixed_cost for t in plan.tasks] == [-200.0, 1000.0, 500.0]
    assert costs.total_cost == 1300.0


def test_s25g4_a_nested_summary_credit_counts_once(tmp_path: Path) -> None:
    plan, costs = _import(
        tmp_path,
        [
            ["1", "Phase 1", "5d", 850],
            ["1.1", "Design", "2d", 350],  # €50 credit under its rows
            ["1.1.1", "Sketch", "1d", 400],
            ["1.2", "Build", "3d", 500],
        ],
    )
    assert [t.fixed_cost for t in plan.tasks] == [0.0, -50.0, 400.0, 500.0]
    assert costs.total_cost == 850.0


def test_s25g4_a_blank_summary_takes_no_credit(tmp_path: Path) -> None:
    plan, costs = _import(
        tmp_path,
        [
            ["1", "Phase 1", "5d", None],
            ["1.1", "Design", "2d", 1000],
            ["1.2", "Build", "3d", 500],
        ],
    )
    assert [t.fixed_cost for t in plan.tasks] == [0.0, 1000.0, 500.0]
    assert costs.total_cost == 1500.0
