"""Printed task columns show their whole title and right-align figures as the sheet does.

Testers saw "Finish vari..." cut in a printout and numbers flush left under it, where the
sheet right-aligns them.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.columns import COLUMNS, ICON_KEYS, NUMERIC_KEYS, Column
from app.report.fonts import report_font
from app.report.gantt_pages import TIMESCALE_H
from app.report.gantt_paint import ChartRow
from app.report.task_table import cell_text, paint_table


def test_every_printed_title_fits_its_column_in_two_lines(qapp):
    metrics = QFontMetricsF(report_font(8, bold=True))
    for col in COLUMNS.values():
        if col.key in ICON_KEYS:  # its title is an icon on paper (the name is for Page Setup)
            continue
        box = metrics.boundingRect(
            QRectF(0, 0, col.width - 6, 1000), int(Qt.TextFlag.TextWordWrap), col.title
        )
        assert box.width() <= col.width - 6, col.title
        assert box.height() <= 2 * metrics.lineSpacing() + 1, col.title
        assert 2 * metrics.lineSpacing() <= TIMESCALE_H  # the band holds two lines


def test_figures_are_the_sheets_right_aligned_columns():
    assert {"duration", "slack", "free_slack", "finish_variance", "work", "percent"} <= NUMERIC_KEYS
    assert {"priority", "fixed_cost", "baseline_cost", "cost_variance", "remaining"} <= NUMERIC_KEYS
    assert not {"name", "start", "resources", "constraint", "notes"} & NUMERIC_KEYS
    assert all(COLUMNS[k].numeric for k in NUMERIC_KEYS)


def _ink_columns(image: QImage, left: int, right: int, top: int, bottom: int) -> list[int]:
    """x of every dark pixel in a box."""
    return [
        x
        for x in range(left, right)
        for y in range(top, bottom)
        if QColor(image.pixel(x, y)).lightness() < 100
    ]


def test_a_figure_is_painted_at_the_right_of_its_cell(qapp):
    plan = Plan(Project(start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(Task(uid=1, name="A", duration_minutes=480))
    cells = cell_text(plan, schedule(plan))
    wide = (Column("name", "Task name", 120), Column("duration", "Duration", 120, numeric=True))
    rows = [ChartRow(uid=1, top=4.0, height=16.0)]
    image = QImage(240, 60, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    p = QPainter(image)
    paint_table(p, wide, rows, cells, 0.0)
    p.end()
    top, bottom = int(rows[0].top) + 2, int(rows[0].top + rows[0].height) - 2
    name_ink = _ink_columns(image, 2, 118, top, bottom)
    figure_ink = _ink_columns(image, 122, 238, top, bottom)
    assert name_ink
    assert min(name_ink) < 60
    assert figure_ink
    assert min(figure_ink) > 180
