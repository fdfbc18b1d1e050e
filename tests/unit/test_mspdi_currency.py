"""MS Project XML money settings: symbol, its position, decimals and the ISO code.

Read as the file states them (a missing code inferred from the symbol only when
it names one currency), written back, and kept by a .gantry file between.
"""

from __future__ import annotations

import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.domain.money import format_money
from app.domain.plan import Plan
from app.domain.project import Project, SymbolPosition
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.store.document import read_plan, write_plan

ROUBLE = "\u0440."  # the rouble abbreviated in Cyrillic, as a Russian MS Project writes it


def _xml(tmp_path, project_fields: str):
    """A one-task MS Project file whose <Project> carries ``project_fields``."""
    path = tmp_path / "money.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Project xmlns="http://schemas.microsoft.com/project">'
        "<Title>Money</Title><StartDate>2026-01-05T08:00:00</StartDate>"
        f"{project_fields}"
        "<Tasks><Task><UID>1</UID><ID>1</ID><Name>Build</Name>"
        "<Duration>PT16H0M0S</Duration><FixedCost>123456</FixedCost></Task></Tasks>"
        "</Project>",
        encoding="utf-8",
    )
    return path


def test_sample_reads_as_pounds_before_with_two_decimals(shared_data):
    project = read_mspdi(shared_data / "mspdi" / "sample.xml").project
    assert project.currency_symbol == "£"
    assert project.currency == "GBP"  # no <CurrencyCode> in the file: inferred from £
    assert project.currency_symbol_position is SymbolPosition.BEFORE
    assert project.currency_digits == 2


def test_info_on_sample_shows_pounds_and_never_euros(shared_data, capsys):
    assert main(["info", str(shared_data / "mspdi" / "sample.xml")]) == 0
    out = capsys.readouterr().out
    cost = next(line for line in out.splitlines() if line.startswith("Cost:"))
    assert "£3,526.25" in cost
    assert "EUR" not in out
    assert "€" not in out


def test_a_stated_code_is_kept_even_when_the_symbol_suggests_another(shared_data):
    # MS Project 2007 wrote "$" with GBP here: the file's word is the code.
    project = read_mspdi(shared_data / "mspdi" / "mspdirelations.xml").project
    assert (project.currency_symbol, project.currency) == ("$", "GBP")


@pytest.mark.parametrize(
    ("position", "group", "decimal", "shown"),
    [
        (1, ",", ".", f"1,234.56{ROUBLE}"),
        (3, " ", ",", f"1 234,56 {ROUBLE}"),
        (1, " ", ",", f"1 234,56{ROUBLE}"),
    ],
)
def test_russian_file_shows_the_symbol_after(tmp_path, position, group, decimal, shown):
    fields = (
        f"<CurrencyDigits>2</CurrencyDigits><CurrencySymbol>{ROUBLE}</CurrencySymbol>"
        f"<CurrencySymbolPosition>{position}</CurrencySymbolPosition>"
    )
    plan = read_mspdi(_xml(tmp_path, fields))
    assert plan.project.currency == "RUB"
    assert plan.project.currency_symbol_position.value == position
    assert plan.task(1).fixed_cost == 1234.56
    assert format_money(1234.56, plan.project, group=group, decimal=decimal) == shown


def test_ambiguous_symbol_gives_no_code_and_info_names_none(tmp_path, capsys):
    fields = (
        "<CurrencyDigits>0</CurrencyDigits><CurrencySymbol>kr</CurrencySymbol>"
        "<CurrencySymbolPosition>3</CurrencySymbolPosition>"
    )
    path = _xml(tmp_path, fields)
    project = read_mspdi(path).project
    assert (project.currency, project.currency_symbol, project.currency_digits) == ("", "kr", 0)
    assert main(["info", str(path)]) == 0
    cost = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("Cost:"))
    assert cost.split(":", 1)[1].strip() == "1,235 kr"  # no "(EUR)", no "(SEK)"


