"""A Swiss reader (de_CH: ``1'500.00``) typing a German quote's ``1.500`` or ``1.500,00``
is told it is unclear or the other way round (s30xl F5), as an English or German reader
is, rather than getting 1.50 and 1500 in silence; Swiss amounts read as before."""

from __future__ import annotations

import pytest

from app.domain.errors import InputError
from app.domain.typed_money import read_typed_money
from app.domain.typed_rates import typed_amount

SWISS = ("\u2019", ".")
EURO = ("€", "EUR")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("1.500", "unclear: type 1\u2019500 or 1.5"),
        ("1.500,00", "the other way round"),
        ("1,500", "unclear"),
    ],
)
def test_s30lc_swiss_reader_refuses_german_marks(text, said):
    with pytest.raises(InputError, match=said):
        read_typed_money(text, EURO, SWISS, "Fixed Cost")


@pytest.mark.parametrize(
    ("text", "amount"),
    [("1'500", 1500.0), ("1\u2019500.50", 1500.5), ("12.5", 12.5), ("0.500", 0.5), ("1500", 1500)],
)
def test_s30lc_swiss_amounts_read_as_before(text, amount):
    assert read_typed_money(text, EURO, SWISS, "Fixed Cost") == amount


def test_s30lc_swiss_rate_refuses_german_thousands():
    with pytest.raises(InputError, match="unclear"):
        typed_amount("1.200 €/Tag", "Std. rate", EURO, "1.200 €", SWISS)
    assert typed_amount("1'200/d", "Std. rate", EURO, "1'200", SWISS) == 1200.0
