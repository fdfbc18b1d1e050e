"""A workbook whose money shows cents on one sheet and whole pounds on another (Gantry's
Risks money, '"£"#,##0') was read as a plan of whole pounds when the whole format came
last in styles.xml: sample.xml's Cost £7,026.25 came back as £7,026 (test_s28n2)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.io.sheet_currency import workbook_currency

CENTS = '"£"#,##0.00'
WHOLE = '"£"#,##0'


@pytest.mark.parametrize("formats", [(CENTS, WHOLE), (WHOLE, CENTS)])
def test_the_most_decimals_any_money_format_shows_are_the_plans(
    tmp_path: Path, formats: tuple[str, str]
) -> None:
    path = tmp_path / "money.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row, number_format in enumerate(formats, start=1):
        ws.cell(row=row, column=1, value=3526.25).number_format = number_format
    wb.save(path)

    stated = workbook_currency(path)

    assert stated is not None
    assert (stated.code, stated.digits) == ("GBP", 2)
