"""``gantry progress --physical-percent``: Physical % Complete set without the window, as the
sheet's column takes it (a whole 0..100), written to the plan; earned value reads it for a
task measured by it; a bad value is one line on stderr, exit 1, nothing written."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.costs import compute_costs
from app.domain.earned_value_method import EarnedValueMethod
from app.domain.earned_value_table import EarnedValueFigures
from app.domain.scheduler import schedule
from app.store.document import read_plan, write_plan
from tests.cli.test_cli import gantry
from tests.test_s20ev_status_date_ev import FRI2, _plan


def _file(tmp_path):
    plan = _plan(status=FRI2)
    plan.update_task(replace(plan.task(3), ev_method=EarnedValueMethod.PHYSICAL_PERCENT_COMPLETE))
    path = tmp_path / "shop.gantry"
    write_plan(plan, path)
    return path


def test_s26ev_progress_sets_physical_percent(tmp_path):
    path = _file(tmp_path)
    done = gantry("progress", path, "--task", "3", "--physical-percent", "62.5%")
    assert done.returncode == 0, done.stderr
    assert "physical 63 % complete" in done.stdout
    plan = read_plan(path)
    assert plan.task(3).physical_percent_complete == 63.0
    assert plan.task(3).percent_complete == 40.0  # % complete left as it was
    # Build earns 63 % of its 4,000 baseline
    found = schedule(plan)
    figures = EarnedValueFigures(plan, found, compute_costs(plan, found), FRI2)
    assert figures.value("bcwp", 3) == pytest.approx(2520.0)


def test_s26ev_progress_refuses_a_bad_physical_percent(tmp_path):
    path = _file(tmp_path)
    before = path.read_bytes()
    for typed, said in (("abc", "'abc' is not a percentage"), ("101", "'101' is out of range")):
        done = gantry("progress", path, "--task", "3", "--physical-percent", typed)
        assert done.returncode == 1
        assert said in done.stderr
        assert "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before
    summary = gantry("progress", path, "--task", "1", "--physical-percent", "50")
    assert summary.returncode == 1
    assert "summary task 'Phase'" in summary.stderr
