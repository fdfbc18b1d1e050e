"""``--filter`` takes the View > Filter menu's name as well as the command-line one (s30xc:
``--filter "Date Range=2027-10-11..2027-10-31"`` was refused; only ``date-range`` worked)."""

from __future__ import annotations

import pytest

from app.cli.filtering import parse_filter_option
from app.domain.filters import FilterKind


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("Date Range=2027-10-11..2027-10-31", FilterKind.DATE_RANGE),
        ("Date Range...=2027-10-11..2027-10-31", FilterKind.DATE_RANGE),
        ("date-range=2027-10-11..2027-10-31", FilterKind.DATE_RANGE),
        ("Using Resource=Ana", FilterKind.USING_RESOURCE),
        ("Tasks With Deadlines", FilterKind.DEADLINES),
        ("CRITICAL", FilterKind.CRITICAL),
    ],
)
def test_s30mc_a_filter_by_its_menu_name(typed: str, kind: FilterKind) -> None:
    assert parse_filter_option(typed).kind is kind


def test_s30mc_an_unknown_filter_is_still_refused() -> None:
    with pytest.raises(Exception, match="unknown filter 'Date Rang'"):
        parse_filter_option("Date Rang=2027-10-11..2027-10-31")
