"""Money as MS Project shows it: symbol, its position, decimals and the reader's separators."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.errors import InputError
from app.domain.money import check_currency, code_for_symbol, format_money
from app.domain.project import Project, SymbolPosition

ROUBLE = "\u0440."  # the rouble abbreviated in Cyrillic, as a Russian MS Project writes it


def test_default_project_shows_euros_first_with_two_decimals():
    project = Project()
    assert format_money(3526.25, project) == "€3,526.25"
    assert format_money(-12.5, project) == "-€12.50"
    assert format_money(0, project) == "€0.00"


def test_an_amount_that_rounds_to_zero_has_no_sign():
    assert format_money(-0.004, Project()) == "€0.00"
    assert format_money(-0.4, Project(), digits=0) == "€0"


@pytest.mark.parametrize(
    ("position", "shown"),
    [
        (SymbolPosition.BEFORE, "£1,234.50"),
        (SymbolPosition.AFTER, "1,234.50£"),
        (SymbolPosition.BEFORE_SPACE, "£ 1,234.50"),
        (SymbolPosition.AFTER_SPACE, "1,234.50 £"),
    ],
)
def test_symbol_stands_where_the_project_says(position, shown):
    project = Project(currency="GBP", currency_symbol="£", currency_symbol_position=position)
    assert format_money(1234.5, project) == shown


def test_russian_plan_shows_the_rouble_after_with_the_readers_separators():
    after = Project(
        currency="RUB", currency_symbol=ROUBLE, currency_symbol_position=SymbolPosition.AFTER
    )
    assert format_money(0, after) == f"0.00{ROUBLE}"
    spaced = replace(after, currency_symbol_position=SymbolPosition.AFTER_SPACE)
    assert format_money(1234, spaced, group=" ", decimal=",") == f"1 234,00 {ROUBLE}"
    assert format_money(-1234567.891, spaced, group=".", decimal=",") == f"-1.234.567,89 {ROUBLE}"


def test_decimals_come_from_the_project_unless_overridden():
    yen = Project(currency="JPY", currency_symbol="¥", currency_digits=0)
    assert format_money(1234.4, yen) == "¥1,234"
    dinar = Project(currency="KWD", currency_symbol="KD", currency_digits=3)
    assert format_money(1.5, dinar) == "KD1.500"
    assert format_money(1.5, dinar, digits=1) == "KD1.5"


def test_no_symbol_shows_the_code_apart_and_neither_shows_the_bare_amount():
    assert format_money(5, Project(currency="USD", currency_symbol="")) == "USD 5.00"
    after = Project(
        currency="SEK", currency_symbol="", currency_symbol_position=SymbolPosition.AFTER
    )
    assert format_money(5, after) == "5.00 SEK"
    assert format_money(5, Project(currency="", currency_symbol="")) == "5.00"


@pytest.mark.parametrize(
    ("symbol", "code"),
    [
        ("£", "GBP"),
        ("$", "USD"),
        ("€", "EUR"),
        ("¥", "JPY"),
        ("CHF", "CHF"),
        (ROUBLE, "RUB"),
        (" £ ", "GBP"),
        ("NOK", "NOK"),  # a symbol that is itself a code
        ("kr", ""),  # SEK, NOK, DKK or ISK: better none than a wrong one
        ("kr.", ""),
        ("Fr", ""),
        ("", ""),
        ("abc", ""),
    ],
)
def test_code_inferred_from_common_symbols_only(symbol, code):
    assert code_for_symbol(symbol) == code


def test_check_currency_refuses_with_one_message():
    check_currency("GBP", "£", 2)
    check_currency("", "kr", 0)  # no code known: allowed
    with pytest.raises(InputError, match="'E1' is not a currency code"):
        check_currency("E1", "€", 2)
    with pytest.raises(InputError, match="cannot hold digits"):
        check_currency("EUR", "€1", 2)
    with pytest.raises(InputError, match="0 to 9"):
        check_currency("EUR", "€", 12)
