"""``gantry convert --table tracking`` prints as View > Tracking Gantt draws the plan, baseline
bars and all, as the window's Export PDF of that view does; ``--baseline-bars`` asks for
them with any table (app/cli/chart_flags.py)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.assets import resource_path
from app.cli import main

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
DEMO = resource_path("demo", "crm-rollout.gantry")  # it has Baseline (0)


def _legend(capsys, tmp_path: Path, *args: str) -> str:
    out = tmp_path / "plan.pdf"
    assert main(["convert", str(DEMO), str(out), *args]) == 0
    assert capsys.readouterr().err == ""
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(out), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return next(line for line in text.splitlines() if line.startswith("Legend:"))


@needs_poppler
def test_s22rp_the_tracking_table_prints_baseline_bars(capsys, tmp_path):
    assert "Baseline" in _legend(capsys, tmp_path, "--table", "tracking")
    assert "Baseline" in _legend(capsys, tmp_path, "--table", "Tracking")
    assert "Baseline" not in _legend(capsys, tmp_path, "--table", "entry")
    assert "Baseline" in _legend(capsys, tmp_path, "--table", "entry", "--baseline-bars")
    no_bars = ("--table", "tracking", "--no-baseline-bars")
    assert "Baseline" not in _legend(capsys, tmp_path, *no_bars)


def test_s22rp_a_png_of_the_tracking_table_draws_them_too(capsys, tmp_path):
    drawn = {}
    for name, extra in (("with", ()), ("without", ("--no-baseline-bars",))):
        out = tmp_path / f"{name}.png"
        args = ["convert", str(DEMO), str(out), "--table", "tracking", "--rows", "1-10", *extra]
        assert main(args) == 0
        drawn[name] = out.read_bytes()
    assert drawn["with"] != drawn["without"]


def test_s22rp_baseline_bars_for_a_file_that_prints_nothing_is_bad_usage(capsys, tmp_path):
    out = tmp_path / "plan.xlsx"
    assert main(["convert", str(DEMO), str(out), "--baseline-bars"]) == 2
    err = capsys.readouterr().err
    assert err.strip().endswith("--baseline-bars applies to .pdf and .png output only")
    assert not out.exists()
