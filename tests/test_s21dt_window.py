"""A German PM's window and printout: the Gantt's hover texts, timescale and the Usage
headers name days and months in German and write dates as German does; the C locale's
stay as they were. The locale is set for a test and put back after; a screenshot of the
Gantt and a printed page to look at (/tmp/s21dt_gantt_de.png, /tmp/s21dt_print_de.pdf)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.usage import Scale
from app.report.bars import DeadlineMark
from app.ui.gantt.tooltip import deadline_tooltip_text, short_date
from app.ui.printing import actions

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def locale():
    """Set the user's locale as the system would (then Qt's LocaleChange); the one before
    is put back after."""
    before = QLocale()

    def change(chosen: QLocale) -> None:
        QLocale.setDefault(chosen)
        QCoreApplication.sendEvent(QApplication.instance(), QEvent(QEvent.Type.LocaleChange))
        QApplication.processEvents()

    yield change
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot, tmp_path):
    from app.ui.app import Session
    from app.ui.settings import Settings

    session = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    path = tmp_path / "demo.gantry"
    shutil.copy(DEMO, path)
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 800)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    win.close()


def _first_task(window) -> int:
    plan = window.document.plan
    return next(t.uid for t in plan.tasks if not plan.is_summary(t.uid))


def test_s21dt_bar_hover_text_in_german_and_in_c(window, locale):
    gantt = window.gantt
    uid = _first_task(window)
    times = window.document.schedule.get(uid)
    assert f"Start: {times.start:%a %Y-%m-%d %H:%M}" in gantt.tooltip_text(uid)
    locale(GERMAN)
    text = gantt.tooltip_text(uid)
    day = f"{times.start.day:02d}.{times.start.month:02d}.{times.start.year}"
    assert f"Start: {GERMAN.dayName(times.start.isoweekday(), QLocale.FormatType.ShortFormat)}"
    assert f" {day} {times.start:%H:%M}<br>" in text
    assert f"{times.start:%Y-%m-%d}" not in text


def test_s21dt_deadline_hover_text_in_german(window, locale):
    friday = datetime(2027, 3, 12, 17, 0)
    assert short_date(friday) == "Fri 12 Mar"
    locale(GERMAN)
    assert short_date(friday) == "Fr. 12. März"
    mark = DeadlineMark(_first_task(window), 0.0, 0.0, 10.0, friday, missed=False)
    assert deadline_tooltip_text(window.document, mark) == "Deadline: Fr. 12. März"


def test_s21dt_usage_headers_in_german(window, locale):
    window.action_collection["view_usage"].trigger()
    view = window.views["usage"]
    view.set_scale(Scale.DAYS)
    grid = view.grid_model
    show, tip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
    first = grid.periods.starts[0]
    c_head = grid.headerData(0, Qt.Orientation.Horizontal, show)
    assert c_head == f"{first:%a} {first.day} {first:%b}"
    assert grid.headerData(0, Qt.Orientation.Horizontal, tip).startswith(f"{first:%a %Y-%m-%d}")
    locale(GERMAN)
    day = GERMAN.dayName(first.isoweekday(), QLocale.FormatType.ShortFormat)
    month = GERMAN.monthName(first.month, QLocale.FormatType.ShortFormat)
    assert grid.headerData(0, Qt.Orientation.Horizontal, show) == f"{day} {first.day}. {month}"
    assert grid.headerData(0, Qt.Orientation.Horizontal, tip).startswith(
        f"{day} {first.day:02d}.{first.month:02d}.{first.year} to "
    )
    view.set_scale(Scale.MONTHS)
    alone = GERMAN.standaloneMonthName(first.month, QLocale.FormatType.ShortFormat)
    assert view.print_sheet().periods[0] == f"{alone} {first.year}"


def test_s21dt_gantt_screenshot_and_printed_page_in_german(window, locale, monkeypatch):
    locale(GERMAN)
    gantt = window.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_start()
    QApplication.processEvents()
    window.grab().save("/tmp/s21dt_gantt_de.png")
    target = Path("/tmp/s21dt_print_de.pdf")
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    parent = QWidget()
    assert actions.export_pdf(parent, window.document) == target
    text = subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True)
    words = text.stdout.decode()
    assert "Januar 2027" in words  # the timescale's month heads ("Q1 2027" above)
    assert "März 2027" in words
    assert "January" not in words
