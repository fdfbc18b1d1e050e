"""``gantry report --help`` says what it writes (OUT.pdf, from any format, FILE left as it
is; --json's figures) and each option as convert's help does, the PDF's own marked "PDF:";
``gantry --help`` names --json beside the command (app/cli/parser.py)."""

from __future__ import annotations

import re

from app.cli import main


def _help(args: list[str], capsys) -> str:
    capsys.readouterr()
    assert main([*args, "--help"]) == 0
    return capsys.readouterr().out


def _options(text: str) -> dict[str, str]:
    """Each option's help, joined on one line."""
    block = text.split("\noptions:\n", 1)[1]
    found: dict[str, str] = {}
    for part in re.split(r"\n  (?=-)", "\n" + block):
        words = part.split()
        if words and words[0].startswith("--"):
            found[words[0]] = " ".join(words[1:])
    return found


def test_s25st_the_report_help_says_what_it_writes(capsys):
    said = " ".join(_help(["report"], capsys).split())
    assert "FILE [OUT.pdf]" in said
    assert "Load a plan in any supported format, schedule it and write its status report" in said
    assert "as of the status date to OUT.pdf" in said
    assert "FILE is left as it is" in said
    assert "the tasks most behind in negative slack" in said
    assert "--json prints the first page's figures as one JSON object" in said
    assert "OUT.pdf the PDF to write (may be left out with --json)" in said


def test_s25st_each_report_option_is_said_as_convert_says_it(capsys):
    report = _options(_help(["report"], capsys))
    convert = _options(_help(["convert"], capsys))
    assert set(report) == {
        "--json",
        "--budget",
        "--cash-flow",
        "--by",
        "--level",
        "--status-date",
        "--paper",
        "--landscape",
        "--margins",
        "--header",
        "--footer",
        "--sheet",
        "--combined",
        "--tasks",  # per-task earned value with --json (ee2b1679)
        "--baseline",  # earned value against Baseline N
    }
    for flag in ("--paper", "--margins", "--header", "--footer", "--sheet"):
        assert report[flag] == convert[flag], flag  # the same words for the same option
    assert report["--landscape"].startswith("PDF: landscape pages")
    assert report["--json"].startswith("print the first page's figures: status date,")
    assert "% complete, cost against the budget" in report["--json"]


def test_s25st_gantry_help_names_report_json(capsys):
    said = _help([], capsys)
    [line] = [ln for ln in said.splitlines() if ln.strip().startswith("gantry report")]
    assert "(--json: its figures)" in line
