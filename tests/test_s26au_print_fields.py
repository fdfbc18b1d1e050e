"""Printouts say which file and when (s26xb M4): ``&[File]`` and ``&[Time]`` in a typed header
or footer (``--header`` said "unknown field '&[File]'"), and Gantry's own header prints
"Printed:" with the time, not the day alone."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.domain.page_setup import FIELDS
from app.report.page_layout import field_values
from tests.test_s26au_diff_report import _plan

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def _first_page(pdf: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-l", "1", "-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


def test_s26au_file_and_time_fields(tmp_path: Path) -> None:
    source, out = tmp_path / "month2.gantry", tmp_path / "plan.pdf"
    formats.write_plan(_plan(), source)
    assert main(["convert", str(source), str(out), "--header", "&[File] at &[Time]"]) == 0
    assert re.search(r"month2\.gantry at \d\d:\d\d", _first_page(out))


def test_s26au_gantry_header_prints_the_time(tmp_path: Path) -> None:
    source, out = tmp_path / "month2.gantry", tmp_path / "plan.pdf"
    formats.write_plan(_plan(), source)
    assert main(["convert", str(source), str(out)]) == 0
    assert re.search(r"Printed: \d{4}-\d\d-\d\d \d\d:\d\d", _first_page(out))


def test_s26au_field_values() -> None:
    assert {"File", "Time"} <= set(FIELDS)
    project = _plan().project
    at = field_values(project, datetime(2027, 1, 4, 9, 5), file="a.gantry")
    assert (at["File"], at["Time"]) == ("a.gantry", "09:05")
    assert field_values(project, date(2027, 1, 4))["Time"] == ""  # a day: no time to say


def test_s26au_gantt_names_the_baseline_its_variances_use(tmp_path: Path) -> None:
    source, out = tmp_path / "month2.gantry", tmp_path / "plan.pdf"
    formats.write_plan(_plan(), source)  # Baseline (0) saved at 2027-01-04 08:00
    assert main(["convert", str(source), str(out), "--table", "variance"]) == 0
    assert "Baseline: Baseline, saved 2027-01-04 08:00" in _first_page(out)
    assert main(["convert", str(source), str(out)]) == 0  # the Entry table: no baseline read
    assert "Baseline:" not in _first_page(out)
