"""The workbook's Risks sheet stores each risk's exposure as the Risks view shows it, in
whole units (risk.RISK_DIGITS), not the cents a whole-unit format would round again: a
client who adds the column up gets the register's figures (task s20bk)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import python_calamine as pc

from app.domain.money import format_money
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.risk import RISK_DIGITS, Risk
from app.formats import read_plan, write_plan


def _plan() -> Plan:
    plan = Plan(project=Project(name="Shop", currency_symbol="€"))
    # 35 % of 12,345: 4,320.75, shown "€4,321"; 50 % of 5,001: 2,500.5, shown "€2,500"
    plan.add_risk(Risk(1, "Supplier late", 0.35, 12345.0, contingency=3000.0))
    plan.add_risk(Risk(2, "Rework", 0.5, 5001.0))
    return plan


def _exposures(path: Path) -> tuple[list[object], list[object], list[str]]:
    ws = openpyxl.load_workbook(path)["Risks"]
    col = [c.value for c in ws[1]].index("Exposure")
    cells = [row[col] for row in ws.iter_rows(min_row=2)]
    sheet = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Risks").to_python()
    return [c.value for c in cells], [r[col] for r in sheet[1:]], [c.number_format for c in cells]


def test_s20bk_exposure_is_stored_as_the_view_shows_it(tmp_path):
    plan = _plan()
    path = tmp_path / "risks.xlsx"
    write_plan(plan, path, now=datetime(2027, 1, 4, 9, 0))
    stored, read, formats = _exposures(path)
    assert stored == [4321.0, 2500.0]  # whole units, as the register rounds them
    assert read == [4321.0, 2500.0]  # python-calamine reads the same numbers
    shown = [format_money(r.exposure, plan.project, digits=RISK_DIGITS) for r in plan.risks]
    assert shown == ["€4,321", "€2,500"]  # the Risks view's text of the same risks
    assert all(f == '"€"#,##0' for f in formats)
    back = read_plan(path)  # exposure is worked out, not read: the plan comes back the same
    assert back.risks == plan.risks
