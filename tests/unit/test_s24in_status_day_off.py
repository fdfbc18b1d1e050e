"""The status report's over-allocated people say why where Peak and Max cannot: Anna's Saturday
typed into Design (8 h at her 100 %) reads Peak 100 %, Max 100 %, and her weeks end in
'(works on a day off)'; someone booked beyond their max units reads as before."""

from __future__ import annotations

from dataclasses import replace

from app.domain.costs import compute_costs
from app.domain.scheduler import schedule
from app.domain.status_lines import StatusReport
from app.domain.status_report import gather_status
from app.report.status_tables import people_table
from tests.test_s24us_day_off_typed import MON, SAT, H, anna_plan, type_on


def _report(plan) -> StatusReport:
    result = schedule(plan)
    return gather_status(plan, result, compute_costs(plan, result), now=MON)


def test_s24in_a_day_off_worked_is_said_in_the_people_table():
    plan = anna_plan()
    type_on(plan, SAT, 8 * H)
    report = _report(plan)
    (anna,) = report.people
    assert anna.off_time
    (row,) = people_table(report).rows
    assert row == ("Anna", "100%", "100%", "w/c 2027-03-01 (works on a day off)", "Design")


def test_s24in_above_max_units_and_a_day_off_both_show():
    plan = anna_plan()
    type_on(plan, SAT, 8 * H)
    plan.update_resource(replace(plan.resource(1), max_units=0.5))
    (row,) = people_table(_report(plan)).rows
    assert row[1:3] == ("100%", "50%")
    assert row[3].endswith(" (works on a day off)")


def test_s24in_booked_beyond_max_units_alone_has_no_day_off():
    plan = anna_plan()
    plan.update_resource(replace(plan.resource(1), max_units=0.5))
    report = _report(plan)
    (anna,) = report.people
    assert not anna.off_time
    (row,) = people_table(report).rows
    assert row[1:3] == ("100%", "50%")
    assert "day off" not in row[3]
    assert row[3].startswith("w/c 2027-03-01")
