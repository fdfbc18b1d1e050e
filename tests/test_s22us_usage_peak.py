"""Resource Usage's Peak Units (a person's highest units within each period, MS Project's
timephased field) and Peak (over the plan), by the domain's rules and as ``gantry usage
--details peak`` prints them."""

from __future__ import annotations

import csv
from datetime import datetime

import pytest

from app.cli import main
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.domain.usage import Scale, build_usage
from app.domain.usage_bookings import Bookings
from app.domain.usage_costs import CostUsage
from app.domain.usage_detail_rows import Detail
from app.domain.usage_details import UsageDetails
from app.domain.usage_tree import build_usage_tree
from app.formats import write_plan

MON = datetime(2026, 1, 5, 8, 0)  # a Monday
DAY = 480


def _morning_plan() -> Plan:
    """Ana on Call and Mail at once on Monday morning (4 h each: 200 % for the morning, 8 h
    in the day, which is her day's capacity), then on Notes at 50 % from Tuesday."""
    plan = Plan(project=Project(start=MON, currency="USD", currency_symbol="$"))
    plan.append_task(Task(1, "Call", duration_minutes=240))
    plan.append_task(Task(2, "Mail", duration_minutes=240))
    tue = MON.replace(day=6)
    plan.append_task(
        Task(
            3,
            "Notes",
            duration_minutes=DAY,
            constraint_type=ConstraintType.SNET,
            constraint_date=tue,
        )
    )
    plan.add_resource(Resource(1, "Ana", standard_rate=10.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 240))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 240))
    plan.add_assignment(Assignment(3, 3, 1, 0.5, 240))
    return plan


def details_of(plan: Plan, scale: Scale, by_task: bool = False):
    sched = schedule(plan)
    usage = build_usage(plan, sched)
    costs = CostUsage(plan, sched, usage)
    tree = build_usage_tree(usage, costs, by_task, project=plan.project)
    details = UsageDetails(
        tree, usage.periods(scale), compute_costs(plan, sched), Bookings(plan, sched)
    )
    return tree, details, sched


def top_row(tree, name: str) -> int:
    return next(r for r in range(len(tree)) if tree.name(r) == name and tree.depth[r] == 0)


def test_s22us_peak_units_is_the_highest_units_within_the_period_not_the_average():
    plan = _morning_plan()
    tree, details, _ = details_of(plan, Scale.DAYS)
    ana = top_row(tree, "Ana")
    work = details.values(ana, Detail.WORK)
    peaks = details.values(ana, Detail.PEAK_UNITS)
    assert details.unit(ana, Detail.PEAK_UNITS) == "%"
    # Monday: 8 h of work is a full day on average, but both tasks run in the morning
    assert work[0] == pytest.approx(2 * 240)
    assert peaks[0] == pytest.approx(200.0)
    assert tree.usage.overallocated(details.periods)[tree.person(ana), 0]
    # an assignment's or a task's row has no Peak Units line
    assert not details.values(ana + 1, Detail.PEAK_UNITS).any()


def test_s22us_peak_units_per_week_and_peak_over_the_plan():
    plan = _morning_plan()
    sched = schedule(plan)
    bookings = Bookings(plan, sched)
    usage = build_usage(plan, sched)
    weeks = usage.periods(Scale.WEEKS)
    assert bookings.peaks(1, weeks).tolist()[0] == pytest.approx(2.0)
    assert bookings.peak(1) == pytest.approx(2.0)
    assert bookings.assignment_peak(plan.assignments[2]) == pytest.approx(0.5)
    over = bookings.overallocations(1)
    assert [(o.start, o.units) for o in over] == [(MON, pytest.approx(2.0))]
    assert bookings.peak(99) == 0.0
    assert bookings.overallocations(99) == []


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "morning.gantry"
    write_plan(_morning_plan(), path)
    return path


def test_s22us_usage_prints_a_peak_units_line_under_each_person(source, capsys):
    assert main(["usage", str(source), "--by", "day", "--details", "peak"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split()[:4] == ["Ana", "12.0h", "Work", "8.0h*"]
    assert lines[2].split() == ["Peak", "Units", "200%", "50%"]
    assert lines[3].split()[:3] == ["Call", "4.0h", "Work"]  # an assignment: no Peak line
    assert "Peak" not in lines[4]


def test_s22us_usage_csv_writes_peak_units_in_percent(source, tmp_path):
    target = tmp_path / "usage.csv"
    assert (
        main(["usage", str(source), "--by", "day", "--details", "peak", "--csv", str(target)]) == 0
    )
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[2][:7] == ["Ana", "", "1", "%", "Peak Units", "", "200.00"]
    assert rows[2][7] == "50.00"
