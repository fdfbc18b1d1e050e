"""Currency signs were matched as parts of words (money.without_currency): "R" (rand) inside
"Rs 150" (rupees), so a rupee plan refused its own "Rs 150" as rands; and an ISO code
money's table did not hold (SEK, NOK, BHD) passed as the plan's own money, "150 SEK" read
as 150 € in a euro plan. Signs are whole words now, and any ISO 4217 code names a currency,
in the window's money cells as in a returned workbook's."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError, InputError
from app.domain.money import parse_money, without_currency
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.io.sheet_values import CellError, read_number

EURO = ("€", "EUR")
RUPEE = ("₹", "INR")
RAND = ("R", "ZAR")
KRONA = ("kr", "SEK")


@pytest.mark.parametrize(
    ("text", "symbols", "amount"),
    [
        ("Rs 150", RUPEE, 150.0),  # before: "is in ZAR"
        ("Rs. 1,500", RUPEE, 1500.0),
        ("R 150", RAND, 150.0),
        ("R150", RAND, 150.0),
        ("150 kr", KRONA, 150.0),
        ("150 SEK", KRONA, 150.0),
        ("150 sek", KRONA, 150.0),
        ("€1.234,50", EURO, 1234.5),
        ("EUR 300", EURO, 300.0),
        ("SFr. 80", ("CHF", "CHF"), 80.0),
        ("150 SEK", (), 150.0),  # a plan that states no currency refuses none
    ],
)
def test_s21wb_the_plans_own_money_reads(text, symbols, amount):
    assert parse_money(text, symbols) == amount
    assert read_number(text, symbols) == amount


@pytest.mark.parametrize(
    ("text", "symbols", "named"),
    [
        ("150 SEK", EURO, "SEK"),  # before: 150 €
        ("150 NOK", KRONA, "NOK"),
        ("BHD 12.500", EURO, "BHD"),
        ("150 kr", EURO, "kr"),  # before: 150 € in a sheet's cell
        ("Rs 150", RAND, "Rs"),  # rupees, not rands
        ("R 150", RUPEE, "ZAR"),
        ("R$ 150", RAND, "BRL"),
    ],
)
def test_s21wb_another_currencys_word_is_refused(text, symbols, named):
    plan = symbols[1]
    message = f"'{text}' is in {named}, but this plan counts in {plan}: type the amount in {plan}"
    with pytest.raises(InputError) as caught:
        parse_money(text, symbols)
    assert str(caught.value) == message
    with pytest.raises(CellError) as cell:
        read_number(text, symbols)
    assert str(cell.value) == message


def test_s21wb_words_that_are_no_currency_stay():
    assert without_currency("12 top", EURO) == "12 top"  # TOP is a code, "top" is a word
    with pytest.raises(InputError):
        parse_money("12k", EURO)


def test_s21wb_a_returned_fixed_cost_in_kronor_is_refused_in_a_euro_plan(tmp_path: Path):
    project = Project(name="Oslo", currency="EUR", currency_symbol="€", currency_stated=True)
    plan = Plan(project=project)
    plan.append_task(Task(1, "Survey", 1, duration_minutes=480))
    path = tmp_path / "oslo.xlsx"
    write_plan(plan, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    column = [c.value for c in ws[1]].index("Fixed cost") + 1
    ws.cell(2, column).value = "1 500 NOK"
    wb.save(path)
    with pytest.raises(FileFormatError) as caught:
        read_roundtrip_workbook(path)
    letter = ws.cell(2, column).column_letter
    assert str(caught.value) == (
        f"Plan!{letter}2: '1 500 NOK' is in NOK, but this plan counts in EUR: "
        "type the amount in EUR"
    )
