"""``gantry info --help`` names the lines info prints: the Finish line's missed deadline
(8670420) and the Earned value line (beaf162), with what each is measured against."""

from __future__ import annotations

from app.cli import main


def _help(capsys) -> str:
    capsys.readouterr()
    assert main(["info", "--help"]) == 0
    return " ".join(capsys.readouterr().out.split())  # argparse wraps the description


def test_s25le_info_help_names_the_finish_lines_deadline(capsys):
    said = _help(capsys)
    assert "start and finish (with the latest deadline a milestone or summary misses" in said


def test_s25le_info_help_names_the_earned_value_line(capsys):
    said = _help(capsys)
    assert "earned value (CPI, SPI, EAC and VAC against baseline 0" in said
    assert "to the status date, else the Current Date or today" in said
