"""A number cell typed as text in a client sheet: what a client writes around a number
is read, other letters are refused, never silently dropped ("1e307" was read as 1307)."""

from __future__ import annotations

import pytest

from app.io.sheet_values import CellError, read_number


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("1,200.50", 1200.5),
        ("1.200,50 €", 1200.5),
        ("€ 300", 300.0),
        ("EUR 300", 300.0),
        ("300 CHF", 300.0),
        ("1 200 kr", 1200.0),
        ("1'200", 1200.0),
        ("95/h", 95.0),
        ("-5", -5.0),
        ("1e307", 1e307),
        ("2.5E-3", 0.0025),
    ],
)
def test_a_number_with_what_clients_write_around_it_is_read(typed, number):
    assert read_number(typed) == number


@pytest.mark.parametrize("typed", ["12abc34", "4 to 5", "inf", "nan", "1e400", "abc"])
def test_text_with_other_letters_is_no_number(typed):
    with pytest.raises(CellError, match="is not a number"):
        read_number(typed)
