"""Amounts below one typed with a decimal comma are read as such.

Found typing rates in a plan shown in roubles: '0,500' (in roubles) became 500 and '0,001'
became 1, because a comma before three digits was always taken for a thousands
separator, though no grouped number starts with a 0 group.
"""

from __future__ import annotations

import pytest

from app.domain.money import parse_money

ROUBLE = ("\u0440.", "RUR")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0,500 \u0440.", 0.5),
        ("0,001", 0.001),
        ("-0,250", -0.25),
        ("\u0440.0,125", 0.125),  # the sign first
        # thousands as before
        ("1,234", 1234.0),
        ("12,000", 12000.0),
        ("1,234,567", 1234567.0),
        ("1 234,56\u0440.", 1234.56),
        ("0,5", 0.5),
    ],
)
def test_decimal_comma_below_one(text, value):
    assert parse_money(text, ROUBLE) == pytest.approx(value)
