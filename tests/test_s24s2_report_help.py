"""``gantry report --help`` says what the report now holds: every missed deadline, however
far from the status date, and the other scheduling issues (the status report lists them
since 67dcf44 and 98ed282); ``gantry info --help`` names its Deadlines line. The report
written from a plan that misses a deadline holds what the help promises."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import timedelta

import pytest

from app.cli import main
from tests.test_s24s2_info_deadlines import GO_LIVE, _with_deadlines


def _help(command: str, capsys) -> str:
    capsys.readouterr()
    assert main([command, "--help"]) == 0
    return " ".join(capsys.readouterr().out.split())  # argparse wraps the description


def test_s24s2_report_help_names_missed_deadlines_and_scheduling_issues(capsys):
    said = _help("report", capsys)
    assert "every missed deadline however far from the status date" in said
    assert "the other scheduling issues" in said


def test_s24s2_info_help_names_deadlines_and_scheduling_issues(capsys):
    said = _help("info", capsys)
    assert "deadlines set and missed" in said
    assert "scheduling issues" in said


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
def test_s24s2_the_report_holds_what_its_help_says(tmp_path):
    plan = _with_deadlines(tmp_path, "late.gantry", {GO_LIVE: -timedelta(days=7)})
    out = tmp_path / "status.pdf"
    assert main(["report", str(plan), str(out)]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Scheduling issues" in text  # the card beside the finish variance
    block = text.split("\nMissed deadlines\n", 1)[1]  # the block listing each
    assert re.search(r"57 Go-live\s+\S+\s+\S+\s+5d\n", block)  # deadline, finish, late by
