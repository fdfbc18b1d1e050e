"""The command line's tables follow the system locale's marks as the window does: with
LANG=de_DE.UTF-8 ``gantry schedule`` writes 1,5d, ``gantry usage`` 12,0h and ``gantry info``
1.234,50 €; ``--json`` and ``usage --csv`` stay in machine form, and the C locale (CI runs
LANG=C.UTF-8) keeps 1.5d. Each run sets its locale in the subprocess's environment."""

from __future__ import annotations

import json
import os
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
MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory) -> Path:
    plan = Plan(project=Project(name="Locale", start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=DAY * 3 // 2))
    plan.append_task(Task(2, "Build", duration_minutes=3 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=1234.5 / 12))  # 1,234.50 for 12 h
    plan.add_assignment(Assignment(1, 1, 1, 1.0, DAY * 3 // 2))
    path = tmp_path_factory.mktemp("s21lc") / "locale.gantry"
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


def _line(text: str, start: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(start))


def test_s21lc_schedule_text_in_german_json_in_machine_form(plan_file):
    german = _run("de_DE.UTF-8", "schedule", str(plan_file))
    assert _line(german, "1 ").split()[-2:] == ["1,5d", "1,5d"]  # duration, slack
    c_text = _run("C.UTF-8", "schedule", str(plan_file))
    assert _line(c_text, "1 ").split()[-2:] == ["1.5d", "1.5d"]
    data = json.loads(_run("de_DE.UTF-8", "schedule", str(plan_file), "--json"))
    assert data["tasks"][0]["duration_text"] == "1.5d"


def test_s21lc_info_money_in_german(plan_file):
    german = _line(_run("de_DE.UTF-8", "info", str(plan_file)), "Cost:")
    c_text = _line(_run("C.UTF-8", "info", str(plan_file)), "Cost:")
    assert "1,234.50" in c_text
    assert "1.234,50" in german
    assert german.replace("1.234,50", "1,234.50") == c_text  # the symbol where it was


def test_s21lc_usage_text_in_german_csv_plain(plan_file, tmp_path):
    german = _run("de_DE.UTF-8", "usage", str(plan_file))
    assert "12,0h" in _line(german, "Ana")
    assert "12.0h" in _line(_run("C.UTF-8", "usage", str(plan_file)), "Ana")
    csv_path = tmp_path / "usage.csv"
    _run("de_DE.UTF-8", "usage", str(plan_file), "--csv", str(csv_path))
    ana = _line(csv_path.read_text(encoding="utf-8-sig"), "Ana")
    assert "12.00" in ana
    assert "12,00" not in ana
