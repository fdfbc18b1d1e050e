"""MS Project XML people: the unit each rate shows in (<StandardRateFormat>,
<OvertimeRateFormat>, also per cost-rate-table row), max units past 1,000,000 % refused
naming the element, and rate-table messages naming the person, not only the UID."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.costs import compute_costs
from app.domain.diff import diff_plans
from app.domain.errors import FileFormatError
from app.domain.resource import RateUnit, rate_in_unit
from app.domain.scheduler import schedule
from app.io.mspdi import read_mspdi

_FILE = """<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
<Name>Site</Name><StartDate>2026-01-05T08:00:00</StartDate>
<Tasks><Task><UID>1</UID><ID>1</ID><Name>Pour</Name><Duration>PT16H0M0S</Duration>
<OutlineLevel>1</OutlineLevel></Task></Tasks>
<Resources><Resource><UID>4</UID><ID>1</ID><Name>Ann Lee</Name><Type>1</Type>
<MaxUnits>{max_units}</MaxUnits><StandardRate>150</StandardRate>
<StandardRateFormat>{std_format}</StandardRateFormat>
<OvertimeRate>200</OvertimeRate><OvertimeRateFormat>4</OvertimeRateFormat>
<AvailabilityPeriods><AvailabilityPeriod><AvailableFrom>2026-01-05T08:00:00</AvailableFrom>
<AvailableTo>2026-06-30T17:00:00</AvailableTo><AvailableUnits>{available}</AvailableUnits>
</AvailabilityPeriod></AvailabilityPeriods>
<Rates><Rate><RatesFrom>2026-03-02T08:00:00</RatesFrom><RatesTo>2049-12-31T23:59:00</RatesTo>
<RateTable>{table}</RateTable><StandardRate>{table_rate}</StandardRate>
<StandardRateFormat>3</StandardRateFormat><OvertimeRate>0</OvertimeRate>
<CostPerUse>0</CostPerUse></Rate></Rates>
</Resource></Resources>
<Assignments><Assignment><UID>9</UID><TaskUID>1</TaskUID><ResourceUID>4</ResourceUID>
<Units>1</Units><Work>PT16H0M0S</Work></Assignment></Assignments>
</Project>
"""
_GOOD = {
    "max_units": "1",
    "std_format": "3",
    "available": "0.5",
    "table": "1",
    "table_rate": "45",
}


def _xml(tmp_path: Path, **values: str) -> Path:
    path = tmp_path / "site.xml"
    path.write_text(_FILE.format(**{**_GOOD, **values}), encoding="utf-8")
    return path


def _refused(path: Path) -> str:
    with pytest.raises(FileFormatError) as err:
        read_mspdi(path)
    return str(err.value)


def test_rate_formats_are_read_as_the_units_shown(tmp_path):
    ann = read_mspdi(_xml(tmp_path)).resource(4)
    assert (ann.standard_rate, ann.standard_rate_unit) == (150.0, RateUnit.DAY)
    assert (ann.overtime_rate, ann.overtime_rate_unit) == (200.0, RateUnit.WEEK)
    entry = ann.rate_tables[1][0]
    assert (entry.standard_rate, entry.standard_rate_unit) == (45.0, RateUnit.DAY)
    assert entry.overtime_rate_unit is RateUnit.HOUR  # no format given: per hour


@pytest.mark.parametrize(("code", "unit"), [("1", RateUnit.MINUTE), ("8", RateUnit.HOUR)])
def test_other_formats(tmp_path, code, unit):
    """8 is a material's rate (per its label): nothing to show per time."""
    assert read_mspdi(_xml(tmp_path, std_format=code)).resource(4).standard_rate_unit is unit


def test_costs_do_not_depend_on_the_unit(tmp_path):
    per_day = read_mspdi(_xml(tmp_path))
    per_hour = read_mspdi(_xml(tmp_path, std_format="2"))
    costs = [compute_costs(p, schedule(p)).resource_cost[4] for p in (per_day, per_hour)]
    assert costs[0] == costs[1] == 16 * 150.0


