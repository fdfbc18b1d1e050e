"""Set Baseline for selected tasks leaves summaries alone unless asked to roll up, as MS Project.

MS Project's Set Baseline > Selected tasks saves only the selected tasks; the two
"Roll up baselines" choices say what happens to summaries: "To all summary tasks" rolls
every summary above a selected task up from its subtasks' *baseline* values, "From
subtasks into selected summary task(s)" does it for the selected summaries. Before, the
summaries above were re-captured from today's values and lost their variance.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.baselines import RollUp, snapshot, variances
from app.domain.costs import compute_costs
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task

DAY = 480
MON = datetime(2027, 3, 1, 8, 0)
SAVED = datetime(2027, 2, 1, 9, 0)


def _baselined() -> Plan:
    """Top > S > (A 2d €100 -> B 3d €300), baselined (to Fri 5, €400); then A slips to 4d
    and costs €180 (S: to Tue 9, €480), and C (1d, €50, no links) is added under S."""
    plan = Plan(project=Project(name="Roll up", start=MON))
    plan.append_task(Task(1, "Top", 1))
    plan.append_task(Task(2, "S", 2))
    plan.append_task(Task(3, "A", 3, duration_minutes=2 * DAY, fixed_cost=100.0))
    plan.append_task(Task(4, "B", 3, duration_minutes=3 * DAY, fixed_cost=300.0))
    plan.links = [Link(3, 4)]
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, SAVED))
    plan.update_task(Task(3, "A", 3, duration_minutes=4 * DAY, fixed_cost=180.0))
    plan.append_task(Task(5, "C", 3, duration_minutes=DAY, fixed_cost=50.0))
    return plan


def _save(plan: Plan, uids: list[int] | None, roll_up: RollUp) -> dict[int, tuple]:
    """Baseline 0 saved for ``uids`` (None: the project): uid -> (finish, cost, duration)."""
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, SAVED, uids, roll_up=roll_up))
    return {e.task_uid: (e.finish, e.cost, e.duration_minutes) for e in plan.baselines[0].entries}


def _variances(plan: Plan):
    s = schedule(plan)
    return variances(plan, s, compute_costs(plan, s))


FRI = datetime(2027, 3, 5, 17, 0)


def test_s20tk_summaries_keep_their_baseline_and_variance():
    plan = _baselined()
    before = {e.task_uid: e for e in plan.baselines[0].entries}
    after = _save(plan, [5], RollUp())
    assert after[5] == (datetime(2027, 3, 1, 17, 0), 50.0, DAY)
    for uid in (1, 2):
        assert after[uid] == (before[uid].finish, before[uid].cost, before[uid].duration_minutes)
    var = _variances(plan)
    assert var[2].finish_minutes == 2 * DAY  # Tue 9 against Fri 5
    assert var[2].cost == pytest.approx(130.0)  # A's €80 and C's €50


def test_s20tk_roll_up_to_all_summaries_sums_the_subtasks_baselines():
    plan = _baselined()
    after = _save(plan, [5], RollUp(to_all_summaries=True))
    # S and Top: A and B as baselined (€400, Mon 1 .. Fri 5) and C (€50, Mon 1)
    for uid in (1, 2):
        assert after[uid] == (FRI, 450.0, 5 * DAY)
    var = _variances(plan)
    assert var[2].finish_minutes == 2 * DAY  # A's slip is still a variance
    assert var[2].cost == pytest.approx(80.0)  # C's cost joined the baseline, A's €80 did not
    assert var[1].cost == pytest.approx(80.0)
    assert var[3].cost == pytest.approx(80.0)  # A itself untouched


def test_s20tk_roll_up_into_selected_summary_only():
    plan = _baselined()
    _save(plan, [5], RollUp())  # C alone: summaries untouched
    top = _save(plan, [], RollUp())[1]
    after = _save(plan, [2], RollUp(from_subtasks=True))
    assert after[2] == (FRI, 450.0, 5 * DAY)  # its subtasks' baselines, not today's €530
    assert after[1] == top  # Top was neither selected nor rolled


def test_s20tk_whole_project_still_captures_todays_values():
    plan = _baselined()
    after = _save(plan, None, RollUp(to_all_summaries=True))
    assert after[2] == (datetime(2027, 3, 9, 17, 0), 530.0, 7 * DAY)


def test_s20tk_dialog_offers_the_roll_up_choices_for_selected_tasks(qapp):
    from app.ui.budget.baseline_dialog import SetBaselineDialog

    dialog = SetBaselineDialog(True, {})
    assert not dialog.to_all_summaries.isEnabled()
    assert dialog.answer()[3] == RollUp()
    dialog.selected.setChecked(True)
    assert dialog.to_all_summaries.isEnabled()
    assert dialog.from_subtasks.isEnabled()
    dialog.to_all_summaries.setChecked(True)
    assert dialog.answer()[1:] == (True, "", RollUp(to_all_summaries=True), None)  # no interim
    dialog.from_subtasks.setChecked(True)
    assert dialog.answer()[3] == RollUp(True, True)
    dialog.all_tasks.setChecked(True)  # the whole project: no roll-up
    assert dialog.answer()[3] == RollUp()
    dialog.selected.setChecked(True)
    dialog.grab().save("/tmp/s20tk_set_baseline.png")
