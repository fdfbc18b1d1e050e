"""Money typed in the window follows the locale's marks, one rule for every amount: in an
English (or C) locale ``1.500`` was read 1.5 while ``€ 1.500,50`` was read 1,500.50, and
``1,5`` became €1.50 without a word. An amount whose reading is unclear against the marks
is now refused in one line naming the column with both readings. A fixed cost past a
trillion (a stray paste of 99999999999999) is refused on the sheet, in Task Information,
in a workbook and in an MS Project XML file, as rates are bounded."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from app.assets import resource_path
from app.cli import main
from app.domain.errors import InputError
from app.domain.fixed_cost_limit import MAX_FIXED_COST, check_fixed_cost
from app.domain.money import UnclearNumberError
from app.domain.typed_money import read_typed_money
from app.ui.document import Document
from app.ui.models.task_edits import Column, command_for_cell
from tests.gui.conftest import build_plan

EUR = ("€", "EUR")
C = (None, ".")
EN = (",", ".")
DE = (".", ",")


@pytest.mark.parametrize("marks", [C, EN])
@pytest.mark.parametrize(
    ("typed", "meant"),
    [("1 500", 1500.0), ("1,500", 1500.0), ("1,500.50", 1500.5), ("€12,000", 12000.0),
     ("1.5", 1.5), ("0.500", 0.5), ("-1,500", -1500.0), ("1,500,000", 1500000.0)],
)  # fmt: skip
def test_s29mn_english_amounts_read_in_english_marks(marks, typed, meant):
    assert read_typed_money(typed, EUR, marks, "Fixed Cost") == meant


@pytest.mark.parametrize("marks", [C, EN])
@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("1.500", "Fixed Cost: '1.500' is unclear: type 1,500 or 1.5"),
        ("1,5", "Fixed Cost: '1,5' is unclear: here , groups thousands, so type 1.5 or 15"),
        ("€ 1.500,50", "Fixed Cost: '€ 1.500,50' has its marks the other way round: here . "
         "marks the decimals and , groups thousands, so type 1,500.50"),
        ("1.500.000", "so type 1,500,000"),
    ],
)  # fmt: skip
def test_s29mn_english_amounts_unclear_against_the_marks_are_refused(marks, typed, said):
    with pytest.raises(InputError) as refused:
        read_typed_money(typed, EUR, marks, "Fixed Cost")
    assert said in str(refused.value)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("1.500", 1500.0), ("€ 1.500,50", 1500.5), ("1,5", 1.5), ("1.234,50", 1234.5)],
)
def test_s29mn_german_amounts_read_in_german_marks(typed, meant):
    assert read_typed_money(typed, EUR, DE, "Fixed Cost") == meant


@pytest.mark.parametrize(
    ("typed", "said"),
    [("1,500", "type 1.500 or 1,5"), ("1,234.50", "so type 1.234,50"), ("1.5", "type 1,5 or 15")],
)
def test_s29mn_german_amounts_unclear_against_the_marks_are_refused(typed, said):
    with pytest.raises(InputError, match=said.replace(".", r"\.")):
        read_typed_money(typed, EUR, DE, "Fixed Cost")


def test_s29mn_french_unclear_dot_keeps_its_readings():
    with pytest.raises(UnclearNumberError) as refused:
        read_typed_money("1.500", EUR, ("\u202f", ","), "Fixed Cost")
    assert str(refused.value) == "Fixed Cost: '1.500' is unclear: type 1 500 or 1,5"


def test_s29mn_three_decimal_currency_takes_three_decimals():
    assert read_typed_money("1.500", ("KWD",), EN, "Fixed Cost", digits=3) == 1.5


def test_s29mn_fixed_cost_cell_refuses_unclear_and_huge_amounts_and_keeps_the_task(qtbot):
    document = Document(build_plan())
    before = document.plan.task(5).fixed_cost
    for typed, said in [
        ("1.500", "Fixed Cost: '1.500' is unclear: type 1,500 or 1.5"),
        ("99999999999999", "Fixed Cost: '99999999999999' is more than 1,000,000,000,000"),
        ("-99999999999999", "Fixed Cost: '-99999999999999' is more than 1,000,000,000,000"),
    ]:
        with pytest.raises(InputError) as refused:
            command_for_cell(document, 5, Column.FIXED_COST, typed)
        assert str(refused.value).startswith(said)
    assert document.plan.task(5).fixed_cost == before
    command = command_for_cell(document, 5, Column.FIXED_COST, "1,000,000,000,000")
    assert command is not None
    command.redo()
    assert document.plan.task(5).fixed_cost == MAX_FIXED_COST


def test_s29mn_fixed_cost_limit_holds_both_ways():
    check_fixed_cost(-MAX_FIXED_COST, "x")
    with pytest.raises(InputError, match="Baseline Cost: '1e13' is more than"):
        check_fixed_cost(1e13, "1e13", "Baseline Cost")
    with pytest.raises(InputError):
        check_fixed_cost(float("nan"), "nan")


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "plan.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), path)
    return path


def test_s29mn_workbook_fixed_cost_past_the_limit_is_one_line(demo, tmp_path, capsys):
    book = tmp_path / "plan.xlsx"
    assert main(["convert", str(demo), str(book)]) == 0
    wb = openpyxl.load_workbook(book)
    sheet = wb["Plan"]
    column = [c.value for c in sheet[1]].index("Fixed cost") + 1
    sheet.cell(row=3, column=column).value = 99999999999999
    wb.save(book)
    capsys.readouterr()
    out = tmp_path / "back.gantry"
    assert main(["convert", str(book), str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    letter = openpyxl.utils.get_column_letter(column)
    assert err == [
        f"gantry: plan.xlsx: Plan!{letter}3: '99999999999999' is more than "
        "1,000,000,000,000, the most a task's cost may be"
    ]
    assert not out.exists()


def test_s29mn_xml_fixed_cost_past_the_limit_is_one_line(demo, tmp_path, capsys):
    xml = tmp_path / "plan.xml"
    assert main(["convert", str(demo), str(xml)]) == 0
    text = xml.read_text(encoding="utf-8")
    xml.write_text(
        text.replace("<FixedCost>0</FixedCost>", "<FixedCost>9999999999999900</FixedCost>", 1),
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["info", str(xml)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "<FixedCost>: 99,999,999,999,999.00 is more than 1,000,000,000,000" in err[0]


def test_s29mn_field_naming_itself_gets_the_bare_refusal():
    with pytest.raises(InputError) as refused:
        read_typed_money("1,5", EUR, EN, "")
    assert str(refused.value) == "'1,5' is unclear: here , groups thousands, so type 1.5 or 15"
