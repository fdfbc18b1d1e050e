"""A German client's rates typed on the returned workbook's Team sheet: ``120 €/Std.`` was
refused ("a rate is per m, h, d, w, mo or y"), though the window's roster reads Std., Tag,
Wo. and Mon. as per hour, day, week and month. The Team sheet reads the roster's words
(app.domain.typed_rates.rate_unit_named), for the Std. rate and Ovt. rate cells alike."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project, SymbolPosition
from app.domain.resource import Assignment, RateUnit, Resource
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook


def _plan(code: str = "EUR", symbol: str = "€", digits: int = 2) -> Plan:
    project = Project(
        name="Köln",
        currency=code,
        currency_symbol=symbol,
        currency_symbol_position=SymbolPosition.AFTER_SPACE,
        currency_digits=digits,
    )
    plan = Plan(project=project)
    plan.append_task(Task(1, "Estrich", 1, duration_minutes=480))
    plan.add_resource(Resource(1, "Jonas", standard_rate=100.0, overtime_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0))
    return plan


def _typed(tmp_path: Path, title: str, text: str, plan: Plan | None = None) -> tuple[Path, str]:
    """The plan's workbook with ``text`` typed in Jonas's ``title`` cell; and that cell."""
    path = tmp_path / "koeln.xlsx"
    write_plan(plan or _plan(), path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Team"]
    cell = ws.cell(2, [c.value for c in ws[1]].index(title) + 1)
    cell.value = text
    wb.save(path)
    return path, f"Team!{cell.coordinate}"


@pytest.mark.parametrize(
    ("typed", "hourly", "unit"),
    [
        ("120 €/Std.", 120.0, RateUnit.HOUR),
        ("120 €/Std", 120.0, RateUnit.HOUR),
        ("120/Stunde", 120.0, RateUnit.HOUR),
        ("960 €/Tag", 120.0, RateUnit.DAY),  # 8-hour days
        ("960/T.", 120.0, RateUnit.DAY),
        ("4800 €/Wo.", 120.0, RateUnit.WEEK),  # 40-hour weeks
        ("4800/Woche", 120.0, RateUnit.WEEK),
        ("600/jour", 75.0, RateUnit.DAY),
        ("90/hrs", 90.0, RateUnit.HOUR),  # English as before
        ("1,300/d", 162.5, RateUnit.DAY),
    ],
)
def test_s24tr_a_rate_per_a_german_unit_is_read_as_the_roster_reads_it(
    tmp_path, typed, hourly, unit
):
    path, _ = _typed(tmp_path, "Std. rate", typed)
    jonas = read_roundtrip_workbook(path).theirs.resources[0]
    assert (jonas.standard_rate, jonas.standard_rate_unit) == (hourly, unit)


def test_s24tr_a_month_in_german_is_the_month_the_roster_keeps(tmp_path):
    path, _ = _typed(tmp_path, "Std. rate", "19.200,00 €/Mon.")
    jonas = read_roundtrip_workbook(path).theirs.resources[0]
    assert jonas.standard_rate_unit is RateUnit.MONTH
    path, _ = _typed(tmp_path, "Std. rate", "19200/Monat")
    again = read_roundtrip_workbook(path).theirs.resources[0]
    assert (again.standard_rate, again.standard_rate_unit) == (
        jonas.standard_rate,
        RateUnit.MONTH,
    )
    assert jonas.standard_rate == pytest.approx(120.0)  # 160 hours a month


def test_s24tr_an_overtime_rate_reads_the_same_words(tmp_path):
    path, _ = _typed(tmp_path, "Ovt. rate", "180 €/Std.")
    jonas = read_roundtrip_workbook(path).theirs.resources[0]
    assert (jonas.overtime_rate, jonas.overtime_rate_unit) == (180.0, RateUnit.HOUR)


@pytest.mark.parametrize(("typed", "hint"), [("120 Std.", "(120/Std)"), ("960 Tag", "(960/Tag)")])
def test_s24tr_a_german_unit_without_its_slash_is_refused_naming_the_cell(tmp_path, typed, hint):
    path, where = _typed(tmp_path, "Std. rate", typed)
    with pytest.raises(FileFormatError) as caught:
        read_roundtrip_workbook(path)
    assert where in str(caught.value)
    assert f"write the unit after a slash {hint}" in str(caught.value)


@pytest.mark.parametrize("typed", ["120/j", "120/Stk", "120 €/Jh."])
def test_s24tr_a_word_no_roster_reads_is_still_refused(tmp_path, typed):
    path, where = _typed(tmp_path, "Std. rate", typed)
    with pytest.raises(FileFormatError, match="a rate is per m, h, d, w, mo or y") as caught:
        read_roundtrip_workbook(path)
    assert where in str(caught.value)


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("1.200 €/Tag", "type 1200 €/Tag or 1.2 €/Tag"),
        ("1.000/Wo.", "type 1000/Wo. or 1/Wo."),
        ("€1.200", "type €1200 or €1.2"),
    ],
)
def test_s24tr_a_german_thousands_dot_is_refused_not_read_a_thousandth(tmp_path, typed, hint):
    # read_number reads 1.200 as 1.2: read now that Tag is a unit, 1.200 €/Tag was €1.20 a day
    path, where = _typed(tmp_path, "Std. rate", typed)
    with pytest.raises(FileFormatError) as caught:
        read_roundtrip_workbook(path)
    assert f"{where}: '{typed}' is unclear: {hint}" in str(caught.value)


@pytest.mark.parametrize(
    ("typed", "hourly"),
    [("1.200,00 €/Tag", 150.0), ("1200 €/Tag", 150.0), ("0.500/h", 0.5), ("12.50/h", 12.5)],
)
def test_s24tr_amounts_that_read_one_way_still_read(tmp_path, typed, hourly):
    path, _ = _typed(tmp_path, "Std. rate", typed)
    assert read_roundtrip_workbook(path).theirs.resources[0].standard_rate == hourly


def test_s24tr_in_a_currency_of_three_decimals_the_dot_is_its_decimals(tmp_path):
    path, _ = _typed(tmp_path, "Std. rate", "1.500 KD/h", _plan("KWD", "KD", 3))
    assert read_roundtrip_workbook(path).theirs.resources[0].standard_rate == 1.5
