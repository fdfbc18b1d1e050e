"""``gantry diff`` under a German locale wrote a link's lag (``Lag 1FS+1d -> 1FS+1.5d``, ``Lag
in % 12.5``) with a point, where its other figures took the locale's comma (s23mn): now
``1FS+1,5d`` and ``12,5``. The C locale reads as before, and ``--json`` keeps machine form
under any."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from app.cli.diff_text import DiffWriter, local_link
from app.domain.diff import Held, diff_plans
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan
from app.report.locale_numbers import C_MARKS, Marks

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
    assert f"changed  link 1->2 'Pour -> Cure': Lag {lag}\n" in _diff(lang, old, new)
    (change,) = json.loads(_diff(lang, old, new, "--json"))["changes"]
    assert (change["old"], change["new"]) == (480, 720)
    assert (change["old_text"], change["new_text"]) == ("1FS+1d", "1FS+1.5d")


@pytest.mark.parametrize(
    ("marks", "said"),
    [
        (GERMAN, ["Lag 1FS+1d -> 1FS-12,5%", "Lag in % None -> -12,5"]),
        (C_MARKS, ["Lag 1FS+1d -> 1FS-12.5%", "Lag in % None -> -12.5"]),
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
