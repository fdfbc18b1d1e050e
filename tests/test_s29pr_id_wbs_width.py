"""The printed ID and WBS columns are as wide as their widest value, so a programme's
ID 10 234 and WBS 20.25.14 print whole, not '10…' and '20.2…' (PDF, and the PNG)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime

import pytest
from PySide6.QtGui import QFontMetricsF

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import write_plan
from app.report.column_table import COLUMNS
from app.report.export import Picture, picture_layout
from app.report.fonts import report_font
from app.report.gantt_pages import GanttPageLayout
from app.report.options import PrintOptions
from app.report.render import ensure_gui_app

START = datetime(2027, 1, 4, 8, 0)


def _deep_plan() -> Plan:
    """12 phases of 12 deliverables of 2 tasks: IDs past 300, WBS codes like 12.12.2."""
    plan = Plan(project=Project(name="Programme", start=START))
    uid = 1
    for phase in range(1, 13):
        plan.append_task(Task(uid, f"Phase {phase}", outline_level=1))
        uid += 1
        for part in range(1, 13):
            plan.append_task(Task(uid, f"Deliverable {phase}.{part}", outline_level=2))
            uid += 1
            for step in range(1, 3):
                plan.append_task(Task(uid, f"Step {step}", duration_minutes=480, outline_level=3))
                uid += 1
    return plan


def _fits(width: float, text: str, px: int = 8) -> bool:
    return QFontMetricsF(report_font(px, bold=True)).horizontalAdvance(text) + 6 <= width


def test_the_printed_wbs_and_id_columns_fit_their_widest_value() -> None:
    ensure_gui_app()
    plan = _deep_plan()
    options = PrintOptions(columns=("id", "wbs", "name"))
    layout = GanttPageLayout(plan, schedule(plan), options, 800.0, 560.0)
    widths = {c.key: c.width for c in layout.columns}
    assert _fits(widths["wbs"], "12.12.2")
    assert _fits(widths["id"], str(len(plan.tasks)))
    assert widths["name"] == COLUMNS["name"].width  # the others keep theirs
    small = Plan(project=Project(name="Small", start=START))
    small.append_task(Task(1, "One", duration_minutes=480))
    layout = GanttPageLayout(small, schedule(small), options, 800.0, 560.0)
    assert {c.key: c.width for c in layout.columns}["wbs"] == COLUMNS["wbs"].width


def test_the_png_s_columns_fit_too() -> None:
    ensure_gui_app()
    plan = _deep_plan()
    picture = Picture(columns=("id", "wbs", "name"))
    layout = picture_layout(plan, schedule(plan), picture)
    widths = {c.key: c.width for c in layout.columns}
    assert _fits(widths["wbs"], "12.12.2", 11)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
def test_the_pdf_prints_the_whole_wbs_code(tmp_path) -> None:
    src, pdf = tmp_path / "p.gantry", tmp_path / "p.pdf"
    write_plan(_deep_plan(), src)
    assert main(["convert", str(src), str(pdf)]) == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "12.12.2" in text
    assert "12.1…" not in text
