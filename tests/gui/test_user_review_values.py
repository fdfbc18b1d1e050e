"""Values in the Review changes dialog read as the sheets show them: money with the
project's currency, probabilities and max units as percentages."""

from __future__ import annotations

import pytest

from app.domain.project import Project
from app.ui.exchange.labels import show_value

PROJECT = Project(currency="USD", currency_symbol="$")


@pytest.mark.parametrize(
    ("field", "value", "shown"),
    [
        ("fixed_cost", 1500, "$1,500.00"),
        ("fixed_cost", 0.0, "$0.00"),
        ("standard_rate", 82.5, "$82.50"),
        ("impact", 10000.0, "$10,000.00"),
        ("contingency", 2500, "$2,500.00"),
        ("probability", 0.3, "30%"),
        ("max_units", 0.5, "50%"),
        ("percent_complete", 50.0, "50%"),
        ("percent_complete", 12.5, "13%"),  # as the sheet rounds it (halves up)
        ("percent_complete", 22.2222, "22%"),
        ("name", "Design", "Design"),
    ],
)
def test_review_values_read_like_the_sheets(field, value, shown):
    assert show_value(field, value, PROJECT) == shown
