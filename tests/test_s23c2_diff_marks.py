"""``gantry diff`` under a German locale wrote a link's lag (``Lag 1FS+1d -> 1FS+1.5d``, ``Lag
in % 12.5``) and work typed into Usage periods (``3.2h a day``) with a point, where its other
figures took the locale's comma (s23mn): now ``1FS+1,5d``, ``12,5`` and ``3,2h a day``. The C
locale reads as before, and ``--json`` keeps machine form under any."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.cli.diff_text import DiffWriter, local_link
from app.domain.diff import Held, diff_plans
from app.domain.diff_typed_work import typed_work_text
from app.domain.link import Link
from app.domain.merge import copy_plan
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.formats import write_plan
from app.report.locale_numbers import C_MARKS, Marks
from tests.test_s23us_typed_period import anna_plan, typed

ROOT = Path(__file__).resolve().parents[1]
MON = datetime(2027, 1, 4, 8, 0)
GERMAN = Marks(".", ",")


def _linked(lag_minutes: int = 0, lag_percent: float | None = None) -> Plan:
    plan = Plan(project=Project(name="Lags", start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=480))
    plan.append_task(Task(2, "Cure", duration_minutes=480))
    plan.add_link(Link(1, 2, lag_minutes=lag_minutes, lag_percent=lag_percent))
    return plan


def _diff(lang: str, old: Path, new: Path, *more: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "app", "diff", str(old), str(new), *more],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize(
    ("lang", "lag"), [("de_DE.UTF-8", "1FS+1d -> 1FS+1,5d"), ("C.UTF-8", "1FS+1d -> 1FS+1.5d")]
)
def test_s23c2_a_lag_in_the_systems_decimal_mark(tmp_path: Path, lang: str, lag: str) -> None:
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    write_plan(_linked(480), old)
    write_plan(_linked(720), new)
    assert f"changed  link ID 1 'Pour' -> ID 2 'Cure' FS: Lag {lag}\n" in _diff(lang, old, new)
    (change,) = json.loads(_diff(lang, old, new, "--json"))["changes"]
    assert (change["old"], change["new"]) == (480, 720)
    assert (change["old_text"], change["new_text"]) == ("1FS+1d", "1FS+1.5d")


@pytest.mark.parametrize(
    ("marks", "said"),
    [
        (GERMAN, ["Lag 1FS+1d -> 1FS-12,5%", "Lag in % (empty) -> -12,5"]),
        (C_MARKS, ["Lag 1FS+1d -> 1FS-12.5%", "Lag in % (empty) -> -12.5"]),
    ],
)
def test_s23c2_a_lag_in_percent_in_the_locales_mark(marks: Marks, said: list[str]) -> None:
    old, new = _linked(480), _linked(lag_percent=-12.5)
    writer = DiffWriter(old, new, marks=marks)
    lines = [writer.line(c) for c in diff_plans(old, new, held=Held(calendars=True))]
    for text in said:
        assert any(line.endswith(text) for line in lines), lines


def test_s23c2_only_the_lags_figure_takes_the_marks() -> None:
    assert local_link("1234SS+1,200.5d", GERMAN) == "1234SS+1.200,5d"
    assert local_link("12", GERMAN) == "12"  # no lag
    assert local_link("3FS+1.5d", C_MARKS) == "3FS+1.5d"


def test_s23c2_typed_hours_take_the_mark_given_the_comparison_keeps_the_point() -> None:
    plan = anna_plan()
    typed(plan, 1, 16 * 60)
    (a,) = plan.assignments
    point, comma = typed_work_text(a), typed_work_text(a, ",")
    assert point is not None
    assert "3.2h a day" in point
    assert comma == point.replace("3.2h", "3,2h")


@pytest.mark.parametrize(("lang", "hours"), [("de_DE.UTF-8", "3,2h"), ("C.UTF-8", "3.2h")])
def test_s23c2_gantry_diff_writes_typed_hours_in_the_systems_mark(
    tmp_path: Path, lang: str, hours: str
) -> None:
    one, other = anna_plan(), anna_plan()
    typed(one, 3, 16 * 60)
    typed(other, 1, 16 * 60)
    old, new = tmp_path / "week3.gantry", tmp_path / "week1.gantry"
    write_plan(one, old)
    write_plan(other, new)
    text = _diff(lang, old, new)
    assert f"'2027-03-01 to 2027-03-12 8h a day; 2027-03-15 to 2027-03-19 {hours} a day" in text
    assert f"'2027-03-01 to 2027-03-05 {hours} a day; 2027-03-08 to 2027-03-26 8h a day'" in text
    (change,) = json.loads(_diff(lang, old, new, "--json"))["changes"]
    assert "3.2h a day" in change["old"]
    assert "3.2h a day" in change["new"]


@pytest.mark.parametrize(
    ("marks", "cost"), [(GERMAN, "€0,00 -> €2.500,50"), (C_MARKS, "€0.00 -> €2,500.50")]
)
def test_s23c2_a_cost_items_amount_is_money(marks: Marks, cost: str) -> None:
    old = Plan(project=Project(name="Travel", start=MON, currency_symbol="€"))
    old.append_task(Task(1, "Site visit", duration_minutes=480))
    old.add_resource(Resource(1, "Travel", type=ResourceType.COST))
    old.add_assignment(Assignment(1, 1, 1, 1.0, 0))
    new = copy_plan(old)
    new.update_assignment(replace(new.assignments[0], cost=2500.5))
    (change,) = diff_plans(old, new, held=Held(calendars=True))
    line = DiffWriter(old, new, marks=marks).line(change)
    assert line.endswith(f"Travel on ID 1 'Site visit': Cost {cost}")  # was Cost 0 -> 2500.5
    assert (change.old, change.new) == (0.0, 2500.5)  # --json's
