"""Usage's Actual Work and Actual Cost rows (task s25bl, fault 3 of s25x2): a month's actual
cost can be read off the plan whichever way progress was entered.

The engagement is tests/test_s25xb_billing_costs.py's: Architecture (task 6) is Ana's 120 h
from Mon 15 March, 104 h in March at €100 and 16 h in April at €110 after her raise.
"""

from __future__ import annotations

import pytest

from app.domain.usage import Scale
from app.domain.usage_detail_rows import Detail
from tests.test_s22us_usage_peak import details_of, top_row
from tests.test_s25bl_invoice import _costs, _engagement, _with_assignment, _with_task

H = 60


def _months(plan, name: str, detail: Detail) -> list[float]:
    tree, details, _ = details_of(plan, Scale.MONTHS, by_task=True)
    return details.values(top_row(tree, name), detail)[:2].tolist()


def test_s25bl_percent_complete_shows_as_actual_work_from_the_start():
    plan = _with_task(_engagement(), 6, percent_complete=50.0)
    assert _months(plan, "Architecture", Detail.ACTUAL_WORK) == pytest.approx([60 * H, 0])
    assert _months(plan, "Architecture", Detail.ACTUAL_COST) == pytest.approx([6000.0, 0])


def test_s25bl_a_finished_task_bills_each_month_at_its_rate():
    plan = _with_task(_engagement(), 6, percent_complete=100.0)
    assert _months(plan, "Architecture", Detail.ACTUAL_WORK) == pytest.approx([104 * H, 16 * H])
    actual = _months(plan, "Architecture", Detail.ACTUAL_COST)
    assert actual == pytest.approx([104 * 100, 16 * 110])
    assert sum(actual) == pytest.approx(_costs(plan).task_actual_cost[6])


def test_s25bl_actual_work_typed_on_the_sheet_is_shown():
    plan = _with_assignment(_engagement(), 7, actual_work_minutes=110 * H)
    assert _months(plan, "Architecture", Detail.ACTUAL_WORK) == pytest.approx([104 * H, 6 * H])
    actual = _months(plan, "Architecture", Detail.ACTUAL_COST)
    assert actual == pytest.approx([104 * 100, 6 * 110])
    assert sum(actual) == pytest.approx(_costs(plan).task_actual_cost[6])


def test_s25bl_a_tasks_actual_cost_holds_its_fixed_cost_items_and_materials():
    """Security review done: licences, travel and its €1,500 fixed cost (End) all spent."""
    plan = _with_task(_engagement(), 7, percent_complete=100.0)
    tree, details, _ = details_of(plan, Scale.MONTHS, by_task=True)
    row = top_row(tree, "Security review")
    actual = details.values(row, Detail.ACTUAL_COST)
    assert actual.sum() == pytest.approx(5 * 200 + 2400 + 1500)
    assert actual.tolist() == pytest.approx(details.values(row, Detail.COST).tolist())
    assert details.unit(row, Detail.ACTUAL_COST) == details.unit(row, Detail.COST)


def test_s25bl_not_started_has_no_actuals():
    for detail in (Detail.ACTUAL_WORK, Detail.ACTUAL_COST):
        assert _months(_engagement(), "Architecture", detail) == [0.0, 0.0]


def test_s25bl_gantry_usage_lists_actual_cost(tmp_path, capsys):
    from app.cli import main
    from app.store.document import write_new_file

    path = tmp_path / "engagement.gantry"
    write_new_file(path, _with_task(_engagement(), 6, percent_complete=100.0))
    argv = ["usage", str(path), "--tasks", "--by", "month", "--details", "actual,actual-cost"]
    assert main(argv) == 0
    shown = capsys.readouterr().out
    assert "Actual Cost" in shown
    assert "Actual Work" in shown
    line = next(s for s in shown.splitlines() if "Actual Cost" in s and "10,400" in s)
    assert "1,760" in line


def test_s25bl_an_unknown_detail_names_actual_cost():
    from app.domain.errors import AppError

    with pytest.raises(AppError, match="actual-cost"):
        Detail.parse("actual,costs")


def test_s25bl_a_summarys_fixed_cost_at_start_is_spent_once_a_subtask_is():
    """Discovery's €500 (Start) is incurred once Interviews is done: its Actual Cost row
    adds up to the task's actual cost, as the Cost row adds up to its cost."""
    plan = _with_task(_engagement(), 3, percent_complete=100.0)
    tree, details, _ = details_of(plan, Scale.MONTHS, by_task=True)
    row = top_row(tree, "Discovery")
    actual = details.values(row, Detail.ACTUAL_COST)
    assert actual.sum() == pytest.approx(_costs(plan).task_actual_cost[1])
    assert actual.sum() == pytest.approx(500 + 32 * 100 + 8 * 150)
