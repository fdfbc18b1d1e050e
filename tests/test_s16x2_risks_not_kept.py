"""Converting a plan to a format without a risk register (.xml, .gan, .csv) dropped its risks
without a word: 'gantry convert plan.gantry plan.xml' printed nothing, and only a second
conversion back to .gantry showed them 'removed'. convert (and Save a Copy As / Export,
through formats.not_kept) now say how many are not saved."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.risk import Risk
from app.domain.task import Task
from app.formats import not_kept, write_plan


def _plan(risks: int) -> Plan:
    plan = Plan(Project(name="Risky", start=datetime(2027, 1, 4, 8)))
    plan.insert_tasks(0, [Task(1, "Build", 1, duration_minutes=480)])
    plan.risks = [Risk(uid=i, title=f"Risk {i}") for i in range(1, risks + 1)]
    return plan


@pytest.mark.parametrize("ext", [".xml", ".gan", ".csv"])
def test_a_format_without_risks_says_how_many_are_not_saved(ext):
    assert f"{ext} keeps no risk register: 2 risks not saved" in not_kept(_plan(2), ext)
    assert f"{ext} keeps no risk register: 1 risk not saved" in not_kept(_plan(1), ext)
    assert not any("risk" in line for line in not_kept(_plan(0), ext))


@pytest.mark.parametrize("ext", [".gantry", ".xlsx"])
def test_formats_that_keep_risks_say_nothing_of_them(ext):
    assert not any("risk" in line for line in not_kept(_plan(3), ext))


def test_convert_says_it_on_stderr(tmp_path: Path, capsys):
    source = tmp_path / "plan.gantry"
    write_plan(_plan(3), source)
    assert main(["convert", str(source), str(tmp_path / "plan.xml")]) == 0
    assert "keeps no risk register: 3 risks not saved" in capsys.readouterr().err
