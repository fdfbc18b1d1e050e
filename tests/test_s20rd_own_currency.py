"""A plan's own currency symbol, one money knows not (Kčs, Lek), read in its own workbook.

Found: a client typing ``150 Kčs/h`` into the Std. rate cell of a plan counting in Kčs got
"Team!F2: '150 Kčs/h' is not a number": a money cell dropped only the symbols and codes of
money.CURRENCY_MARKS, whatever the plan's own. Read back, the plan's symbol and code are
taken off too (sheet_values.plan_currency), in the Team, Risks and Plan sheets; any other
mark is still refused naming the cell. A workbook whose _gantry sheet is gone lost such a
currency altogether (the money formats name a symbol no code is known for): the About
sheet now names the symbol beside the code, and the read takes the currency from there
(and a Fixed cost cell of the Plan sheet its amount in that currency).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project, SymbolPosition
from app.domain.resource import Assignment, RateUnit, Resource
from app.domain.risk import Risk
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook, read_workbook


def _plan(symbol: str, code: str) -> Plan:
    plan = Plan(
        project=Project(
            name="Brno",
            currency=code,
            currency_symbol=symbol,
            currency_symbol_position=SymbolPosition.AFTER_SPACE,
        )
    )
    plan.append_task(Task(1, "Pour", 1, duration_minutes=480))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0))
    plan.risks = [Risk(1, "Late steel", probability=0.5, impact=1000.0)]
    return plan


def _typed(tmp_path: Path, symbol: str, code: str, cells: dict[tuple[str, str], str]) -> Path:
    """The plan's workbook with ``cells`` ((sheet, column title): text) typed on row 2."""
    path = tmp_path / "brno.xlsx"
    write_plan(_plan(symbol, code), path)
    wb = openpyxl.load_workbook(path)
    for (sheet, title), text in cells.items():
        ws = wb[sheet]
        ws.cell(2, [c.value for c in ws[1]].index(title) + 1).value = text
    wb.save(path)
    return path


def _without_snapshot(path: Path) -> Path:
    wb = openpyxl.load_workbook(path)
    del wb["_gantry"]
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("symbol", "code", "rate", "impact"),
    [
        ("Kčs", "CZK", "150 Kčs/h", "12 000 Kčs"),
        ("Lek", "ALL", "Lek 150/h", "Lek 12,000"),
        ("Kčs", "CZK", "150 CZK/h", "12 000 czk"),
    ],
)
def test_s20rd_the_plans_own_symbol_reads_in_its_workbook(
    tmp_path: Path, symbol: str, code: str, rate: str, impact: str
) -> None:
    path = _typed(
        tmp_path, symbol, code, {("Team", "Std. rate"): rate, ("Risks", "Impact"): impact}
    )
    for plan in (read_roundtrip_workbook(path).theirs, read_workbook(_without_snapshot(path))):
        ana = plan.resources[0]
        assert (ana.standard_rate, ana.standard_rate_unit) == (150.0, RateUnit.HOUR)
        assert plan.risks[0].impact == 12000.0
        project = plan.project
        assert (project.currency, project.currency_symbol) == (code, symbol)


def test_s20rd_a_plan_sheet_cost_in_the_plans_symbol_reads(tmp_path: Path) -> None:
    path = _typed(tmp_path, "Kčs", "CZK", {("Plan", "Cost"): "1 300 Kčs"})
    plan = read_roundtrip_workbook(path).theirs
    assert plan.task(1).fixed_cost == pytest.approx(1300.0 - 800.0)  # Ana's 800 is work


@pytest.mark.parametrize(
    ("cell", "says"),
    [
        (("Team", "Std. rate"), "Team!F2: '150 abc' is not a number"),
        (("Risks", "Impact"), "Risks!"),
    ],
)
def test_s20rd_any_other_mark_is_still_refused_naming_the_cell(
    tmp_path: Path, cell: tuple[str, str], says: str
) -> None:
    text = "150 abc/h" if cell[0] == "Team" else "150 abc"
    path = _typed(tmp_path, "Kčs", "CZK", {cell: text})
    with pytest.raises(FileFormatError) as err:
        read_roundtrip_workbook(path)
    assert str(err.value).startswith(says)
    with pytest.raises(FileFormatError) as err:
        read_workbook(_without_snapshot(path))
    assert str(err.value).startswith(says)


def test_s20rd_the_about_sheet_names_the_symbol(tmp_path: Path) -> None:
    path = _typed(tmp_path, "Kčs", "CZK", {})
    about = {r[0].value: r[1].value for r in openpyxl.load_workbook(path)["About"].iter_rows()}
    assert (about["Currency"], about["Currency symbol"]) == ("CZK", "Kčs")


def test_s20rd_a_fixed_cost_in_the_plans_symbol_reads_without_the_snapshot(
    tmp_path: Path,
) -> None:
    path = _without_snapshot(_typed(tmp_path, "Kčs", "CZK", {("Plan", "Fixed cost"): "1 300 Kčs"}))
    assert read_workbook(path).task(1).fixed_cost == 1300.0
    path = _without_snapshot(_typed(tmp_path, "Kčs", "CZK", {("Plan", "Fixed cost"): "1 300 abc"}))
    with pytest.raises(FileFormatError, match=r"^Plan!K2: '1 300 abc' is not a number"):
        read_workbook(path)
