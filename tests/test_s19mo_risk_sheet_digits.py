"""The workbook's Risks sheet shows Impact, Exposure and Contingency in whole units
(risk.RISK_DIGITS), as the Risks view, the Budget view's reserve and the status report
do; the plan's other money keeps its decimals."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from app.cli import main

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


def test_s19mo_risk_money_is_in_whole_units(tmp_path):
    book = tmp_path / "demo.xlsx"
    assert main(["convert", str(DEMO), str(book)]) == 0
    risks = openpyxl.load_workbook(book)["Risks"]
    header = [c.value for c in risks[1]]
    for name in ("Impact", "Exposure", "Contingency"):
        cell = risks.cell(row=2, column=header.index(name) + 1)
        assert "0.00" not in cell.number_format, name
        assert "#,##0" in cell.number_format, name
    again = tmp_path / "again.gantry"
    assert main(["convert", str(book), str(again)]) == 0  # still read back
