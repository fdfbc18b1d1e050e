"""The Plan sheet's money (and the CSV's) kept 2 decimals whatever the currency: a plan
in yen showed ¥1,234.56 worth of fixed cost its Budget sheet called ¥1,235, and one in
Bahraini dinars lost its fils (3 decimals). It rounds to the plan's currency decimals
now, as the Budget sheet does; read back unchanged, the workbook changes nothing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import python_calamine as pc

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.risk import Risk
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.io.workbook_cells import PLAN_SHEET


def _plan(code: str, symbol: str, digits: int) -> Plan:
    project = Project(
        name="Money", currency=code, currency_symbol=symbol, currency_digits=digits,
        currency_stated=True,
    )  # fmt: skip
    plan = Plan(project=project)
    plan.append_task(Task(1, "Permit", 1, duration_minutes=480, fixed_cost=1234.5678))
    return plan


def _cells(path: Path) -> list[dict[str, object]]:
    """The Plan sheet's Fixed cost and Cost of row 2, as openpyxl and as calamine read it."""
    ws = openpyxl.load_workbook(path)[PLAN_SHEET]
    titles = [c.value for c in ws[1]]
    by_openpyxl = {t: ws.cell(2, titles.index(t) + 1).value for t in ("Fixed cost", "Cost")}
    rows = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name(PLAN_SHEET).to_python()
    by_calamine = {t: rows[1][rows[0].index(t)] for t in ("Fixed cost", "Cost")}
    return [by_openpyxl, by_calamine]


@pytest.mark.parametrize(
    ("code", "symbol", "digits", "shown"),
    [("JPY", "¥", 0, 1235), ("BHD", "BD", 3, 1234.568), ("EUR", "€", 2, 1234.57)],
)
def test_s21wb_plan_sheet_money_has_the_currency_decimals(tmp_path, code, symbol, digits, shown):
    path = tmp_path / "plan.xlsx"
    plan = _plan(code, symbol, digits)
    write_plan(plan, path)
    for cells in _cells(path):
        assert cells == {"Fixed cost": shown, "Cost": shown}
    trip = read_roundtrip_workbook(path)
    assert trip.theirs.task(1).fixed_cost == plan.task(1).fixed_cost  # unchanged: no edit


def test_s21wb_csv_money_has_the_currency_decimals(tmp_path):
    path = tmp_path / "plan.csv"
    write_plan(_plan("JPY", "¥", 0), path)
    row = path.read_text(encoding="utf-8-sig").splitlines()[1].split(",")
    assert row[-3:-1] == ["1235", "1235"]
    path = tmp_path / "dinar.csv"
    write_plan(_plan("BHD", "BD", 3), path)
    row = path.read_text(encoding="utf-8-sig").splitlines()[1].split(",")
    assert row[-3:-1] == ["1234.568", "1234.568"]


def test_s21wb_a_cost_typed_in_fils_keeps_them(tmp_path):
    """A Cost cell the client changed moves the fixed cost by as much, to the currency's
    decimals: 2,000.125 dinars, not 2,000.12."""
    path = tmp_path / "plan.xlsx"
    write_plan(_plan("BHD", "BD", 3), path)
    wb = openpyxl.load_workbook(path)
    ws = wb[PLAN_SHEET]
    titles = [c.value for c in ws[1]]
    ws.cell(2, titles.index("Cost") + 1).value = 2000.125
    wb.save(path)
    assert read_roundtrip_workbook(path).theirs.task(1).fixed_cost == 2000.125


def test_s21wb_a_risks_contingency_keeps_its_fils(tmp_path):
    """The Team and Risks sheets' money read back to the cent whatever the currency: a
    contingency of BD 12.345 came back as 12.35 (yen still read to the cent: a rate may be
    ¥0.5 an hour)."""
    plan = _plan("BHD", "BD", 3)
    plan.risks = [Risk(1, "Late permit", probability=0.5, impact=100.0)]
    path = tmp_path / "plan.xlsx"
    write_plan(plan, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Risks"]
    titles = [c.value for c in ws[1]]
    ws.cell(2, titles.index("Contingency") + 1).value = 12.345
    wb.save(path)
    assert read_roundtrip_workbook(path).theirs.risks[0].contingency == 12.345
