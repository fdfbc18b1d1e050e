"""Whether a plan read from a file states its own currency, and which.

A client's sheet, a CSV or a GanttProject file mostly names no currency: the
readers say so (``Project.currency_stated`` False) and leave Gantry's default
(EUR), which the window replaces by the user's locale currency
(tests/gui/test_import_currency_window.py), and so does every command
(app/report/system_currency.py, tests/test_s20gn_currency.py): the reader itself
stays deterministic, EUR whatever the machine's locale.
Where the file does name a currency (a symbol or code in the cost cells, the
cost column's title, an .xlsx money format, a workbook Gantry exported) the
plan keeps it.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.domain.project import Project, SymbolPosition
from app.formats import read_plan, write_plan
from app.io.sheet_currency import format_currency, ods_currency, sheet_currency
from tests.unit.excel_plans import sample_plan

DEFAULT = Project()


def _csv(tmp_path: Path, cost_title: str, costs: list[str]) -> Path:
    path = tmp_path / "plan.csv"
    lines = [f"Task;Duration;{cost_title}"]
    lines += [f"Task {k};{k + 1}d;{cost}" for k, cost in enumerate(costs)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _xlsx(tmp_path: Path, number_format: str | None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Task", "Duration", "Cost"])
    for k in range(3):
        ws.append([f"Task {k}", f"{k + 1}d", 1200.5 * (k + 1)])
        if number_format:
            ws.cell(row=k + 2, column=3).number_format = number_format
    path = tmp_path / "client.xlsx"
    wb.save(path)
    return path


def test_a_csv_that_names_no_currency_says_so_and_keeps_the_default(tmp_path):
    project = read_plan(_csv(tmp_path, "Cost", ["1200.50", "300"])).project
    assert not project.currency_stated
    assert (project.currency, project.currency_symbol) == ("EUR", "€")  # deterministic


@pytest.mark.parametrize(
    ("costs", "code", "symbol", "position"),
    [
        (["£1,200.00", "£300.00"], "GBP", "£", SymbolPosition.BEFORE),
        (["1.200,50 €", "300,00 €"], "EUR", "€", SymbolPosition.AFTER_SPACE),
        (["US$ 1,200", "", "US$ 300"], "USD", "US$", SymbolPosition.BEFORE_SPACE),
        (["1200 CHF", "300"], "CHF", "CHF", SymbolPosition.AFTER_SPACE),
    ],
)
def test_cost_cells_with_a_currency_state_it(tmp_path, costs, code, symbol, position):
    plan = read_plan(_csv(tmp_path, "Cost", costs))
    # and the amounts read as their writer meant them ("1.200,50 €" was 1.2005)
    assert plan.tasks[0].fixed_cost == pytest.approx(1200.5 if "50" in costs[0] else 1200.0)
    project = plan.project
    assert project.currency_stated
    assert (project.currency, project.currency_symbol) == (code, symbol)
    assert project.currency_symbol_position is position


@pytest.mark.parametrize(
    ("title", "code", "symbol"),
    [("Budget (USD)", "USD", "$"), ("Cost [GBP]", "GBP", "£"), ("Cost €", "EUR", "€")],
)
def test_the_cost_title_can_state_the_currency(tmp_path, title, code, symbol):
    project = read_plan(_csv(tmp_path, title, ["1200", "300"])).project
    assert project.currency_stated
    assert (project.currency, project.currency_symbol) == (code, symbol)


def test_two_currencies_are_refused_naming_the_cell(tmp_path):
    # Since b443488c a cell in another currency than the column's others is
    # refused (it once read as the default currency, counting $300 as €300).
    with pytest.raises(FileFormatError, match=r"plan!C3: '\$300' is in USD.*GBP"):
        read_plan(_csv(tmp_path, "Cost", ["£1,200", "$300"]))


@pytest.mark.parametrize(
    ("title", "cells"),
    [
        ("COST (EST)", ["1"]),  # capitals in brackets are no currency code
        ("TOTAL COST", ["1"]),
        ("Cost", ["approx. 300", "12k"]),
        ("Cost", ["kr 300"]),  # SEK, NOK, DKK or ISK: no code is better than a wrong one
    ],
)
def test_words_that_are_no_currency_state_none(title, cells):
    assert sheet_currency(title, cells) is None


@pytest.mark.parametrize(
    ("number_format", "code", "symbol", "position"),
    [
        ('"$"#,##0.00', "USD", "$", SymbolPosition.BEFORE),
        ("[$€-407] #,##0.00", "EUR", "€", SymbolPosition.BEFORE_SPACE),
        ('#,##0.00\\ "€"', "EUR", "€", SymbolPosition.AFTER_SPACE),
        ("#,##0.00 [$€-x-euro2]", "EUR", "€", SymbolPosition.AFTER_SPACE),
        ("£#,##0;[Red]-£#,##0", "GBP", "£", SymbolPosition.BEFORE),
        # Excel's accounting formats: gaps (_x) and fills (*x) around the amount
        ("_-* #,##0.00\\ [$€-40C]_-", "EUR", "€", SymbolPosition.AFTER_SPACE),
        ('_("$"* #,##0.00_)', "USD", "$", SymbolPosition.BEFORE),
    ],
)
def test_money_formats_name_their_currency(number_format, code, symbol, position):
    found = format_currency(number_format)
    assert found is not None
    assert (found.code, found.symbol, found.position) == (code, symbol, position)


@pytest.mark.parametrize(
    ("number_format", "digits"),
    [('"$"#,##0.00', 2), ("[$¥-411]#,##0", 0), ("#,##0.000 [$€-407]", 3), ("£0.0;-£0.0", 1)],
)
def test_money_formats_say_how_many_decimals(number_format, digits):
    found = format_currency(number_format)
    assert found is not None
    assert found.digits == digits


def test_a_client_workbook_in_yen_shows_no_decimals(tmp_path):
    # a yen amount has no decimals: the plan showed ¥1,200.00
    project = read_plan(_xlsx(tmp_path, "[$¥-411]#,##0")).project
    assert (project.currency, project.currency_digits) == ("JPY", 0)


@pytest.mark.parametrize("number_format", ["[$-409]d\\-mmm\\-yy;@", "0.00%", "#,##0.00", "@"])
def test_formats_without_money_name_no_currency(number_format):
    assert format_currency(number_format) is None


def test_a_client_workbook_in_dollars_keeps_them(tmp_path):
    project = read_plan(_xlsx(tmp_path, '"$"#,##0.00')).project
    assert project.currency_stated
    assert (project.currency, project.currency_symbol) == ("USD", "$")


def test_a_client_workbook_of_plain_numbers_names_no_currency(tmp_path):
    project = read_plan(_xlsx(tmp_path, None)).project
    assert not project.currency_stated
    assert project.currency == DEFAULT.currency


def test_a_workbook_gantry_exported_states_the_plans_currency(tmp_path):
    plan = sample_plan()
    plan.set_project(
        replace(
            plan.project,
            currency="GBP",
            currency_symbol="£",
            currency_symbol_position=SymbolPosition.BEFORE,
        )
    )
    path = tmp_path / "client.xlsx"
    write_plan(plan, path)
    project = read_plan(path).project
    assert project.currency_stated
    assert (project.currency, project.currency_symbol) == ("GBP", "£")


def test_a_roundtrip_of_a_plan_read_without_currency_is_stated_by_the_workbook(tmp_path):
    """The workbook shows the money in a currency (About, number formats): that is stated."""
    plan = read_plan(_csv(tmp_path, "Cost", ["1200", "300"]))
    assert not plan.project.currency_stated
    path = tmp_path / "exported.xlsx"
    write_plan(plan, path)
    project = read_plan(path).project
    assert project.currency_stated
    assert project.currency == "EUR"


def test_ganttproject_files_name_no_currency(shared_data):
    # GanttProject rates have "no specific currency" (its 2.7 release notes); none of
    # the sample files carries one
    for path in sorted((shared_data / "gan").glob("*.gan")):
        assert "currency" not in path.read_text(encoding="utf-8").lower(), path.name
        project = read_plan(path).project
        assert not project.currency_stated, path.name
        assert project.currency == DEFAULT.currency


def test_the_command_line_writes_no_currency_the_locale_does_not_name(tmp_path, capsys):
    # the C locale the tests run in names none: the made-up euro is not written (in a
    # locale that names one, the command takes it: tests/test_s20gn_currency.py)
    src = _csv(tmp_path, "Cost", ["1200", "300"])
    out = tmp_path / "out.xlsx"
    assert main(["convert", str(src), str(out)]) == 0
    capsys.readouterr()
    cost = openpyxl.load_workbook(out)["Plan"]["L2"]
    assert cost.number_format == "#,##0.00"


_ODS_STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0">
<office:styles>
 <number:currency-style style:name="N104"><number:currency-symbol/>
  <number:number number:decimal-places="2"/></number:currency-style>
 <number:currency-style style:name="N144"><number:number number:decimal-places="2"/>
  <number:text> </number:text>
  <number:currency-symbol number:language="de" number:country="DE">{symbol}</number:currency-symbol>
 </number:currency-style>
 <number:number-style style:name="N150"><number:text>£</number:text>
  <number:number number:decimal-places="2"/></number:number-style>
 <style:style style:name="Money" style:family="table-cell" style:data-style-name="{used}"/>
</office:styles>
</office:document-styles>
"""


