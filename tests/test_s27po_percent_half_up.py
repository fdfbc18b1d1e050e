"""Whole % texts round halves up, as MS Project shows them: 52.5 % of work done is "53%"
(Python's ``:.0f`` gave "52%", the even neighbour)."""

import pytest

from app.domain.cost_tracking import Figure, Kind, tracking_text
from app.domain.percent_shown import half_up
from app.domain.plan import Plan


@pytest.mark.parametrize(
    ("value", "whole"),
    [(52.5, 53), (12.5, 13), (0.525 * 100, 53), (52.49, 52), (0.5, 1), (0.0, 0), (-2.5, -3)],
)
def test_s27po_half_up(value: float, whole: int) -> None:
    assert half_up(value) == whole


def test_s27po_tracking_percent_rounds_half_up() -> None:
    plan = Plan()
    assert tracking_text(Figure(52.5, Kind.PERCENT), plan, str) == "53%"
    assert tracking_text(Figure(100 * 21 / 40, Kind.PERCENT), plan, str) == "53%"
    assert tracking_text(Figure(2.5, Kind.PERCENT), plan, str) == "3%"
    assert tracking_text(Figure(52.4, Kind.PERCENT), plan, str) == "52%"
