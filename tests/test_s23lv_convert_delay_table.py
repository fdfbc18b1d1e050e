"""``gantry convert --table delay`` prints as View > Leveling Gantt draws the plan: each
task's bar before leveling above its leveled bar, as the window's Export PDF of that view
does (app/cli/chart_flags.py)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.cli.chart_flags import chart_flags
from app.domain.leveling import apply_delays, level
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.ui.gantt.toggles import LevelingGantt

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def _leveled(tmp_path: Path) -> Path:
    """Ana on two 3-day tasks at once, leveled: 'Build' waits for 'Design'."""
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    plan.add_resource(Resource(1, "Ana"))
    for uid, name in ((1, "Design"), (2, "Build")):
        plan.append_task(Task(uid, name, duration_minutes=3 * 480))
        plan.add_assignment(Assignment(uid, uid, 1, 1.0, 3 * 480))
    result = level(plan, schedule(plan))
    assert result.delays[2]
    apply_delays(plan, result.delays)
    path = tmp_path / "leveled.gantry"
    formats.write_plan(plan, path)
    return path


def _legend(capsys, source: Path, out: Path, *args: str) -> str:
    assert main(["convert", str(source), str(out), *args]) == 0
    assert capsys.readouterr().err == ""
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(out), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return next(line for line in text.splitlines() if line.startswith("Legend:"))


@needs_poppler
def test_s23lv_the_delay_table_prints_the_bars_before_leveling(capsys, tmp_path):
    source = _leveled(tmp_path)
    out = tmp_path / "plan.pdf"
    assert "Preleveled" in _legend(capsys, source, out, "--table", "delay")
    assert "Preleveled" in _legend(capsys, source, out, "--table", " Delay ")
    assert "Preleveled" not in _legend(capsys, source, out, "--table", "entry")
    assert "Preleveled" not in _legend(capsys, source, out)


def test_s23lv_a_png_of_the_delay_table_draws_them_too(capsys, tmp_path):
    source = _leveled(tmp_path)
    out = tmp_path / "plan.png"
    assert main(["convert", str(source), str(out), "--table", "delay"]) == 0
    with_bars = out.read_bytes()
    flags = chart_flags(argparse.Namespace(table="delay", baseline_bars=None))
    assert flags == {"chart_flags": {"show_preleveled": True}, "view": "Leveling Gantt"}
    # Without the flag the same table draws no bar before leveling.
    from app.cli import chart_flags as module

    saved = dict(module._TABLE_CHARTS)
    try:
        module._TABLE_CHARTS.pop("delay")
        assert main(["convert", str(source), str(out), "--table", "delay"]) == 0
    finally:
        module._TABLE_CHARTS.update(saved)
    assert out.read_bytes() != with_bars


def test_s23lv_the_flags_are_the_leveling_gantts_own():
    flags = chart_flags(argparse.Namespace(table=LevelingGantt.TABLE, baseline_bars=None))
    assert flags["chart_flags"] == dict.fromkeys(LevelingGantt.OPTIONS, True)
