"""One number reader: Max units, Number fields and Find's numbers (typed_rates.typed_number)
read a figure as durations and money do (money.locale_number). The old second reader took
"0,500" for 500 in the US (money and durations: a half) and "12 5" for 125."""

from __future__ import annotations

import pytest

from app.domain.errors import InputError
from app.domain.money import locale_number
from app.domain.typed_rates import typed_number

US = (",", ".")
GERMAN = (".", ",")
FRENCH = ("\u202f", ",")
ARABIC = ("\u066c", "\u066b")


@pytest.mark.parametrize(
    ("text", "marks", "value"),
    [
        ("1,000,001 %", US, 1000001),
        ("1.000.001 %", GERMAN, 1000001),
        ("12,5", GERMAN, 12.5),
        ("12,5", US, 12.5),
        ("1 000,5", FRENCH, 1000.5),
        ("1\u202f000", FRENCH, 1000),
        ("12\u066b5", ARABIC, 12.5),
        ("\u0661\u066c\u0662\u0660\u0660", ARABIC, 1200),
        ("0,500", US, 0.5),
        ("-5", US, -5),
        (".5", US, 0.5),
    ],
)
def test_s24lo_typed_number_reads_as_the_shared_reader(text, marks, value):
    assert typed_number(text, "Max units", *marks) == pytest.approx(value)
    assert locale_number(text.rstrip("%").strip(), *marks) == pytest.approx(value)


@pytest.mark.parametrize("text", ["12 5", "", "%", "+", "12k", "1,2,3", "nan", "inf", "9" * 400])
def test_s24lo_typed_number_refuses_with_the_callers_message(text):
    with pytest.raises(InputError) as refused:
        typed_number(text, "Max units", *US)
    assert str(refused.value).startswith("Max units: ")
    assert str(refused.value).endswith("is not a number")
