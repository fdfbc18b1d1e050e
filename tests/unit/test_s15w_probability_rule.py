"""One rule for a risk's probability, in the Risks view and in the client workbook.

The view read "0,4" as 40 % while the workbook's Risks sheet read the same text as
0.4 %. The rule (app.domain.risk.read_probability, written down in its docstring and
the Probability column's tooltip): text "40" or "40%" is percent; a fraction below 1
with a decimal point and no sign ("0.4", "0,4", ".4") is that fraction; "0.4%" is
0.4 %. A number cell (a percentage cell holds 40 % as 0.4) up to 1 is a fraction,
above 1 up to 100 is percent. Anything else gets one message.
"""

from __future__ import annotations

import math

import pytest

from app.domain.errors import InputError
from app.domain.risk import non_negative, probability_of_number, read_probability


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0,4", 0.4),
        ("0.4", 0.4),
        (".4", 0.4),
        ("40", 0.4),
        ("40%", 0.4),
        ("40 %", 0.4),
        ("0.4%", 0.004),
        ("1", 0.01),
        ("100", 1.0),
        ("0", 0.0),
    ],
)
def test_text(typed, expected):
    assert read_probability(typed) == pytest.approx(expected)


@pytest.mark.parametrize(("number", "expected"), [(0.4, 0.4), (1, 1.0), (40, 0.4), (0, 0.0)])
def test_numbers(number, expected):
    assert probability_of_number(number) == pytest.approx(expected)


@pytest.mark.parametrize("typed", ["likely", "", "4 0", "40%%x"])
def test_what_is_not_a_number_gets_one_message(typed):
    with pytest.raises(InputError, match=r"is not a percentage \(type 40%, 40 or 0.4\)"):
        read_probability(typed)


@pytest.mark.parametrize("typed", ["150", "-5", "100.5%", "nan"])
def test_out_of_range_text(typed):
    with pytest.raises(InputError, match="is not between 0 and 100 %"):
        read_probability(typed)


@pytest.mark.parametrize("number", [150.0, -0.1, math.nan])
def test_out_of_range_numbers(number):
    with pytest.raises(InputError, match="is not between 0 and 100 %"):
        probability_of_number(number)


def test_a_negative_amount_is_said_in_plain_english():
    assert non_negative("the impact", 0.0) == 0.0
    with pytest.raises(InputError) as caught:
        non_negative("the impact", -500.0)
    assert str(caught.value) == "the impact cannot be negative (-500)"
