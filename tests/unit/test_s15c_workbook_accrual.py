"""The client workbook's Fixed cost accrual column: written with a Start / Prorated / End
drop-down when the plan has fixed costs, read back in the round trip, checked."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.diff import diff_plans
from app.domain.errors import AppError
from app.domain.task import CostAccrual
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.io.workbook_accrual import ACCRUAL_TITLE
from tests.unit.excel_plans import sample_plan

NOW = datetime(2026, 1, 2, 9, 30)


def _exported(tmp_path: Path, plan=None) -> Path:
    plan = plan or sample_plan()  # Build (uid 4) has a fixed cost of 500
    plan.update_task(replace(plan.task(4), fixed_cost_accrual=CostAccrual.END))
    path = tmp_path / "client.xlsx"
    write_plan(plan, path, now=NOW)
    return path


def _set(path: Path, name: str, value) -> str:
    """Type ``value`` into the accrual cell of task ``name``; the cell's reference."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    task_col, col = header.index("Task") + 1, header.index(ACCRUAL_TITLE) + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, task_col).value.strip() == name)
    ws.cell(row, col).value = value
    wb.save(path)
    return f"Plan!{ws.cell(row, col).coordinate}"


def test_the_column_holds_each_tasks_accrual_with_a_drop_down(tmp_path: Path) -> None:
    path = _exported(tmp_path)
    ws = openpyxl.load_workbook(path)["Plan"]
    header = [c.value for c in ws[1]]
    assert header[-4] == ACCRUAL_TITLE  # then Actual Start, Actual Finish, Remaining Duration
    col = header.index(ACCRUAL_TITLE) + 1
    by_name = {
        ws.cell(r, header.index("Task") + 1).value.strip(): ws.cell(r, col).value
        for r in range(2, ws.max_row + 1)
    }
    assert by_name["Build"] == "End"
    assert by_name["Review"] == "Prorated"
    letter = openpyxl.utils.get_column_letter(col)
    lists = [v for v in ws.data_validations.dataValidation if v.type == "list"]
    assert any(v.formula1 == '"Start,Prorated,End"' and f"{letter}2" in str(v.sqref) for v in lists)


def test_a_plan_without_fixed_costs_gets_no_column(tmp_path: Path) -> None:
    plan = sample_plan()
    plan.update_task(replace(plan.task(4), fixed_cost=0.0))
    path = tmp_path / "plain.xlsx"
    write_plan(plan, path, now=NOW)
    header = [c.value for c in openpyxl.load_workbook(path)["Plan"][1]]
    assert ACCRUAL_TITLE not in header


def test_an_accrual_changed_by_the_client_comes_back_as_one_change(tmp_path: Path) -> None:
    path = _exported(tmp_path)
    _set(path, "Review", "start")
    trip = read_roundtrip_workbook(path)
    assert trip.theirs.task(3).fixed_cost_accrual is CostAccrual.START
    assert trip.theirs.task(4).fixed_cost_accrual is CostAccrual.END
    changes = diff_plans(trip.base, trip.theirs)
    assert [(c.uid, c.field) for c in changes] == [(3, "fixed_cost_accrual")]


def test_untouched_the_workbook_changes_nothing(tmp_path: Path) -> None:
    path = _exported(tmp_path)
    trip = read_roundtrip_workbook(path)
    assert diff_plans(trip.base, trip.theirs) == []


@pytest.mark.parametrize("typed", ["Weekly", None])
def test_anything_else_is_refused_naming_the_cell(tmp_path: Path, typed) -> None:
    path = _exported(tmp_path)
    where = _set(path, "Build", typed)
    with pytest.raises(AppError, match=f"^{where}: Fixed cost accrual"):
        read_roundtrip_workbook(path)


def test_the_review_names_the_accrual_in_ms_projects_words() -> None:
    from app.domain.project import Project
    from app.ui.exchange.labels import field_label, show_value

    assert field_label("fixed_cost_accrual") == "Fixed Cost Accrual"
    assert show_value("fixed_cost_accrual", "START", Project()) == "Start"
    assert show_value("accrue_at", "END", Project()) == "End"
