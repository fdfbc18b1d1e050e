"""Days as a German PM gives and reads them: ``gantry status-date plan 15.01.2027`` was
refused while ``progress --actual-start 14.12.2026`` took it (dotted days are day-first
wherever dots part them; a slashed day's order stays refused, it is the computer's), and
leveling's "longest delay 80.5 days" reads "80,5 days" in German (the window)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from app.cli import main
from app.cli.option_words import parse_day
from app.domain.errors import OptionError
from app.domain.leveling_result import LevelingMove, LevelingResult
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.report.locale_numbers import locale_marks
from app.store.document import GantryFile, read_plan

MON = datetime(2027, 1, 4, 8, 0)
ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("typed", "day"),
    [("15.01.2027", date(2027, 1, 15)), ("5.1.2027", date(2027, 1, 5)), ("2027-01-15", None)],
)
def test_s23mn_a_day_option_takes_a_dotted_day(typed, day):
    assert parse_day(typed, "status date") == (day or date(2027, 1, 15))


@pytest.mark.parametrize("typed", ["31.02.2027", "15/01/2027", "1/15/2027", "15.01.27"])
def test_s23mn_a_day_that_is_none_or_ambiguous_stays_bad_usage(typed):
    with pytest.raises(OptionError, match=r"is not a date \(use YYYY-MM-DD or DD\.MM\.YYYY\)"):
        parse_day(typed, "status date")


def test_s23mn_status_date_takes_the_day_progress_takes(tmp_path, capsys):
    path = tmp_path / "plan.gantry"
    plan = Plan(project=Project(name="Tage", start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=4800))
    GantryFile.create(path, plan).close()
    assert main(["status-date", str(path), "15.01.2027"]) == 0
    assert "status date set to" in capsys.readouterr().out
    status = read_plan(path).project.status_date
    assert status is not None
    assert status.date() == date(2027, 1, 15)


@pytest.fixture(params=["de_DE", "fr_FR", "en_US"])
def locale(request):
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


def test_s23mn_the_longest_delay_in_the_readers_decimal_mark(locale):
    move = LevelingMove(3, "Build", 480 * 161 // 2, MON, datetime(2027, 4, 26, 8, 0))
    said = LevelingResult({3: move.delay_minutes}, (move,)).summary(480, locale_marks().decimal)
    days = {"en_US": "80.5 working days"}.get(locale, "80,5 working days")
    assert said.endswith(f"longest delay {days}.")


def _level(lang: str, path: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "app", "level", str(path), "-o", str(path.with_suffix(".x.gantry"))],
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
    ("lang", "days"), [("de_DE.UTF-8", "1,5 working days"), ("C.UTF-8", "1.5 working days")]
)
def test_s23mn_gantry_level_says_the_delay_in_the_systems_decimal_mark(tmp_path, lang, days):
    plan = Plan(project=Project(name="Ebene", start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=720))
    plan.append_task(Task(2, "Build", duration_minutes=480))
    plan.add_resource(Resource(1, "Pierre"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 720))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 480))
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, plan).close()
    assert f"longest delay {days} (" in _level(lang, path)  # then the task and its ed
