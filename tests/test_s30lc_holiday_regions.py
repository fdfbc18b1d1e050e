"""A holiday region the list knows not is refused naming the known ones (s30xl F13):
``FR-GES`` (Grand Est) gave France's national holidays in silence. Bavaria keeps 15 August
(Mariä Himmelfahrt), as Munich and most of Bavaria do."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.calendars import public_holidays
from app.domain.errors import PlanError
from app.domain.holiday_places import read_place


def test_s30lc_unknown_french_region_refused_naming_the_known():
    with pytest.raises(PlanError, match=r"region 'GES'.*FR's regions are 57, 6AE"):
        read_place("FR-GES")


def test_s30lc_known_regions_still_read():
    assert read_place("FR-57") == ("FR", "57")
    assert read_place("DE-BY") == ("DE", "BY")
    assert read_place("Germany", "Bayern") == ("DE", "BY")


def test_s30lc_bavaria_keeps_the_assumption():
    assert date(2027, 8, 15) in public_holidays("DE", "BY", 2027)
    assert date(2027, 8, 15) not in public_holidays("DE", "BE", 2027)
