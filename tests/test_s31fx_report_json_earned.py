"""A finance controller read the project's PV, EV, AC, CV, SV, ETC and TCPI off the Budget view
but ``gantry report --json`` gave only budget, EAC, VAC, CPI and SPI (tester s31xf #M4): the
``cost`` block now has the totals they are worked out from, each agreeing with the others and
with the tasks' own rows; none of the old keys renamed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli import main
from tests.test_s24s2_info_deadlines import DEMO

STATUS = "2027-03-05"
OLD_KEYS = {
    "currency",
    "budget",
    "budget_baseline",
    "forecast",
    "actual_to_date",
    "eac",
    "vac",
    "cpi",
    "spi",
}
NEW_KEYS = {"bcws", "bcwp", "acwp", "cv", "sv", "etc", "tcpi"}


def _json(args: list[str], capsys) -> dict:
    capsys.readouterr()
    assert main(["report", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def overrun(tmp_path: Path, capsys) -> Path:
    """The demo with progress to the status date, a stakeholder round that took 60h more."""
    plan = tmp_path / "over.gantry"
    shutil.copy(DEMO, plan)
    assert main(["status-date", str(plan), STATUS]) == 0
    assert main(["update", str(plan), "--through", STATUS]) == 0
    assert main(["progress", str(plan), "--task", "4", "--actual-work", "100h"]) == 0
    capsys.readouterr()
    return plan


def test_s31fx_cost_block_has_the_earned_value_totals(overrun, capsys):
    cost = _json([str(overrun)], capsys)["cost"]
    assert set(cost) >= OLD_KEYS | NEW_KEYS
    bac, ev, pv, ac = cost["budget"], cost["bcwp"], cost["bcws"], cost["acwp"]
    assert ac > ev > 0  # the overrun: more spent than earned
    assert cost["cv"] == pytest.approx(ev - ac, abs=0.01)
    assert cost["sv"] == pytest.approx(ev - pv, abs=0.01)
    assert cost["etc"] == pytest.approx(cost["eac"] - ac, abs=0.02)
    assert cost["eac"] == pytest.approx(ac + (bac - ev) / (ev / ac), abs=0.02)
    assert cost["cpi"] == pytest.approx(ev / ac, abs=0.005)
    assert cost["tcpi"] == pytest.approx((bac - ev) / (bac - ac), abs=0.005)
    assert cost["tcpi"] > 1  # what is left must be done cheaper than planned


def test_s31fx_project_totals_are_the_top_level_tasks_sums(overrun, capsys):
    doc = _json([str(overrun), "--tasks"], capsys)
    tops = [t for t in doc["tasks"] if "." not in t["wbs"]]
    for key in ("bcws", "bcwp", "acwp"):
        assert doc["cost"][key] == pytest.approx(sum(t[key] for t in tops), abs=0.05)


def test_s31fx_no_baseline_gives_null_figures(tmp_path, capsys):
    plan = tmp_path / "plain.gantry"
    shutil.copy(DEMO, plan)
    assert main(["baseline", str(plan), "--clear"]) == 0
    cost = _json([str(plan)], capsys)["cost"]
    assert {k: cost[k] for k in NEW_KEYS} == dict.fromkeys(NEW_KEYS)
