"""``gantry convert --table tracking`` (or ``delay``) prints as View > Tracking Gantt (or
Leveling Gantt) shows the plan, and a header's ``&[View]`` names that view, as the
window's printout of it does (app/cli/chart_flags.py, app/report/export.py)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.cli import main

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def _first_line(path: Path) -> str:
    text = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return text.splitlines()[0]


@pytest.mark.parametrize(
    ("table", "view"),
    [
        ("tracking", "Tracking Gantt"),
        (" Delay ", "Leveling Gantt"),
        ("entry", "Gantt Chart"),
        (None, "Gantt Chart"),
    ],
)
def test_s23p2_view_field_names_the_view_the_table_prints(
    shared_data, tmp_path, table, view
) -> None:
    out = tmp_path / "plan.pdf"
    source = shared_data / "mspdi" / "baselines.xml"  # MS Project's, with a baseline
    asked = ["--table", table] if table is not None else []
    header = "&[View]|&[Project]|"
    assert main(["convert", str(source), str(out), "--header", header, *asked]) == 0
    left = _first_line(out).split("  ")[0].strip()
    assert left == view
