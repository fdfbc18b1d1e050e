"""``gantry diff`` says a person's rate tables as a project manager reads them: ``table A
from 2027-04-01 €110.00/h (was €100.00/h)``, in the plan's money with the locale's figures
and dates (German: ``from 01.04.2027 €110,00/h``), where it quoted ``'RateEntry(…)'``."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from app.cli.diff_text import DiffWriter
from app.domain.diff import diff_plans
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import RateEntry, RateUnit, Resource
from app.formats import write_plan
from app.report.locale_numbers import C_MARKS, Marks

ROOT = Path(__file__).resolve().parents[1]
APRIL = datetime(2027, 4, 1)


def _plan(*tables: tuple[RateEntry, ...]) -> Plan:
    plan = Plan(project=Project(name="Billing", start=datetime(2027, 1, 4, 8), currency_symbol="€"))
    plan.resources.append(Resource(1, "Ana", standard_rate=100.0, rate_tables=tuple(tables)))
    return plan


OLD = _plan((RateEntry(None, 100.0), RateEntry(APRIL, 100.0)))
NEW = _plan(
    (RateEntry(None, 100.0), RateEntry(APRIL, 110.0, cost_per_use=50.0)),
    (RateEntry(None, 1200 / 8, standard_rate_unit=RateUnit.DAY),),
)


def _lines(old: Plan, new: Plan, marks: Marks) -> list[str]:
    writer = DiffWriter(old, new, marks=marks)
    return [writer.line(c) for c in diff_plans(old, new) if c.field == "rate_tables"]


def test_s25rt_a_raise_is_said_as_the_table_row_reads():
    (line,) = _lines(OLD, NEW, C_MARKS)
    assert "RateEntry" not in line
    assert line == (
        "changed  resource 1 'Ana': table A from 2027-04-01 €110.00/h (was €100.00/h),"
        " €50.00 per use (was €0.00 per use);"
        " table B from the start €1,200.00/d, overtime €0.00/h, €0.00 per use (added)"
    )


def test_s25rt_a_row_removed_says_what_it_held():
    old = _plan((RateEntry(None, 100.0), RateEntry(APRIL, 110.0)))
    new = _plan((RateEntry(None, 100.0),))
    (line,) = _lines(old, new, C_MARKS)
    assert line.endswith(
        ": table A from 2027-04-01 removed (was €110.00/h, overtime €0.00/h, €0.00 per use)"
    )


def test_s25rt_a_unit_alone_is_no_change_said():
    old = _plan((RateEntry(None, 150.0), RateEntry(APRIL, 100.0)))
    new = _plan((RateEntry(None, 150.0, standard_rate_unit=RateUnit.DAY), RateEntry(APRIL, 100.0)))
    new.resources[0] = replace(new.resources[0], standard_rate=150.0)
    assert _lines(old, new, C_MARKS) == []  # the unit stays out of the compared value


def test_s25rt_gantry_diff_in_german(tmp_path):
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    write_plan(OLD, old)
    write_plan(NEW, new)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="de_DE.UTF-8", PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "app", "diff", str(old), str(new)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "table A from 01.04.2027 €110,00/h (was €100,00/h)" in done.stdout, done.stdout