def test_a_file_stating_no_currency_keeps_gantrys_default(tmp_path):
    project = read_mspdi(_xml(tmp_path, "")).project
    default = Project()
    assert (project.currency, project.currency_symbol) == (
        default.currency,
        default.currency_symbol,
    )
    assert project.currency_symbol_position is default.currency_symbol_position
    assert project.currency_digits == default.currency_digits


def test_a_code_without_symbol_shows_the_code(tmp_path):
    project = read_mspdi(_xml(tmp_path, "<CurrencyCode>usd</CurrencyCode>")).project
    assert (project.currency, project.currency_symbol) == ("USD", "")
    assert format_money(5, project) == "USD 5.00"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ("<CurrencySymbolPosition>7</CurrencySymbolPosition>", "<CurrencySymbolPosition> '7'"),
        ("<CurrencySymbolPosition>x</CurrencySymbolPosition>", "<CurrencySymbolPosition> 'x'"),
        ("<CurrencyDigits>-1</CurrencyDigits>", "<CurrencyDigits> '-1'"),
        ("<CurrencyDigits>12</CurrencyDigits>", "<CurrencyDigits> '12'"),
    ],
)
def test_bad_money_settings_name_the_element(tmp_path, fields, message):
    with pytest.raises(FileFormatError, match=message):
        read_mspdi(_xml(tmp_path, fields))


@pytest.mark.parametrize(
    ("code", "symbol", "position", "digits"),
    [
        ("RUB", ROUBLE, SymbolPosition.AFTER_SPACE, 2),
        ("", "kr", SymbolPosition.AFTER, 0),
        ("GBP", "£", SymbolPosition.BEFORE_SPACE, 3),
        ("CHF", "", SymbolPosition.BEFORE, 2),
    ],
)
def test_round_trip_xml_gantry_xml_keeps_the_four_settings(
    tmp_path, code, symbol, position, digits
):
    project = Project(
        name="Money",
        currency=code,
        currency_symbol=symbol,
        currency_symbol_position=position,
        currency_digits=digits,
    )
    plan = Plan(project=project)
    plan.append_task(Task(1, "Build", 1, duration_minutes=960, fixed_cost=10.0))
    first = tmp_path / "first.xml"
    write_mspdi(plan, first)
    read = read_mspdi(first)
    settings = ("currency", "currency_symbol", "currency_symbol_position", "currency_digits")
    expected = tuple(getattr(project, f) for f in settings)
    assert tuple(getattr(read.project, f) for f in settings) == expected
    stored = tmp_path / "plan.gantry"
    write_plan(read, stored)
    loaded = read_plan(stored)
    assert loaded.project == read.project
    second = tmp_path / "second.xml"
    write_mspdi(loaded, second)
    again = read_mspdi(second).project
    assert tuple(getattr(again, f) for f in settings) == expected
    assert again == loaded.project


@pytest.mark.parametrize(
    ("name", "code", "symbol", "position", "zero"),
    [
        ("CalculateCriticalPath.xml", "RUR", ROUBLE, SymbolPosition.AFTER, f"0.00{ROUBLE}"),
        ("TestRecurringTask2016.xml", "RUB", "₽", SymbolPosition.AFTER_SPACE, "0.00 ₽"),
        ("SampleProject.xml", "USD", "$", SymbolPosition.BEFORE, "$0.00"),
    ],
)
def test_files_saved_by_a_russian_ms_project_show_the_symbol_after(
    shared_data, capsys, name, code, symbol, position, zero
):
    path = shared_data / "mpp" / name
    project = read_mspdi(path).project
    assert (project.currency, project.currency_symbol) == (code, symbol)
    assert project.currency_symbol_position is position
    assert format_money(0, project) == zero
    assert main(["info", str(path)]) == 0
    cost = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("Cost:"))
    assert cost.split(":", 1)[1].strip().startswith(zero)


def test_schedule_json_names_the_currency_code_and_symbol(shared_data, capsys):
    import json

    assert main(["schedule", str(shared_data / "mspdi" / "sample.xml"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["currency"], data["currency_symbol"]) == ("GBP", "£")
