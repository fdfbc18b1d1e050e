"""gantry team check A B C: rates and days off that drifted between plans (s26xa finding 7)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.cli import main

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def plans(tmp_path):
    a, c = tmp_path / "clientA.gantry", tmp_path / "clientC.gantry"
    shutil.copy(DEMO, a)
    shutil.copy(DEMO, c)
    return a, c


def test_s26pf_same_team_everywhere_says_so(plans, capsys):
    a, c = plans
    assert main(["team", "check", str(a), str(c)]) == 0
    out = capsys.readouterr().out
    assert out.strip().endswith("all the same in every plan")


def test_s26pf_a_raised_rate_and_max_units_are_named_with_each_plan(plans, capsys):
    a, c = plans
    with sqlite3.connect(c) as db:
        db.execute("update resources set standard_rate = 95 where name = 'Jonas Weber'")
        db.execute("update resources set max_units = 0.5 where name = 'Priya Nair'")
    assert main(["team", "check", str(a), str(c)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Jonas Weber:" in lines
    rate = next(line for line in lines if line.strip().startswith("Std. rate:"))
    assert "clientA €85.00/h" in rate
    assert "clientC €95.00/h" in rate
    units = next(line for line in lines if line.strip().startswith("Max units:"))
    assert "clientA 100%; clientC 50%" in units
    assert lines[-1].endswith("2 differ between plans")


def test_s26pf_team_check_refuses_one_plan_and_strangers(plans, tmp_path, capsys):
    a, c = plans
    assert main(["team", "check", str(a)]) == 2
    with sqlite3.connect(c) as db:
        db.execute("update resources set name = 'X ' || name")
    assert main(["team", "check", str(a), str(c)]) == 1
    err = capsys.readouterr().err
    assert "no person is in more than one of these plans" in err
    assert main(["team", "import", str(a)]) == 2  # import still needs --from
