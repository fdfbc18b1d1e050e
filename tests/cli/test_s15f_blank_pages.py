"""`gantry convert plan.gantry out.pdf --no-blank-pages`: Page Setup's "Print blank pages"
off on the command line. A page past the first column of pages with no bar for its rows
and dates is left out; without the option (or with --blank-pages) every page prints, as
MS Project's default."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.cli.parser import build_parser
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import ConstraintType, Task
from app.formats import write_plan

START = datetime(2026, 3, 2, 8, 0)


def _waterfall(tmp_path: Path) -> Path:
    """Three bands of thirty tasks, early, middle and late: printed three pages wide and
    three tall, each band has bars on one column of pages only."""
    plan = Plan(project=Project(name="Waterfall", start=START))
    for band, offset in enumerate((0, 42, 84)):
        for k in range(30):
            uid = band * 30 + k + 1
            plan.append_task(
                Task(
                    uid,
                    f"Task {uid}",
                    1,
                    duration_minutes=10 * 480,
                    constraint_type=ConstraintType.SNET,
                    constraint_date=START + timedelta(days=offset),
                )
            )
    path = tmp_path / "waterfall.gantry"
    write_plan(plan, path)
    return path


def _pages(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        found = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
        assert found is not None
        return int(found.group(1))
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def _convert(tmp_path: Path, source: Path, name: str, *extra: str) -> int:
    out = tmp_path / name
    argv = [
        "convert",
        str(source),
        str(out),
        "--landscape",
        "--pages-wide",
        "3",
        "--pages-tall",
        "3",
    ]
    assert main([*argv, *extra]) == 0
    return _pages(out)


@pytest.mark.usefixtures("qapp")
def test_no_blank_pages_leaves_the_pages_without_bars_out(tmp_path, capsys):
    source = _waterfall(tmp_path)
    every = _convert(tmp_path, source, "every.pdf")
    asked = _convert(tmp_path, source, "asked.pdf", "--blank-pages")
    kept = _convert(tmp_path, source, "kept.pdf", "--no-blank-pages")
    assert every == asked == 9  # the whole 3 x 3 grid, as before
    assert kept == 5  # the names' column, and each band's own column of dates
    assert capsys.readouterr().err == ""


def test_the_option_is_off_unless_given_and_the_last_one_counts():
    parser = build_parser()
    base = ["convert", "a.gantry", "b.pdf"]
    assert parser.parse_args(base).blank_pages is None
    assert parser.parse_args([*base, "--no-blank-pages"]).blank_pages is False
    assert parser.parse_args([*base, "--no-blank-pages", "--blank-pages"]).blank_pages is True


def test_the_help_names_both_spellings(capsys):
    assert main(["convert", "--help"]) == 0
    text = capsys.readouterr().out
    assert "--blank-pages, --no-blank-pages" in text
