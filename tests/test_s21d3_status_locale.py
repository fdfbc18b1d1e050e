"""The status report and the indicators' hover texts in the reader's locale, as the printed
Gantt beside them (app/report/locale_dates.py, locale_numbers.py): a German PM's report said
``Report date: 2026-11-27``, ``saved 2026-12-18``, ``w/c 2027-03-01`` and ``€207,210.00`` under
a header printing ``27.11.2026``. The C locale keeps every text as it was (the print tests run
in C). The window's locale is set for a test and put back after."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.money import format_money
from app.domain.scheduler import schedule
from app.domain.status_report import gather_status
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


def _pdf_text(lang: str, tmp_path: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    out = tmp_path / f"{lang}.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "app", "report", str(DEMO), str(out), *args],
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
    german = _pdf_text("de_DE.UTF-8", tmp_path, "--status-date", "2027-03-10")
    assert "saved 18.12.2026" in german  # the demo's baseline
    assert not ISO_DATE.findall(german)
    c = _pdf_text("C.UTF-8", tmp_path, "--status-date", "2027-03-10")
    assert "saved 2026-12-18" in c


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
