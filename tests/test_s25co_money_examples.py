"""An amount Gantry cannot read is refused with examples in the reader's own marks: a German
user typing "12k" into a cost item's Work line in Usage (money there) was told to try
"12,500.50", which their locale reads as twelve and a half."""

import pytest

from app.domain.errors import InputError
from app.domain.money import NO_MARKS, parse_money


@pytest.mark.parametrize(
    ("marks", "example"),
    [
        ((".", ","), "12000 or 12.500,50"),  # German
        (("\u202f", ","), "12000 or 12\u202f500,50"),  # French
        (("'", "."), "12000 or 12'500.50"),  # Swiss
        ((",", "."), "12000 or 12,500.50"),  # US
        (NO_MARKS, "12000 or 12,500.50"),  # files and the command line
    ],
)
def test_s25co_refused_amount_gives_examples_in_the_users_marks(marks, example):
    with pytest.raises(InputError) as refused:
        parse_money("12k", ("€", "EUR"), marks)
    assert str(refused.value) == f"'12k' is not an amount (try {example})"


def test_s25co_the_german_example_reads_back_as_the_amount_it_shows():
    assert parse_money("12.500,50", ("€", "EUR"), (".", ",")) == 12500.5
