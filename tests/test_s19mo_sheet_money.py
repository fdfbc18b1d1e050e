"""A client's money cell keeps only a real currency's code or symbol beside its number:
``12k`` in a Risks sheet's Contingency read as 12 (any 1-3 letters were dropped), ``5m``
as 5. As parse_money, which guesses no thousands, they are refused naming the cell."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.io.sheet_values import CellError, read_number

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.mark.parametrize("typed", ["12k", "5m", "12 K", "3 bn", "7 mio", "12 abc"])
def test_s19mo_letters_that_are_no_currency_are_refused(typed):
    with pytest.raises(CellError, match="is not a number"):
        read_number(typed)


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("EUR 300", 300.0),
        ("300 usd", 300.0),
        ("1 200 kr", 1200.0),
        ("50 zł", 50.0),
        ("Fr. 80", 80.0),
    ],
)
def test_s19mo_currency_codes_and_symbols_are_still_read(typed, number):
    assert read_number(typed) == number


def test_s19mo_12k_in_the_risks_sheet_is_refused_naming_the_cell(tmp_path, capsys):
    book = tmp_path / "demo.xlsx"
    assert main(["convert", str(DEMO), str(book)]) == 0
    workbook = openpyxl.load_workbook(book)
    assert workbook["Risks"]["H1"].value == "Contingency"
    workbook["Risks"]["H2"] = "12k"
    edited = tmp_path / "edited.xlsx"
    workbook.save(edited)
    capsys.readouterr()
    assert main(["diff", str(book), str(edited)]) == 1
    assert capsys.readouterr().err == "gantry: edited.xlsx: Risks!H2: '12k' is not a number\n"
