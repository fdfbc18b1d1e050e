"""The demo's baseline was saved from its tasks as they are (nothing tracked yet), so its
Baseline Fixed Cost is each task's Fixed Cost: a PM inserting the column sees no €0 against
Environment set-up's €18,000 that was never budgeted that way."""

from __future__ import annotations

from app.assets import resource_path
from app.store.document import read_plan


def test_s27sf_the_demos_baseline_holds_its_tasks_fixed_costs():
    plan = read_plan(resource_path("demo", "crm-rollout.gantry"))
    baseline = plan.baselines[0]
    fixed = {t.uid: t.fixed_cost for t in plan.tasks if t.fixed_cost}
    assert fixed  # the demo has fixed costs to budget
    for entry in baseline.entries:
        assert entry.fixed_cost == plan.task(entry.task_uid).fixed_cost, entry
    setup = next(t for t in plan.tasks if t.name == "Environment set-up")
    entry = baseline.entry(setup.uid)
    assert entry is not None
    assert (entry.fixed_cost, setup.fixed_cost) == (18000.0, 18000.0)
    assert entry.fixed_cost <= entry.cost  # part of the task's baseline cost