@pytest.mark.parametrize(
    ("symbol", "used", "code", "position"),
    [
        ("€", "N144", "EUR", SymbolPosition.AFTER_SPACE),
        ("€", "N150", "GBP", SymbolPosition.BEFORE),  # a literal £ before the number
        ("€", "N104", None, None),  # LibreOffice's own: the reader's currency, named nowhere
        ("kr", "N144", None, None),
    ],
)
def test_opendocument_money_styles_name_their_currency(tmp_path, symbol, used, code, position):
    path = tmp_path / "client.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("styles.xml", _ODS_STYLES.format(symbol=symbol, used=used))
    found = ods_currency(path)
    if code is None:
        assert found is None
    else:
        assert found is not None
        assert (found.code, found.position, found.digits) == (code, position, 2)


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize(("number_format", "code"), [(None, None), ("#,##0.00 [$€-407]", "EUR")])
def test_a_client_sheet_saved_by_libreoffice_as_ods(tmp_path, number_format, code):
    src = _xlsx(tmp_path, number_format)
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "ods",
            "--outdir",
            str(tmp_path / "ods"),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    project = read_plan(tmp_path / "ods" / "client.ods").project
    assert project.currency_stated is (code is not None)
    assert project.currency == (code or DEFAULT.currency)


def test_gantrys_own_csv_names_its_currency_and_reads_back_in_it(tmp_path):
    plan = sample_plan()
    plan.set_project(replace(plan.project, currency="GBP", currency_symbol="£"))
    path = tmp_path / "plan.csv"
    write_plan(plan, path)
    header = path.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    # The CSV held bare amounts: read back, or opened on another laptop, it lost its pounds.
    assert "Cost (GBP)" in header
    assert "Fixed cost (GBP)" in header
    back = read_plan(path)
    assert back.project.currency_stated
    assert (back.project.currency, back.project.currency_symbol) == ("GBP", "£")
    assert [t.fixed_cost for t in back.tasks] == [t.fixed_cost for t in plan.tasks]
