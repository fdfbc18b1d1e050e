"""A money cell of a returned workbook in another currency than the plan's ("150 EUR" in a
plan that counts in CZK) is refused naming the sheet, row and column, as the window's money
cells refuse it (money.parse_money), not read as 150 Kčs (task s20sm). The plan's own
symbol and code still read; a sheet that states no currency refuses none."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError, InputError
from app.domain.money import parse_money
from app.domain.plan import Plan
from app.domain.project import Project, SymbolPosition
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.excel_import import read_roundtrip_workbook

WINDOW = "'150 EUR' is in EUR, but this plan counts in Kčs: type the amount in Kčs"


def _plan() -> Plan:
    project = Project(
        name="Brno",
        currency="CZK",
        currency_symbol="Kčs",
        currency_symbol_position=SymbolPosition.AFTER_SPACE,
    )
    plan = Plan(project=project)
    plan.append_task(Task(1, "Pour", 1, duration_minutes=480))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0))
    plan.risks = [Risk(1, "Late steel", probability=0.5, impact=1000.0)]
    return plan


def _typed(tmp_path: Path, sheet: str, title: str, text: str) -> tuple[Path, str]:
    """The plan's workbook with ``text`` typed on row 2 under ``title``; the cell's name."""
    path = tmp_path / "brno.xlsx"
    write_plan(_plan(), path)
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    column = [c.value for c in ws[1]].index(title) + 1
    ws.cell(2, column).value = text
    wb.save(path)
    return path, f"{sheet}!{ws.cell(2, column).column_letter}2"


def test_s20sm_the_window_refuses_it_so():
    with pytest.raises(InputError) as err:
        parse_money("150 EUR", ("Kčs", "CZK"))
    assert str(err.value) == WINDOW


@pytest.mark.parametrize(
    ("sheet", "title"),
    [
        ("Plan", "Fixed cost"),
        ("Plan", "Cost"),
        ("Team", "Cost/use"),
        ("Team", "Std. rate"),
        ("Risks", "Impact"),
        ("Risks", "Contingency"),
    ],
)
def test_s20sm_another_currency_is_refused_naming_the_cell(tmp_path, sheet, title):
    path, cell = _typed(tmp_path, sheet, title, "150 EUR")
    with pytest.raises(FileFormatError) as err:
        read_roundtrip_workbook(path)
    assert str(err.value) == f"{cell}: {WINDOW}"


def test_s20sm_a_sign_of_another_currency_is_refused_too(tmp_path):
    path, cell = _typed(tmp_path, "Team", "Cost/use", "$150")
    with pytest.raises(FileFormatError) as err:
        read_plan(path)
    assert str(err.value) == (
        f"{cell}: '$150' is in USD, but this plan counts in Kčs: type the amount in Kčs"
    )


@pytest.mark.parametrize("text", ["150 Kčs", "150 CZK", "150"])
def test_s20sm_the_plans_own_currency_still_reads(tmp_path, text):
    path, _cell = _typed(tmp_path, "Team", "Cost/use", text)
    assert read_plan(path).resources[0].cost_per_use == 150.0


def test_s20sm_a_sheet_in_two_currencies_refuses_the_other_one(tmp_path):
    """A client's own sheet naming two currencies: since b443488c the cell in another
    currency than the column's first is refused naming the cell (it was read as a number
    of the same money, counting pounds as dollars)."""
    path = tmp_path / "tasks.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Task", "Duration", "Cost"])
    ws.append(["Pour", "2d", "$300"])
    ws.append(["Cure", "1d", "200 GBP"])
    wb.save(path)
    with pytest.raises(FileFormatError, match=r"C3: '200 GBP' is in GBP.*USD"):
        read_plan(path)
