"""GanttProject keeps a person's rate per day: read, it shows per day (1,000/d), kept per
hour (125/h on 8-hour days) as before, so costs do not move."""

from __future__ import annotations

from app.domain.resource import RateUnit, rate_in_unit
from app.formats import read_plan


def test_a_ganttproject_rate_shows_per_day(shared_data):
    plan = read_plan(shared_data / "gan" / "ganttproject-HouseBuildingSample.gan")
    rated = [r for r in plan.resources if r.standard_rate]
    assert rated
    assert {r.standard_rate_unit for r in plan.resources} == {RateUnit.DAY}
    per_day = {round(rate_in_unit(r.standard_rate, RateUnit.DAY, plan.project), 6) for r in rated}
    assert {40.0, 1000.0, 50.0} <= per_day  # the file's <rate name="standard" value=...>
    assert 125.0 in {r.standard_rate for r in rated}  # 1,000 a day of 8 hours, per hour
