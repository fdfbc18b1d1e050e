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


@pytest.fixture(autouse=True)
def _widgets(qapp):
    """A QApplication before convert starts a plain GUI one (the window's tests need it)."""
    return qapp


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


def test_s23p2_convert_help_lists_every_field_a_header_fills(capsys) -> None:
    from app.domain.page_setup import FIELDS

    assert main(["convert", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())  # argparse wraps the help
    for flag in ("--header TEXT", "--footer TEXT", "--legend-text TEXT"):
        help_of = text.split(flag, 2)[2]  # past the usage line: the option's own help
        for name in FIELDS:
            assert f"&[{name}]" in help_of.split(" --")[0], (flag, name)
    assert "&[Author]" in text
    assert "&[Company]" in text


def test_s23p2_author_and_company_of_an_ms_project_file_print(shared_data, tmp_path) -> None:
    out = tmp_path / "plan.pdf"
    source = shared_data / "mspdi" / "mspdirelations.xml"  # Wade Golden, Steelray Software
    assert main(["convert", str(source), str(out), "--header", "&[Author]||&[Company]"]) == 0
    parts = [p.strip() for p in _first_line(out).split("  ") if p.strip()]
    assert parts == ["Wade Golden", "Steelray Software"]
