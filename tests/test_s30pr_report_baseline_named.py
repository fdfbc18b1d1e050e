"""``gantry report --baseline 1`` read the budget and earned value against Baseline1 but the
report's header named only Baseline (0), and --json did not say which baseline cost.budget is."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def _plan_with_two_baselines(tmp_path: Path) -> Path:
    plan = Plan(project=Project(name="Rollout", start=datetime(2027, 1, 4, 8, 0)))
    for uid in range(1, 4):
        plan.append_task(Task(uid, f"step {uid}", duration_minutes=960, fixed_cost=1000.0 * uid))
    path = tmp_path / "plan.gantry"
    write_plan(plan, path)
    assert main(["baseline", str(path)]) == 0
    assert main(["baseline", str(path), "--number", "1"]) == 0
    return path


def _text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    return " ".join(done.stdout.split())


def test_the_header_names_the_baseline_budget_and_earned_value_read(tmp_path, capsys):
    src, pdf = _plan_with_two_baselines(tmp_path), tmp_path / "status.pdf"
    assert main(["report", str(src), str(pdf), "--baseline", "1"]) == 0
    text = _text(pdf)
    assert "Baseline: Baseline," in text  # the finish is still measured against Baseline (0)
    assert "Budget and earned value: Baseline 1, saved" in text
    assert "Budget (Baseline1)" in text
    assert main(["report", str(src), str(pdf)]) == 0
    assert "Budget and earned value" not in _text(pdf)  # Baseline (0) throughout: said once


def test_json_names_the_baseline_of_the_budget(tmp_path, capsys):
    src = _plan_with_two_baselines(tmp_path)
    capsys.readouterr()
    assert main(["report", str(src), "--json", "--baseline", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["cost"]["budget_baseline"] == "Baseline 1"
    assert data["baseline"]["name"] == "Baseline"
    assert main(["report", str(src), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["cost"]["budget_baseline"] == "Baseline"
