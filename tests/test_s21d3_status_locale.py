"""The status report and the indicators' hover texts in the reader's locale, as the printed
Gantt beside them (app/report/locale_dates.py, locale_numbers.py): a German PM's report said
``Report date: 2026-11-27``, ``saved 2026-11-20``, ``w/c 2027-03-01`` and ``€207,210.00`` under
a header printing ``27.11.2026``. The C locale keeps every text as it was (the print tests run
in C). The window's locale is set for a test and put back after."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.money import format_money
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.status_report import gather_status
from app.domain.task import ConstraintType, Task
from app.report.indicators import TaskIndicators
from app.report.status_chart import tick_label
from app.report.status_pages import subtitle
from app.report.status_tables import days, headline_cards, week_ranges
from tests.unit.test_status_report import NOW, START, _plan

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "resources" / "demo" / "crm-rollout.gantry"
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@pytest.fixture
def german():
    before = QLocale()
    QLocale.setDefault(GERMAN)
    yield
    QLocale.setDefault(before)


def _report(baseline: str | None = "Contract plan"):
    plan = _plan()
    if baseline is not None:
        sched = schedule(plan)
        costs = compute_costs(plan, sched)
        plan.set_baseline(snapshot(plan, sched, costs, 0, START, name=baseline))
    sched = schedule(plan)
    return gather_status(plan, sched, compute_costs(plan, sched), NOW)


def test_s21d3_subtitle_dates_in_german(german):
    line = subtitle(_report())
    assert "Report date: 26.11.2026" in line
    assert "Baseline: Contract plan, saved 02.03.2026" in line
    assert not ISO_DATE.search(line), line


def test_s21d3_subtitle_in_c_unchanged():
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        line = subtitle(_report())
        unsaved = subtitle(_report(None))
    finally:
        QLocale.setDefault(before)
    assert "Report date: 2026-11-26" in line
    assert "Baseline: Contract plan, saved 2026-03-02" in line
    assert "Baseline:" not in unsaved


def _pdf_text(lang: str, tmp_path: Path, command: str, *args: str) -> str:
    """The text of the demo's PDF that ``gantry COMMAND`` writes under ``LANG=lang``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    out = tmp_path / f"{lang}-{command}.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "app", command, str(DEMO), str(out), *args],
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
def test_s21d3_german_report_prints_no_iso_date(tmp_path):
    german = _pdf_text("de_DE.UTF-8", tmp_path, "report", "--status-date", "2027-03-10")
    assert "saved 20.11.2026" in german  # the demo's baseline
    assert not ISO_DATE.findall(german)
    c = _pdf_text("C.UTF-8", tmp_path, "report", "--status-date", "2027-03-10")
    assert "saved 2026-11-20" in c


WEEKS = (date(2027, 3, 1), date(2027, 3, 8), date(2027, 3, 15), date(2027, 4, 5))


def test_s21d3_weeks_in_german(german):
    assert week_ranges(WEEKS) == "from Mo. 01.03.2027 to Mo. 15.03.2027, Mo. 05.04.2027"
    assert week_ranges(WEEKS[3:]) == "from Mo. 05.04.2027"
    assert week_ranges(()) == ""


def test_s21d3_weeks_in_c_unchanged():
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert week_ranges(WEEKS) == "w/c 2027-03-01 to 2027-03-15, 2027-04-05"
    finally:
        QLocale.setDefault(before)


def _cards(report) -> dict[str, str]:
    return {card.label: card.value for card in headline_cards(report)}


def test_s21d3_money_ratios_and_days_in_german(german):
    report = _report()
    cards = _cards(report)
    # The money each card holds in C marks, as format_money writes it, in German's.
    c_budget = format_money(report.headline.budget, report.project)
    assert cards["Budget (baseline)"] == c_budget.translate({ord(","): ".", ord("."): ","})
    assert "," in cards["Budget (baseline)"]  # the decimals
    assert cards["CPI"] == "n/a" or re.fullmatch(r"\d+,\d\d", cards["CPI"])
    assert re.fullmatch(r"\d+,\d\d", cards["SPI"]), cards["SPI"]
    assert days(report, 150) == "+0,31d"  # 2.5 hours of an 8-hour day
    assert days(report, -4800) == "-10d"


def test_s21d3_money_ratios_and_days_in_c_unchanged():
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        report = _report()
        cards = _cards(report)
        assert days(report, 150) == "+0.31d"
    finally:
        QLocale.setDefault(before)
    assert cards["Budget (baseline)"] == format_money(report.headline.budget, report.project)
    assert re.fullmatch(r"\d+\.\d\d", cards["SPI"]), cards["SPI"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_s21d3_group_rows_print_the_locale_date(tmp_path):
    german = _pdf_text("de_DE.UTF-8", tmp_path, "convert", "--group", "Critical")
    row = next(line for line in german.splitlines() if "Critical: Yes" in line)
    assert "04.01.2027" in row, row
    assert "01.06.2027" in row, row
    assert not ISO_DATE.findall(german)
    c = _pdf_text("C.UTF-8", tmp_path, "convert", "--group", "Critical")
    row = next(line for line in c.splitlines() if "Critical: Yes" in line)
    assert "2027-01-04   2027-06-01" in row, row


def _late_plan() -> Plan:
    monday = datetime(2027, 1, 4, 8, 0)
    plan = Plan(project=Project(name="Tips", start=monday))
    plan.append_task(
        Task(
            1,
            "Design",
            duration_minutes=5 * 480,
            deadline=datetime(2027, 1, 6, 17, 0),
            constraint_type=ConstraintType.SNET,
            constraint_date=monday,
        )
    )
    return plan


def test_s21d3_indicator_tips_in_german(german):
    plan = _late_plan()
    tip = TaskIndicators(plan, schedule(plan)).tooltip(1)
    assert "finishes on Fr. 08.01.2027 after its deadline on Mi. 06.01.2027" in tip, tip
    assert "on Mo. 04.01.2027" in tip, tip  # the constraint's date
    assert not ISO_DATE.search(tip)


def test_s21d3_indicator_tips_in_c_unchanged():
    plan = _late_plan()
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        tip = TaskIndicators(plan, schedule(plan)).tooltip(1)
    finally:
        QLocale.setDefault(before)
    assert "finishes on Fri 2027-01-08 after its deadline on Wed 2027-01-06" in tip, tip
    assert "on Mon 2027-01-04" in tip, tip


def test_s21d3_chart_scales_in_german(german):
    monday = datetime(2027, 3, 1)
    assert tick_label(monday, "%b %Y") == "Mär 2027"
    assert tick_label(monday, "week") == "1. März"


def test_s21d3_chart_scales_in_c_unchanged():
    monday = datetime(2027, 3, 1)
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert tick_label(monday, "%b %Y") == "Mar 2027"
        assert tick_label(monday, "week") == "1 Mar"
    finally:
        QLocale.setDefault(before)
