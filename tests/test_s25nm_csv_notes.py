"""Gantry's CSV through ``gantry diff`` and ``gantry convert``: the note that a CSV keeps no plan
name was said on every diff (twice when both sides are CSVs), though a diff compares the
plans' tasks and nothing about the name changed; convert still says it, once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.assets import resource_path
from app.cli import main

NAME_NOTE = "keeps no plan name"


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, Path]:
    """The demo plan and its CSV (gantry convert)."""
    plan = tmp_path / "plan.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), plan)
    table = tmp_path / "client.csv"
    assert main(["convert", str(plan), str(table)]) == 0
    return plan, table


def _stderr(capsys: pytest.CaptureFixture[str], *args: Path | str) -> str:
    capsys.readouterr()
    assert main([*map(str, args)]) == 0
    return capsys.readouterr().err


def test_s25nm_a_diff_of_a_csv_does_not_say_it_keeps_no_plan_name(exported, capsys):
    plan, table = exported
    other = table.with_name("other.csv")
    shutil.copy(table, other)
    for pair in ((plan, table), (table, plan), (table, other)):
        assert NAME_NOTE not in _stderr(capsys, "diff", *pair)


def test_s25nm_convert_of_the_csv_says_it_once(exported, capsys, tmp_path):
    _, table = exported
    err = _stderr(capsys, "convert", table, tmp_path / "back.gantry")
    assert err.count(NAME_NOTE) == 1
    assert "client.csv keeps no plan name: the plan is named 'client', after the file" in err
