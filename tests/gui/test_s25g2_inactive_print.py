"""An inactive task on paper and in the sheet's outline: the printout's table greys its row
(and the rows under an inactive summary) as the sheet does, the printed legend names the
hollow grey bar, and the sheet greys the subtasks of an inactive summary (their bars are
hollow too)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.bar_paint import INACTIVE_EDGE
from app.report.columns import COLUMNS
from app.report.gantt_pages import GanttPageLayout
from app.report.gantt_paint import ChartRow
from app.report.options import PrintOptions
from app.report.page_frame import LEGEND_LABELS, legend_items, paint_legend
from app.report.task_table import cell_text, paint_table
from app.store.document import GantryFile
from app.ui.commands import EditTaskCommand, execute
from app.ui.models.blank_row import HINT_BRUSH
from app.ui.outline_commands import IndentCommand

DAY = 480
START = datetime(2027, 1, 4, 8)  # a Monday
ROW_H = 18.0


def _plan() -> Plan:
    """Build (active); Phase 2 (inactive summary) over Polish and Launch; Spike (inactive)."""
    plan = Plan(project=Project(name="Scope cut", start=START))
    for t in (
        Task(1, "Build", duration_minutes=3 * DAY, outline_level=1),
        Task(2, "Phase 2", outline_level=1, active=False),
        Task(3, "Polish", duration_minutes=2 * DAY, outline_level=2),
        Task(4, "Launch", duration_minutes=DAY, outline_level=2),
        Task(5, "Spike", duration_minutes=DAY, outline_level=1, active=False),
        Task(6, "Docs", duration_minutes=DAY, outline_level=1),
    ):
        plan.append_task(t)
    return plan


def _darkest_text(image: QImage, top: float) -> int:
    """The lightness of the darkest pixel in a printed row's text (its grid lines left out)."""
    darkest = 255
    for y in range(int(top) + 3, int(top + ROW_H) - 3):
        for x in range(4, image.width() - 4):
            darkest = min(darkest, image.pixelColor(x, y).lightness())
    return darkest


def test_s25g2_the_printed_table_greys_inactive_rows_and_those_under_them(qtbot):
    plan = _plan()
    cells = cell_text(plan, schedule(plan))
    columns = (COLUMNS["name"],)
    rows = [ChartRow(t.uid, ROW_H * k, ROW_H) for k, t in enumerate(plan.tasks)]
    image = QImage(int(COLUMNS["name"].width), int(ROW_H * len(rows)), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    paint_table(p, columns, rows, cells, 0.0)
    p.end()
    ink = {row.uid: _darkest_text(image, row.top) for row in rows}
    assert ink[1] < 70, ink  # active rows: the printout's dark text
    assert ink[6] < 70, ink
    for uid in (2, 3, 4, 5):  # inactive, and the subtasks of the inactive summary: grey
        assert 95 <= ink[uid] <= 140, ink


def test_s25g2_the_printed_legend_names_the_hollow_bar_when_a_row_is_inactive(qtbot):
    plan = _plan()
    sched = schedule(plan)
    whole = GanttPageLayout(plan, sched, PrintOptions(pages_wide=1, pages_tall=1), 780.0, 540.0)
    assert whole.legend_args["inactive"]
    assert "inactive" in legend_items(False, False, inactive=True)
    assert LEGEND_LABELS["inactive"] == "Inactive task"
    # printing only the active rows: no entry (as Split and Deadline, by the rows printed)
    active_only = PrintOptions(pages_wide=1, pages_tall=1, rows=(1, 6))
    assert not GanttPageLayout(plan, sched, active_only, 780.0, 540.0).legend_args["inactive"]
    assert "inactive" not in legend_items(False, False)
    # the entry is drawn: a grey outline, hollow
    image = QImage(700, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_legend(painter, 0.0, 700.0, False, False, inactive=True)
    painter.end()
    greys = [
        (x, y)
        for x in range(700)
        for y in range(40)
        if image.pixelColor(x, y) == INACTIVE_EDGE  # the bar's own edge colour
    ]
    assert greys, "no hollow grey swatch in the legend"
    xs = [x for x, _ in greys]
    ys = [y for _, y in greys]
    middle = image.pixelColor((min(xs) + max(xs)) // 2, (min(ys) + max(ys)) // 2)
    assert middle == QColor("white")  # outline only


@pytest.fixture
def window(session, tmp_path, qtbot):
    path = tmp_path / "cut.gantry"
    GantryFile.create(path, _plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


def _ink(index) -> QColor | None:
    brush = index.data(Qt.ItemDataRole.ForegroundRole)
    return None if brush is None else brush.color()


def _greyed(window) -> dict[int, bool]:
    """Whether each task's cells (two of them) are drawn in the sheet's grey."""
    model = window.model
    return {
        uid: all(_ink(model.index_of_uid(uid, column)) == HINT_BRUSH.color() for column in (1, 3))
        for uid in (t.uid for t in window.document.plan.tasks)
    }


def test_s25g2_the_sheet_greys_the_subtasks_of_an_inactive_summary(window):
    assert _greyed(window) == {1: False, 2: True, 3: True, 4: True, 5: True, 6: False}
    # the summary made active again: its subtasks are no longer greyed (Spike still is)
    doc = window.document
    execute(doc, EditTaskCommand(doc, 2, "active", active=True))
    assert _greyed(window) == {1: False, 2: False, 3: False, 4: False, 5: True, 6: False}
    # Docs indented under the inactive Spike: greyed with it
    execute(doc, IndentCommand(doc, [6]))
    assert _greyed(window)[6]
    window.resize(1300, 420)
    window.show()
    execute(doc, EditTaskCommand(doc, 2, "active", active=False))
    window.grab().save("/tmp/s25g2_window_inactive.png")