def test_ms_projects_own_cost_rate_table_file(shared_data):
    """MS Project 2007's rate tables: Resource Three's table B shows 50/d and 55/w, C 80/mo
    and 85/y (the file keeps each per hour: 6.25, 1.375, 0.5 and 0.04087)."""
    plan = read_mspdi(shared_data / "mspdi" / "mspdicostratetable.xml")
    three = next(r for r in plan.resources if r.name == "Resource Three")
    shown = {
        (
            e.standard_rate_unit,
            round(rate_in_unit(e.standard_rate, e.standard_rate_unit, plan.project), 2),
        )
        for table in three.rate_tables
        for e in table
    } | {
        (
            e.overtime_rate_unit,
            round(rate_in_unit(e.overtime_rate, e.overtime_rate_unit, plan.project), 2),
        )
        for table in three.rate_tables
        for e in table
    }
    assert {
        (RateUnit.DAY, 50.0),
        (RateUnit.WEEK, 55.0),
        (RateUnit.MONTH, 80.0),
        (RateUnit.YEAR, 85.01),
        (RateUnit.MINUTE, 20.0),  # 1200/h shown per minute
    } <= shown
    assert {u for u, _ in shown} >= {RateUnit.HOUR}


def test_a_rate_table_message_names_the_person(tmp_path):
    said = _refused(_xml(tmp_path, table_rate="1e300"))
    assert said.startswith("Resource 'Ann Lee' (UID 4): cost rate table B <StandardRate>: ")
    assert "'1e300' is more than 1,000,000,000" in said
    said = _refused(_xml(tmp_path, table="7"))
    assert said.startswith("Resource 'Ann Lee' (UID 4): <Rate> <RateTable> 7 is not 0..4")
    said = _refused(_xml(tmp_path, table_rate="lots"))
    assert said.startswith("Resource 'Ann Lee' (UID 4): cost rate table B: <StandardRate> 'lots'")


def test_max_units_past_a_million_percent_are_refused_naming_the_element(tmp_path):
    said = _refused(_xml(tmp_path, max_units="20000"))
    assert said.startswith("Resource #1 (UID 4) 'Ann Lee' <MaxUnits>: '20000' (2,000,000%)")
    assert "10,000 (1,000,000%)" in said
    said = _refused(_xml(tmp_path, available="1e300"))
    assert said.startswith(
        "Resource 'Ann Lee' (UID 4): availability period 1 <AvailableUnits>: '1e300'"
    )
    # the limit itself is taken
    assert read_mspdi(_xml(tmp_path, max_units="10000")).resource(4).max_units == 10_000.0


def test_units_round_trip_ms_project_xml_in_the_schemas_places(tmp_path):
    from app.formats import read_plan, write_plan
    from app.store.document import write_plan as write_gantry

    ours = read_mspdi(_xml(tmp_path))
    gantry = tmp_path / "site.gantry"
    write_gantry(ours, gantry)
    out = tmp_path / "out.xml"
    write_plan(read_plan(gantry), out)
    text = out.read_text(encoding="utf-8")
    assert (
        "<StandardRate>150.0</StandardRate><StandardRateFormat>3</StandardRateFormat>"
        "<OvertimeRate>200.0</OvertimeRate><OvertimeRateFormat>4</OvertimeRateFormat>"
    ) in text.replace("\n", "").replace(" ", "")
    assert "<StandardRate>45.0</StandardRate><StandardRateFormat>3</StandardRateFormat>" in (
        text.replace("\n", "").replace(" ", "")
    )
    again = read_mspdi(out)
    assert again.resources == ours.resources
    assert diff_plans(read_plan(gantry), again) == []
    costs = [compute_costs(p, schedule(p)).total_cost for p in (ours, again)]
    assert costs[0] == costs[1]
    second = tmp_path / "second.xml"
    write_plan(again, second)
    assert second.read_bytes() == out.read_bytes()
