"""A rate raised by +10 % in a rate table is kept to the currency's cents in the unit it is
shown in (tester s30xt, L4: 100/h + 10 % was stored 110.00000000000001 and written so to
MS Project XML)."""

from __future__ import annotations

from datetime import datetime

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import RateEntry, RateUnit, Resource
from app.ui.team.resource_dialog import ResourceDialog


def _raised(qtbot, entry: RateEntry, typed: list[str]) -> RateEntry:
    res = Resource(1, "Tom", standard_rate=entry.standard_rate, rate_tables=((entry,),))
    plan = Plan(project=Project(name="Bill", start=datetime(2027, 1, 4, 8), currency_symbol="€"))
    plan.add_resource(res)
    dialog = ResourceDialog(plan, res)
    qtbot.addWidget(dialog)
    dialog.rate_grids[0].add_row(["2027-02-01", *typed])
    return dialog.resource().rate_tables[0][-1]


def test_s30tb_ten_percent_on_100_is_exactly_110(qtbot):
    last = _raised(qtbot, RateEntry(None, 100.0, 150.0, 50.0), ["+10%", "+10%", "+10%"])
    assert last.standard_rate == 110.0  # exactly: not 110.00000000000001
    assert last.overtime_rate == 165.0
    assert last.cost_per_use == 55.0
    assert repr(last.standard_rate) == "110.0"


def test_s30tb_a_day_rate_is_rounded_in_its_own_unit(qtbot):
    # 1,111.00/d on 8-hour days is 138.875/h; + 10 % is 1,222.10/d, kept as such
    last = _raised(qtbot, RateEntry(None, 138.875, 0, 0, RateUnit.DAY), ["+10%", "", ""])
    assert last.standard_rate_unit is RateUnit.DAY
    assert round(last.standard_rate * 8, 6) == 1222.1
