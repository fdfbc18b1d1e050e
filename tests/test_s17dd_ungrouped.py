"""Money and the roster's numbers read thousands by one rule (app.domain.money.ungrouped).

Money's copy joined groups that were not digits, so "1,2.3.4" typed as an amount or a
rate ended in Python's own "could not convert" error instead of the amount's message.
"""

from __future__ import annotations

import pytest

from app.domain.errors import InputError
from app.domain.money import parse_money, ungrouped
from app.domain.project import Project
from app.domain.resource import RateUnit, Resource
from app.domain.typed_rates import typed_number, typed_rate


def test_s17dd_ungrouped_takes_digits_in_groups_of_three_only():
    assert ungrouped("1,234,567", ",") == "1234567"
    assert ungrouped("12.345", ".") == "12345"
    for bad in ("1234,567", "1,23", ",123", "1,2.3", "1,23a", ""):
        assert ungrouped(bad, ",") == ""


@pytest.mark.parametrize("typed", ["1,2.3.4", "3,..0."])
def test_s17dd_a_dotted_group_is_no_amount_and_says_so(typed):
    with pytest.raises(InputError, match="is not an amount"):
        parse_money(typed)
    with pytest.raises(InputError, match="is not an amount"):
        typed_rate(f"{typed}/d", Resource(1, "Ana"), Project(), "Std. Rate")


def test_s17dd_numbers_and_amounts_still_read_as_meant():
    assert parse_money("1.234.567,5") == 1234567.5
    assert typed_rate("1,200/d", Resource(1, "Ana"), Project(), "Std. Rate") == (
        150.0,
        RateUnit.DAY,
    )
    assert typed_number("1,000,001 %", "Max") == 1000001.0
    assert typed_number("-1.000.001,5", "Max", ".", ",") == -1000001.5
    assert typed_number("12,5", "Max") == 12.5


def test_s17dd_roster_amounts_and_rates_are_refused_in_the_same_words():
    from app.ui.team.roster_model import RosterColumn, edited

    ana = Resource(1, "Ana")
    assert edited(ana, RosterColumn.COST_PER_USE, " €1.234,5 ", ("€", "EUR")).cost_per_use == 1234.5
    for column, typed, said in (
        (RosterColumn.COST_PER_USE, "lots", "Cost/use: 'lots' is not an amount"),
        (RosterColumn.COST_PER_USE, "-5", "Cost/use cannot be negative"),
        (RosterColumn.STANDARD_RATE, "lots/d", "'lots/d' is not an amount"),
        (RosterColumn.STANDARD_RATE, "-5/d", "cannot be negative"),
    ):
        with pytest.raises(InputError) as caught:
            edited(ana, column, typed)
        assert str(caught.value).endswith(said)
