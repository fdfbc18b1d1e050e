"""A .gan's typed cost is capped as Fixed Cost is; the status report's Budget card reads the
earned-value baseline.

- A GanttProject task's cost typed by hand (``cost-manual-value``) is read as a fixed cost,
  but had no bound, while the sheet, a workbook and MS Project XML refuse one past a
  trillion (s29mn): a stray figure made the whole budget meaningless.
- With ``--baseline 1`` (or a plan reading earned value against Baseline 1) the Budget card
  showed Baseline 0's total beside CPI, SPI, EAC and VAC read against Baseline 1; it now
  holds Baseline 1's total and says so: "Budget (Baseline1)".
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.assets import resource_path
from app.cli import main
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.status_report import gather_status
from app.domain.task import Task
from app.report.status_tables import headline_cards
from app.store.document import write_plan

MON = datetime(2027, 3, 1, 8, 0)
DAY = 480
STATUS = datetime(2027, 3, 3, 17, 0)


@pytest.fixture
def gan(tmp_path: Path) -> Path:
    plan = tmp_path / "plan.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), plan)
    out = tmp_path / "plan.gan"
    assert main(["convert", str(plan), str(out)]) == 0
    return out


def test_s29rm_gan_typed_cost_past_the_cap_is_one_line_naming_the_task(gan, tmp_path, capsys):
    text = gan.read_text(encoding="utf-8")
    huge, count = re.subn(
        r'(<task id="19" name="Environment set-up"[^>]*cost-manual-value=")20040"',
        r'\g<1>99999999999999"',
        text,
    )
    assert count == 1
    gan.write_text(huge, encoding="utf-8")
    capsys.readouterr()
    out = tmp_path / "back.gantry"
    assert main(["convert", str(gan), str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "gantry: plan.gan: <task id=\"19\"> 'Environment set-up' has "
        'cost-manual-value="99999999999999": more than 1,000,000,000,000, '
        "the most a task's cost may be"
    ]
    assert not out.exists()


def test_s29rm_gan_typed_cost_at_the_cap_is_read(gan, tmp_path, capsys):
    text = gan.read_text(encoding="utf-8")
    gan.write_text(text.replace('"20040"', '"-1000000000000"', 1), encoding="utf-8")
    assert main(["info", str(gan)]) == 0


def _plan() -> Plan:
    """Build: 5 days of Ana at 100/h, 4,000 in Baseline 0; then 10 days, 8,000 in Baseline 1."""
    plan = Plan(project=Project(name="Shop", start=MON))
    plan.append_task(Task(1, "Build", 1, duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    found = schedule(plan)
    plan.set_baseline(snapshot(plan, found, compute_costs(plan, found), 0, MON))
    plan.update_task(replace(plan.task(1), duration_minutes=10 * DAY))
    plan.update_assignment(replace(plan.assignment(1), work_minutes=10 * DAY))
    found = schedule(plan)
    plan.set_baseline(snapshot(plan, found, compute_costs(plan, found), 1, MON))
    plan.update_task(replace(plan.task(1), percent_complete=20.0, actual_start=MON))
    return plan


def _headline(plan: Plan):
    found = schedule(plan)
    return gather_status(plan, found, compute_costs(plan, found), STATUS, STATUS)


def test_s29rm_budget_card_reads_the_earned_value_baseline():
    plan = _plan()
    zero = _headline(plan)
    assert zero.headline.budget == pytest.approx(4000.0)
    assert headline_cards(zero)[5].label == "Budget (baseline)"

    plan.set_project(replace(plan.project, ev_baseline=1))
    one = _headline(plan)
    h = one.headline
    assert h.budget == pytest.approx(8000.0)
    assert h.vac == pytest.approx(h.budget - h.eac)  # one baseline throughout
    card = headline_cards(one)[5]
    assert card.label == "Budget (Baseline1)"
    assert "8,000" in card.value


def test_s29rm_budget_without_the_earned_value_baseline_is_none():
    plan = _plan()
    plan.set_project(replace(plan.project, ev_baseline=2))
    h = _headline(plan).headline
    assert (h.budget, h.eac, h.vac, h.cpi, h.spi) == (None, None, None, None, None)


def test_s29rm_report_json_with_baseline_1_gives_its_budget(tmp_path, capsys):
    path = tmp_path / "shop.gantry"
    write_plan(_plan(), path)
    capsys.readouterr()
    argv = ["report", str(path), "--json", "--status-date", "2027-03-03"]
    assert main([*argv, "--baseline", "1"]) == 0
    assert json.loads(capsys.readouterr().out)["cost"]["budget"] == pytest.approx(8000.0)
    assert main(argv) == 0
    assert json.loads(capsys.readouterr().out)["cost"]["budget"] == pytest.approx(4000.0)
