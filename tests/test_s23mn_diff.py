"""``gantry diff`` writes its figures in the system locale's marks, as ``gantry info`` does:
money ``€2.500,50`` (was ``€2,500.50`` under de_DE), a rate as the roster shows it with its
symbol (``€1.234,50/h``, was ``1234.5/h``), lengths and moves ``+0,5d``; ``--json`` stays in
machine form. A person's vacation reads ``Days off none -> 'Urlaub Pierre 2027-07-12'``
(was ``days_off None -> ...``), and a constraint whose date alone moved is its Constraint
Date (it was called Constraint Type)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from app.cli.diff_text import DiffWriter
from app.domain.diff import Held, diff_plans
from app.domain.link import Link
from app.domain.merge import copy_plan
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.task import ConstraintType, Task
from app.domain.vacations import add_vacation
from app.formats import write_plan
from app.report.locale_numbers import C_MARKS, Marks

ROOT = Path(__file__).resolve().parents[1]
MON = datetime(2027, 1, 4, 8, 0)
DAY = 480
MARKS = {"de_DE": Marks(".", ","), "fr_FR": Marks("\u202f", ","), "en_US": C_MARKS}


def _plan(fixed: float = 0.0, rate: float = 90.0, duration: int = DAY) -> Plan:
    plan = Plan(project=Project(name="Money", start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=duration, fixed_cost=fixed))
    plan.append_task(Task(2, "Build", duration_minutes=DAY))
    plan.add_link(Link(1, 2))
    plan.add_resource(Resource(1, "Pierre", standard_rate=rate))
    return plan


def _lines(old: Plan, new: Plan, marks: Marks) -> list[str]:
    writer = DiffWriter(old, new, marks=marks)
    return [writer.line(c) for c in diff_plans(old, new, held=Held(calendars=True))]


@pytest.mark.parametrize(
    ("locale", "money", "rate", "length"),
    [
        ("de_DE", "€0,00 -> €2.500,50", "€90,00/h -> €1.234,50/h", "1d -> 1,5d"),
        ("fr_FR", "€0,00 -> €2\u202f500,50", "€90,00/h -> €1\u202f234,50/h", "1d -> 1,5d"),
        ("en_US", "€0.00 -> €2,500.50", "€90.00/h -> €1,234.50/h", "1d -> 1.5d"),
    ],
)
def test_s23mn_money_rates_and_lengths_follow_the_locale(locale, money, rate, length):
    lines = _lines(_plan(), _plan(2500.5, 1234.5, DAY * 3 // 2), MARKS[locale])
    assert any(line.endswith(f"Fixed Cost {money}") for line in lines), lines
    assert any(line.endswith(f"Std. rate {rate}") for line in lines), lines
    assert any(line.endswith(f"Duration {length}") for line in lines), lines


def _run(lang: str, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_s23mn_gantry_diff_under_german_moves_in_german_json_in_machine_form(tmp_path):
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    write_plan(_plan(), old)
    write_plan(_plan(2500.5, 1234.5, DAY * 3 // 2), new)
    text = _run("de_DE.UTF-8", "diff", str(old), str(new))
    assert "Fixed Cost €0,00 -> €2.500,50" in text
    assert "Std. rate €90,00/h -> €1.234,50/h" in text
    assert "(+0,5d working" in text
    assert "+0.5d" not in text
    data = json.loads(_run("de_DE.UTF-8", "diff", str(old), str(new), "--json"))
    rate = next(c for c in data["changes"] if c["field"] == "standard_rate")
    assert (rate["new"], rate["new_text"]) == (1234.5, "1234.5/h")


@pytest.mark.parametrize("locale", list(MARKS))
def test_s23mn_a_vacation_is_days_off(locale):
    old = _plan()
    new = copy_plan(old)
    add_vacation(new, 1, date(2027, 7, 12), date(2027, 7, 12), "Urlaub Pierre")
    lines = _lines(old, new, MARKS[locale])
    assert "changed  resource 1 'Pierre': Days off none -> 'Urlaub Pierre 2027-07-12'" in lines
    # the person's own calendar, made for the vacation, was the project's
    assert "changed  resource 1 'Pierre': Base calendar 'Standard' -> 'Pierre'" in lines


@pytest.mark.parametrize("locale", list(MARKS))
def test_s23mn_a_constraint_whose_date_moved_is_its_constraint_date(locale):
    old = _plan()
    old.update_task(
        replace(
            old.task(2),
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime(2027, 1, 6, 8, 0),
        )
    )
    new = copy_plan(old)
    new.update_task(replace(new.task(2), constraint_date=datetime(2027, 1, 8, 8, 0)))
    (line,) = _lines(old, new, MARKS[locale])
    assert line.endswith(": Constraint Date 2027-01-06 08:00 -> 2027-01-08 08:00")
    kind = copy_plan(old)
    kind.update_task(replace(kind.task(2), constraint_type=ConstraintType.FNET))
    (line,) = _lines(old, kind, MARKS[locale])
    assert line.endswith(
        ": Constraint Type Start No Earlier Than 2027-01-06 08:00 -> Finish No Earlier Than 2027-01-06 08:00"
    )
