"""MS Project's tracking, variance, cost and work fields (app/domain/cost_tracking.py): the
figures the task sheet and the printout show, read where the Budget view reads them."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.baselines import snapshot, variances
from app.domain.cost_accrual import parse_accrual
from app.domain.cost_tracking import TRACKING_KEYS, Figure, Kind, TrackingFigures, tracking_text
from app.domain.costs import compute_costs
from app.domain.errors import InputError
from app.domain.link import Link, LinkType
from app.domain.money import format_money
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    """Phase(1) > Build(2, 4d, Ana 100/h) -> Test(3, 2d, Ana); baseline 0 saved."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Build", 2, duration_minutes=4 * DAY))
    plan.append_task(Task(3, "Test", 2, duration_minutes=2 * DAY))
    plan.add_link(Link(2, 3, LinkType.FS))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 2, 1, 1.0))
    plan.add_assignment(Assignment(2, 3, 1, 1.0))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    return plan


def _figures(plan: Plan) -> TrackingFigures:
    s = schedule(plan)
    return TrackingFigures(plan, s, compute_costs(plan, s))


def _text(plan: Plan, figures: TrackingFigures, key: str, uid: int) -> str:
    figure = figures.figure(key, uid)
    return tracking_text(figure, plan, lambda amount: format_money(amount, plan.project))


def test_variances_are_the_baseline_variance_tabs() -> None:
    plan = _plan()
    plan.update_task(replace(plan.task(2), duration_minutes=5 * DAY, percent_complete=40.0))
    figures = _figures(plan)
    tab = variances(plan, figures.schedule, figures.costs, 0)
    for uid in (1, 2, 3):
        v = tab[uid]
        assert figures.figure("duration_variance", uid) == Figure(
            v.duration_minutes, Kind.SPAN, True
        )
        assert figures.figure("work_variance", uid) == Figure(v.work_minutes, Kind.WORK, True)
        start = figures.figure("start_variance", uid)
        assert start == Figure(v.start_minutes, Kind.SPAN, True)
    # Build is a day longer: Test starts a day late, the phase runs a day longer.
    assert _text(plan, figures, "duration_variance", 2) == "+1d"
    assert _text(plan, figures, "start_variance", 3) == "+1d"
    assert _text(plan, figures, "start_variance", 2) == "0d"
    assert _text(plan, figures, "work_variance", 2) == "+8h"
    assert _text(plan, figures, "work_variance", 1) == "+8h"


def test_actuals_and_remaining_are_the_cost_reports() -> None:
    plan = _plan()
    plan.update_task(replace(plan.task(2), percent_complete=50.0, actual_start=MON))
    figures = _figures(plan)
    costs = figures.costs
    assert _text(plan, figures, "actual_cost", 2) == format_money(
        costs.task_actual_cost[2], plan.project
    )
    assert costs.task_actual_cost[2] == pytest.approx(1600.0)
    assert _text(plan, figures, "remaining_cost", 2) == format_money(1600.0, plan.project)
    assert _text(plan, figures, "actual_work", 2) == "16h"
    assert _text(plan, figures, "remaining_work", 2) == "16h"
    assert _text(plan, figures, "percent_work_complete", 2) == "50%"
    assert _text(plan, figures, "actual_duration", 2) == "2d"
    # the phase adds its subtasks up: 16h of 48h done
    assert _text(plan, figures, "actual_work", 1) == "16h"
    assert _text(plan, figures, "remaining_work", 1) == "32h"
    assert _text(plan, figures, "percent_work_complete", 1) == "33%"


def test_baseline_figures_and_blank_cells_without_a_baseline() -> None:
    plan = _plan()
    figures = _figures(plan)
    assert _text(plan, figures, "baseline_duration", 2) == "4d"
    assert _text(plan, figures, "baseline_work", 2) == "32h"
    assert _text(plan, figures, "baseline_work", 1) == "48h"
    plan.baselines.clear()
    bare = _figures(plan)
    for key in ("start_variance", "duration_variance", "work_variance", "baseline_work"):
        assert _text(plan, bare, key, 2) == ""
    assert _text(plan, bare, "remaining_cost", 2) != ""


def test_a_task_added_after_the_baseline_has_no_variance() -> None:
    plan = _plan()
    plan.append_task(Task(4, "Late idea", 2, duration_minutes=DAY))
    figures = _figures(plan)
    assert all(_text(plan, figures, k, 4) == "" for k in ("start_variance", "baseline_duration"))
    assert {k for k in TRACKING_KEYS if figures.figure(k, 4) is None} == {
        "start_variance",
        "duration_variance",
        "work_variance",
        "baseline_duration",
        "baseline_work",
    }


def test_money_variance_and_negative_are_signed() -> None:
    plan = _plan()
    money = lambda amount: format_money(amount, plan.project)  # noqa: E731
    assert tracking_text(Figure(-480, Kind.SPAN, True), plan, money) == "-1d"
    assert tracking_text(Figure(-250.0, Kind.MONEY, True), plan, money) == "-" + money(250.0)
    assert tracking_text(None, plan, money) == ""


@pytest.mark.parametrize(
    ("typed", "accrual"),
    [
        ("Start", CostAccrual.START),
        ("end", CostAccrual.END),
        (" PRORATED ", CostAccrual.PRORATED),
        ("pro", CostAccrual.PRORATED),
        ("s", CostAccrual.START),
    ],
)
def test_accrual_read_from_its_word(typed, accrual) -> None:
    assert parse_accrual(typed) is accrual


@pytest.mark.parametrize("typed", ["", "later", "2"])
def test_an_unknown_accrual_is_refused_naming_the_field(typed) -> None:
    with pytest.raises(InputError, match=r"^Plan!F3[: ].*Start, Prorated, End$"):
        parse_accrual(typed, "Plan!F3")


def test_sorted_by_a_tracking_field_as_its_column_reads() -> None:
    from app.domain.sorting import SortField, SortKey, TaskSort, sorted_tasks

    plan = _plan()
    plan.append_task(Task(4, "Docs", 2, duration_minutes=DAY))  # not in the baseline
    plan.update_task(replace(plan.task(3), duration_minutes=5 * DAY, percent_complete=20.0))
    plan.update_task(replace(plan.task(2), percent_complete=50.0, actual_start=MON))
    s = schedule(plan)
    costs = compute_costs(plan, s)
    flat = TaskSort((SortKey(SortField.ACTUAL_COST, descending=True),), keep_outline=False)
    assert [t.name for t in sorted_tasks(plan, s, flat, costs)] == ["Build", "Test", "Docs"]
    # a field the baseline does not hold for a task lists it last, whichever the direction
    by_variance = TaskSort((SortKey(SortField.DURATION_VARIANCE, descending=True),), False)
    assert [t.name for t in sorted_tasks(plan, s, by_variance, costs)] == ["Test", "Build", "Docs"]
    # the command line hands each task's cost only: the figures are worked out then
    plain = dict(costs.task_cost)
    assert [t.name for t in sorted_tasks(plan, s, flat, plain)] == ["Build", "Test", "Docs"]
    assert SortField.from_name("remaining-work") is SortField.REMAINING_WORK
    assert SortField.REMAINING_WORK.title == "Remaining Work"
