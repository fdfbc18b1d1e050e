"""Task Usage's Cost of a task holds its own fixed cost (it left it out: a task row summed
its assignments' only), laid by its Fixed Cost Accrual, by the domain and in ``gantry usage
--tasks --details cost``."""

from __future__ import annotations

import pytest

from app.cli import main
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task
from app.domain.usage import Scale
from app.domain.usage_detail_rows import Detail
from app.formats import write_plan
from tests.test_s22us_usage_peak import DAY, MON, details_of, top_row


def _fixed_plan(accrual: CostAccrual, phase: Task | None = None) -> Plan:
    """Build (10 days over two weeks, fixed cost $1,000) with Ana at $10/h (under ``phase``)."""
    plan = Plan(project=Project(start=MON, currency="USD", currency_symbol="$"))
    if phase is not None:
        plan.append_task(phase)
    plan.append_task(
        Task(
            1,
            "Build",
            outline_level=2 if phase else 1,
            duration_minutes=10 * DAY,
            fixed_cost=1000.0,
            fixed_cost_accrual=accrual,
        )
    )
    plan.add_resource(Resource(1, "Ana", standard_rate=10.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * DAY))
    return plan


@pytest.mark.parametrize(
    ("accrual", "fixed"),
    [
        (CostAccrual.START, [1000.0, 0.0]),
        (CostAccrual.END, [0.0, 1000.0]),
        (CostAccrual.PRORATED, [500.0, 500.0]),
    ],
)
def test_s22us_a_task_rows_cost_holds_its_fixed_cost_by_its_accrual(accrual, fixed):
    tree, details, _ = details_of(_fixed_plan(accrual), Scale.WEEKS, by_task=True)
    build = top_row(tree, "Build")
    cost = details.values(build, Detail.COST)
    people = [400.0, 400.0]  # 40 h a week at $10
    assert cost[:2].tolist() == pytest.approx([p + f for p, f in zip(people, fixed, strict=True)])
    # the whole row is the task's cost as the cost model has it; the assignment's has no share
    assert cost.sum() == pytest.approx(compute_costs(*_with_schedule(accrual)).task_cost[1])
    assert details.values(build + 1, Detail.COST).sum() == pytest.approx(800.0)


def _with_schedule(accrual: CostAccrual):
    plan = _fixed_plan(accrual)
    return plan, schedule(plan)


def test_s22us_a_summary_sums_its_subtasks_fixed_costs_and_adds_its_own():
    phase = Task(9, "Phase", fixed_cost=50.0, fixed_cost_accrual=CostAccrual.END)
    plan = _fixed_plan(CostAccrual.START, phase)
    tree, details, _ = details_of(plan, Scale.WEEKS, by_task=True)
    phase = top_row(tree, "Phase")
    assert details.values(phase, Detail.COST)[:2].tolist() == pytest.approx([1400.0, 450.0])


def test_s22us_task_usage_cost_line_has_the_fixed_cost(tmp_path, capsys):
    path = tmp_path / "fixed.gantry"
    write_plan(_fixed_plan(CostAccrual.START), path)
    assert main(["usage", str(path), "--tasks", "--details", "cost"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].split() == ["Cost", "$1,400.00", "$400.00"]


def test_s22us_the_window_task_usage_cost_band_has_the_fixed_cost(tmp_path, qtbot):
    from app.ui.usage.rows import Mode
    from tests.test_s21ru_usage_window import open_usage

    _window, view = open_usage(tmp_path, qtbot, _fixed_plan(CostAccrual.END))
    view.set_mode(Mode.TASKS)
    view.detail_actions[Detail.COST].trigger()
    build = view.grid_model.shown.index(top_row(view.grid_model.tree, "Build"))
    assert view.grid_model.detail_texts(build, 0)[1] == ("$400.00", False)
    assert view.grid_model.detail_texts(build, 1)[1] == ("$1,400.00", False)
