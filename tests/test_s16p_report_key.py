"""gantry report's pictures: the phase picture names in its key what it draws (the demo's
phases, level 1, all summaries, drew black bars under a key of 'Task, Critical, Progress' and
no 'Summary'); its status date line runs down the bars, no longer through a month's name;
the cost curve's key names only the lines drawn (with the status date before the work it
named an earned value and actual cost it did not draw)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPdfWriter

from app.cli import main
from app.domain.status_lines import PhaseLine
from app.report.fonts import report_font
from app.report.gantt_paint import Colors
from app.report.status_chart import (
    NAME_SHARE,
    ROW_H,
    SCALE_H,
    chart_height,
    key_labels,
    paint_phase_chart,
)

JAN = datetime(2027, 1, 4, 8, 0)
MAR = datetime(2027, 3, 1, 17, 0)
LATER = datetime(2030, 1, 1)  # a status date outside the picture: no status line
PHASE = PhaseLine(1, "Phase", 1, JAN, MAR, None, None, 0.0, True, False, False)


def test_summaries_only_give_the_summary_entry_and_no_task_colours():
    assert key_labels([PHASE, replace(PHASE, uid=2)], LATER) == ["Summary"]


def test_a_task_bar_and_a_milestone_each_add_their_entries():
    task = replace(PHASE, uid=2, summary=False)
    milestone = replace(PHASE, uid=3, summary=False, milestone=True, finish=JAN)
    assert key_labels([PHASE, task, milestone], LATER) == [
        "Task",
        "Critical",
        "Progress",
        "Summary",
        "Milestone",
    ]
    assert key_labels([milestone], LATER) == ["Milestone"]


def test_the_baseline_and_status_line_follow_as_before():
    based = replace(PHASE, baseline_start=JAN, baseline_finish=MAR)
    assert key_labels([based], datetime(2027, 2, 1)) == ["Summary", "Baseline", "Status date"]


def _status_pixels(image: QImage) -> list[tuple[int, int]]:
    want = Colors.status
    out = []
    for y in range(image.height()):
        for x in range(image.width()):
            c = QColor(image.pixel(x, y))
            if (
                abs(c.red() - want.red()) < 50
                and abs(c.green() - want.green()) < 50
                and abs(c.blue() - want.blue()) < 50
            ):
                out.append((x, y))
    return out


def test_the_status_line_runs_down_the_bars_not_through_the_month_names(qapp):
    rows = [PHASE, replace(PHASE, uid=2, start=MAR - timedelta(days=20))]
    image = QImage(500, int(chart_height(len(rows))) + 4, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    try:
        paint_phase_chart(p, 0.0, 500.0, rows, datetime(2027, 2, 1))
    finally:
        p.end()
    line = [(x, y) for x, y in _status_pixels(image) if y < SCALE_H + len(rows) * ROW_H]
    assert line, "no status date line"
    assert min(y for _, y in line) >= SCALE_H - 1


def _report_text(tmp_path, *extra: str) -> str:
    out = tmp_path / "report.pdf"
    demo = Path(__file__).parent.parent / "resources" / "demo" / "crm-rollout.gantry"
    assert main(["report", str(demo), str(out), *extra]) == 0
    done = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True)
    return done.stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_the_cost_curve_key_names_only_the_lines_drawn(qapp, tmp_path):
    before = _report_text(tmp_path, "--status-date", "2026-11-26")  # before the work
    assert "Planned value (PV)" in before
    assert "Earned value (EV)" not in before
    assert "Actual cost (AC)" not in before
    assert "No earned value or actual cost by the status date" in before
    during = _report_text(tmp_path, "--status-date", "2027-03-15")
    assert "Earned value (EV)" in during
    assert "Actual cost (AC)" in during
    assert "No earned value" not in during


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_a_long_phase_name_ends_with_an_ellipsis(qapp, tmp_path):
    """Measured in the small font but drawn bold, a long name was clipped mid-letter with
    no '…' ('Utility Rough-Ins and Complet'); it is now shortened in the font it is drawn in."""
    name = "Utility Rough-Ins and Complete Concrete Works for the North Wing"
    rows = [replace(PHASE, name=name)]
    path = tmp_path / "phases.pdf"
    writer = QPdfWriter(str(path))
    p = QPainter(writer)
    try:
        p.scale(writer.logicalDpiX() / 72.0, writer.logicalDpiX() / 72.0)
        paint_phase_chart(p, 0.0, 500.0, rows, LATER)
    finally:
        p.end()
    del writer
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True)
    (shown,) = [line for line in text.stdout.splitlines() if line.startswith("Utility")]
    assert shown.endswith("\u2026")
    bold = QFontMetricsF(report_font(7.5, bold=True))
    assert bold.horizontalAdvance(shown) <= 500.0 * NAME_SHARE
