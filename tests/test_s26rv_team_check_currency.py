"""gantry team check: a person's rate read in each plan's own currency."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.cli import main

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


def test_s26rv_the_same_figure_in_two_currencies_is_two_rates(tmp_path, capsys):
    a, b = tmp_path / "clientA.gantry", tmp_path / "clientUS.gantry"
    shutil.copy(DEMO, a)
    shutil.copy(DEMO, b)
    with sqlite3.connect(b) as db:  # the US client's plan: dollars, same figures
        db.execute("update project set currency = 'USD', currency_symbol = '$'")
    assert main(["team", "check", str(a), str(b)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Jonas Weber:" in lines
    rate = lines[lines.index("Jonas Weber:") + 1]
    assert rate.strip() == (
        "Std. rate (different currencies: EUR, USD): clientA €85.00/h; clientUS $85.00/h"
    )
    assert lines[-1].endswith("8 differ between plans")
