"""Printed pages write dates as the sheet beside them does: the locale's short date with the
year in full (``04.01.2027`` in German, ``1/4/2027`` in the US) in the date columns and the
page header's Status date and Printed date, where they printed ``2027-01-04`` beside a German
timescale. The C locale prints ``2027-01-04`` as before. ``gantry convert x.pdf`` and ``gantry
report`` follow the system's locale (LANG in the subprocess), as the command line's figures
do. The window's locale is set for a test and put back after."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.report.columns import CellText, format_date
from app.report.locale_dates import local_date, printed_date
from app.report.page_frame import PageInfo, header_layout

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "resources" / "demo" / "crm-rollout.gantry"
MONDAY = datetime(2027, 1, 4, 8, 0)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def german():
    before = QLocale()
    QLocale.setDefault(GERMAN)
    yield
    QLocale.setDefault(before)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Dates", start=MONDAY))
    plan.append_task(
        Task(
            1,
            "Design",
            duration_minutes=5 * 480,
            deadline=datetime(2027, 3, 12, 17, 0),
            constraint_type=ConstraintType.SNET,
            constraint_date=MONDAY,
        )
    )
    return plan


def _cells(plan: Plan) -> CellText:
    return CellText(plan, schedule(plan), {})


def test_s21d2_printed_date_in_each_locale():
    assert printed_date(MONDAY) == "2027-01-04"  # C: as pages always printed
    assert printed_date(None) == ""
    assert local_date(date(2027, 1, 4), weekday=False, locale=GERMAN) == "04.01.2027"
    assert local_date(MONDAY, weekday=False, locale=US) == "1/4/2027"
    # the sheet's form is the same date with its weekday
    assert local_date(MONDAY, locale=GERMAN) == "Mo. 04.01.2027"


def test_s21d2_date_columns_print_the_locale_date(german):
    cells = _cells(_plan())
    assert cells.text(1, "start") == "04.01.2027"
    assert cells.text(1, "finish") == "08.01.2027"
    assert cells.text(1, "deadline") == "12.03.2027"
    assert cells.text(1, "constraint_date") == "04.01.2027"
    assert format_date(MONDAY) == "04.01.2027"


def test_s21d2_date_columns_in_c_unchanged():
    cells = _cells(_plan())
    assert cells.text(1, "start") == "2027-01-04"
    assert cells.text(1, "deadline") == "2027-03-12"


def test_s21d2_page_header_dates(qapp, german):
    info = PageInfo("Dates", datetime(2027, 3, 1, 17, 0), date(2026, 11, 27), 1, 1, 1, 1)
    layout = header_layout(info, 800.0)
    assert layout.printed == "Printed: 27.11.2026"
    assert layout.status == "Status date: 01.03.2027"


def _pdf_text(lang: str, tmp_path: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    out = tmp_path / f"{lang}.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "app", *args[:1], str(DEMO), str(out), *args[1:]],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    )
    return text.stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_s21d2_convert_pdf_follows_the_system_locale(tmp_path):
    german = _pdf_text("de_DE.UTF-8", tmp_path, "convert")
    assert "04.01.2027" in german  # the kick-off's start
    assert "2027-01-04" not in german
    c = _pdf_text("C.UTF-8", tmp_path, "convert")
    assert "2027-01-04" in c
    assert "04.01.2027" not in c


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_s21d2_status_report_follows_the_system_locale(tmp_path):
    german = _pdf_text("de_DE.UTF-8", tmp_path, "report", "--status-date", "2027-03-01")
    assert "Status date: 01.03.2027" in german
    c = _pdf_text("C.UTF-8", tmp_path, "report", "--status-date", "2027-03-01")
    assert "Status date: 2027-03-01" in c
