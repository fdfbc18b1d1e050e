"""``gantry baseline`` says its dates as every text output of the command line does: ISO
(``finish 2026-01-09 17:00``, ``saved 2026-...``) beside a budget in the system's numbers
(``1.234,50`` in German), as ``gantry info`` says the same finish and budget. The CLI's
contract (README: the text tables write figures in the locale, dates stay ISO; ``--json``
is machine form): one line of a script reading ``info`` reads ``baseline``'s the same."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.formats import write_plan

ROOT = Path(__file__).resolve().parents[1]
DAY = 480


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory) -> Path:
    plan = Plan(project=Project(name="Baseline", start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, "Design", duration_minutes=DAY * 3 // 2))
    plan.append_task(Task(2, "Build", duration_minutes=3 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=1234.5 / 12))  # 1,234.50 for 12 h
    plan.add_assignment(Assignment(1, 1, 1, 1.0, DAY * 3 // 2))
    path = tmp_path_factory.mktemp("s23lc") / "baseline.gantry"
    write_plan(plan, path)
    return path


def _run(lang: str, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _info(text: str, label: str) -> str:
    line = next(line for line in text.splitlines() if line.startswith(f"{label}:"))
    return line.split(":", 1)[1].strip()


@pytest.mark.parametrize(("lang", "budget"), [("de_DE.UTF-8", "1.234,50"), ("C.UTF-8", "1,234.50")])
def test_s23lc_baseline_says_dates_and_budget_as_info_does(plan_file, tmp_path, lang, budget):
    out = tmp_path / "based.gantry"
    said = _run(lang, "baseline", str(plan_file), "-o", str(out))
    again = _run(lang, "baseline", str(out))  # replacing the one saved: its date too
    info = _run(lang, "info", str(out))
    finish = _info(info, "Finish")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", finish)  # ISO, whatever the locale
    for line in (said, again):
        assert f": finish {finish}, budget " in line
        assert f", budget {_info(info, 'Baseline cost')};" in line
        assert budget in line
    assert re.search(r"replacing the one saved \d{4}-\d\d-\d\d \d\d:\d\d:", again)
