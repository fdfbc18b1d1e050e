"""The Indicators column on paper: printed when the sheet shows it, its icons in the PDF."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from app.domain.scheduler import schedule
from app.report.columns import COLUMNS, CellText
from app.report.export import export_pdf_file
from app.report.gantt_paint import ChartRow
from app.report.indicator_icons import paint_indicators
from app.report.indicators import Indicator
from app.report.options import PrintOptions
from app.report.task_table import cell_text, paint_table
from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.gantt.copy_picture import shown_columns
from app.ui.gantt.view import GanttView
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan

NOTE_FILL = QColor("#fff8d6")
DEADLINE_RED = QColor("#d32f2f")


def _plan():
    plan = build_plan()
    plan.update_risk(replace(plan.risk(1), task_uids=()))  # no risk mark on Code (s29rk)
    task = plan.task(5)
    plan.update_task(
        replace(task, notes="Pair with the vendor", deadline=datetime(2026, 3, 10, 17))
    )
    return plan


def test_the_printed_column_is_narrow_and_answers_marks_not_text(qapp):
    plan = _plan()
    cells = cell_text(plan, schedule(plan))
    assert COLUMNS["indicators"].width <= 40
    assert cells.text(5, "indicators") == ""
    assert cells.marks(5) == (Indicator.DEADLINE, Indicator.NOTE)
    assert cells.marks(6) == ()


def test_the_printout_takes_the_column_when_the_sheet_shows_it(qtbot):
    tree = TaskTreeView(TaskTreeModel(Document(build_plan())))
    view = GanttView(tree.task_model().document, tree)
    qtbot.addWidget(tree)
    qtbot.addWidget(view)
    assert shown_columns(view)[:2] == ("id", "indicators")  # right of ID, as the sheet
    tree.setColumnHidden(Column.INDICATORS, True)
    assert "indicators" not in shown_columns(view)
    insert_column(tree, Column.INDICATORS, Column.START)
    keys = shown_columns(view)
    assert keys.index("indicators") == keys.index("start") - 1


def _count(image: QImage, color: QColor, rect: QRectF, tolerance: int = 20) -> int:
    n = 0
    for x in range(int(rect.left()), int(rect.right())):
        for y in range(int(rect.top()), int(rect.bottom())):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - color.red()) < tolerance
                and abs(c.green() - color.green()) < tolerance
                and abs(c.blue() - color.blue()) < tolerance
            ):
                n += 1
    return n


def test_the_table_draws_each_mark_in_its_cell(qapp):
    plan = _plan()
    cells = cell_text(plan, schedule(plan))
    columns = (COLUMNS["indicators"], COLUMNS["name"])
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.scale(2, 2)
    rows = [ChartRow(uid, 28 + i * 16, 16) for i, uid in enumerate((4, 5, 6))]
    paint_table(p, columns, rows, cells, 28)
    p.end()
    width = COLUMNS["indicators"].width * 2
    row5 = QRectF(0, (28 + 16) * 2, width, 32)
    row6 = QRectF(0, (28 + 32) * 2, width, 32)
    assert _count(image, DEADLINE_RED, row5) > 10
    assert _count(image, NOTE_FILL, row5, 6) > 5
    assert _count(image, DEADLINE_RED, row6) == 0


def test_icons_that_do_not_fit_are_left_out(qapp):
    image = QImage(100, 40, QImage.Format.Format_ARGB32)
    p = QPainter(image)
    drawn = paint_indicators(p, QRectF(0, 0, 30, 16), [Indicator.NOTE] * 5)
    p.end()
    assert drawn == 2


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_a_pdf_with_the_column_shows_the_icons(qapp, tmp_path):
    plan = _plan()
    target = tmp_path / "indicators.pdf"
    columns = ("indicators", "wbs", "name", "duration", "start", "finish")
    export_pdf_file(plan, schedule(plan), PrintOptions(columns=columns), target)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(target), str(tmp_path / "p")],
        check=True,
    )
    page = QImage(str(next(tmp_path.glob("p*.png"))))
    left = QRectF(0, 0, page.width() * 0.1, page.height() * 0.6)
    assert _count(page, DEADLINE_RED, left, 40) > 3
    plain = tmp_path / "plain.pdf"
    export_pdf_file(plan, schedule(plan), PrintOptions(columns=columns[1:]), plain)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(plain), str(tmp_path / "q")],
        check=True,
    )
    bare = QImage(str(next(tmp_path.glob("q*.png"))))
    assert _count(bare, DEADLINE_RED, left, 40) == 0


def test_cell_text_keeps_working_without_costs(qapp):
    plan = _plan()
    cells = CellText(plan, schedule(plan), {})
    assert cells.marks(5)[0] is Indicator.DEADLINE
