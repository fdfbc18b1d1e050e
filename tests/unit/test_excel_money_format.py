"""The workbook's money cells carry the project's symbol, where MS Project puts it."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from app.domain.project import Project, SymbolPosition
from app.io.excel_export import money_format, write_workbook
from tests.unit.excel_plans import sample_plan

ROUBLE = "\u0440."  # the rouble abbreviated in Cyrillic


@pytest.mark.parametrize(
    ("project", "expected"),
    [
        (Project(), '"€"#,##0.00'),
        (Project(currency="GBP", currency_symbol="£"), '"£"#,##0.00'),
        (
            Project(currency_symbol=ROUBLE, currency_symbol_position=SymbolPosition.AFTER),
            f'#,##0.00"{ROUBLE}"',
        ),
        (
            Project(currency_symbol=ROUBLE, currency_symbol_position=SymbolPosition.AFTER_SPACE),
            f'#,##0.00 "{ROUBLE}"',
        ),
        (
            Project(currency_symbol="£", currency_symbol_position=SymbolPosition.BEFORE_SPACE),
            '"£" #,##0.00',
        ),
        (Project(currency_symbol="¥", currency_digits=0), '"¥"#,##0'),
        (Project(currency_symbol="KD", currency_digits=3), '"KD"#,##0.000'),
        (Project(currency="CHF", currency_symbol=""), '#,##0.00 "CHF"'),
        (Project(currency="", currency_symbol=""), "#,##0.00"),
    ],
)
def test_money_format(project, expected):
    assert money_format(project) == expected


def _cost_formats(path, sheet):
    ws = openpyxl.load_workbook(path)[sheet]
    rows = ws.iter_rows(values_only=False)
    header = [c.value for c in next(rows)]
    column = header.index("Cost")
    formats = {row[column].number_format for row in rows if row[column].value is not None}
    assert formats  # the sheet has cost cells at all
    return formats


def test_exported_cost_cells_read_back_with_the_symbol_after(tmp_path):
    plan = sample_plan()
    plan.set_project(
        Project(
            name=plan.project.name,
            start=plan.project.start,
            currency="RUB",
            currency_symbol=ROUBLE,
            currency_symbol_position=SymbolPosition.AFTER_SPACE,
            currency_digits=2,
        )
    )
    path = tmp_path / "rub.xlsx"
    write_workbook(plan, path, now=datetime(2026, 1, 2, 9, 30))
    for sheet in ("Plan", "Budget"):
        assert _cost_formats(path, sheet) == {f'#,##0.00 "{ROUBLE}"'}, sheet


def test_exported_cost_cells_read_back_with_pounds_before(tmp_path):
    plan = sample_plan()
    plan.set_project(
        Project(name="P", start=plan.project.start, currency="GBP", currency_symbol="£")
    )
    path = tmp_path / "gbp.xlsx"
    write_workbook(plan, path, now=datetime(2026, 1, 2, 9, 30))
    assert _cost_formats(path, "Budget") == {'"£"#,##0.00'}


def test_the_workbooks_snapshot_keeps_the_currency(tmp_path):
    """The hidden snapshot a returned workbook is compared with holds the four settings."""
    from app.io.plan_snapshot import plan_from_json, plan_to_json

    plan = sample_plan()
    project = Project(
        name="P",
        start=plan.project.start,
        currency="",
        currency_symbol="kr",
        currency_symbol_position=SymbolPosition.AFTER_SPACE,
        currency_digits=0,
    )
    plan.set_project(project)
    back = plan_from_json(plan_to_json(plan))
    assert back.project == project
    assert back.project.currency_symbol_position is SymbolPosition.AFTER_SPACE
