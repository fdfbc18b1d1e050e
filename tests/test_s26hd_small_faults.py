"""Small faults of this session's commands: --busy's file names, report's OUT words."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from pathlib import Path

from app.cli import main
from app.cli.pool_level import busy_paths

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


def _busy(*values: str) -> list[Path]:
    return busy_paths(argparse.Namespace(busy=list(values), clear=False))


def test_s26hd_busy_takes_the_option_repeated_and_commas(tmp_path):
    assert _busy("a.gantry", "b.gantry,c.gantry") == [
        Path("a.gantry"),
        Path("b.gantry"),
        Path("c.gantry"),
    ]


def test_s26hd_busy_file_whose_name_holds_a_comma_is_taken_whole(tmp_path):
    odd = tmp_path / "Client A, phase 2.gantry"
    shutil.copy(DEMO, odd)
    assert _busy(str(odd)) == [odd]
    assert _busy(str(odd), "b.gantry") == [odd, Path("b.gantry")]


def test_s26hd_level_busy_with_a_comma_in_a_file_name(tmp_path, capsys):
    a = tmp_path / "Client A, phase 2.gantry"
    c = tmp_path / "clientC.gantry"
    shutil.copy(DEMO, a)
    assert main(["move", str(a), "--start", "2027-02-15", "-o", str(c)]) == 0
    capsys.readouterr()
    assert main(["level", str(c), "--busy", str(a)]) == 0
    assert "Across Client A, phase 2:" in capsys.readouterr().out


def test_s26hd_report_cash_flow_without_output_says_pdf_or_csv(capsys):
    assert main(["report", str(DEMO), "--cash-flow"]) == 2
    err = capsys.readouterr().err
    assert "required: OUT (.pdf or .csv)" in err
    assert main(["report", str(DEMO)]) == 2
    assert "required: OUT.pdf" in capsys.readouterr().err


def test_s26hd_team_check_shows_a_day_rate_per_day(tmp_path, capsys):
    a, c = tmp_path / "clientA.gantry", tmp_path / "clientC.gantry"
    shutil.copy(DEMO, a)
    shutil.copy(DEMO, c)
    with sqlite3.connect(c) as db:  # Jonas paid by the day in C: 95/h is 760/d on 8h days
        db.execute(
            "update resources set standard_rate = 95, standard_rate_unit = 'DAY'"
            " where name = 'Jonas Weber'"
        )
    assert main(["team", "check", str(a), str(c)]) == 0
    lines = capsys.readouterr().out.splitlines()
    rate = next(line for line in lines if line.strip().startswith("Std. rate:"))
    assert rate.strip() == "Std. rate: clientA €85.00/h; clientC €760.00/d"
