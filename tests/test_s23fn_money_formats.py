"""A money cell formatted in another currency than the plan's is refused (issue 4).

A client of a plan counting in euros set the Team sheet's Std. rate cell to 120 formatted
``"$"#,##0.00`` and a Fixed cost cell to 1000 formatted ``[$$-409]#,##0.00``: both were
taken as €120 and €1,000 without a word (the workbook's formats named two currencies, so
"none"), while ``$120.00`` typed as text was refused. A number cell whose format shows
another currency is now refused as that text is, naming the cell; the plan's own format
(and a plan whose own symbol is ``$``) reads as before.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook, read_workbook
from app.io.sheet_mapping import column_letter

DOLLARS = '"$"#,##0.00'
EN_US = "[$$-409]#,##0.00"


def _plan(project: Project | None = None) -> Plan:
    plan = Plan(project=project or Project(name="Berlin office", start=datetime(2027, 3, 1, 8)))
    plan.append_task(Task(1, "Fit-out", 1, duration_minutes=5 * 480, fixed_cost=500.0))
    plan.resources.append(Resource(uid=1, name="Ines", standard_rate=100.0))
    plan.assignments.append(Assignment(uid=1, task_uid=1, resource_uid=1, units=1.0))
    return plan


def _returned(
    tmp_path: Path, cells: dict[tuple[str, str], tuple[object, str | None]], plan: Plan
) -> tuple[Path, dict[tuple[str, str], str]]:
    """The plan's workbook with (sheet, column title) of the first row set to (value,
    number format) by the client; and where each is."""
    path = tmp_path / "client.xlsx"
    write_plan(plan, path)
    book = openpyxl.load_workbook(path)
    where = {}
    for (sheet, title), (value, number_format) in cells.items():
        ws = book[sheet]
        header = [c.value for c in ws[1]]
        cell = ws.cell(2, header.index(title) + 1)
        cell.value = value
        if number_format is not None:
            cell.number_format = number_format
        where[(sheet, title)] = f"{sheet}!{column_letter(header.index(title))}2"
    book.save(path)
    return path, where


def test_s23fn_a_rate_formatted_in_dollars_is_refused_in_a_euro_plan(tmp_path: Path):
    path, where = _returned(tmp_path, {("Team", "Std. rate"): (120, DOLLARS)}, _plan())
    with pytest.raises(FileFormatError) as refused:
        read_roundtrip_workbook(path)
    assert str(refused.value) == (
        f"{where[('Team', 'Std. rate')]}: 120 is shown in USD (number format {DOLLARS}), but "
        "this plan counts in EUR: type the amount in EUR"
    )


def test_s23fn_a_fixed_cost_in_an_en_us_dollar_format_is_refused(tmp_path: Path):
    path, where = _returned(tmp_path, {("Plan", "Fixed cost"): (1000, EN_US)}, _plan())
    with pytest.raises(FileFormatError, match=rf"^{where[('Plan', 'Fixed cost')]}: 1000 is shown"):
        read_roundtrip_workbook(path)


def test_s23fn_amounts_in_the_plans_own_format_read_as_before(tmp_path: Path):
    path, _where = _returned(
        tmp_path, {("Team", "Std. rate"): (120, None), ("Plan", "Fixed cost"): (800, None)}, _plan()
    )
    theirs = read_roundtrip_workbook(path).theirs
    assert theirs.resource(1).standard_rate == 120.0
    assert theirs.task(1).fixed_cost == 800.0


def test_s23fn_a_plan_whose_own_sign_is_the_dollar_takes_dollar_formats(tmp_path: Path):
    canadian = replace(_plan().project, currency="CAD", currency_symbol="$")
    path, _where = _returned(tmp_path, {("Team", "Std. rate"): (120, DOLLARS)}, _plan(canadian))
    assert read_roundtrip_workbook(path).theirs.resource(1).standard_rate == 120.0


def test_s23fn_a_sheet_without_its_gantry_part_refuses_a_dollar_fixed_cost(tmp_path: Path):
    path, where = _returned(tmp_path, {("Plan", "Fixed cost"): (1000, EN_US)}, _plan())
    book = openpyxl.load_workbook(path)
    del book["_gantry"]  # read as any client's sheet: its About sheet says euros
    book.save(path)
    with pytest.raises(FileFormatError, match=rf"^{where[('Plan', 'Fixed cost')]}: 1000 is shown"):
        read_workbook(path)
