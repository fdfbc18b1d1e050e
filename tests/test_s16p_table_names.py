"""The printed task columns shorten a bold summary name in the bold font: measured in the
plain font, 'Utility Rough-Ins and Complete Concrete' ran past its column, cut at the
edge with no '…' (Residential Construction, PDF)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime

import pytest
from PySide6.QtGui import QFontMetricsF, QPainter, QPdfWriter

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.columns import columns_for
from app.report.fonts import report_font
from app.report.gantt_pages import ROW_H, TIMESCALE_H
from app.report.gantt_paint import ChartRow
from app.report.task_table import cell_text, paint_table

LONG = "Utility Rough-Ins and Complete Concrete Works for the North Wing"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_a_long_summary_name_is_shortened_in_bold(qapp, tmp_path):
    plan = Plan(project=Project(name="Names", start=datetime(2026, 3, 2, 8)))
    plan.append_task(Task(1, LONG, 1))
    plan.append_task(Task(2, LONG.replace("Utility", "Plain"), 2, duration_minutes=480))
    columns = columns_for(("name",), plan.project)
    rows = [ChartRow(uid, TIMESCALE_H + i * ROW_H, ROW_H) for i, uid in enumerate((1, 2))]
    path = tmp_path / "names.pdf"
    writer = QPdfWriter(str(path))
    p = QPainter(writer)
    try:
        dpp = writer.logicalDpiX() / 72.0
        p.scale(dpp, dpp)
        paint_table(p, columns, rows, cell_text(plan, schedule(plan)), TIMESCALE_H)
    finally:
        p.end()
    del writer
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True)
    (summary,) = [line for line in text.stdout.splitlines() if line.startswith("Utility")]
    assert summary.endswith("\u2026")
    bold = QFontMetricsF(report_font(8, bold=True))
    assert bold.horizontalAdvance(summary) <= columns[0].width - 6
