"""``gantry diff`` writes a custom Date or Number field's change as its column shows it
(the report's cell text): ``Date1 Fri 2027-01-01 -> Mon 2027-01-04``, ``Number1 3 -> 12,5``
in German, where it wrote ``'2027-01-01T08:00'`` and ``3.0``; a date moved within its day
says the times; ``--json`` keeps the values as compared."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from app.cli.diff_text import DiffWriter
from app.domain.diff import diff_plans
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan
from app.report.locale_numbers import C_MARKS, Marks

ROOT = Path(__file__).resolve().parents[1]
MON = datetime(2027, 1, 4, 8, 0)
GERMAN = Marks(".", ",")


def _plan(date1: datetime, number1: float) -> Plan:
    plan = Plan(project=Project(name="Fields", start=MON))
    plan.append_task(
        Task(1, "Pour", duration_minutes=480, custom=(("Date1", date1), ("Number1", number1)))
    )
    return plan


def _lines(old: Plan, new: Plan, marks: Marks) -> list[str]:
    writer = DiffWriter(old, new, marks=marks)
    return [writer.line(c) for c in diff_plans(old, new)]


OLD = _plan(datetime(2027, 1, 1, 8), 3.0)
NEW = _plan(datetime(2027, 1, 4, 17), 12.5)


@pytest.mark.parametrize(
    ("marks", "number"), [(C_MARKS, "Number1 3 -> 12.5"), (GERMAN, "Number1 3 -> 12,5")]
)
def test_s24sm_custom_date_and_number_as_their_columns_show_them(marks, number):
    lines = _lines(OLD, NEW, marks)
    assert "changed  ID 1 'Pour': Date1 Fri 2027-01-01 -> Mon 2027-01-04" in lines
    assert f"changed  ID 1 'Pour': {number}" in lines
    assert not any("T08:00" in line or "3.0" in line for line in lines)


def test_s24sm_a_date_moved_within_its_day_says_the_times():
    old = _plan(datetime(2027, 1, 1, 8), 3.0)
    new = _plan(datetime(2027, 1, 1, 17), 3.0)
    (line,) = _lines(old, new, C_MARKS)
    assert line.endswith("Date1 Fri 2027-01-01 08:00 -> Fri 2027-01-01 17:00")


def test_s24sm_a_date_set_or_cleared_is_said_so():
    old = Plan(project=Project(name="Fields", start=MON))
    old.append_task(Task(1, "Pour", duration_minutes=480))
    lines = _lines(old, _plan(datetime(2027, 1, 1, 8), 3.0), C_MARKS)
    assert "changed  ID 1 'Pour': Date1 (empty) -> Fri 2027-01-01" in lines
    lines = _lines(_plan(datetime(2027, 1, 1, 8), 3.0), old, C_MARKS)
    assert "changed  ID 1 'Pour': Date1 Fri 2027-01-01 -> (empty)" in lines


def _diff(tmp_path: Path, lang: str, *more: str) -> str:
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    write_plan(OLD, old)
    write_plan(NEW, new)
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


def test_s24sm_gantry_diff_in_german(tmp_path):
    out = _diff(tmp_path, "de_DE.UTF-8")
    assert "Date1 Fr. 01.01.2027 -> Mo. 04.01.2027" in out  # as German Start cells write dates
    assert "Number1 3 -> 12,5" in out


def test_s24sm_json_keeps_the_values_compared(tmp_path):
    changes = json.loads(_diff(tmp_path, "de_DE.UTF-8", "--json"))["changes"]
    by_field = {c["field"]: (c["old"], c["new"]) for c in changes}
    assert by_field["Date1"] == ("2027-01-01T08:00", "2027-01-04T17:00")
    assert by_field["Number1"] == (3, 12.5)
