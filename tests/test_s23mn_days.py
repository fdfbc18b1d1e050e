"""Days as a German PM gives and reads them: ``gantry status-date plan 15.01.2027`` was
refused while ``progress --actual-start 14.12.2026`` took it (dotted days are day-first
wherever dots part them; a slashed day's order stays refused, it is the computer's), and
leveling's "longest delay 80.5 days" reads "80,5 days" in German (the window)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from app.cli import main
from app.cli.option_words import parse_day
from app.domain.errors import OptionError
from app.domain.leveling_result import LevelingMove, LevelingResult
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.report.locale_numbers import locale_marks
from app.store.document import GantryFile, read_plan

MON = datetime(2027, 1, 4, 8, 0)


@pytest.mark.parametrize(
    ("typed", "day"),
    [("15.01.2027", date(2027, 1, 15)), ("5.1.2027", date(2027, 1, 5)), ("2027-01-15", None)],
)
def test_s23mn_a_day_option_takes_a_dotted_day(typed, day):
    assert parse_day(typed, "status date") == (day or date(2027, 1, 15))


@pytest.mark.parametrize("typed", ["31.02.2027", "15/01/2027", "1/15/2027", "15.01.27"])
def test_s23mn_a_day_that_is_none_or_ambiguous_stays_bad_usage(typed):
    with pytest.raises(OptionError, match=r"is not a date \(use YYYY-MM-DD\)"):
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
    days = {"en_US": "80.5 days"}.get(locale, "80,5 days")
    assert said.endswith(f"longest delay {days}.")
