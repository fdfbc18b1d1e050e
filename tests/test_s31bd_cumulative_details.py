"""Task and Resource Usage's running-total detail rows, a sprint's burn-down (tester s31xa
M4): Cumulative Work, Remaining Cumulative Work and Cumulative Cost, in the window's
Details menu and ``gantry usage --details/--field``. Figures hand computed on
tests/s31bd_plan.py: Design Mon 1 - Fri 5 Mar, Build Mon 8 - Fri 12 Mar, Ana 8h a day at
100/h (800 a day); Design done, Build 40 %."""

from __future__ import annotations

import pytest

from app.domain.costs import compute_costs
from app.domain.errors import AppError
from app.domain.scheduler import schedule
from app.domain.usage import Periods, Scale, build_usage
from app.domain.usage_bookings import Bookings
from app.domain.usage_costs import CostUsage
from app.domain.usage_detail_rows import Detail
from app.domain.usage_details import UsageDetails
from app.domain.usage_tree import MONEY, build_usage_tree
from app.store.document import write_plan
from tests.cli.test_cli import gantry
from tests.s31bd_plan import sprint_plan

H = 60.0
CUM, REM, COST = Detail.CUMULATIVE_WORK, Detail.REMAINING_CUMULATIVE_WORK, Detail.CUMULATIVE_COST
# the 12 days Mon 1 .. Fri 12 Mar; the weekend between holds no work
SPRINT_CUM = [8, 16, 24, 32, 40, 40, 40, 48, 56, 64, 72, 80]
SPRINT_REM = [72, 64, 56, 48, 40, 40, 40, 32, 24, 16, 8, 0]  # 0: the work is all done
SPRINT_COST = [800, 1600, 2400, 3200, 4000, 4000, 4000, 4800, 5600, 6400, 7200, 8000]


def _details(by_task: bool = True, scale: Scale = Scale.DAYS):
    plan = sprint_plan()
    found = schedule(plan)
    usage = build_usage(plan, found)
    tree = build_usage_tree(usage, CostUsage(plan, found, usage), by_task, project=plan.project)
    periods = usage.periods(scale)
    details = UsageDetails(tree, periods, compute_costs(plan, found), Bookings(plan, found))
    return tree, details


def _row(tree, name: str, depth: int = 0) -> int:
    return next(r for r in range(len(tree)) if tree.name(r) == name and tree.depth[r] == depth)


def test_s31bd_a_sprint_row_burns_down_day_by_day():
    tree, details = _details()
    sprint = _row(tree, "Sprint")
    assert (details.values(sprint, CUM) / H).tolist() == SPRINT_CUM
    assert (details.values(sprint, REM) / H).tolist() == SPRINT_REM
    assert details.values(sprint, COST).tolist() == SPRINT_COST
    assert details.unit(sprint, COST) == MONEY
    assert details.unit(sprint, CUM) == tree.unit(sprint)


def test_s31bd_a_story_shows_its_running_total_only_over_its_own_days():
    tree, details = _details()
    build = _row(tree, "Build", 1)
    assert (details.values(build, CUM) / H).tolist() == [0] * 7 + [8, 16, 24, 32, 40]
    assert (details.values(build, REM) / H).tolist() == [0] * 7 + [32, 24, 16, 8, 0]
    design = _row(tree, "Design", 1)
    assert (details.values(design, CUM) / H).tolist() == [8, 16, 24, 32, 40] + [0] * 7


def test_s31bd_a_window_starting_later_counts_the_work_before_it():
    tree, details = _details()
    later = Periods(Scale.DAYS, details.periods.starts[7:], details.periods.bounds[7:])
    windowed = UsageDetails(tree, later, details._costs, details._bookings)
    sprint = _row(tree, "Sprint")
    assert (windowed.values(sprint, CUM) / H).tolist() == SPRINT_CUM[7:]
    assert (windowed.values(sprint, REM) / H).tolist() == SPRINT_REM[7:]
    assert windowed.values(sprint, COST).tolist() == SPRINT_COST[7:]


def test_s31bd_a_person_row_adds_up_their_work_over_both_stories():
    people, details = _details(by_task=False)
    ana = _row(people, "Ana")
    assert (details.values(ana, CUM) / H).tolist() == SPRINT_CUM
    assert details.values(ana, COST).tolist() == SPRINT_COST


def test_s31bd_gantry_usage_prints_the_burn_down_lines(tmp_path):
    path = tmp_path / "sprint.gantry"
    write_plan(sprint_plan(), path)
    result = gantry(
        "usage", str(path), "--tasks", "--by", "week", "--csv", str(tmp_path / "u.csv"),
        "--details", "cumulative-work,remaining-cumulative-work",
        "--field", "cumulative-cost",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "u.csv").read_text(encoding="utf-8-sig")
    lines = [line for line in text.splitlines() if line.startswith("Sprint,")]
    assert lines[1:] == [
        "Sprint,,1,hours,Cumulative Work,,40.00,80.00",
        "Sprint,,1,hours,Rem. Cumulative Work,,40.00,",  # nothing left after week 2
        "Sprint,,1,EUR,Cumulative Cost,,4000.00,8000.00",
    ]
    alone = gantry("usage", str(path), "--field", "cumulative-work")
    assert alone.returncode == 0, alone.stderr
    assert "Cumulative Work" in alone.stdout


def test_s31bd_a_word_it_does_not_know_names_the_choices():
    with pytest.raises(AppError, match="cumulative-work"):
        Detail.parse("cumulative-hours")
    assert Detail.parse("burn-down") == (Detail.WORK, REM)
