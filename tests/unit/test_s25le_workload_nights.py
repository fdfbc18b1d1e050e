"""The daily workload's over-allocated days agree with the over-allocation sweep on work in
non-working time on a working day (since 38ab018 the sweep flags it 'works outside working
hours'): a night crew's 8 h at 100 % fit Tuesday's 8 h of capacity, but lie outside them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.overallocation import overallocations
from app.domain.scheduler import schedule
from app.domain.workload import workload
from tests.unit.test_s25ov_off_hours_everywhere import TUE_NIGHT, WEEKEND, _plan

EVENING = (datetime(2027, 3, 2, 18, 0), datetime(2027, 3, 2, 22, 0))  # Tuesday, after hours
TUESDAY = (datetime(2027, 3, 2, 8, 0), datetime(2027, 3, 2, 17, 0))


@pytest.mark.parametrize(
    ("when", "days"),
    [
        (TUE_NIGHT, [date(2027, 3, 2)]),  # laid on the day it starts on, as Usage reds it
        (EVENING, [date(2027, 3, 2)]),
        (WEEKEND, [date(2027, 3, 6)]),
        (TUESDAY, []),
    ],
)
def test_s25le_over_days_agree_with_the_sweep(when, days):
    plan = _plan(when)
    result = schedule(plan)
    assert workload(plan, result).over_days(1) == days
    swept = overallocations(plan, result)
    assert [o.start.date() for o in swept] == days
