"""``gantry diff``'s moved-task and summary lines write their dates in the system's locale
(``Start 05.01.2027 08:00 -> 07.01.2027 08:00`` in German), as its custom Date lines and
the Import review do, where they wrote ISO beside ``Fr. 01.01.2027``; the C locale keeps
``2027-01-05 08:00`` byte for byte, and ``--json`` keeps ISO in every locale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan

ROOT = Path(__file__).resolve().parents[1]

# (LANG, Tue 5 January 2027 08:00, Thu 7 January 2027 08:00, the project's finish moved)
CASES = [
    ("de_DE.UTF-8", "05.01.2027 08:00", "07.01.2027 08:00", "05.01.2027 17:00 -> 07.01.2027 17:00"),
    ("en_GB.UTF-8", "05/01/2027 08:00", "07/01/2027 08:00", "05/01/2027 17:00 -> 07/01/2027 17:00"),
    (
        "en_US.UTF-8",
        "1/5/2027 8:00\u202fAM",
        "1/7/2027 8:00\u202fAM",
        "1/5/2027 5:00\u202fPM -> 1/7/2027 5:00\u202fPM",
    ),
    ("fr_FR.UTF-8", "05/01/2027 08:00", "07/01/2027 08:00", "05/01/2027 17:00 -> 07/01/2027 17:00"),
    ("C.UTF-8", "2027-01-05 08:00", "2027-01-07 08:00", "2027-01-05 17:00 -> 2027-01-07 17:00"),
]


def _plan(days: int) -> Plan:
    plan = Plan(project=Project(name="Moves", start=datetime(2027, 1, 4, 8)))
    plan.append_task(Task(1, "Dig", duration_minutes=days * 480))
    plan.append_task(Task(2, "Pour", duration_minutes=480))
    plan.add_link(Link(1, 2))
    return plan


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("s25lo_moves")
    old, new = folder / "old.gantry", folder / "new.gantry"
    write_plan(_plan(1), old)
    write_plan(_plan(3), new)
    return old, new


def _diff(files: tuple[Path, Path], lang: str, *more: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "app", "diff", *map(str, files), *more],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize(("lang", "was", "now", "finish"), CASES)
def test_s25lo_moves_are_dated_in_the_systems_locale(files, lang, was, now, finish):
    out = _diff(files, lang)
    assert f"moved    ID 2 'Pour': Start {was} -> {now}, Finish" in out
    summary = next(line for line in out.splitlines() if line.startswith("summary:"))
    assert f"Finish {finish} (+2d working, +2 calendar days)" in summary


def test_s25lo_json_keeps_iso(files):
    data = json.loads(_diff(files, "de_DE.UTF-8", "--json"))
    (move,) = [m for m in data["moved"] if m["uid"] == 2]
    assert move["start"]["old"].startswith("2027-01-05T08:00")
    assert move["start"]["new"].startswith("2027-01-07T08:00")
