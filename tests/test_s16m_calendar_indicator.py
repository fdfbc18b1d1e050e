"""The Indicators column marks a task with a calendar of its own, as MS Project does, with
its tooltip, on screen (icon, tooltip) and on paper (the printed column's icon)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from app.domain.calendar import Calendar
from app.domain.scheduler import schedule
from app.report.columns import COLUMNS
from app.report.gantt_paint import ChartRow
from app.report.indicators import GLYPHS, Indicator, TaskIndicators
from app.report.task_table import cell_text, paint_table
from app.ui.commands import EditTaskCommand, execute
from app.ui.document import Document
from app.ui.models.critical_mark import CRITICAL_LINE, CRITICAL_MARK
from app.ui.models.indicators import IndicatorsRole, indicator_icon
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan

TIP = Qt.ItemDataRole.ToolTipRole
NIGHT = 77
ICON_BLUE = QColor("#2f5e9e")


def _plan(ignore: bool = False):
    plan = build_plan()
    plan.update_risk(replace(plan.risk(1), task_uids=()))  # no risk mark on Code (s29rk)
    plan.put_calendar(Calendar(uid=NIGHT, name="Night shift"))
    plan.update_task(replace(plan.task(5), calendar_uid=NIGHT, ignore_resource_calendar=ignore))
    return plan


def test_a_task_calendar_is_marked_with_ms_projects_sentence():
    plan = _plan()
    marks = TaskIndicators(plan, schedule(plan))
    assert [m.kind for m in marks.of(5)] == [Indicator.CALENDAR]
    assert marks.tooltip(5) == "The calendar 'Night shift' is assigned to the task."
    assert marks.of(6) == ()  # the project's calendar: no mark


def test_ignoring_the_resource_calendars_is_said_too():
    plan = _plan(ignore=True)
    tip = TaskIndicators(plan, schedule(plan)).tooltip(5)
    assert tip.startswith("The calendar 'Night shift' is assigned to the task.")
    assert "ignores the resource calendars" in tip


def test_the_mark_sits_before_the_note_and_has_a_glyph_and_an_icon(qapp):
    plan = _plan()
    plan.update_task(replace(plan.task(5), notes="Nights only"))
    marks = TaskIndicators(plan, schedule(plan))
    assert [m.kind for m in marks.of(5)] == [Indicator.CALENDAR, Indicator.NOTE]
    assert GLYPHS[Indicator.CALENDAR]
    assert not indicator_icon(Indicator.CALENDAR).isNull()


@pytest.fixture
def view(qtbot):
    tree = TaskTreeView(TaskTreeModel(Document(_plan())))
    qtbot.addWidget(tree)
    return tree


def _marks(index) -> tuple:
    """The cell's marks but the critical bolt (748f8724 puts it first on critical tasks)."""
    return tuple(m for m in index.data(IndicatorsRole) if m != CRITICAL_MARK)


def _tip(index) -> str | None:
    """The cell's tooltip after the critical line, if any."""
    tip = index.data(TIP)
    return tip.removeprefix(CRITICAL_LINE).lstrip("\n") or None if tip else tip


def test_the_sheet_shows_it_and_follows_edits(view):
    doc = view.task_model().document
    index = view.task_model().index_of_uid(5, Column.INDICATORS)
    assert _marks(index) == (Indicator.CALENDAR,)
    assert _tip(index) == "The calendar 'Night shift' is assigned to the task."
    execute(doc, EditTaskCommand(doc, 5, "Back to the project's", calendar_uid=None))
    index = view.task_model().index_of_uid(5, Column.INDICATORS)
    assert _marks(index) == ()
    assert _tip(index) is None
    execute(doc, EditTaskCommand(doc, 6, "Nights", calendar_uid=NIGHT))
    index = view.task_model().index_of_uid(6, Column.INDICATORS)
    assert _marks(index) == (Indicator.CALENDAR,)


def test_the_delegate_paints_the_calendar_icon(view):
    index = view.task_model().index_of_uid(5, Column.INDICATORS)
    image = QImage(40, 22, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 40, 22)
    painter = QPainter(image)
    view.itemDelegateForColumn(Column.INDICATORS).paint(painter, option, index)
    painter.end()
    assert _count(image, ICON_BLUE, QRectF(0, 0, 40, 22)) > 10


def test_the_printed_column_lists_and_draws_it(qapp):
    plan = _plan()
    cells = cell_text(plan, schedule(plan))
    assert cells.marks(5) == (Indicator.CALENDAR,)
    assert cells.marks(6) == ()
    columns = (COLUMNS["indicators"], COLUMNS["name"])
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.scale(2, 2)
    rows = [ChartRow(uid, 28 + i * 16, 16) for i, uid in enumerate((5, 6))]
    paint_table(p, columns, rows, cells, 28)
    p.end()
    width = COLUMNS["indicators"].width * 2
    assert _count(image, ICON_BLUE, QRectF(0, 28 * 2, width, 32)) > 10  # Code's row
    assert _count(image, ICON_BLUE, QRectF(0, (28 + 16) * 2, width, 32)) == 0  # Test's


def _count(image: QImage, color: QColor, rect: QRectF, tolerance: int = 30) -> int:
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
