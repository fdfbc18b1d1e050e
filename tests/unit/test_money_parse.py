"""Amounts typed into the roster and the risk register read as the user means them."""

from __future__ import annotations

import pytest

from app.domain.errors import InputError
from app.domain.money import parse_money
from app.ui.models.risk_model import parse_amount


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("12000", 12000.0),
        ("€12 000", 12000.0),
        ("12,000", 12000.0),
        ("£3,526.25", 3526.25),
        ("1.234,50", 1234.5),
        ("1 234,50", 1234.5),  # read as 123450 before: digits kept, separators dropped
        ("1\u00a0234,50 CHF", 1234.5),
        ("12,5", 12.5),
        ("0,5", 0.5),
        ("1,234,567", 1234567.0),
        ("1.234.567", 1234567.0),
        ("12.345,6", 12345.6),
        ("USD 5.00", 5.0),
    ],
)
def test_amounts_read_as_meant(typed, meant):
    assert parse_money(typed) == meant


def test_the_projects_own_symbol_is_ignored():
    assert parse_money("45 Lm", ("Lm", "MTL")) == 45.0
    with pytest.raises(InputError):
        parse_money("45 Lm")  # not a known sign without the project


@pytest.mark.parametrize("typed", ["12k", "1,2,3.4", "abc", "", "€", "1234,567", "1.2.3"])
def test_what_cannot_be_read_is_refused_not_guessed(typed):
    with pytest.raises(InputError, match="is not an amount"):
        parse_money(typed)


def test_risk_amounts_refuse_negatives():
    assert parse_amount("1 234,50", marks=("\u202f", ",")) == 1234.5  # typed in French
    with pytest.raises(InputError, match="negative"):
        parse_amount("-5")


def test_roster_rates_take_the_projects_symbol_and_separators():
    from app.domain.resource import Resource
    from app.ui.team.roster_model import RosterColumn, edited

    ana = Resource(1, "Ana")
    rate = edited(ana, RosterColumn.STANDARD_RATE, "1 234,50 \u0440./h", ("\u0440.", "RUB"))
    assert rate.standard_rate == 1234.5
    assert edited(ana, RosterColumn.COST_PER_USE, "$1,200").cost_per_use == 1200.0
    with pytest.raises(InputError, match=r"Std\. rate: 'lots' is not an amount"):
        edited(ana, RosterColumn.STANDARD_RATE, "lots")


@pytest.mark.parametrize(
    ("text", "symbols", "named"),
    [
        ("$1,000", ("€", "EUR"), "USD"),
        ("1 234,50 CHF", ("€", "EUR"), "CHF"),
        ("£12", ("$", "USD"), "GBP"),
        ("R$5", ("$", "USD"), "BRL"),  # not "$": the longer sign is read first
    ],
)
def test_an_amount_in_another_currency_is_refused_not_read_as_ours(text, symbols, named):
    with pytest.raises(InputError, match=f"is in {named}, but this plan counts in {symbols[1]}"):
        parse_money(text, symbols)


@pytest.mark.parametrize(
    ("text", "symbols"),
    [("€1.000,50", ("€", "EUR")), ("12 EUR", ("€", "EUR")), ("US$5", ("$", "USD")), ("£12", ())],
)
def test_our_own_sign_or_code_and_any_sign_without_a_plan_are_read(text, symbols):
    assert parse_money(text, symbols) > 0
